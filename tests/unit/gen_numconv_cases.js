#!/usr/bin/env node
// gen_numconv_cases.js - writes the tables of tests/unit/numconv_cases.h, the
// expected results of JavaScript number conversions as node computes them.
//
// Regenerate (node v20, the version ticktock matches) with:
//
//   node tests/unit/gen_numconv_cases.js > tests/unit/numconv_cases.h
//
// The inputs are fixed lists plus values from a seeded PRNG, so the output is
// the same on every run.  Every expected value is computed by node itself
// (String(x), x.toString(r), toFixed, toPrecision, toExponential, Number(s),
// parseInt, parseFloat, x|0, x>>>0, array index semantics); nothing is typed
// in by hand.  Doubles are written as their IEEE-754 bit patterns, strings as
// C literals of their UTF-8 bytes with an explicit length.
'use strict';

// ---- deterministic PRNG (splitmix64) ---------------------------------------
const MASK64 = (1n << 64n) - 1n;
let seed = 0x7469636b746f636bn; // "ticktock"
function rand64() {
  seed = (seed + 0x9e3779b97f4a7c15n) & MASK64;
  let z = seed;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}
function randInt(n) { // 0 <= r < n, n < 2^53
  return Number(rand64() % BigInt(n));
}
function pick(arr) { return arr[randInt(arr.length)]; }
function randUnit() { return Number(rand64() >> 11n) / 2 ** 53; }

// ---- doubles and their bits -------------------------------------------------
const dv = new DataView(new ArrayBuffer(8));
function bitsOf(x) { dv.setFloat64(0, x); return dv.getBigUint64(0); }
function fromBits(b) { dv.setBigUint64(0, b & MASK64); return dv.getFloat64(0); }
function nextUp(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const b = bitsOf(x);
  return fromBits(x > 0 ? b + 1n : b - 1n);
}
function nextDown(x) { return -nextUp(-x); }
function randFiniteBits() { // uniform over the bit patterns of finite doubles
  for (;;) {
    const b = rand64();
    if (((b >> 52n) & 0x7ffn) !== 0x7ffn) return fromBits(b);
  }
}
function randDecimalish() { // m * 10^e with a random number of digits
  const digits = 1 + randInt(17);
  let m = String(1 + randInt(9));
  for (let i = 1; i < digits; i++) m += String(randInt(10));
  const e = randInt(60) - 30;
  return (randInt(2) ? -1 : 1) * Number(`${m}e${e}`);
}

