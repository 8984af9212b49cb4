/* bigint.h - signed arbitrary-precision integers for JavaScript's BigInt.
 *
 * Sign and magnitude; the magnitude is limbs of 32 bits, least significant
 * first, with no leading zero limb (zero has no limbs and is never
 * negative), so every integer has exactly one representation.  Binary
 * limbs make the bitwise operators, shifts and radix conversions direct;
 * bignum.h (base 10^9, unsigned) stays what the explorer counts with.
 *
 * This module knows nothing of the VM: a JavaScript BigInt value is an
 * interned string (vm_bigint.h) that is turned into a BInt to compute.
 *
 * Ownership: a BInt owns its limbs (bint_free).  Results are written to a
 * destination that may also be an operand.  Growth aborts on out-of-memory
 * like every allocation here; the VM bounds sizes before asking
 * (BINT_MAX_BITS).
 */
#ifndef TT_BIGINT_H
#define TT_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* A larger result is RangeError "Maximum BigInt size exceeded".  V8's
 * limit (BigInt::kMaxLengthBits) is 2^30 bits; ticktock stops at 2^20
 * (315,653 decimal digits) because every result is kept as decimal text,
 * whose conversion is quadratic: a billion-bit value would take hours. */
#define BINT_MAX_BITS (UINT64_C(1) << 20)

typedef struct BInt {
  uint32_t *d;
  uint32_t n, cap;
  bool neg;
} BInt;

void bint_init(BInt *a); /* zero */
void bint_free(BInt *a);
void bint_copy(BInt *dst, const BInt *src); /* dst may be src */
void bint_set_i64(BInt *a, int64_t v);
void bint_set_u64(BInt *a, uint64_t v);
/* d must be finite and integral (false otherwise; a is then zero). */
bool bint_set_double(BInt *a, double d);

bool bint_is_zero(const BInt *a);
uint64_t bint_bit_length(const BInt *a); /* of the magnitude; 0 for zero */
/* The value when it fits in int64_t (true), else false. */
bool bint_to_i64(const BInt *a, int64_t *out);
/* The nearest double, ties to even (±Infinity beyond the range). */
double bint_to_double(const BInt *a);

/* Parses digits s[0..n) in radix 2..36 (no sign, prefix, separators or
 * spaces); false when a character is not a digit of the radix or n == 0. */
bool bint_parse(BInt *a, const char *s, size_t n, unsigned radix);
/* Appends the text in radix 2..36 (lower-case digits, '-' when negative). */
void bint_to_string(const BInt *a, unsigned radix, Buf *out);

int bint_cmp(const BInt *a, const BInt *b); /* <0, 0, >0 */
/* Compares with a double: -1, 0, 1, or 2 when d is NaN (unordered). */
int bint_cmp_double(const BInt *a, double d);

void bint_neg(BInt *a); /* in place */
void bint_add(BInt *r, const BInt *a, const BInt *b);
void bint_sub(BInt *r, const BInt *a, const BInt *b);
void bint_mul(BInt *r, const BInt *a, const BInt *b);
/* Truncating division: q = trunc(a / b), m = a - q * b (sign of a).  q or m
 * may be NULL.  False (nothing written) when b is zero. */
bool bint_divmod(BInt *q, BInt *m, const BInt *a, const BInt *b);
/* r = a ** e for a small non-negative exponent (the caller bounds the size). */
void bint_pow(BInt *r, const BInt *a, uint64_t e);

/* Bitwise operators on the infinite two's complement form. */
void bint_and(BInt *r, const BInt *a, const BInt *b);
void bint_or(BInt *r, const BInt *a, const BInt *b);
void bint_xor(BInt *r, const BInt *a, const BInt *b);
void bint_not(BInt *r, const BInt *a); /* -a - 1 */
void bint_shl(BInt *r, const BInt *a, uint64_t k);  /* a * 2^k */
void bint_shr(BInt *r, const BInt *a, uint64_t k);  /* floor(a / 2^k) */
/* BigInt.asUintN / asIntN: a modulo 2^bits, unsigned or signed. */
void bint_as_uint_n(BInt *r, const BInt *a, uint64_t bits);
void bint_as_int_n(BInt *r, const BInt *a, uint64_t bits);

#endif
