// An iterator's return() is called when a loop exits early.
const it = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { this.i++; return { value: this.i, done: this.i > 5 }; },
  return() { console.log('return called at', this.i); return { done: true }; },
};
for (const x of it) { if (x === 2) break; console.log('x', x); }
