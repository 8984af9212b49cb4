// Truthiness with filter(Boolean), ||, && and ??.
console.log([0, 1, '', 'a', null, undefined, NaN, [], {}].filter(Boolean));
console.log(0 || 'default', '' || null, 'x' || 'y', 0 ?? 'default', null ?? 'default');
console.log(1 && 2, 0 && 2, 'a' && '', undefined ?? null ?? 3);
