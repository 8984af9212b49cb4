// Exactly 101 strings: one hidden item.
console.log(Array.from({ length: 101 }, (_, i) => 'item' + i));
