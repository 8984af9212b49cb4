for await (const x of y) {}
