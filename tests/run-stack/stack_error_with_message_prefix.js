// An error after other arguments, as in console.log("oops:", err).
try {
  null.x;
} catch (err) {
  console.log('oops:', err);
}
