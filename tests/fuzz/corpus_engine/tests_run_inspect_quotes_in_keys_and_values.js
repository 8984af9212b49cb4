// Quotes in keys and values together.
console.log({ "key'quote": 'value "dq"', normal: "it's" });
console.log(new Map([["k'", 'v"']]));
