// import * as ns: a module namespace object
import * as timers from 'timers';
import * as ev from 'events';
import * as ev2 from 'node:events';
import * as tp from 'timers/promises';
import util from 'util';
import EventEmitter from 'events';
console.log(typeof timers.setTimeout, timers.default.setTimeout === timers.setTimeout);
console.log(ev === ev2, ev.default === EventEmitter, ev.EventEmitter === EventEmitter);
console.log(util.inspect(tp).split('\n')[0]);
console.log(Object.prototype.toString.call(tp), Object.getPrototypeOf(tp), Object.isExtensible(tp));
console.log(Object.keys(tp).includes('default'), Object.keys(tp).includes('setTimeout'));
try { tp.nope = 1; } catch (e) { console.log(e.name, e.message); }
try { tp.setTimeout = 1; } catch (e) { console.log(e.name, e.message); }
try { delete tp.setTimeout; } catch (e) { console.log(e.name, e.message); }
await timers.promises.setTimeout(1);
console.log('done');
