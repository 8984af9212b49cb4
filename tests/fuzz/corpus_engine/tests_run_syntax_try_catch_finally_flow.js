// try/catch/finally control flow: return in finally wins, finally after return.
function f1() { try { return 'try'; } finally { console.log('f1 finally'); } }
function f2() { try { throw new Error('x'); } catch (e) { return 'catch ' + e.message; } finally { console.log('f2 finally'); } }
function f3() { try { return 'try'; } finally { return 'finally'; } }
function f4() { for (let i = 0; i < 3; i++) { try { if (i === 1) continue; console.log('body', i); } finally { console.log('finally', i); } } }
console.log(f1()); console.log(f2()); console.log(f3()); f4();
