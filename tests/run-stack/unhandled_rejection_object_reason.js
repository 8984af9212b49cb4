// A reason that is not error-like is shown as V8 shows it without running
// code: #<Object>, [object Array], #<Foo>.
class Foo {}
Promise.reject(new Foo());
