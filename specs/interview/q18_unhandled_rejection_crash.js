// Q: A promise rejects and nobody handles it. Does the timer still fire? What is the
//    exit code?
setTimeout(() => console.log('timer'), 0);
Promise.reject(new Error('nobody catches me'));
console.log('end of script');
// The crash is the point of the question (at the end: line numbers in stderr stay put):
//@ allow unhandled-rejection
