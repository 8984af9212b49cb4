// Found by fuzzing: a finally block compiled again on a return, break or
// continue that leaves a scope with captured variables resolved its names
// from the inner scope (and crashed the compiler on leaving it).
function ret() {
  let x = 'outer x';
  const g = () => x;
  try {
    for (let i = 0; ; i++) {
      const h = () => i;
      return h();
    }
  } finally {
    let y = 'finally y';
    console.log('ret: finally sees', x, (() => y)(), g());
  }
}
console.log(ret());

function plain() {
  try { for (;;) { return 'plain' } } finally { }
}
console.log(plain());

function loops() {
  const seen = [];
  outer: for (let i = 0; i < 3; i++) {
    const fi = () => i;
    try {
      for (let j = 0; j < 3; j++) {
        const fj = () => j;
        if (fj() === 1) continue outer;
        if (fi() === 2) break outer;
        seen.push(`${fi()}${fj()}`);
      }
    } finally {
      let z = i * 10;
      seen.push('f' + (() => z + i)());
    }
  }
  return seen.join(' ');
}
console.log(loops());

function nested() {
  let a = 'a';
  try {
    try {
      for (const k of [1, 2]) {
        const c = () => k;
        if (c() === 1) return 'nested ' + c();
      }
    } finally {
      let b = 'b';
      console.log('inner finally', (() => a + b)());
    }
  } finally {
    console.log('outer finally', (() => a)());
  }
}
console.log(nested());
