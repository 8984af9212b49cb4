/* test_zone.c - difference-bound matrices: bounds, closure (implied
 * constraints), emptiness, strictness, queries, projection and renumbering
 * (two zones built in different variable orders become equal). */
#include <math.h>
#include <string.h>

#include "tt_test.h"
#include "zone.h"

static ZnBound le(double c) { return (ZnBound){c, false}; }
static ZnBound lt(double c) { return (ZnBound){c, true}; }
static const ZnBound OPEN = {INFINITY, false};

/* x in [lo, hi) */
static uint32_t var_in(Zone *z, double lo, double hi) { return zn_add_var(z, le(lo), lt(hi)); }

static bool same(const Zone *a, const Zone *b) {
  if (a->n != b->n || a->empty != b->empty) return false;
  for (uint32_t i = 0; i < a->n; i++)
    for (uint32_t j = 0; j < a->n; j++) {
      ZnBound x = a->m[i * a->cap + j], y = b->m[i * b->cap + j];
      if (x.c != y.c || x.strict != y.strict) return false;
    }
  return true;
}

static void test_bounds_and_queries(void) {
  Zone z;
  zn_init(&z);
  uint32_t x = var_in(&z, 0, 1);
  CU_ASSERT_EQUAL(x, 1);
  CU_ASSERT_EQUAL(zn_query(&z, x, 0, lt(1)), ZN_ALWAYS);     /* x < 1 */
  CU_ASSERT_EQUAL(zn_query(&z, x, 0, le(0.5)), ZN_MAYBE);    /* x <= 0.5 */
  CU_ASSERT_EQUAL(zn_query(&z, 0, x, le(0)), ZN_ALWAYS);     /* x >= 0 */
  CU_ASSERT_EQUAL(zn_query(&z, x, 0, lt(0)), ZN_NEVER);      /* x < 0 */
  CU_ASSERT_EQUAL(zn_query(&z, x, 0, le(0)), ZN_MAYBE);      /* x = 0 is allowed */
  CU_ASSERT_EQUAL(zn_query(&z, 0, x, le(-1)), ZN_NEVER);     /* x >= 1 */
  CU_ASSERT_TRUE(zn_constrain(&z, x, 0, le(0.25)));
  CU_ASSERT_EQUAL(zn_query(&z, x, 0, le(0.5)), ZN_ALWAYS);
  CU_ASSERT_FALSE(zn_constrain(&z, 0, x, lt(-0.25))); /* x > 0.25: empty */
  CU_ASSERT_TRUE(z.empty);
  zn_free(&z);
}

/* x - y <= 2 and y - w <= 3 imply x - w <= 5 (closure). */
static void test_closure(void) {
  Zone z;
  zn_init(&z);
  uint32_t x = zn_add_var(&z, OPEN, OPEN), y = zn_add_var(&z, OPEN, OPEN), w = zn_add_var(&z, OPEN, OPEN);
  CU_ASSERT_TRUE(zn_constrain(&z, x, y, le(2)));
  CU_ASSERT_TRUE(zn_constrain(&z, y, w, lt(3)));
  CU_ASSERT_EQUAL(zn_query(&z, x, w, lt(5)), ZN_ALWAYS);
  CU_ASSERT_EQUAL(zn_query(&z, x, w, le(4)), ZN_MAYBE);
  CU_ASSERT_TRUE(zn_constrain(&z, w, x, le(-4))); /* x - w >= 4 still fits */
  CU_ASSERT_EQUAL(zn_query(&z, w, x, le(-4)), ZN_ALWAYS); /* reals: x - w in [4, 5) */
  zn_free(&z);
  zn_init(&z);
  x = zn_add_var(&z, OPEN, OPEN), y = zn_add_var(&z, OPEN, OPEN), w = zn_add_var(&z, OPEN, OPEN);
  zn_constrain(&z, x, y, le(2));
  zn_constrain(&z, y, w, lt(3));
  /* x - w >= 5 contradicts x - w < 5 */
  CU_ASSERT_FALSE(zn_constrain(&z, w, x, le(-5)));
  zn_free(&z);
}

