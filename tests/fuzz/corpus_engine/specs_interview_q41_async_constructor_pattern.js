// Q: A constructor cannot be async. Show the static factory pattern and what `new` gives.
class Db {
  constructor(conn) { this.conn = conn; }
  static async open(name) {
    await new Promise((r) => setTimeout(r, 5));
    return new Db(name + ':connected');
  }
}
const p = Db.open('users');
console.log(p instanceof Promise, p instanceof Db);
p.then((db) => console.log(db, db instanceof Db));
