/* bigint.c - see bigint.h.
 *
 * Every operation builds its result in a fresh BInt and then moves it into
 * the destination, so a destination may also be an operand.  Magnitudes are
 * handled by the mag_* helpers (unsigned limb arrays); the sign rules sit in
 * the bint_* functions.  Division is Knuth's algorithm D (TAOCP 4.3.1). */
#include "bigint.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* --- storage ------------------------------------------------------------------ */

void bint_init(BInt *a) { memset(a, 0, sizeof *a); }

void bint_free(BInt *a) {
  free(a->d);
  bint_init(a);
}

static void reserve(BInt *a, uint32_t n) {
  if (n <= a->cap) return;
  uint32_t cap = a->cap ? a->cap : 2;
  while (cap < n) cap *= 2;
  a->d = xrealloc(a->d, sizeof(uint32_t) * cap);
  a->cap = cap;
}

/* Drops leading zero limbs; zero is never negative. */
static void trim(BInt *a) {
  while (a->n && a->d[a->n - 1] == 0) a->n--;
  if (!a->n) a->neg = false;
}

/* Replaces *dst by *t (taking its limbs). */
static void move_into(BInt *dst, BInt *t) {
  free(dst->d);
  *dst = *t;
  trim(dst);
}

/* A zeroed magnitude of n limbs. */
static void zeros(BInt *a, uint32_t n) {
  bint_init(a);
  reserve(a, n ? n : 1);
  if (n) memset(a->d, 0, sizeof(uint32_t) * n);
  a->n = n;
}

void bint_copy(BInt *dst, const BInt *src) {
  if (dst == src) return;
  reserve(dst, src->n);
  if (src->n) memcpy(dst->d, src->d, sizeof(uint32_t) * src->n);
  dst->n = src->n;
  dst->neg = src->neg;
}

void bint_set_u64(BInt *a, uint64_t v) {
  reserve(a, 2);
  a->d[0] = (uint32_t)v;
  a->d[1] = (uint32_t)(v >> 32);
  a->n = 2;
  a->neg = false;
  trim(a);
}

void bint_set_i64(BInt *a, int64_t v) {
  bint_set_u64(a, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
  a->neg = v < 0;
}

bool bint_set_double(BInt *a, double d) {
  bint_set_u64(a, 0);
  if (!isfinite(d) || d != trunc(d)) return false;
  double m = fabs(d);
  if (m < 18446744073709551616.0) {
    bint_set_u64(a, (uint64_t)m);
  } else {
    int e;
    double f = frexp(m, &e); /* m = f * 2^e, f in [0.5, 1) */
    bint_set_u64(a, (uint64_t)ldexp(f, 53));
    bint_shl(a, a, (uint64_t)(e - 53));
  }
  a->neg = d < 0 && a->n;
  return true;
}

/* --- inspection ------------------------------------------------------------------- */

bool bint_is_zero(const BInt *a) { return a->n == 0; }

static unsigned clz32(uint32_t x) {
  unsigned n = 0;
  if (!x) return 32;
  while (!(x & 0x80000000u)) {
    x <<= 1;
    n++;
  }
  return n;
}

uint64_t bint_bit_length(const BInt *a) {
  if (!a->n) return 0;
  return (uint64_t)a->n * 32 - clz32(a->d[a->n - 1]);
}

/* Bit i of the magnitude. */
static unsigned mag_bit(const BInt *a, uint64_t i) {
  uint64_t l = i / 32;
  return l < a->n ? (a->d[l] >> (i % 32)) & 1u : 0;
}

/* The 64 magnitude bits starting at bit pos. */
static uint64_t mag_bits64(const BInt *a, uint64_t pos) {
  uint64_t r = 0;
  for (unsigned i = 0; i < 64; i++) r |= (uint64_t)mag_bit(a, pos + i) << i;
  return r;
}

bool bint_to_i64(const BInt *a, int64_t *out) {
  if (bint_bit_length(a) > 63) {
    if (a->neg && bint_bit_length(a) == 64 && mag_bits64(a, 0) == UINT64_C(1) << 63) {
      *out = INT64_MIN;
      return true;
    }
    return false;
  }
  int64_t m = (int64_t)mag_bits64(a, 0);
  *out = a->neg ? -m : m;
  return true;
}

double bint_to_double(const BInt *a) {
  uint64_t len = bint_bit_length(a);
  double m;
  if (len <= 64) {
    m = (double)mag_bits64(a, 0); /* the conversion rounds to nearest even */
  } else {
    /* 64 leading bits with the rest folded into a sticky lowest bit: the
     * rounding point (bit 11) then sees exactly what it must. */
    uint64_t top = mag_bits64(a, len - 64);
    bool sticky = false;
    for (uint64_t i = 0; i < (len - 64) / 32 && !sticky; i++) sticky = a->d[i] != 0;
    for (uint64_t i = (len - 64) / 32 * 32; i < len - 64 && !sticky; i++) sticky = mag_bit(a, i);
    m = len > 1100 ? INFINITY : ldexp((double)(top | sticky), (int)(len - 64));
  }
  return a->neg ? -m : m;
}

/* --- magnitudes ---------------------------------------------------------------- */

static int mag_cmp(const BInt *a, const BInt *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (uint32_t i = a->n; i-- > 0;)
    if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
  return 0;
}

static void mag_add(BInt *r, const BInt *a, const BInt *b) {
  uint32_t n = a->n > b->n ? a->n : b->n;
  zeros(r, n + 1);
  uint64_t carry = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
    r->d[i] = (uint32_t)s;
    carry = s >> 32;
  }
  r->d[n] = (uint32_t)carry;
}

