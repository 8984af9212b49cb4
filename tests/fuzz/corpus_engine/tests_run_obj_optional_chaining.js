// Optional chaining and nullish coalescing on nested data.
const user = { profile: { name: 'ada', tags: ['x'] }, greet() { return 'hi'; } };
console.log(user.profile?.name, user.settings?.theme, user.settings?.theme ?? 'light');
console.log(user.profile?.tags?.[0], user.profile?.tags?.[5], user.greet?.(), user.missing?.());
const nobody = null;
console.log(nobody?.profile.name, nobody?.[0]);
console.log(0 ?? 1, '' ?? 'x', false ?? true, undefined ?? null);
