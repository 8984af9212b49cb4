import { once } from 'events';
let once = 1;
