// Promise.all waiting on an async function: V8 shows "at async Promise.all (index N)".
async function leaf() { await null; throw new Error('leaf'); }
async function all() { await Promise.all([1, leaf()]); }
all().catch((e) => console.log(e.stack));