/* r = |a| - |b|, |a| >= |b|. */
static void mag_sub(BInt *r, const BInt *a, const BInt *b) {
  zeros(r, a->n);
  int64_t borrow = 0;
  for (uint32_t i = 0; i < a->n; i++) {
    int64_t s = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
    borrow = s < 0;
    r->d[i] = (uint32_t)(s + (borrow ? (int64_t)1 << 32 : 0));
  }
}

/* a = a * m + add, in place (magnitude). */
static void mag_mul_add_small(BInt *a, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t p = (uint64_t)a->d[i] * m + carry;
    a->d[i] = (uint32_t)p;
    carry = p >> 32;
  }
  if (carry) {
    reserve(a, a->n + 1);
    a->d[a->n++] = (uint32_t)carry;
  }
}

/* a = a / m in place (magnitude); returns the remainder. */
static uint32_t mag_div_small(BInt *a, uint32_t m) {
  uint64_t rem = 0;
  for (uint32_t i = a->n; i-- > 0;) {
    uint64_t cur = (rem << 32) | a->d[i];
    a->d[i] = (uint32_t)(cur / m);
    rem = cur % m;
  }
  trim(a);
  return (uint32_t)rem;
}

/* Knuth D: q = u / v, r = u % v for magnitudes with v->n >= 2, u->n >= v->n. */
static void mag_divmod_long(BInt *q, BInt *r, const BInt *u, const BInt *v) {
  uint32_t n = v->n, m = u->n;
  unsigned s = clz32(v->d[n - 1]);
  uint32_t *vn = xmalloc(sizeof(uint32_t) * n), *un = xmalloc(sizeof(uint32_t) * (m + 1));
  for (uint32_t i = n - 1; i > 0; i--) vn[i] = (v->d[i] << s) | (s ? v->d[i - 1] >> (32 - s) : 0);
  vn[0] = v->d[0] << s;
  un[m] = s ? u->d[m - 1] >> (32 - s) : 0;
  for (uint32_t i = m - 1; i > 0; i--) un[i] = (u->d[i] << s) | (s ? u->d[i - 1] >> (32 - s) : 0);
  un[0] = u->d[0] << s;
  zeros(q, m - n + 1);
  for (uint32_t j = m - n + 1; j-- > 0;) {
    uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >> 32 || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >> 32) break;
    }
    int64_t k = 0, t;
    for (uint32_t i = 0; i < n; i++) { /* un[j..j+n] -= qhat * vn */
      uint64_t p = qhat * vn[i];
      t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
      un[i + j] = (uint32_t)t;
      k = (int64_t)(p >> 32) - (t >> 32);
    }
    t = (int64_t)un[j + n] - k;
    un[j + n] = (uint32_t)t;
    q->d[j] = (uint32_t)qhat;
    if (t < 0) { /* qhat was one too large: add v back */
      q->d[j]--;
      uint64_t c = 0;
      for (uint32_t i = 0; i < n; i++) {
        uint64_t w = (uint64_t)un[i + j] + vn[i] + c;
        un[i + j] = (uint32_t)w;
        c = w >> 32;
      }
      un[j + n] += (uint32_t)c;
    }
  }
  zeros(r, n);
  for (uint32_t i = 0; i + 1 < n; i++) r->d[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
  r->d[n - 1] = un[n - 1] >> s;
  free(vn);
  free(un);
}

