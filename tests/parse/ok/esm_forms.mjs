import 'fs';
import fs from 'fs';
import * as timers from 'node:timers';
import { once, EventEmitter as EE, default as events, 'on' as on } from 'events';
import util, { format, } from 'util';
import assert, * as asserts from 'assert';
import {} from 'timers/promises';
export const a = 1, { b } = { b: 2 }, [c] = [3];
export let d;
export var e;
export function f() {}
export async function* g() {}
export class K extends Object {}
export { a as aa, d as 'd d', f as default };
export {};
export * from 'fs';
export * as ev from 'events';
export { setTimeout, setImmediate as later } from 'timers/promises'
