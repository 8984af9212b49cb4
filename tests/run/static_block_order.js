// Class static blocks run once, when the class is defined, in order with
// static fields and computed keys; `this` is the class.
const log = [];
log.push('before');
class K {
  static a = (log.push('field a'), 1);
  static {
    log.push('block 1: a=' + this.a + ' b=' + this.b);
  }
  static b = (log.push('field b'), 2);
  static [(log.push('computed key'), 'c')] = 3;
  static {
    log.push('block 2: b=' + this.b + ' c=' + this.c);
    this.d = this.a + this.b + this.c;
  }
  x = (log.push('instance field'), 0);
}
log.push('after');
console.log(log.join('\n'));
console.log(K.d, Object.keys(K));
new K();
console.log(log[log.length - 1]);

const E = class Named {
  static {
    console.log('expr', this.name, this === Named);
  }
};
console.log(typeof E);

class Empty { static {} static { ; } }
console.log('empty', typeof Empty);

function make(n) {
  return class {
    static {
      console.log('made', n);
    }
  };
}
make(1);
make(2);

class Outer {
  static {
    class Inner {
      static {
        console.log('inner', this.name);
      }
    }
    console.log('outer', this.name, typeof Inner);
  }
}
