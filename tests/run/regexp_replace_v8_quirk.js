// node 20's global unicode replace with a function, on a string with a unit
// above U+00FF, passes "" for the unmatched groups of a match that follows an
// empty match (not at the end): ticktock does the same.
const show = (s, re) => { const out = []; s.replace(re, (m, ...a) => { out.push(JSON.stringify([m, ...a])); return ''; }); console.log(re, out.join(' ')); };
show('жЖж', /(b)?/gu); show('жЖж', /(b)?/g); show('xyz', /(b)?/gu); show('жЖж', /(?<n>b)?/gu); show('aaжbb', /(x)?(b)?/gu);
show('ж😀ж', /(b)?/gu); show('жЖж', /(b)?ж/gu); show('жЖж', /(b)?/guy); show('aж', /(b)?/gu);
const o = []; 'жЖж'.replaceAll(/(b)?/gu, (m, c) => { o.push(String(c)); return ''; }); console.log(o.join(','));
