// Article "Asynchronous JavaScript", section "The call stack" (nested calls).
function two() {
  console.log(4);
}

function one() {
  two();
}

one();
