// An array of short strings that exceeds the line width is broken over several lines.
const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima'];
console.log(words);
console.log(words.slice(0, 4));
