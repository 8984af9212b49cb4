// Throwing a BigInt uncaught: node prints the throw site and String(5n)
// ("5", no "n" and no "Uncaught" prefix), exit code 1.
function check(n) {
  if (n > 3n) throw n + 2n;
  return n;
}
console.log(check(1n));
check(3n + 1n);
