function two() {
  console.log(4);
}

function one() {
  two();
}

one();
