/* test_bignum.c - exact counts: carries across limbs, products (n!),
 * comparison and decimal printing. */
#include <stdlib.h>
#include <string.h>

#include "bignum.h"
#include "tt_test.h"

static char *dec(const BigNum *b) {
  Buf out;
  buf_init(&out);
  big_to_string(b, &out);
  return buf_take(&out, NULL);
}

static void test_zero_and_small(void) {
  BigNum a;
  big_init(&a);
  CU_ASSERT_TRUE(big_is_zero(&a));
  char *s = dec(&a);
  CU_ASSERT_STRING_EQUAL(s, "0");
  free(s);
  big_set_u64(&a, 999999999);
  BigNum one;
  big_init(&one);
  big_set_u64(&one, 1);
  big_add(&a, &one); /* carry into the next limb */
  s = dec(&a);
  CU_ASSERT_STRING_EQUAL(s, "1000000000");
  free(s);
  big_free(&a);
  big_free(&one);
}

static void test_factorial(void) {
  BigNum f;
  big_init(&f);
  big_set_u64(&f, 1);
  for (uint32_t i = 2; i <= 30; i++) big_mul_u32(&f, i);
  char *s = dec(&f);
  CU_ASSERT_STRING_EQUAL(s, "265252859812191058636308480000000");
  free(s);
  big_free(&f);
}

static void test_compare_and_copy(void) {
  BigNum a, b;
  big_init(&a);
  big_init(&b);
  big_set_u64(&a, UINT64_MAX);
  big_copy(&b, &a);
  CU_ASSERT_EQUAL(big_cmp(&a, &b), 0);
  big_add(&b, &a);
  CU_ASSERT_TRUE(big_cmp(&a, &b) < 0);
  CU_ASSERT_TRUE(big_cmp(&b, &a) > 0);
  char *s = dec(&b);
  CU_ASSERT_STRING_EQUAL(s, "36893488147419103230");
  free(s);
  CU_ASSERT_DOUBLE_EQUAL(big_to_double(&b), 36893488147419103230.0, 1e6);
  big_free(&a);
  big_free(&b);
}

void suite_bignum(void);
void suite_bignum(void) {
  TT_ADD_SUITE("bignum", TT_TEST(test_zero_and_small), TT_TEST(test_factorial), TT_TEST(test_compare_and_copy));
}
