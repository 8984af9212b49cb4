// The process exits in a microtask queued before the chain's first
// reaction job: the rejection never gets past the first link.
Promise.resolve().then(() => process.exit(0));
Promise.reject(new Error('mid-chain')).then((v) => v * 2).then((v) => console.log(v));
