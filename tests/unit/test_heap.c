/* test_heap.c - the index-addressed heap: allocation, properties, data
 * blocks, the write barrier on realm objects, deep copies and the
 * copying collector (reachable objects survive with their contents,
 * garbage goes, realm objects keep their indices). */
#include <stdlib.h>

#include "heap.h"
#include "tt_test.h"

static Value key(uint32_t id) { return val_str(id); } /* any string id works as a key */

static void test_props(void) {
  Heap h;
  heap_init(&h);
  uint32_t o = heap_alloc(&h, OK_PLAIN, 0, 0, 0);
  for (uint32_t i = 1; i <= 40; i++) heap_prop_add(&h, o, key(i), val_num(i * 10), PA_DEFAULT);
  CU_ASSERT_EQUAL(h.objs[o].nprops, 40);
  CU_ASSERT_EQUAL(heap_prop_find(&h, o, key(17)), 16);
  CU_ASSERT_EQUAL(val_to_double(heap_prop_value(&h, o, 16)), 170);
  CU_ASSERT_EQUAL(heap_prop_attrs(&h, o, 16), PA_DEFAULT);
  heap_prop_remove(&h, o, 16);
  CU_ASSERT_EQUAL(heap_prop_find(&h, o, key(17)), -1);
  CU_ASSERT_EQUAL(heap_prop_find(&h, o, key(18)), 16); /* order kept */
  CU_ASSERT_EQUAL(heap_prop_find(&h, o, key(99)), -1);
  heap_free(&h);
}

static void test_data_blocks(void) {
  Heap h;
  heap_init(&h);
  uint32_t a = heap_alloc(&h, OK_ARRAY, 0, 0, 0);
  for (int i = 0; i < 100; i++) heap_data_push(&h, a, val_num(i));
  heap_data_remove(&h, a, 10, 5); /* 0..9, 15..99 */
  CU_ASSERT_EQUAL(h.objs[a].ndata, 95);
  CU_ASSERT_EQUAL(val_to_double(heap_get_data(&h, a, 10)), 15);
  heap_data_insert(&h, a, 0, 2, VAL_NULL);
  CU_ASSERT_EQUAL(heap_get_data(&h, a, 1), VAL_NULL);
  CU_ASSERT_EQUAL(val_to_double(heap_get_data(&h, a, 2)), 0);
  heap_data_resize(&h, a, 3, VAL_UNDEF);
  CU_ASSERT_EQUAL(h.objs[a].ndata, 3);
  heap_free(&h);
}

static void test_barrier_and_copy(void) {
  Heap h;
  heap_init(&h);
  uint32_t realm = heap_alloc(&h, OK_PLAIN, 0, 0, 1);
  h.nbase = h.nobj; /* freeze the "realm" */
  uint32_t user = heap_alloc(&h, OK_PLAIN, 0, 0, 1);
  CU_ASSERT_FALSE(h.objs[realm].flags & OF_DIRTY);
  heap_set_data(&h, user, 0, val_num(1));
  CU_ASSERT_FALSE(h.objs[user].flags & OF_DIRTY); /* only realm objects are tracked */
  heap_set_data(&h, realm, 0, val_obj(user));
  CU_ASSERT_TRUE(h.objs[realm].flags & OF_DIRTY);
  Heap c;
  heap_copy(&c, &h);
  heap_set_data(&c, user, 0, val_num(2));
  CU_ASSERT_EQUAL(val_to_double(heap_get_data(&h, user, 0)), 1); /* independent */
  CU_ASSERT_EQUAL(val_to_double(heap_get_data(&c, user, 0)), 2);
  heap_free(&c);
  heap_free(&h);
}

typedef struct Roots {
  uint32_t *idx;
  uint32_t n;
} Roots;

static void roots_fn(HeapGc *gc, void *ctx) {
  Roots *r = ctx;
  for (uint32_t i = 0; i < r->n; i++) heap_gc_index(gc, &r->idx[i]);
}

static void test_gc(void) {
  Heap h;
  heap_init(&h);
  uint32_t realm = heap_alloc(&h, OK_PLAIN, 0, 0, 0);
  h.nbase = h.nobj;
  uint32_t garbage = heap_alloc(&h, OK_PLAIN, 0, 0, 2);
  uint32_t list = heap_alloc(&h, OK_ARRAY, 0, 0, 0);
  uint32_t a = heap_alloc(&h, OK_PLAIN, realm, 0, 0);
  heap_prop_add(&h, a, key(5), val_num(42), PA_DEFAULT);
  heap_data_push(&h, list, val_obj(a));
  heap_data_push(&h, list, val_obj(list)); /* a cycle */
  (void)garbage;
  uint32_t root[1] = {list};
  Roots r = {root, 1};
  uint32_t before = h.nobj;
  uint32_t freed = heap_gc(&h, roots_fn, &r);
  CU_ASSERT_EQUAL(freed, 1);
  CU_ASSERT_EQUAL(h.nobj, before - 1);
  uint32_t nl = root[0];
  CU_ASSERT_EQUAL(h.objs[nl].kind, OK_ARRAY);
  CU_ASSERT_EQUAL(val_obj_idx(heap_get_data(&h, nl, 1)), nl); /* cycle rewritten */
  uint32_t na = val_obj_idx(heap_get_data(&h, nl, 0));
  CU_ASSERT_EQUAL(h.objs[na].proto, realm); /* realm index unchanged */
  CU_ASSERT_EQUAL(val_to_double(heap_prop_value(&h, na, (uint32_t)heap_prop_find(&h, na, key(5)))), 42);
  heap_free(&h);
}

void suite_heap(void);
void suite_heap(void) {
  TT_ADD_SUITE("heap", TT_TEST(test_props), TT_TEST(test_data_blocks), TT_TEST(test_barrier_and_copy),
               TT_TEST(test_gc));
}