// ---- C output helpers ---------------------------------------------------------
function hex64(b) { return `0x${b.toString(16).padStart(16, '0')}`; }
function dbl(x) { return hex64(bitsOf(x)); }
function cstr(s) { // C literal of the UTF-8 bytes of s; ? is escaped (trigraphs)
  const bytes = Buffer.from(s, 'utf8');
  let out = '"';
  for (const c of bytes) {
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c && c !== 0x3f)
      out += String.fromCharCode(c);
    else out += '\\' + c.toString(8).padStart(3, '0');
  }
  return [out + '"', bytes.length];
}
function uniq(list, key) {
  const seen = new Set(), out = [];
  for (const x of list) {
    const k = key(x);
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}
const uniqDoubles = (list) => uniq(list, (x) => bitsOf(x).toString());
const lines = [];
const emit = (s) => lines.push(s);
function table(type, name, rows) {
  emit(`static const ${type} ${name}[] = {`);
  for (const r of rows) emit(`  {${r}},`);
  emit('};');
  emit('');
}

// ---- value sets ---------------------------------------------------------------
const special = [
  0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 1, -1, 0.5, 2, 10,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.MAX_SAFE_INTEGER + 3,
  -Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1,
  2 ** 32, 2 ** 32 - 1, 2 ** 32 + 1, -(2 ** 32), 2 ** 64, 2 ** 63, -(2 ** 63),
  2.2250738585072014e-308, nextDown(2.2250738585072014e-308), 1e21, nextDown(1e21),
  nextUp(1e21), 999999999999999900000, 123456789012345680000, 1e-7, nextUp(1e-7),
  nextDown(1e-7), 1e-6, nextDown(1e-6), 0.000001, 1.5e-7, 0.1, 0.2, 0.3, 0.1 + 0.2,
  1 / 3, 2 / 3, Math.PI, Math.E, -Math.PI, 1.005, 1.45, 2.5, -1.5, 1.255, 8.345,
  0.045, 1.0000000000000002, 0.9999999999999999, 4.35, 4.345, 1e20, 1.5e20,
  9007199254740993, 1e23, 5e-324 * 3, 1.7976931348623157e308 / 3, 12345.6789,
  -0.0001, 0.0005, -0.0005, 99.995, 0.995, 9.995, 123.456, 1e-10, 3e-5,
  2 ** -1022, 2 ** -1023, 2 ** -1074 * 12345, 4294967295.5, -4294967296.5,
  2147483648.7, -2147483648.7, 1e100, 6.02214076e23, 1.602176634e-19,
];
const powersOfTen = [];
for (let k = -325; k <= 310; k++) {
  const x = Number(`1e${k}`);
  powersOfTen.push(x, nextUp(x), nextDown(x));
}
const powersOfTwo = [];
for (let k = -1074; k <= 1023; k++) {
  const x = 2 ** k;
  powersOfTwo.push(x);
  if (k % 5 === 0) powersOfTwo.push(nextUp(x), nextDown(x));
}
const randomBits = [], randomDecimal = [], randomUnit = [], randomInts = [];
for (let i = 0; i < 2000; i++) randomBits.push(randFiniteBits());
for (let i = 0; i < 800; i++) randomDecimal.push(randDecimalish());
for (let i = 0; i < 300; i++) randomUnit.push(randUnit());
for (let i = 0; i < 300; i++) randomInts.push((randInt(2) ? -1 : 1) * randInt(2 ** (1 + randInt(53))));

// ---- Number::toString ------------------------------------------------------------
const toStringValues = uniqDoubles([...special, ...powersOfTen, ...powersOfTwo,
  ...randomBits, ...randomDecimal, ...randomUnit, ...randomInts]);

// ---- toString(radix) ----------------------------------------------------------------
const radixValues = uniqDoubles([
  ...special, 255, -255, 35, 36, 1295, 0.25, 0.75, 0.125, 1 / 7, 100.5, -0.3,
  2 ** 53 + 2, 2 ** 60 + 2 ** 9, 1e21, 1e300, 3.14, 1234.5678, 1e-5, 1e-20,
  ...randomUnit.slice(0, 25), ...randomDecimal.slice(0, 40),
  ...randomBits.filter((x) => Math.abs(x) > 1e-30 && Math.abs(x) < 1e40).slice(0, 40),
  ...randomInts.slice(0, 25),
]);
const radixRows = [];
for (const x of radixValues) {
  const radices = new Set([2, 3, 7, 8, 16, 32, 36, 2 + randInt(35)]);
  for (const r of radices) {
    const s = x.toString(r);
    if (s.length > 300 && r !== 2 && r !== 36) continue; // keep the file small
    radixRows.push([x, r, s]);
  }
}

// ---- toFixed, toPrecision, toExponential -------------------------------------------
const ties = [];
for (let i = 0; i < 24; i++) ties.push(i + 0.5, -(i + 0.5), i / 8, (i + 0.5) / 100);
const formatValues = uniqDoubles([
  ...special, ...ties, ...randomDecimal.slice(0, 120), ...randomUnit.slice(0, 40),
  ...randomInts.slice(0, 30), ...randomBits.slice(0, 80),
  ...powersOfTen.filter((_, i) => i % 23 === 0),
]);
const fixedRows = [], precisionRows = [], exponentialRows = [];
for (const x of formatValues) {
  for (const f of new Set([0, 1, 2, 5, 20, randInt(101)]))
    fixedRows.push([x, f, x.toFixed(f)]);
  for (const p of new Set([1, 2, 6, 17, 21, 1 + randInt(100)]))
    precisionRows.push([x, p, x.toPrecision(p)]);
  for (const f of new Set([-1, 0, 2, 16, 20, randInt(101)]))
    exponentialRows.push([x, f, f < 0 ? x.toExponential() : x.toExponential(f)]);
}
for (const x of [1.5, -1e-7, 123.456, Number.MIN_VALUE, 1e20, 0.1]) {
  fixedRows.push([x, 100, x.toFixed(100)]);
  precisionRows.push([x, 100, x.toPrecision(100)]);
  exponentialRows.push([x, 100, x.toExponential(100)]);
}
// Out-of-range digit counts: a RangeError, except where the specification
// checks for a non-finite value first.  null stands for the RangeError.
function orRangeError(f) {
  try { return f(); } catch (e) { if (e instanceof RangeError) return null; throw e; }
}
for (const x of [1.5, 0, NaN, Infinity, -Infinity, 1e21]) {
  for (const a of [-1, 101, 1000]) fixedRows.push([x, a, orRangeError(() => x.toFixed(a))]);
  for (const a of [0, -1, 101]) precisionRows.push([x, a, orRangeError(() => x.toPrecision(a))]);
  for (const a of [101, 1000]) exponentialRows.push([x, a, orRangeError(() => x.toExponential(a))]);
  for (const r of [0, 1, 37, -2]) radixRows.push([x, r, orRangeError(() => x.toString(r))]);
}

// ---- string inputs --------------------------------------------------------------------
const WS = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005',
  '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_WS = ['\u0085', '\u180e', '\u200b', '\u0000', '\u00ad', '\u2060', '\ufffe', '\u00b7'];
const handStrings = [
  '', ' ', '0', '-0', '+0', '00', '0.0', '-0.0', '.5', '5.', '-.5', '+.5', '.', '-', '+',
  '1e3', '1E3', '1e+3', '1e-3', '1e', '1e+', '1e-', 'e3', '.e3', '1.e3', '.5e1', '1.5e',
  '12px', '1_000', '1n', 'infinity', 'Infinity', '+Infinity', '-Infinity', 'INFINITY',
  'Infinityx', '-Infinityx', 'Inf', 'NaN', 'nan', '- 1', '+-1', '--1', '1 2', '0x', '0X1f',
  '0x1F', '0xg', '-0x1', '+0x1', '0x-1', '0o17', '0O17', '0o8', '0b101', '0B11', '0b2',
  '0b', '0o', '00x1', '0x 1', '0x1 ', ' 0x1', '0x1.5', '0.0x1', '1.5.3', '1..5', '1e5.5',
  '123456789012345678901234567890', '0.000001', '1e-7', '5e-324', '2e-324', '3e-324',
  '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '1e309',
  '-1e309', '1e-400', '-1e-400', '1e99999999999', '1e-99999999999', '0e99999999999',
  '0.0000000000000000000000000000000000001e37', '9007199254740993', '9007199254740992.5',
  '9007199254740993.0000000000001', '0x20000000000001', '0x20000000000003',
  '0x1fffffffffffff', '0x1fffffffffffff8', '0x1fffffffffffff7', '0x1fffffffffffff9',
  '0x1fffffffffffff80000000000', '0x1fffffffffffff80000000001',
  '0b' + '1'.repeat(60), '0o' + '7'.repeat(30), '0x' + 'f'.repeat(260),
  '0x' + 'f'.repeat(256), '0x1' + '0'.repeat(255), '1' + '0'.repeat(400),
  '0.' + '0'.repeat(400) + '1', '1'.repeat(800), '12abc', 'abc12', '0x12abc', '12e3x',
  '١٢', '１２', '12\u0000', '\u00001', '4294967295', '4294967296', '-4294967296',
  '1e21', '1e+21', '3.14', '  3.14  ', '\t\n3.14\r\n', '0.1e-5', '100e-2', '1E-0',
  '0b1e1', '0o1e1', '1_0', '1,5', '1\'000',
];
for (const w of WS) handStrings.push(w, w + '42' + w, w + '-1.5e3' + w, '0x10' + w, w + 'Infinity');
for (const w of NOT_WS) handStrings.push(w + '42', '42' + w, w);
function randomTokenString() {
  const tokens = ['0', '1', '7', '9', '00', '12', '.', 'e', 'E', '+', '-', 'x', 'X', 'o', 'b',
    'B', 'a', 'f', 'F', 'z', 'Z', ' ', '\t', '\u00a0', '\u2028', 'Infinity', 'I', 'n',
    '_', '0x', '0b', '0o', '5e-1', '\ufeff', '\u180e', 'Z9'];
  let s = '';
  const n = 1 + randInt(7);
  for (let i = 0; i < n; i++) s += pick(tokens);
  return s;
}
// Exact decimal expansions of points halfway between adjacent doubles, and
// strings just below and above them: the hardest inputs for correct rounding.
function exactDecimal(n, scale) { // n * 10^-scale as plain decimal text
  if (scale <= 0) return n.toString() + '0'.repeat(-scale);
  let s = n.toString().padStart(scale + 1, '0');
  return s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale);
}
function halfwayStrings(x) {
  const b = bitsOf(x), be = Number((b >> 52n) & 0x7ffn);
  const m = (b & ((1n << 52n) - 1n)) | (be ? 1n << 52n : 0n);
  const e = (be ? be : 1) - 1075;
  // (x + nextUp(x)) / 2 = (2m + 1) * 2^(e - 1)
  const odd = 2n * m + 1n, e2 = e - 1;
  if (e2 >= 0) {
    const mid = odd << BigInt(e2);
    return [mid.toString(), mid + '.000000001', (mid - 1n) + '.999999999'];
  }
  const s = exactDecimal(odd * 5n ** BigInt(-e2), -e2); // ends in 5
  return [s, s + '000000001', s.slice(0, -1) + '4999999999'];
}
const hexStrings = [];
for (let i = 0; i < 60; i++) {
  const m = (rand64() >> 11n) | 1n, shift = BigInt(1 + randInt(70));
  const tie = ((2n * m + 1n) << shift) >> 1n; // ... 1 followed by zeros after bit 53
  const hx = tie.toString(16);
  hexStrings.push('0x' + hx, '0x' + hx + '0', '0x' + hx.slice(0, -1) + 'F', '0o' + tie.toString(8),
    '0b' + tie.toString(2));
}
const fromStringInputs = uniq([
  ...handStrings,
  ...toStringValues.slice(0, 3000).filter((_, i) => i % 4 === 0).map(String),
  ...randomBits.slice(0, 150).map((x) => x.toExponential(randInt(25))),
  ...randomBits.filter((x) => x > 0 && x < 1e300).slice(0, 60).flatMap(halfwayStrings),
  ...hexStrings,
  ...Array.from({ length: 500 }, randomTokenString),
], (s) => s);

