// the default import of 'fs' is its CommonJS module.exports
import fs from 'fs';
import { readFile } from 'fs';
console.log(typeof fs.readFile, readFile === fs.readFile);
fs.readFile('esm_fs_default.mjs', 'utf8', (err, text) => {
  console.log(err, text.split('\n')[0]);
});
console.log('sync end');
