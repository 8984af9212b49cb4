// a named import the module does not export: node's link error, nothing runs
console.log('never printed');
import { once, nope } from 'events';
