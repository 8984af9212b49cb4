// Escapes of control characters inside quoted strings.
console.log(['line1\nline2', 'tab\there', 'back\\slash']);
console.log({ cr: 'a\rb', nul: 'x\0y', bell: '\x07', esc: '\x1b' });
console.log(['\u00e9', '\u2603', 'caf\u00e9']);
console.log('top level keeps\nreal newlines');
