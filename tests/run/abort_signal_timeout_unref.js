// Only an AbortSignal.timeout timer is pending: node exits at once.
const s = AbortSignal.timeout(20);
s.addEventListener('abort', () => console.log('never'));
console.log('end of script', s.aborted);
process.on('exit', () => console.log('exit', s.aborted));
