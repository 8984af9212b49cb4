/* test_pool.c - the pool of word sequences that is the explorer's visited
 * set (and holds the records and chunks of states): equal sequences are
 * found, different ones added, colliding hashes kept apart, ids dense and
 * stable while the table grows, long sequences stored whole. */
#include <stdlib.h>
#include <string.h>

#include "pool.h"
#include "tt_test.h"

static uint32_t put(Pool *p, const uint32_t *w, uint32_t n, bool *added) {
  return pool_intern(p, w, n, pool_hash(w, n), added);
}

static void test_equal_found(void) {
  Pool p;
  pool_init(&p, 0);
  uint32_t a[] = {1, 2, 3, 4, 5}, b[] = {1, 2, 3, 4, 5};
  bool added;
  uint32_t ia = put(&p, a, 5, &added);
  CU_ASSERT(added);
  CU_ASSERT_EQUAL(ia, 0);
  uint32_t ib = put(&p, b, 5, &added); /* another array, the same words */
  CU_ASSERT(!added);
  CU_ASSERT_EQUAL(ib, ia);
  CU_ASSERT_EQUAL(p.n, 1);
  CU_ASSERT_EQUAL(pool_find(&p, b, 5, pool_hash(b, 5)), ia);
  CU_ASSERT_EQUAL(pool_len(&p, ia), 5);
  CU_ASSERT(memcmp(pool_seq(&p, ia), a, sizeof a) == 0);
  pool_free(&p);
}

static void test_different_added(void) {
  Pool p;
  pool_init(&p, 4);
  uint32_t a[] = {1, 2, 3}, b[] = {1, 2, 4}, c[] = {1, 2}, e[1];
  bool added;
  CU_ASSERT_EQUAL(put(&p, a, 3, &added), 0);
  CU_ASSERT_EQUAL(put(&p, b, 3, &added), 1); /* one word differs */
  CU_ASSERT(added);
  CU_ASSERT_EQUAL(put(&p, c, 2, &added), 2); /* a prefix */
  CU_ASSERT(added);
  CU_ASSERT_EQUAL(put(&p, e, 0, &added), 3); /* the empty sequence */
  CU_ASSERT(added);
  CU_ASSERT_EQUAL(put(&p, e, 0, &added), 3);
  CU_ASSERT(!added);
  CU_ASSERT_EQUAL(put(&p, a, 3, &added), 0); /* found through the cache */
  CU_ASSERT(!added);
  uint32_t d[] = {9, 9, 9};
  CU_ASSERT_EQUAL(pool_find(&p, d, 3, pool_hash(d, 3)), UINT32_MAX);
  CU_ASSERT_EQUAL(p.n, 4);
  pool_free(&p);
}

/* Every sequence gets the same hash: the table and the cache must still
 * tell them apart by their words. */
static void test_collisions(void) {
  for (unsigned cache = 0; cache <= 3; cache += 3) {
    Pool p;
    pool_init(&p, cache);
    enum { N = 3000 };
    bool added;
    for (uint32_t i = 0; i < N; i++) {
      uint32_t w[2] = {i, i * 7};
      CU_ASSERT_EQUAL(pool_intern(&p, w, 2, 42, &added), i);
      CU_ASSERT(added);
    }
    for (uint32_t i = N; i-- > 0;) {
      uint32_t w[2] = {i, i * 7};
      CU_ASSERT_EQUAL(pool_intern(&p, w, 2, 42, &added), i);
      CU_ASSERT(!added);
      CU_ASSERT_EQUAL(pool_find(&p, w, 2, 42), i);
    }
    uint32_t w[2] = {N, 0};
    CU_ASSERT_EQUAL(pool_find(&p, w, 2, 42), UINT32_MAX);
    /* equal words under different hashes are different entries: the hash
     * is the caller's promise, so it must be a function of the words */
    CU_ASSERT_EQUAL(p.n, N);
    pool_free(&p);
  }
}

/* Many sequences: the table grows several times, blocks are added, ids
 * stay dense and pointers stay valid. */
static void test_growth(void) {
  Pool p;
  pool_init(&p, 8);
  enum { N = 200000 };
  const uint32_t **ptr = malloc(sizeof *ptr * N);
  bool added;
  for (uint32_t i = 0; i < N; i++) {
    uint32_t w[3] = {i, i ^ 0x5555, i % 17};
    CU_ASSERT_EQUAL(put(&p, w, 1 + i % 3, &added), i);
    ptr[i] = pool_seq(&p, i);
  }
  bool ok = true;
  for (uint32_t i = 0; i < N; i++) {
    uint32_t w[3] = {i, i ^ 0x5555, i % 17};
    ok = ok && put(&p, w, 1 + i % 3, &added) == i && !added && pool_seq(&p, i) == ptr[i] &&
         memcmp(ptr[i], w, sizeof(uint32_t) * (1 + i % 3)) == 0;
  }
  CU_ASSERT(ok);
  CU_ASSERT_EQUAL(p.n, N);
  free(ptr);
  pool_free(&p);
}

/* A sequence longer than a block gets a block of its own. */
static void test_long(void) {
  Pool p;
  pool_init(&p, 0);
  uint32_t n = (1u << 22) + 5;
  uint32_t *w = malloc(sizeof(uint32_t) * n);
  for (uint32_t i = 0; i < n; i++) w[i] = i * 2654435761u;
  uint32_t small[] = {7};
  bool added;
  CU_ASSERT_EQUAL(put(&p, small, 1, &added), 0);
  CU_ASSERT_EQUAL(put(&p, w, n, &added), 1);
  CU_ASSERT_EQUAL(put(&p, small, 1, &added), 0);
  CU_ASSERT_EQUAL(pool_len(&p, 1), n);
  CU_ASSERT(memcmp(pool_seq(&p, 1), w, sizeof(uint32_t) * n) == 0);
  w[n - 1]++;
  CU_ASSERT_EQUAL(put(&p, w, n, &added), 2);
  free(w);
  pool_free(&p);
}

static void test_hash(void) {
  uint32_t a[] = {1, 2, 3, 4, 5, 6, 7, 8, 9}, b[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  CU_ASSERT_EQUAL(pool_hash(a, 9), pool_hash(b, 9));
  b[8] = 10;
  CU_ASSERT_NOT_EQUAL(pool_hash(a, 9), pool_hash(b, 9));
  CU_ASSERT_NOT_EQUAL(pool_hash(a, 8), pool_hash(a, 9)); /* the length counts */
  uint32_t z[2] = {0, 0};
  CU_ASSERT_NOT_EQUAL(pool_hash(z, 1), pool_hash(z, 2));
}

extern void suite_pool(void); /* called by the runner (main.c) */
void suite_pool(void) {
  TT_ADD_SUITE("pool", TT_TEST(test_equal_found), TT_TEST(test_different_added), TT_TEST(test_collisions),
               TT_TEST(test_growth), TT_TEST(test_long), TT_TEST(test_hash));
}