/* q, r = magnitudes of |a| / |b| (b not zero). */
static void mag_divmod(BInt *q, BInt *r, const BInt *a, const BInt *b) {
  if (mag_cmp(a, b) < 0) {
    zeros(q, 0);
    zeros(r, 0);
    bint_copy(r, a);
    r->neg = false;
    return;
  }
  if (b->n == 1) {
    zeros(q, 0);
    bint_copy(q, a);
    q->neg = false;
    uint32_t rem = mag_div_small(q, b->d[0]);
    zeros(r, 0);
    bint_set_u64(r, rem);
    return;
  }
  mag_divmod_long(q, r, a, b);
}

/* --- text -------------------------------------------------------------------------- */

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool bint_parse(BInt *a, const char *s, size_t n, unsigned radix) {
  BInt t;
  zeros(&t, 0);
  /* k digits at a time, radix^k below 2^32: one pass over the limbs each */
  uint32_t chunk = 1, acc = 0;
  for (size_t i = 0; i < n; i++) {
    int v = digit_value(s[i]);
    if (v >= (int)radix) {
      bint_free(&t);
      return false;
    }
    acc = acc * radix + (uint32_t)v;
    chunk *= radix;
    if ((uint64_t)chunk * radix > UINT32_MAX || i + 1 == n) {
      mag_mul_add_small(&t, chunk, acc);
      chunk = 1, acc = 0;
    }
  }
  move_into(a, &t);
  return n > 0;
}

void bint_to_string(const BInt *a, unsigned radix, Buf *out) {
  if (!a->n) {
    buf_putc(out, '0');
    return;
  }
  /* peel chunks of k digits: radix^k is the largest power below 2^32 */
  uint32_t chunk = radix, k = 1;
  while ((uint64_t)chunk * radix <= UINT32_MAX) chunk *= radix, k++;
  BInt t;
  zeros(&t, 0);
  bint_copy(&t, a);
  size_t cap = (size_t)a->n * 32 + 2, len = 0;
  char *rev = xmalloc(cap);
  while (t.n) {
    uint32_t rem = mag_div_small(&t, chunk);
    for (uint32_t i = 0; i < k && (t.n || rem); i++, rem /= radix) rev[len++] = "0123456789abcdefghijklmnopqrstuvwxyz"[rem % radix];
  }
  if (a->neg) buf_putc(out, '-');
  while (len) buf_putc(out, rev[--len]);
  free(rev);
  bint_free(&t);
}

/* --- comparison ------------------------------------------------------------------ */

int bint_cmp(const BInt *a, const BInt *b) {
  if (a->neg != b->neg) return a->neg ? -1 : 1;
  int c = mag_cmp(a, b);
  return a->neg ? -c : c;
}

int bint_cmp_double(const BInt *a, double d) {
  if (d != d) return 2;
  if (isinf(d)) return d > 0 ? -1 : 1;
  /* against floor(d): a > floor(d) means a >= floor(d) + 1 > d when d has a fraction */
  double f = floor(d);
  BInt b;
  bint_init(&b);
  bint_set_double(&b, f);
  int c = bint_cmp(a, &b);
  bint_free(&b);
  if (f != d) return c > 0 ? 1 : -1;
  return c;
}

/* --- arithmetic ---------------------------------------------------------------- */

void bint_neg(BInt *a) {
  if (a->n) a->neg = !a->neg;
}

