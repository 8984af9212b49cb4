// Cannot be checked: a syntax error.
console.log('unclosed';
