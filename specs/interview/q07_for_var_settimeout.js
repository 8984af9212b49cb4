// Q: What does this print, and why not 0 1 2?
//@ deterministic
//@ never "0"
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 0);
}
