// export default of an expression is evaluated in order
console.log('before');
export default (console.log('evaluated'), 42);
console.log('after');
