// `//@ expect-outputs N`: exactly N distinct outputs (two requests of unknown latency).
//@ expect-outputs 2
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
