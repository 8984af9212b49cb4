// Q: setTimeout(A, 2) is scheduled just before setTimeout(B, 1). B has the shorter delay -
//    is B guaranteed to run first?
// RUNS: 300
setTimeout(() => console.log('A (2 ms)'), 2);
setTimeout(() => console.log('B (1 ms)'), 1);
