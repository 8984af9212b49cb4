// Array.prototype.join keeps lone surrogates (halves of a sliced pair)
// instead of turning them into U+FFFD; so do JSON.stringify and replace.
const pair = '\u{1F600}';
const hi = pair.slice(0, 1), lo = pair.slice(1);
console.log(escape([hi, lo].join('')), escape([hi, '-', lo].join()), escape(['x', lo].join(hi)));
console.log([hi, lo].join('') === pair, JSON.stringify([hi, lo, pair]), escape(pair.replace(/(?:)/g, '|')));
