// The process exits in a microtask before node checks for unhandled
// rejections.
const p = Promise.reject(new Error('never checked'));
Promise.resolve().then(() => process.exit(0));