const parseIntInputs = uniq([
  ...handStrings, ...hexStrings.slice(0, 60), ...Array.from({ length: 300 }, randomTokenString),
  '  -42abc', '0x', '-0x1f', '0x1fz', '08', '0b11', '0o11', '1e3', '123.9', '-0', '-0x0',
  '  0000', '0009', '9'.repeat(30), '9'.repeat(320), '1' + '0'.repeat(308), '1' + '0'.repeat(309),
  'zzzzzzzzzzzzzzzzzzzz', 'ZZzz', 'abcdefghijklmnopqrstuvwxyz', '7'.repeat(40), '2'.repeat(70),
  '1'.repeat(64), '1'.repeat(70), '123456789abcdef123456789abcdef', '1000000000000000000000001',
], (s) => s);
const parseIntRows = [];
for (const s of parseIntInputs) {
  for (const r of new Set([0, 10, 16, pick([2, 4, 8, 32]), 2 + randInt(35)])) parseIntRows.push([s, r]);
}
for (const s of ['10', '11', '0x10', 'z', '']) for (const r of [1, -1, 37, 100, 36, 2, 3])
  parseIntRows.push([s, r]);
for (let i = 0; i < 200; i++) { // long digit strings in every radix
  const r = 2 + randInt(35), n = 1 + randInt(80);
  let s = (randInt(4) ? '' : '-') + '123456789abcdefghijklmnopqrstuvwxyz'[randInt(r - 1)];
  for (let j = 1; j < n; j++) s += '0123456789abcdefghijklmnopqrstuvwxyz'[randInt(r)];
  parseIntRows.push([s, pick([r, r, 0])]);
}

