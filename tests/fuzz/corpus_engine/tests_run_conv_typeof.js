// typeof of every kind of value.
class C {}
console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => {}), typeof C);
console.log(typeof Symbol(), typeof NaN, typeof new Map(), typeof Promise.resolve());
console.log(typeof undeclaredVariable, typeof typeof 1);
console.log(typeof async function () {}, typeof function* () {});
