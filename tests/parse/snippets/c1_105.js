async function* ag() { for await (const x of y) yield x }
