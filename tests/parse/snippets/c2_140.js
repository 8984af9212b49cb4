for (let in o) {}
