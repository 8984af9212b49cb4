// An uncaught error thrown by a static block ends the program.
console.log('before');
class Boom {
  static {
    throw new Error('static block failed');
  }
}
console.log('never', Boom);
