// A factory returning an object with closures over private state.
function createCounter(start = 0) {
  let value = start;
  return {
    inc() { value++; return this; },
    dec() { value--; return this; },
    get value() { return value; },
  };
}
const c = createCounter(5);
console.log(c.inc().inc().dec().value, c);
