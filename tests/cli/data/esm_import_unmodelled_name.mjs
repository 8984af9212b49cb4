// node exports EventEmitterAsyncResource from 'events'; ticktock does not model it
import { EventEmitterAsyncResource } from 'events';
