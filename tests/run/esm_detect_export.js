// export in a .js file also makes it a module
export const x = 1;
console.log(typeof exports, x);
