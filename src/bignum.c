/* bignum.c - see bignum.h. */
#include "bignum.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { BASE = 1000000000 };

void big_init(BigNum *b) { memset(b, 0, sizeof *b); }

void big_free(BigNum *b) {
  free(b->limb);
  big_init(b);
}

static void reserve(BigNum *b, uint32_t n) {
  if (n <= b->cap) return;
  uint32_t cap = b->cap ? b->cap * 2 : 4;
  while (cap < n) cap *= 2;
  b->limb = xrealloc(b->limb, sizeof(uint32_t) * cap);
  b->cap = cap;
}

void big_set_u64(BigNum *b, uint64_t v) {
  b->n = 0;
  while (v) {
    reserve(b, b->n + 1);
    b->limb[b->n++] = (uint32_t)(v % BASE);
    v /= BASE;
  }
}

void big_copy(BigNum *dst, const BigNum *src) {
  reserve(dst, src->n);
  if (src->n) memcpy(dst->limb, src->limb, sizeof(uint32_t) * src->n);
  dst->n = src->n;
}

void big_add(BigNum *acc, const BigNum *v) {
  uint32_t n = acc->n > v->n ? acc->n : v->n;
  reserve(acc, n + 1);
  uint64_t carry = 0;
  for (uint32_t i = 0; i < n || carry; i++) {
    if (i >= acc->n) {
      acc->limb[i] = 0;
      acc->n = i + 1;
    }
    uint64_t s = (uint64_t)acc->limb[i] + (i < v->n ? v->limb[i] : 0) + carry;
    acc->limb[i] = (uint32_t)(s % BASE);
    carry = s / BASE;
    if (i + 1 >= n && !carry) break;
  }
}

void big_mul_u32(BigNum *b, uint32_t m) {
  uint64_t carry = 0;
  for (uint32_t i = 0; i < b->n; i++) {
    uint64_t p = (uint64_t)b->limb[i] * m + carry;
    b->limb[i] = (uint32_t)(p % BASE);
    carry = p / BASE;
  }
  while (carry) {
    reserve(b, b->n + 1);
    b->limb[b->n++] = (uint32_t)(carry % BASE);
    carry /= BASE;
  }
  if (m == 0) b->n = 0;
}

int big_cmp(const BigNum *a, const BigNum *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (uint32_t i = a->n; i > 0; i--)
    if (a->limb[i - 1] != b->limb[i - 1]) return a->limb[i - 1] < b->limb[i - 1] ? -1 : 1;
  return 0;
}

bool big_is_zero(const BigNum *b) { return b->n == 0; }

void big_to_string(const BigNum *b, Buf *out) {
  if (b->n == 0) {
    buf_putc(out, '0');
    return;
  }
  buf_printf(out, "%u", b->limb[b->n - 1]);
  for (uint32_t i = b->n - 1; i > 0; i--) buf_printf(out, "%09u", b->limb[i - 1]);
}

double big_to_double(const BigNum *b) {
  double d = 0;
  for (uint32_t i = b->n; i > 0; i--) d = d * BASE + b->limb[i - 1];
  return d;
}
