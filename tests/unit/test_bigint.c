/* test_bigint.c - the signed arithmetic behind BigInt (bigint.h) against
 * tables computed with Python's integers (bigint_cases.h): the four
 * operations across limbs and signs (Knuth D's add-back step included),
 * two's complement bitwise operators, shifts, asIntN/asUintN, radix text,
 * correctly rounded conversion to double, and comparison with doubles. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "bigint_cases.h"
#include "tt_test.h"

/* A BInt from signed decimal text. */
static void from_dec(BInt *b, const char *s) {
  bool neg = s[0] == '-';
  bint_init(b);
  CU_ASSERT_TRUE(bint_parse(b, s + neg, strlen(s + neg), 10));
  if (neg) bint_neg(b);
}

static bool is_text(const BInt *b, unsigned radix, const char *want) {
  Buf out;
  buf_init(&out);
  bint_to_string(b, radix, &out);
  bool ok = strcmp(out.data, want) == 0;
  if (!ok) fprintf(stderr, "\n  got %s, want %s\n", out.data, want);
  buf_free(&out);
  return ok;
}

static void test_binary_ops(void) {
  for (size_t i = 0; i < sizeof BIN_CASES / sizeof BIN_CASES[0]; i++) {
    BInt a, b, r;
    from_dec(&a, BIN_CASES[i].a);
    from_dec(&b, BIN_CASES[i].b);
    bint_init(&r);
    switch (BIN_CASES[i].op) {
      case '+': bint_add(&r, &a, &b); break;
      case '-': bint_sub(&r, &a, &b); break;
      case '*': bint_mul(&r, &a, &b); break;
      case '/': CU_ASSERT_TRUE(bint_divmod(&r, NULL, &a, &b)); break;
      case '%': CU_ASSERT_TRUE(bint_divmod(NULL, &r, &a, &b)); break;
      case '&': bint_and(&r, &a, &b); break;
      case '|': bint_or(&r, &a, &b); break;
      default: bint_xor(&r, &a, &b); break;
    }
    CU_ASSERT_TRUE(is_text(&r, 10, BIN_CASES[i].r));
    bint_free(&a);
    bint_free(&b);
    bint_free(&r);
  }
}

static void test_aliasing_and_zero(void) {
  BInt a, z;
  from_dec(&a, "-123456789012345678901234567890");
  bint_init(&z);
  bint_mul(&a, &a, &a); /* destination is both operands */
  CU_ASSERT_TRUE(is_text(&a, 10, "15241578753238836750495351562536198787501905199875019052100"));
  CU_ASSERT_FALSE(bint_divmod(&a, NULL, &a, &z)); /* division by zero leaves a alone */
  CU_ASSERT_TRUE(is_text(&a, 10, "15241578753238836750495351562536198787501905199875019052100"));
  bint_sub(&a, &a, &a);
  CU_ASSERT_TRUE(bint_is_zero(&a));
  CU_ASSERT_FALSE(a.neg); /* no negative zero */
  from_dec(&z, "-0");
  CU_ASSERT_FALSE(z.neg);
  bint_free(&a);
  bint_free(&z);
}

static void test_shifts_and_widths(void) {
  for (size_t i = 0; i < sizeof SHIFT_CASES / sizeof SHIFT_CASES[0]; i++) {
    BInt a, r;
    from_dec(&a, SHIFT_CASES[i].a);
    bint_init(&r);
    switch (SHIFT_CASES[i].op) {
      case '<': bint_shl(&r, &a, SHIFT_CASES[i].k); break;
      case '>': bint_shr(&r, &a, SHIFT_CASES[i].k); break;
      case 'u': bint_as_uint_n(&r, &a, SHIFT_CASES[i].k); break;
      default: bint_as_int_n(&r, &a, SHIFT_CASES[i].k); break;
    }
    CU_ASSERT_TRUE(is_text(&r, 10, SHIFT_CASES[i].r));
    bint_free(&a);
    bint_free(&r);
  }
}

