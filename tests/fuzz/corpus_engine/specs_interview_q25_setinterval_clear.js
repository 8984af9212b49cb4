// Q: Use setInterval to print a countdown and stop it with clearInterval.
let remaining = 3;
const id = setInterval(() => {
  console.log('tick', remaining);
  remaining--;
  if (remaining === 0) {
    clearInterval(id);
    console.log('cleared');
    setTimeout(() => console.log('no more ticks after this'), 20);
  }
}, 5);
