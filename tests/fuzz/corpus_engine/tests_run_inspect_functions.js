// Function printing: names, anonymous, arrows, async, generators.
function named() {}
const arrow = () => {};
const anon = [function () {}][0];
async function af() {}
function* gf() {}
async function* agf() {}
console.log(named, arrow, anon);
console.log(af, gf, agf);
console.log([named, () => 1]);
console.log({ method() {}, arrow: () => 0 });
