// V8 shows a built-in on the stack as a frame of its own, "at Array.map (<anonymous>)":
// when it calls back into the program, or throws itself.  Function.prototype.call and
// apply forward the call and show no frame; neither does the Array constructor.
const frames = (e) => e.stack.split('\n').slice(1, 4).map((s) => s.trim()).join(' | ');
const t = (name, fn) => {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name + ':', frames(e));
  }
};
t('map', () => [1].map(() => { throw new Error('m'); }));
t('forEach', () => [1].forEach(function cb() { throw new Error('f'); }));
t('map not callable', () => [1].map(5));
t('sort', () => [3, 1].sort(() => { throw new Error('s'); }));
t('replace', () => 'ab'.replace('a', () => { throw new Error('r'); }));
t('Array.from', () => Array.from([1], () => { throw new Error('af'); }));
t('reduce', () => [1].reduce(() => { throw new Error('red'); }, 0));
t('reduce empty', () => [].reduce((a) => a));
t('toJSON', () => JSON.stringify({ toJSON() { throw new Error('tj'); } }));
t('join', () => [{ toString() { throw new Error('ts'); } }].join());
t('JSON.parse', () => JSON.parse('{'));
t('defineProperty', () => Object.defineProperty(1, 'x', {}));
t('new Array', () => new Array(-1));
t('new Symbol', () => new Symbol());
t('toFixed', () => (1).toFixed(200));
t('repeat', () => 'a'.repeat(-1));
t('Promise.resolve.call', () => Promise.resolve.call(1));
t('Object.keys', () => Object.keys(null));
t('new Map', () => new Map([1]));
t('fromEntries', () => Object.fromEntries([1]));
t('call', () => (function () { throw new Error('call'); }).call(null));
t('bound', () => (function () { throw new Error('bd'); }).bind(null)());
t('apply non-list', () => (function () {}).apply(null, 5));
t('Reflect.apply non-function', () => Reflect.apply(5));
t('executor', () => new Promise(() => { throw new Error('p'); }).catch((e) => console.log('executor:', frames(e))));
