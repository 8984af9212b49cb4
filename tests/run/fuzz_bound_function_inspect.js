// A bound generator / async function keeps its target's prototype, so
// util.inspect names its constructor; bound functions print unnamed source.
function* g() {}
async function af() {}
async function* ag() {}
function f4() {}
console.log(g.bind(null), af.bind(null), ag.bind(null), f4.bind(null), class A {}.bind(null));
console.log([g.bind(null)], { a: af.bind(1) }, Object.setPrototypeOf(function* h() {}, Function.prototype));
console.log(`${f4.bind(null)}`, String(Math.max.bind(null)), String(Math.max));
const G = Object.getPrototypeOf(g).constructor;
console.log(G, G.name, G.length, Object.getPrototypeOf(G) === Function, Object.getPrototypeOf(ag).constructor.name);
