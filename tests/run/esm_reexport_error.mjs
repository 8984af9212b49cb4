// export ... from links the module too
console.log('never printed');
export { setTimeout as later, nothing } from 'node:timers/promises';
