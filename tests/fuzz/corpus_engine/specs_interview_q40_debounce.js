// Q: Implement debounce: rapid calls within the wait only trigger the last one.
function debounce(fn, wait) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
const save = debounce((text) => console.log('saving', text), 40);
save('h');
save('he');
setTimeout(() => save('hel'), 5);
setTimeout(() => save('hello'), 10);
setTimeout(() => save('hello world'), 100);
