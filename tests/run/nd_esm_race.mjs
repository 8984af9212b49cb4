// ES module imports in a race between a file read and a timer (ticktock check)
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
const winner = await Promise.race([
  readFile('nd_esm_race.mjs').then(() => 'file'),
  sleep(1).then(() => 'timer'),
]);
console.log(winner);