/* r = a + (negate_b ? -b : b) */
static void add_signed(BInt *r, const BInt *a, const BInt *b, bool negate_b) {
  bool bneg = b->neg != negate_b;
  BInt t;
  if (a->neg == bneg) {
    mag_add(&t, a, b);
    t.neg = a->neg;
  } else if (mag_cmp(a, b) >= 0) {
    mag_sub(&t, a, b);
    t.neg = a->neg;
  } else {
    mag_sub(&t, b, a);
    t.neg = bneg;
  }
  move_into(r, &t);
}

void bint_add(BInt *r, const BInt *a, const BInt *b) { add_signed(r, a, b, false); }
void bint_sub(BInt *r, const BInt *a, const BInt *b) { add_signed(r, a, b, true); }

void bint_mul(BInt *r, const BInt *a, const BInt *b) {
  BInt t;
  zeros(&t, a->n + b->n);
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t carry = 0;
    for (uint32_t j = 0; j < b->n; j++) {
      uint64_t p = (uint64_t)a->d[i] * b->d[j] + t.d[i + j] + carry;
      t.d[i + j] = (uint32_t)p;
      carry = p >> 32;
    }
    t.d[i + b->n] = (uint32_t)carry;
  }
  t.neg = a->neg != b->neg;
  move_into(r, &t);
}

bool bint_divmod(BInt *q, BInt *m, const BInt *a, const BInt *b) {
  if (!b->n) return false;
  BInt tq, tr;
  mag_divmod(&tq, &tr, a, b);
  tq.neg = a->neg != b->neg;
  tr.neg = a->neg;
  if (q) move_into(q, &tq);
  else bint_free(&tq);
  if (m) move_into(m, &tr);
  else bint_free(&tr);
  return true;
}

void bint_pow(BInt *r, const BInt *a, uint64_t e) {
  BInt acc, base;
  bint_init(&acc);
  bint_init(&base);
  bint_set_u64(&acc, 1);
  bint_copy(&base, a);
  for (; e; e >>= 1) {
    if (e & 1) bint_mul(&acc, &acc, &base);
    if (e > 1) bint_mul(&base, &base, &base);
  }
  bint_free(&base);
  move_into(r, &acc);
}

/* --- bits ------------------------------------------------------------------------ */

/* The low w limbs of a's two's complement form. */
static uint32_t *twos(const BInt *a, uint32_t w) {
  uint32_t *x = xmalloc(sizeof(uint32_t) * w);
  uint64_t carry = 1;
  for (uint32_t i = 0; i < w; i++) {
    uint32_t limb = i < a->n ? a->d[i] : 0;
    if (!a->neg) {
      x[i] = limb;
      continue;
    }
    uint64_t s = (uint64_t)(uint32_t)~limb + carry;
    x[i] = (uint32_t)s;
    carry = s >> 32;
  }
  return x;
}

/* The BInt whose w-limb two's complement form is x (x is consumed). */
static void from_twos(BInt *r, uint32_t *x, uint32_t w) {
  BInt t;
  bint_init(&t);
  t.d = x;
  t.n = t.cap = w;
  t.neg = w && (x[w - 1] >> 31);
  if (t.neg) {
    uint64_t carry = 1;
    for (uint32_t i = 0; i < w; i++) {
      uint64_t s = (uint64_t)(uint32_t)~x[i] + carry;
      x[i] = (uint32_t)s;
      carry = s >> 32;
    }
  }
  move_into(r, &t);
}

static void bitwise(BInt *r, const BInt *a, const BInt *b, char op) {
  uint32_t w = (a->n > b->n ? a->n : b->n) + 1;
  uint32_t *x = twos(a, w), *y = twos(b, w);
  for (uint32_t i = 0; i < w; i++) x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
  free(y);
  from_twos(r, x, w);
}

void bint_and(BInt *r, const BInt *a, const BInt *b) { bitwise(r, a, b, '&'); }
void bint_or(BInt *r, const BInt *a, const BInt *b) { bitwise(r, a, b, '|'); }
void bint_xor(BInt *r, const BInt *a, const BInt *b) { bitwise(r, a, b, '^'); }

