// switch: strict comparison, fallthrough, default in the middle.
function kind(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two-or-fell');
      break;
    default:
      out.push('default');
    case 'x':
      out.push('x');
      break;
    case '1':
      out.push('string one');
  }
  return out.join(',');
}
console.log(kind(1), '|', kind(2), '|', kind('1'), '|', kind('x'), '|', kind(9));
