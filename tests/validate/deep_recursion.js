// 200 nested calls: fine for node; `validate --stack-limit 50` makes ticktock predict a
// stack overflow, so node's output is reported as not predicted.
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
console.log('depth', down(200));
