async function* f() { yield* g(); await h(); yield }
