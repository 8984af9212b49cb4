// `//@ host node`: the node v20 profile (the only host ticktock models).
//@ host node
console.log('node it is');
