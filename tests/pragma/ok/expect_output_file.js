// `//@ expect-output` without a comment block below: the output is in expect_output_file.expected.
//@ expect-output

console.log('from the fixture file');