const parseFloatInputs = uniq([
  ...handStrings, ...Array.from({ length: 300 }, randomTokenString),
  '3.14abc', '-.5x', '1e5x', '1e+x', '.e1', '-Infinityx', '+Infinity1', 'Infinit',
  '0x10', '1.2.3', '  -0', '1e-5.5', ...randomBits.slice(200, 300).map(String),
], (s) => s);

// ---- integer conversions and array indices --------------------------------------------
const intValues = uniqDoubles([...special, ...randomInts.slice(0, 100),
  ...randomBits.slice(300, 400), ...randomDecimal.slice(300, 400).map((x) => x * 1e10),
  2 ** 53 + 2 ** 31, -(2 ** 53) - 2 ** 31 * 3, 2 ** 40 + 0.5, -0.5, 0.9999, -0.9999, 1e300]);
const indexStrings = uniq(['0', '1', '42', '01', '00', '-0', '-1', '+1', ' 1', '1 ', '1.0', '1e3',
  '4294967294', '4294967295', '4294967296', '4294967293', '99999999999', '', 'a', '0x1',
  '1234567890', '2147483648', '12345678901', '١', '3\u0000',
  ...randomInts.slice(100, 130).map((x) => String(Math.abs(x) % 2 ** 33)),
  ...randomInts.slice(130, 140).map(String)], (s) => s);
