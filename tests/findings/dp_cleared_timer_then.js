// The timer that would resolve the promise is cleared before it fires.
let timer;
const p = new Promise((resolve) => { timer = setTimeout(resolve, 10, 'value'); });
p.then((v) => console.log('got', v));
clearTimeout(timer);
