for await (const x of xs) {}
