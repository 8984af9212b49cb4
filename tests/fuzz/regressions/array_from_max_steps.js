// EXPECT: run 0 check 0
// ARGS: --max-steps 2000000
// Found by genfuzz --node: Array.from({length: 100000}) ran the prelude's
// loop (about 20 instructions an element) and exceeded --max-steps, where
// node builds the array natively; now one native step.
let n = 0;
for (let i = 0; i < 30; i++) n += Array.from({ length: 100000 }).length;
console.log(n);
