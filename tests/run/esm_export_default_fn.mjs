// export default function: a hoisted declaration
console.log(typeof named);
export default function named() { return 1; }
export const x = named();
console.log(x);
