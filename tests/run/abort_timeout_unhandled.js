// An AbortSignal.timeout aborts a pending sleep: node reports the
// unhandled AbortError (its cause the TimeoutError) and exits with 1.
const { setTimeout: sleep } = require('timers/promises');
sleep(20, 'v', { signal: AbortSignal.timeout(5) });
