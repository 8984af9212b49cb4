// A static block schedules work like any other code: microtasks and
// timers queued there run after the script.
console.log('start');
class Later {
  static {
    setTimeout(() => console.log('timer', this.name), 0);
    Promise.resolve().then(() => console.log('microtask', this.name));
    queueMicrotask(() => console.log('queued', this.name));
    process.nextTick(() => console.log('tick', this.name));
    console.log('sync', this.name);
  }
}
class Async {
  static async load() {
    await null;
    return 'loaded ' + this.name;
  }
  static {
    this.load().then((v) => console.log(v));
  }
}
console.log('end');
