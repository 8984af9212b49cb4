// Number to string conversion in the shortest round-trip form.
console.log(String(123), String(1.5), String(-0.25));
console.log((1e21).toString(), (1e-7).toString(), (123e-20).toString());
console.log((0.1 + 0.2).toString(), (100).toString(), (2 ** 53).toString());
console.log(String(0.000001), String(0.0000001), String(1234567.125));
console.log(String(Number.MAX_SAFE_INTEGER), String(Number.MIN_VALUE), String(Number.MAX_VALUE));
