// defineProperty: non-enumerable, read-only, accessor properties.
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, 'readonly', { value: 3, enumerable: true, writable: false });
Object.defineProperty(o, 'computed', { get() { return this.visible * 10; }, enumerable: true });
o.readonly = 30;
console.log(o, o.hidden, o.readonly, o.computed);
console.log(Object.keys(o), JSON.stringify(o));
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertyDescriptor(o, 'readonly'));
