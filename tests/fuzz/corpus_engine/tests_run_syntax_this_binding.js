// this: method call, plain call (sloppy = globalThis), call/apply/bind, arrow.
function who() { return this === globalThis ? 'global' : this === undefined ? 'undefined' : this.name; }
const o = { name: 'o', who };
console.log(who(), o.who(), who.call({ name: 'called' }), who.apply({ name: 'applied' }));
const bound = who.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'ignored' }), new (function () { this.name = 'new'; })().name);
function strictWho() { 'use strict'; return this; }
console.log(strictWho());
