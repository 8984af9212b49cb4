// Throwing non-Error values: the catch receives them unchanged.
for (const v of [42, 'str', null, undefined, { custom: true }, [1, 2]]) {
  try { throw v; } catch (e) { console.log(typeof e, e); }
}
