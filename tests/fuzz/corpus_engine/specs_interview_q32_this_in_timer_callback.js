// Q: Why does passing obj.greet to setTimeout lose `this`? Fix it two ways.
const obj = {
  name: 'obj',
  greet() { console.log('hello from', this === obj ? this.name : 'not obj'); },
};
setTimeout(obj.greet, 0);
setTimeout(obj.greet.bind(obj), 0);
setTimeout(() => obj.greet(), 0);
