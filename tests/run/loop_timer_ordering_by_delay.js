// Timers fire by expiry, not by creation order (delays far apart).
setTimeout(() => console.log('60 ms'), 60);
setTimeout(() => console.log('0 ms'), 0);
setTimeout(() => console.log('30 ms'), 30);
console.log('scheduled');
