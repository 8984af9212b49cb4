// `//@ latency fetch LO..HI`: a request takes 50 to 60 ms, so the 10 ms timer is first.
//@ latency fetch 50..60
//@ deterministic
//@ always "timer" before "fetched"
fetch('/x').then(() => console.log('fetched'));
setTimeout(() => console.log('timer'), 10);