const int64Values = [0n, 1n, -1n, 9n, 10n, -10n, (1n << 63n) - 1n, -(1n << 63n), 1n << 53n];
for (let i = 0; i < 60; i++) int64Values.push(BigInt.asIntN(64, rand64() >> BigInt(randInt(63))));

// ---- output -------------------------------------------------------------------------------
emit('/* numconv_cases.h - expected results of JavaScript number conversions as');
emit(` * computed by node ${process.version}.  GENERATED, do not edit:`);
emit(' *   node tests/unit/gen_numconv_cases.js > tests/unit/numconv_cases.h');
emit(' * Doubles are IEEE-754 bit patterns; strings are UTF-8 with explicit lengths. */');
emit('#ifndef NUMCONV_CASES_H');
emit('#define NUMCONV_CASES_H');
emit('');
emit('#include <stddef.h>');
emit('#include <stdint.h>');
emit('');
emit('typedef struct NcToString { uint64_t in; const char *out; } NcToString;');
emit('typedef struct NcFormat { uint64_t in; int arg; const char *out; /* NULL: RangeError */ } NcFormat;');
emit('typedef struct NcParse { const char *in; size_t len; int arg; uint64_t out; } NcParse;');
emit('typedef struct NcInt { uint64_t in; int32_t i32; uint32_t u32; uint64_t integer; } NcInt;');
emit('typedef struct NcIndex { const char *in; size_t len; int64_t index; /* -1: none */ } NcIndex;');
emit('typedef struct NcInt64 { int64_t in; const char *out; } NcInt64;');
emit('');
table('NcToString', 'NC_TO_STRING', toStringValues.map((x) => `${dbl(x)}, ${cstr(String(x))[0]}`));
const fmt = (rows) => rows.map(([x, a, s]) => `${dbl(x)}, ${a}, ${s === null ? 'NULL' : cstr(s)[0]}`);
table('NcFormat', 'NC_TO_RADIX', fmt(radixRows));
table('NcFormat', 'NC_TO_FIXED', fmt(fixedRows));
table('NcFormat', 'NC_TO_PRECISION', fmt(precisionRows));
table('NcFormat', 'NC_TO_EXPONENTIAL', fmt(exponentialRows));
const parse = (s, arg, v) => { const [lit, len] = cstr(s); return `${lit}, ${len}, ${arg}, ${dbl(v)}`; };
table('NcParse', 'NC_FROM_STRING', fromStringInputs.map((s) => parse(s, 0, Number(s))));
table('NcParse', 'NC_PARSE_INT', parseIntRows.map(([s, r]) => parse(s, r, parseInt(s, r))));
table('NcParse', 'NC_PARSE_FLOAT', parseFloatInputs.map((s) => parse(s, 0, parseFloat(s))));
// ToIntegerOrInfinity has no direct observer; `Math.trunc(x) || 0` is its
// definition (NaN and -0 become +0) evaluated by node.
table('NcInt', 'NC_INT', intValues.map((x) =>
  `${dbl(x)}, ${(x | 0) === -2147483648 ? 'INT32_MIN' : x | 0}, ${x >>> 0}u, ${dbl(Math.trunc(x) || 0)}`));
table('NcIndex', 'NC_ARRAY_INDEX', indexStrings.map((s) => {
  const a = [];
  a[s] = true;
  const [lit, len] = cstr(s);
  return `${lit}, ${len}, ${a.length ? a.length - 1 : -1}`;
}));
table('NcInt64', 'NC_FORMAT_INT', int64Values.map((v) =>
  `${v === -(1n << 63n) ? 'INT64_MIN' : `INT64_C(${v})`}, ${cstr(String(v))[0]}`));
emit('#endif');
process.stdout.write(lines.join('\n') + '\n');
