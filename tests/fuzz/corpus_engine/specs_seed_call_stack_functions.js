// From the seed article "Asynchronous JavaScript", section "The call stack".
function two() {
  console.log(4);
}

function one() {
  two();
}

one();
