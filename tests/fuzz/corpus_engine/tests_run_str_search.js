// includes, startsWith, endsWith, indexOf, lastIndexOf.
const s = 'the event loop runs the queue';
console.log(s.includes('loop'), s.includes('Loop'), s.includes('the', 5));
console.log(s.startsWith('the'), s.startsWith('event', 4), s.endsWith('queue'), s.endsWith('runs', 19));
console.log(s.indexOf('the'), s.indexOf('the', 1), s.lastIndexOf('the'), s.indexOf('missing'));
console.log('abc'.includes(''), ''.indexOf(''), 'abc'.indexOf(''), 'abc'.lastIndexOf(''));
