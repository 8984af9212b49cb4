/* bignum.h - unsigned arbitrary-precision integers for exact counts
 * (schedules, outputs).  Limbs are base 10^9, least significant first.
 * Ownership: a BigNum owns its limbs (big_free); operations grow them and
 * abort on out-of-memory like every allocation here. */
#ifndef TT_BIGNUM_H
#define TT_BIGNUM_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"

typedef struct BigNum {
  uint32_t *limb;
  uint32_t n, cap;
} BigNum;

void big_init(BigNum *b);                 /* zero */
void big_free(BigNum *b);
void big_set_u64(BigNum *b, uint64_t v);
void big_copy(BigNum *dst, const BigNum *src);
void big_add(BigNum *acc, const BigNum *v);  /* acc += v */
void big_mul_u32(BigNum *b, uint32_t m);     /* b *= m */
int big_cmp(const BigNum *a, const BigNum *b);
bool big_is_zero(const BigNum *b);
void big_to_string(const BigNum *b, Buf *out); /* decimal */
double big_to_double(const BigNum *b);

#endif
