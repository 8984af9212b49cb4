// Case conversion and trimming.
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('[' + '  padded  '.trim() + ']', '[' + '  padded  '.trimStart() + ']', '[' + '  padded  '.trimEnd() + ']');
console.log('[' + '\t\n x \n'.trim() + ']');
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
console.log('the QUICK brown fox'.split(' ').map(cap).join(' '));
