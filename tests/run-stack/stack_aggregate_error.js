// The AggregateError of Promise.any, printed with its [errors].
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))])
  .catch((e) => console.log(e));