void bint_not(BInt *r, const BInt *a) {
  BInt one;
  bint_init(&one);
  bint_set_u64(&one, 1);
  BInt t;
  bint_init(&t);
  bint_copy(&t, a);
  bint_neg(&t);
  bint_sub(&t, &t, &one);
  bint_free(&one);
  move_into(r, &t);
}

void bint_shl(BInt *r, const BInt *a, uint64_t k) {
  if (!a->n) {
    bint_set_u64(r, 0);
    return;
  }
  uint32_t limbs = (uint32_t)(k / 32), bits = (uint32_t)(k % 32);
  BInt t;
  zeros(&t, a->n + limbs + 1);
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t v = (uint64_t)a->d[i] << bits;
    t.d[i + limbs] |= (uint32_t)v;
    t.d[i + limbs + 1] |= (uint32_t)(v >> 32);
  }
  t.neg = a->neg;
  move_into(r, &t);
}

/* Magnitude of |a| >> k (truncating). */
static void mag_shr(BInt *t, const BInt *a, uint64_t k) {
  uint64_t limbs = k / 32;
  uint32_t bits = (uint32_t)(k % 32);
  if (limbs >= a->n) {
    zeros(t, 0);
    return;
  }
  uint32_t n = a->n - (uint32_t)limbs;
  zeros(t, n);
  for (uint32_t i = 0; i < n; i++) {
    uint64_t v = a->d[i + limbs] | (i + limbs + 1 < a->n ? (uint64_t)a->d[i + limbs + 1] << 32 : 0);
    t->d[i] = (uint32_t)(v >> bits);
  }
}

void bint_shr(BInt *r, const BInt *a, uint64_t k) {
  BInt t;
  if (!a->neg) {
    mag_shr(&t, a, k);
    move_into(r, &t);
    return;
  }
  /* floor for negatives: -(((|a| - 1) >> k) + 1) */
  BInt one, m;
  bint_init(&one);
  bint_init(&m);
  bint_set_u64(&one, 1);
  bint_copy(&m, a);
  m.neg = false;
  bint_sub(&m, &m, &one);
  mag_shr(&t, &m, k);
  bint_add(&t, &t, &one);
  trim(&t);
  bint_neg(&t);
  bint_free(&one);
  bint_free(&m);
  move_into(r, &t);
}

/* The low `bits` bits of the magnitude (bits < bit_length). */
static void mag_low_bits(BInt *t, const BInt *a, uint64_t bits) {
  uint32_t n = (uint32_t)((bits + 31) / 32);
  zeros(t, n);
  memcpy(t->d, a->d, sizeof(uint32_t) * n);
  if (bits % 32) t->d[n - 1] &= (UINT32_C(1) << (bits % 32)) - 1;
  trim(t);
}

void bint_as_uint_n(BInt *r, const BInt *a, uint64_t bits) {
  if (!a->neg && bint_bit_length(a) <= bits) {
    bint_copy(r, a);
    return;
  }
  BInt t;
  if (bint_bit_length(a) > bits) mag_low_bits(&t, a, bits);
  else {
    zeros(&t, 0);
    bint_copy(&t, a);
    t.neg = false;
  }
  if (a->neg && t.n) { /* 2^bits - (|a| mod 2^bits) */
    BInt p;
    zeros(&p, 0);
    bint_set_u64(&p, 1);
    bint_shl(&p, &p, bits);
    bint_sub(&t, &p, &t);
    bint_free(&p);
  }
  move_into(r, &t);
}

void bint_as_int_n(BInt *r, const BInt *a, uint64_t bits) {
  if (bits == 0) {
    bint_set_u64(r, 0);
    return;
  }
  if (bint_bit_length(a) < bits) { /* already in [-2^(bits-1), 2^(bits-1)) */
    bint_copy(r, a);
    return;
  }
  BInt t;
  bint_init(&t);
  bint_as_uint_n(&t, a, bits);
  if (bint_bit_length(&t) == bits) { /* top bit set: subtract 2^bits */
    BInt p;
    zeros(&p, 0);
    bint_set_u64(&p, 1);
    bint_shl(&p, &p, bits);
    bint_sub(&t, &t, &p);
    bint_free(&p);
  }
  move_into(r, &t);
}