/* Two random deadlines d1 = x1 + 0, d2 = x2 + 1 in [1, 99]: which fires
 * first is open; after choosing d1 < d2 the order is decided. */
static void test_deadlines(void) {
  Zone z;
  zn_init(&z);
  uint32_t a = zn_add_var(&z, le(1), le(99)), b = zn_add_var(&z, le(1), le(99));
  CU_ASSERT_EQUAL(zn_query(&z, a, b, le(0)), ZN_MAYBE);
  CU_ASSERT_TRUE(zn_constrain(&z, a, b, le(-1))); /* a < b over integers */
  CU_ASSERT_EQUAL(zn_query(&z, b, a, le(0)), ZN_NEVER);
  CU_ASSERT_EQUAL(zn_query(&z, 0, b, le(-2)), ZN_ALWAYS); /* b >= 2 */
  CU_ASSERT_EQUAL(zn_query(&z, a, 0, le(98)), ZN_ALWAYS); /* a <= 98 */
  /* the rare side of a fixed deadline: a random one beyond 98 */
  Zone c;
  zn_copy(&c, &z);
  CU_ASSERT_TRUE(zn_constrain(&c, 0, b, le(-99)));
  CU_ASSERT_EQUAL(zn_query(&c, b, 0, le(99)), ZN_ALWAYS);
  zn_free(&c);
  zn_free(&z);
}

static void test_growth(void) {
  Zone z;
  zn_init(&z);
  for (int i = 0; i < 20; i++) zn_add_var(&z, le(i), le(i + 10));
  CU_ASSERT_EQUAL(z.n, 21);
  for (uint32_t i = 1; i < 20; i++) CU_ASSERT_TRUE(zn_constrain(&z, i, i + 1, le(0)));
  /* x1 <= x2 <= ... <= x20 <= 29 and x1 >= 0 */
  CU_ASSERT_EQUAL(zn_query(&z, 1, 0, le(29)), ZN_ALWAYS);
  CU_ASSERT_EQUAL(zn_query(&z, 0, 20, le(-19)), ZN_ALWAYS);
  zn_free(&z);
}

/* Dropping a variable keeps what it implied between the others; renumbering
 * makes zones built in different orders identical. */
static void test_project_and_permute(void) {
  Zone z;
  zn_init(&z);
  uint32_t x = zn_add_var(&z, le(0), le(10)), y = zn_add_var(&z, le(0), le(10)), w = zn_add_var(&z, le(0), le(10));
  zn_constrain(&z, x, y, le(-2)); /* x + 2 <= y */
  zn_constrain(&z, y, w, le(-3)); /* y + 3 <= w */
  bool keep[4] = {true, true, false, true};
  zn_project(&z, keep);
  CU_ASSERT_EQUAL(z.n, 3);
  CU_ASSERT_EQUAL(zn_query(&z, 1, 2, le(-5)), ZN_ALWAYS); /* x + 5 <= w survives */

  Zone a, b;
  zn_init(&a);
  zn_init(&b);
  uint32_t a1 = zn_add_var(&a, le(1), le(5)), a2 = zn_add_var(&a, le(2), le(9));
  zn_constrain(&a, a1, a2, lt(0));
  uint32_t b2 = zn_add_var(&b, le(2), le(9)), b1 = zn_add_var(&b, le(1), le(5));
  zn_constrain(&b, b1, b2, lt(0));
  CU_ASSERT_FALSE(same(&a, &b));
  uint32_t perm[3] = {0, 2, 1};
  zn_permute(&b, perm);
  CU_ASSERT_TRUE(same(&a, &b));
  zn_free(&a);
  zn_free(&b);
  zn_free(&z);
}

void suite_zone(void);
void suite_zone(void) {
  TT_ADD_SUITE("zone", TT_TEST(test_bounds_and_queries), TT_TEST(test_closure), TT_TEST(test_deadlines),
               TT_TEST(test_growth), TT_TEST(test_project_and_permute));
}
