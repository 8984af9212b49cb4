// Q: A switch over Math.floor(Math.random() * 3): which cases can run?
// RUNS: 200
//@ expect-outputs 3
switch (Math.floor(Math.random() * 3)) {
  case 0: console.log('zero'); break;
  case 1: console.log('one'); break;
  default: console.log('two');
}
