for (const x in y) {}
