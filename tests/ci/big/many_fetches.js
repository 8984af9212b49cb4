// Eight requests of unknown latency: 2^8 states, more than --max-states 100 allows.
for (let i = 0; i < 8; i++) fetch('/' + i).then(() => console.log(i));
