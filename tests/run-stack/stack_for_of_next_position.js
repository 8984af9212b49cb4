// V8 places the next() call of for-of and for-await at the loop's binding.
const it = { [Symbol.iterator]() { return { next() { throw new Error('n'); } }; } };
try { for (const x of it) console.log(x); } catch (e) { console.log(e.stack.split('\n')[2]); }
const ait = { [Symbol.asyncIterator]() { return { next() { throw new Error('an'); } }; } };
(async () => { try { for await (const y of ait) console.log(y); } catch (e) { console.log(e.stack.split('\n')[2]); } })();
