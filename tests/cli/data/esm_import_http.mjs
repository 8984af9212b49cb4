// ticktock does not model 'http'
import http from 'node:http';
