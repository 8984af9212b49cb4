// util.inspect cuts strings after 10000 units ("... N more characters");
// console.log of a string argument prints it whole.
const util = require('util');
const big = 'ab'.repeat(1 << 16);
console.log(util.inspect({ s: 'ab'.repeat(6000) }).length, util.inspect({ s: big }).slice(-60));
console.log(util.inspect([big.slice(0, 10001)]).slice(-40), util.inspect(big).length, util.inspect('x'.repeat(10000)).length);
console.log(util.inspect({ s: 'a\n'.repeat(6000) }).split('\n').length, big.length);
class C1 { f = big; }
console.log(util.inspect(new C1()).length);
