/* numconv.h - JavaScript number <-> string conversions, exactly as V8 (node
 * v20) performs them.
 *
 * Ownership: nothing here allocates or keeps state; every function writes into
 * a buffer the caller provides (sizes below, each including the NUL) and
 * returns the length written, excluding the NUL.  Strings given to the parsers
 * are UTF-8 byte spans that need not be NUL-terminated and may contain NULs.
 *
 * Conformance: the formatters reproduce V8's digits, including its
 * implementation-defined choices (shortest digits, ties, toString(radix) of
 * fractions and of integers above 2^53).  Decimal input is rounded correctly
 * (via the C library's strtod, which must be correctly rounded, as glibc's,
 * musl's and the BSD libcs are); the module needs IEEE-754 binary64 doubles
 * evaluated without excess precision or fused multiply-add (any x86-64 or
 * AArch64 build in ISO C mode).
 */
#ifndef TT_NUMCONV_H
#define TT_NUMCONV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
  /* num_to_string: "-1.2345678901234567e-123" is the worst case (25). */
  NUM_TOSTRING_BUFSIZE = 32,
  /* num_to_fixed, num_to_precision, num_to_exponential: at most 100 digits,
   * 21 integer digits, sign, point, 7 leading zeros or an exponent. */
  NUM_FORMAT_BUFSIZE = 128,
  /* num_to_string_radix: 1024 integer digits (radix 2, near MAX_VALUE), or
   * "0." and 1074 fraction digits (radix 2, near MIN_VALUE), plus sign. */
  NUM_RADIX_BUFSIZE = 1100,
  /* num_format_int: "-9223372036854775808". */
  NUM_INT_BUFSIZE = 24,
  /* Largest digit count toFixed, toPrecision and toExponential accept. */
  NUM_MAX_FRACTION_DIGITS = 100
};

/* Number::toString(d) (ECMA-262 Number::toString with radix 10): "NaN",
 * "Infinity", "-Infinity", "0" for both zeros, otherwise the shortest digit
 * string that reads back as d (the closest one if several), in plain notation
 * for 1e-7 < |d| < 1e21 and exponential notation ("1e+21", "1.5e-7")
 * otherwise.  buf: NUM_TOSTRING_BUFSIZE bytes. */
int num_to_string(double d, char *buf);

/* Number.prototype.toString(radix) for radix 2..36 (radix 10 is
 * num_to_string).  Fractions get digits until they identify d, as V8 does.
 * buf: NUM_RADIX_BUFSIZE bytes.  Returns -1, writing nothing, if the radix is
 * out of range (the caller throws the RangeError). */
int num_to_string_radix(double d, int radix, char *buf);

/* Number.prototype.toFixed(digits), digits in 0..100: the exact value of d
 * rounded half up to `digits` decimals; |d| >= 1e21 and non-finite d give
 * num_to_string(d); a negative d keeps its sign even when it rounds to zero
 * ("-0.00"), -0 does not.  buf: NUM_FORMAT_BUFSIZE bytes.  Returns -1 if
 * digits is out of range (checked first, as the specification does). */
int num_to_fixed(double d, int digits, char *buf);

/* Number.prototype.toPrecision(p), p in 1..100: p significant digits
 * (rounded half up from the exact value), exponential notation when the
 * exponent is < -6 or >= p.  Non-finite d gives num_to_string(d) whatever p
 * is; otherwise returns -1 if p is out of range.  buf: NUM_FORMAT_BUFSIZE. */
int num_to_precision(double d, int p, char *buf);

/* Number.prototype.toExponential(digits): digits in 0..100 fraction digits,
 * or -1 for "undefined" (as many as the shortest representation needs).
 * Non-finite d gives num_to_string(d) whatever digits is; otherwise returns
 * -1 if digits is out of range.  buf: NUM_FORMAT_BUFSIZE bytes. */
int num_to_exponential(double d, int digits, char *buf);

/* StringToNumber (ToNumber applied to a string): surrounding JS white space
 * and line terminators are ignored, an empty string is 0, then "Infinity"
 * with an optional sign, a decimal literal (".5", "5.", "1e3", "-0"), or an
 * unsigned 0x/0o/0b integer; anything else is NaN.  Always succeeds; the
 * result is stored in *out (NaN for junk). */
void num_from_string(const char *s, size_t len, double *out);

/* The bounds [*begin, *end) of s without the JS white space and line
 * terminators around it (StringToBigInt trims as StringToNumber does). */
void num_trim_ws(const char *s, size_t len, size_t *begin, size_t *end);

/* The global parseInt(s, radix) where radix is already ToInt32(radix): 0
 * means 10, or 16 after a "0x" prefix; a radix outside 2..36 gives NaN.
 * Leading white space and a sign are skipped, parsing stops at the first
 * character that is not a digit, no digits gives NaN.  Values that do not fit
 * a double are rounded as V8 rounds them. */
void num_parse_int(const char *s, size_t len, int radix, double *out);

/* The global parseFloat(s): the longest prefix (after white space) that is a
 * decimal literal or "Infinity" with an optional sign; NaN if there is none. */
void num_parse_float(const char *s, size_t len, double *out);

/* ToInt32 / ToUint32: NaN and infinities give 0, otherwise the integer part
 * modulo 2^32. */
/* Date.prototype.toISOString of time value t (finite, |t| <= 8.64e15) into
 * buf (at least 32 bytes): "1970-01-01T00:00:00.000Z", years outside 0..9999
 * as "+033658-..." / "-000001-...".  Returns the length. */
int num_date_iso(double t, char *buf);

int32_t num_to_int32(double d);
uint32_t num_to_uint32(double d);

/* ToIntegerOrInfinity: NaN and both zeros give +0, infinities stay, otherwise
 * the value truncated toward zero (never -0). */
double num_to_integer_or_infinity(double d);

/* True when s[0..len) is an array index: the canonical numeric string of an
 * integer in 0 .. 2^32-2 ("0", "42"; not "01", "-0", "4294967295").  The
 * index is stored in *idx when idx is not NULL. */
bool num_is_array_index(const char *s, size_t len, uint32_t *idx);

/* Decimal representation of v.  buf: NUM_INT_BUFSIZE bytes. */
int num_format_int(int64_t v, char *buf);

#endif
