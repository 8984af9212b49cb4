import('./x.js').then(() => {})
