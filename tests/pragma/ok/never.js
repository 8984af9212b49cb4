// `//@ never "X"`: no schedule prints the line X.
//@ never "caught"
Promise.resolve(1)
  .then((v) => console.log('value', v))
  .catch(() => console.log('caught'));
