// Q: Same loop with let instead of var - what changes?
for (let i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 0);
}
