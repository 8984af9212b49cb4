// Async, generator and async generator private methods; `this` and
// private access across awaits and yields; super in private methods.
class Base { hello() { return 'base hello'; } }
class Q extends Base {
  #items = [];
  #closed = false;
  push(x) { this.#items.push(x); return this; }
  *#iter() { for (const x of this.#items) yield x * 2; }
  async #drain() {
    const out = [];
    while (this.#items.length) { await null; out.push(this.#items.shift()); }
    this.#closed = true;
    return out;
  }
  async *#stream() { for (const x of this.#items) { await null; yield x; } }
  #sup() { return super.hello() + ' via #sup'; }
  list() { return [...this.#iter()]; }
  drain() { return this.#drain(); }
  stream() { return this.#stream(); }
  sup() { return this.#sup(); }
  get closed() { return this.#closed; }
  static #tick = 0;
  static async tick() { await null; return ++Q.#tick; }
}
const q = new Q().push(1).push(2).push(3);
console.log(q.list(), q.sup());
(async () => {
  for await (const x of q.stream()) console.log('stream', x);
  console.log(await q.drain(), q.closed, q.list());
  console.log(await Q.tick(), await Q.tick());
})();
setTimeout(() => console.log('timer', q.closed), 0);
Promise.resolve().then(() => console.log('micro'));
