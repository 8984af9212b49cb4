import * of timers from 'timers';
