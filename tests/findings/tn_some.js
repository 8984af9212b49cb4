// RUNS: 60
// Which handler then() gets depends on Math.random(): on some schedules it
// is a string, which then() ignores.
const handler = Math.random() < 0.5 ? (v) => console.log('handled', v) : 'log it';
Promise.resolve('value').then(handler).then((v) => console.log('next', v));
