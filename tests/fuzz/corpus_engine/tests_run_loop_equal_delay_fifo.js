// Timers with the same delay fire in creation order.
for (const label of ['first', 'second', 'third', 'fourth']) {
  setTimeout(() => console.log(label), 10);
}
