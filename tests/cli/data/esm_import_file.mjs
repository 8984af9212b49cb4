// ticktock checks one file at a time
import { x } from './other.mjs';
