// Breaking out of for...of calls the generator's return (finally runs).
function* letters() {
  try {
    yield 'a'; yield 'b'; yield 'c';
  } finally {
    console.log('generator closed');
  }
}
for (const l of letters()) {
  console.log(l);
  if (l === 'b') break;
}
console.log('after loop');
