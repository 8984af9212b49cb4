// export declarations make their declarations; nothing else is observable
export const a = 1;
export let b = 2;
export var c = 3;
export function f() { return 'f'; }
export async function af() { return 'af'; }
export class K { m() { return 'K'; } }
export { a as aa, b as 'b b', f as default };
export * from 'fs';
export * as ev from 'events';
export { once, EventEmitter as Emitter } from 'events';
b++;
console.log(a, b, c, f(), new K().m(), await af());
console.log(g());
export function g() { return 'hoisted export'; }
