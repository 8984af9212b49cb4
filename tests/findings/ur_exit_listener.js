// A rejection created in an 'exit' listener: node still checks for unhandled
// rejections after the listeners, and dies with exit code 1.
process.on('exit', () => { Promise.reject(new Error('at exit')); });
console.log('bye');
