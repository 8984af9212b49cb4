await null
for await (const x of xs) {}
const r = await Promise.all([])
