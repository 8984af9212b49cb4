// Q: A random delay up to 100 ms against a fixed 95 ms timer created after it: can the fixed
//    one win?  (Yes, rarely: node truncates the random delay to whole ms; 96..99 ms, about 4%
//    of runs, put it after the 95 ms list; at exactly 95 ms it joins that list, ahead of it.)
// RUNS: 600
//@ expect-outputs 2
setTimeout(() => console.log('random'), Math.random() * 100);
setTimeout(() => console.log('fixed'), 95);
