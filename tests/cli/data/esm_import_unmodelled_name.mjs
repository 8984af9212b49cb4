// node exports getEventListeners from 'events'; ticktock does not model it
import { getEventListeners } from 'events';
