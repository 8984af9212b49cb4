// length counts UTF-16 code units; emoji are two units; spread counts code points.
const emoji = '\u{1F600}';
console.log(emoji.length, [...emoji].length, 'caf\u00e9'.length);
console.log('\u{1F44D}\u{1F3FD}'.length, [...'\u{1F44D}\u{1F3FD}'].length);
console.log('abc'.length, ''.length, '\n'.length);
console.log(emoji.charCodeAt(0), emoji.charCodeAt(1), emoji.codePointAt(0));
console.log([...'a\u{1F600}b'].map((c) => c.length));
