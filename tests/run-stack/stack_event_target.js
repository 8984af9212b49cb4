// EventTarget listeners: node's kHybridDispatch and dispatchEvent frames,
// with Listener.callback for an object's handleEvent; the receiver type of
// dispatchEvent is the target's (a subclass).
const t = new EventTarget();
t.addEventListener('foo', function (ev) { console.log(new Error('function listener').stack); });
t.addEventListener('foo', { handleEvent(ev) { console.log(new Error('handleEvent').stack); } });
t.dispatchEvent(new Event('foo'));

class Widget extends EventTarget {}
const w = new Widget();
w.addEventListener('bar', function () { console.log(new Error('subclass').stack); });
function fire() { w.dispatchEvent(new CustomEvent('bar', { detail: 1 })); }
setTimeout(fire, 1);
fire();
