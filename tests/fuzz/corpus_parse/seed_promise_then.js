promise
  .then((result) => console.log(result)) // 'it worked'
  .catch((err) => console.log(err)); // if it rejects