static void test_not_and_pow(void) {
  BInt a, r;
  from_dec(&a, "-1");
  bint_init(&r);
  bint_not(&r, &a);
  CU_ASSERT_TRUE(is_text(&r, 10, "0"));
  bint_set_i64(&a, -3);
  bint_pow(&r, &a, 41);
  CU_ASSERT_TRUE(is_text(&r, 10, "-36472996377170786403"));
  bint_pow(&r, &a, 0);
  CU_ASSERT_TRUE(is_text(&r, 10, "1"));
  bint_free(&a);
  bint_free(&r);
}

static void test_radix_text(void) {
  for (size_t i = 0; i < sizeof RADIX_CASES / sizeof RADIX_CASES[0]; i++) {
    BInt a, back;
    from_dec(&a, RADIX_CASES[i].a);
    CU_ASSERT_TRUE(is_text(&a, RADIX_CASES[i].radix, RADIX_CASES[i].text));
    const char *t = RADIX_CASES[i].text;
    bool neg = t[0] == '-';
    bint_init(&back);
    CU_ASSERT_TRUE(bint_parse(&back, t + neg, strlen(t + neg), RADIX_CASES[i].radix));
    if (neg) bint_neg(&back);
    CU_ASSERT_EQUAL(bint_cmp(&a, &back), 0);
    bint_free(&a);
    bint_free(&back);
  }
  BInt b;
  bint_init(&b);
  CU_ASSERT_FALSE(bint_parse(&b, "12", 2, 2));
  CU_ASSERT_FALSE(bint_parse(&b, "", 0, 10));
  CU_ASSERT_FALSE(bint_parse(&b, "1_0", 3, 10));
  bint_free(&b);
}

static void test_doubles(void) {
  for (size_t i = 0; i < sizeof DOUBLE_CASES / sizeof DOUBLE_CASES[0]; i++) {
    BInt a;
    from_dec(&a, DOUBLE_CASES[i].a);
    double d = bint_to_double(&a);
    CU_ASSERT_TRUE(d == DOUBLE_CASES[i].d);
    if (d != DOUBLE_CASES[i].d) fprintf(stderr, "\n  %s: got %.17g want %.17g\n", DOUBLE_CASES[i].a, d, DOUBLE_CASES[i].d);
    if (isfinite(d)) { /* the way back is exact, and compares equal */
      BInt b;
      bint_init(&b);
      CU_ASSERT_TRUE(bint_set_double(&b, d));
      CU_ASSERT_EQUAL(bint_cmp_double(&b, d), 0);
      bint_free(&b);
    }
    bint_free(&a);
  }
}

static void test_compare_double(void) {
  BInt a;
  from_dec(&a, "9007199254740993"); /* 2^53 + 1: no double equals it */
  CU_ASSERT_EQUAL(bint_cmp_double(&a, 9007199254740992.0), 1);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, 9007199254740994.0), -1);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, NAN), 2);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, INFINITY), -1);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, -INFINITY), 1);
  bint_set_i64(&a, -2);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, -1.5), -1);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, -2.5), 1);
  CU_ASSERT_EQUAL(bint_cmp_double(&a, -2.0), 0);
  CU_ASSERT_FALSE(bint_set_double(&a, 0.5));
  CU_ASSERT_FALSE(bint_set_double(&a, NAN));
  int64_t v;
  bint_set_i64(&a, INT64_MIN);
  CU_ASSERT_TRUE(bint_to_i64(&a, &v) && v == INT64_MIN);
  bint_shl(&a, &a, 1);
  CU_ASSERT_FALSE(bint_to_i64(&a, &v));
  bint_free(&a);
}

void suite_bigint(void);
void suite_bigint(void) {
  TT_ADD_SUITE("bigint", TT_TEST(test_binary_ops), TT_TEST(test_aliasing_and_zero), TT_TEST(test_shifts_and_widths),
               TT_TEST(test_not_and_pow), TT_TEST(test_radix_text), TT_TEST(test_doubles), TT_TEST(test_compare_double));
}
