// Timers fire by expiry, not by creation order (delays far apart).
setTimeout(() => console.log('100 ms'), 100);
setTimeout(() => console.log('0 ms'), 0);
setTimeout(() => console.log('50 ms'), 50);
console.log('scheduled');
