// The chains end with a catch: the rejections are handled even though the
// process exits before any handler runs.  Nothing to report.
const p = Promise.reject(new Error('handled at the end'));
p.then((v) => console.log(v)).then(() => 2).catch((e) => console.log('caught', e.message));
Promise.reject(new Error('after finally')).finally(() => console.log('cleanup')).catch(() => {});
process.exit(0);
