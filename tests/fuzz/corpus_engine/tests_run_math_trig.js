// Trigonometry values node prints.
console.log(Math.sin(0), Math.cos(0), Math.sin(Math.PI / 2));
console.log(Math.cos(Math.PI), Math.atan2(1, 1), Math.atan(1) * 4);
console.log(Math.sin(Math.PI), Math.tan(0));
