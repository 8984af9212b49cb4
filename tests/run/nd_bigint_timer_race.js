// setTimeout(0) and setImmediate race in the main module; each adds a BigInt
// to a shared total, so the printed running totals show the order.
let total = 0n;
setTimeout(() => { total = total * 10n + 1n; console.log('timeout', total); }, 0);
setImmediate(() => { total = total * 10n + 2n; console.log('immediate', total); });
