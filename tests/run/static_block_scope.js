// Scoping in class static blocks: var is local to the block, this is the
// class, super reaches the parent class, private names are visible,
// new.target is undefined, and arrows see the block's this.
class Base {
  static greet() {
    return 'hello from ' + this.name;
  }
}
let readSecret;
class K extends Base {
  static #secret = 41;
  #own = 'own';
  static {
    var local = 'block var';
    let inner = 'block let';
    this.fromBlock = local + ', ' + inner;
    this.viaSuper = super.greet();
    const arrow = () => this.#secret + 1;
    this.viaArrow = arrow();
    this.arrowSuper = (() => super.greet())();
    this.nt = new.target;
    readSecret = (o) => o.#own;
    function hoisted() {
      return typeof arguments;
    }
    this.fn = hoisted();
  }
  static {
    this.second = typeof local;
  }
}
console.log(K.fromBlock);
console.log(K.viaSuper, K.viaArrow, K.arrowSuper, K.nt, K.fn, K.second);
console.log(typeof local, typeof inner, typeof hoisted);
console.log(readSecret(new K()));

// an exception in a static block propagates out of the class definition
try {
  class Bad {
    static {
      throw new RangeError('from the block');
    }
  }
  console.log('not reached', Bad);
} catch (e) {
  console.log('caught', e.name, e.message);
}

// try/catch and loops inside a block
class Loops {
  static {
    let sum = 0;
    for (let i = 0; i < 4; i++) {
      if (i === 2) continue;
      sum += i;
    }
    try {
      null.x;
    } catch (e) {
      this.err = e.constructor.name;
    }
    this.sum = sum;
  }
}
console.log(Loops.sum, Loops.err);
