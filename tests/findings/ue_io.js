// A throw escaping an I/O callback.
const fs = require('fs');
fs.readFile('/nonexistent/file.txt', (err) => {
  if (err) throw err;
});
setTimeout(() => console.log('timer'), 50);
