// Quote selection in util.inspect: single by default, double if the string has single
// quotes, backtick if it has both.
console.log(["it's"]);
console.log(['say "hi"']);
console.log([`it's "both"`]);
console.log([`it's "all" ${'`'}three${'`'}`]);
