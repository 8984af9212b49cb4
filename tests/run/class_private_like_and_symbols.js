// Classes using Symbol-keyed and non-enumerable members instead of #private.
const secret = Symbol('secret');
class Account {
  constructor(owner, balance) {
    this.owner = owner;
    this[secret] = balance;
    Object.defineProperty(this, 'id', { value: 7, enumerable: false });
  }
  get balance() { return this[secret]; }
  deposit(n) { this[secret] += n; return this; }
  static [Symbol.hasInstance](x) { return 'owner' in x; }
}
const a = new Account('ann', 10).deposit(5);
console.log(a, a.balance, a.id, Object.keys(a), JSON.stringify(a), { owner: 1 } instanceof Account);
console.log(Object.getOwnPropertySymbols(a).map(String));
