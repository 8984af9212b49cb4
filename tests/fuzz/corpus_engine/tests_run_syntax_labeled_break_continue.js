// Labeled break and continue out of nested loops.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
console.log('done');
