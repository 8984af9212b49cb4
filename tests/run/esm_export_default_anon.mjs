// export default of an anonymous function or class
export default class { constructor() { console.log('never'); } }
console.log('ran');
