// An error thrown after an await: V8 appends one "at async f" frame per async function
// waiting on the next (each at its await), through methods, static methods and object methods.
async function leaf() { await null; throw new Error('leaf'); }
async function mid() { const x = await leaf(); return x; }
class Svc {
  async run() { return await mid(); }
  static async go() { await new Svc().run(); }
}
const obj = { async m() { await Svc.go(); } };
async function top() {
  try {
    await obj.m();
  } catch (e) {
    console.log(e.stack);
  }
}
top();
