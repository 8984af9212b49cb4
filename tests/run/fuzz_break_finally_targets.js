// Found by genfuzz (ASan): a `break` out of a `try` whose `finally` holds a
// loop compiled that loop (cleanup code) while holding a pointer into the
// compiler's break-target stack; the loop's target could move the stack.
const out = [];
for (let a = 0; a < 2; a++) {
  for (let b = 0; b < 2; b++) {
    for (let c = 0; c < 2; c++) {
      for (let d = 0; d < 2; d++) {
        for (let e = 0; e < 2; e++) {
          for (let f = 0; f < 2; f++) {
            for (let g = 0; g < 2; g++) {
              for (let h = 0; h < 2; h++) {
                try {
                  if (h === 1) break;
                  out.push('' + a + b + c + d + e + f + g + h);
                } finally {
                  for (let k = 0; k < 1; k++) out.push('f');
                }
              }
              if (g === 1) break;
            }
            break;
          }
          break;
        }
        break;
      }
      break;
    }
    break;
  }
}
console.log(out.length, out.slice(0, 6).join(' '));
