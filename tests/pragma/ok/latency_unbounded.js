// Without a latency pragma a request may complete at any time after it starts.
//@ expect-outputs 2
fetch('/x').then(() => console.log('fetched'));
setTimeout(() => console.log('timer'), 10);
