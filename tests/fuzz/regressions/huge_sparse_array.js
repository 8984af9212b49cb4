// EXPECT: run 2 check 2
// STDERR: unsupported: the program needs more than
// Found by fuzzing: arrays are dense in ticktock, so a huge length or index
// (node keeps such an array sparse) asked for gigabytes and aborted.  It is
// now reported as unsupported once the heap limit would be passed.
const a = [];
console.log('start');
a[4294967294] = 1;
console.log(a.length);
