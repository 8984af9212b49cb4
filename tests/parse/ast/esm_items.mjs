import x, { a as b, default as c } from 'events';
import * as ns from 'fs';
export default function () {}
export { b as 'b b' } from 'util';
export * as t from 'timers';
export const k = x;
