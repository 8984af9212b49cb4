// Q: Show what allSettled reports for mixed results, and what Promise.any throws when
//    everything rejects.
const ok = Promise.resolve('ok');
const bad = Promise.reject(new Error('bad'));
Promise.allSettled([ok, bad, 3]).then((results) =>
  results.forEach((r) => console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message)));
Promise.any([bad, Promise.reject(new Error('worse'))]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message);
  console.log(e.errors.map((x) => x.message).join(', '));
});
