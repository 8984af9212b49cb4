// A generator as a traffic-light state machine.
function* light() {
  while (true) {
    yield 'green';
    yield 'yellow';
    yield 'red';
  }
}
const l = light();
const seq = [];
for (let i = 0; i < 7; i++) seq.push(l.next().value);
console.log(seq.join(' -> '));
