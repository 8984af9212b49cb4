// new.target outside any function of a module
console.log(new.target);
