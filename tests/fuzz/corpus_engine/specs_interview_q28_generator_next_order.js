// Q: Trace the generator: which logs happen on which next() call, and what do the
//    next() calls return?
function* gen() {
  console.log('started');
  const x = yield 1;
  console.log('received', x);
  const y = yield x * 2;
  console.log('received', y);
  return 'end';
}
const it = gen();
console.log('created');
console.log(it.next('ignored'));
console.log(it.next(10));
console.log(it.next(20));
console.log(it.next());
