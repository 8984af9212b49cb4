// Column grouping with numbers of mixed widths, negatives and floats.
console.log([-1, 2.5, 300, -4000, 0.125, 6, 7, 8, 9, 10, 11, 12]);
console.log(Array.from({ length: 30 }, (_, i) => i % 2 ? -i : i * 100));
