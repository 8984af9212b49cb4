/* test_por.c - footprints of transitions and their independence (por.h):
 * what heap tracking lists, what counts as changed, the I/O list's
 * "remove mine, append new ones" rule, when two transitions commute, and
 * the translation of a footprint into a successor's numbering. */
#include <stdlib.h>
#include <string.h>

#include "por.h"
#include "tt_test.h"

/* A machine with: the I/O list (objects 1..3 requests, 4 the list), a
 * shared object 5, private objects 6 and 7. */
enum { R1 = 1, R2, R3, LIST, SHARED, PRIV_B, PRIV_C, NOBJ };

static Vm *machine(void) {
  Vm *vm = calloc(1, sizeof *vm);
  heap_init(&vm->heap);
  while (vm->heap.nobj < R1) heap_alloc(&vm->heap, OK_PLAIN, 0, 0, 0); /* index 0: none */
  for (int i = R1; i <= R3; i++) heap_alloc(&vm->heap, OK_RECORD, 0, 0, 1);
  heap_alloc(&vm->heap, OK_ARRAY, 0, 0, 0);
  for (int i = R1; i <= R3; i++) heap_data_push(&vm->heap, LIST, val_obj((uint32_t)i));
  for (int i = SHARED; i <= PRIV_C; i++) heap_alloc(&vm->heap, OK_PLAIN, 0, 0, 1);
  return vm;
}

static Vm *copy(const Vm *pre) {
  Vm *vm = calloc(1, sizeof *vm);
  *vm = *pre;
  heap_copy(&vm->heap, &pre->heap);
  return vm;
}

static void drop(Vm *vm) {
  heap_free(&vm->heap);
  free(vm);
}

static bool listed(const PorArena *a, uint32_t at, uint32_t n, uint32_t obj) {
  for (uint32_t i = 0; i < n; i++)
    if (a->v[at + i] == obj) return true;
  return false;
}

/* Runs fn on a copy of pre as a transition completing the request at io;
 * returns whether it qualifies (*f its footprint). */
static bool transition(const Vm *pre, void (*fn)(Vm *), int32_t io, HeapTrack *t, PorFoot *f, PorArena *a) {
  Vm *work = copy(pre);
  por_track_begin(t, work, pre);
  fn(work);
  bool ok = por_capture(pre, work, t, LIST, LIST, io, f, a);
  drop(work);
  return ok;
}

static void reads_shared_writes_b(Vm *vm) { /* completes R2 */
  (void)heap_get_data(&vm->heap, SHARED, 0);
  heap_set_data(&vm->heap, PRIV_B, 0, val_num(1));
  heap_data_remove(&vm->heap, LIST, 1, 1);
}

static void writes_shared(Vm *vm) { /* completes R1 */
  heap_set_data(&vm->heap, SHARED, 0, val_num(2));
  heap_data_remove(&vm->heap, LIST, 0, 1);
}

static void writes_c(Vm *vm) { /* completes R3 */
  heap_set_data(&vm->heap, PRIV_C, 0, val_num(3));
  heap_data_remove(&vm->heap, LIST, 2, 1);
}

static void writes_back_the_same(Vm *vm) { /* completes R3, leaves SHARED as it was */
  heap_set_data(&vm->heap, SHARED, 0, val_num(9));
  heap_set_data(&vm->heap, SHARED, 0, VAL_UNDEF);
  heap_data_remove(&vm->heap, LIST, 2, 1);
}

static void starts_a_request(Vm *vm) { /* completes R3 and starts a new one */
  uint32_t r = heap_alloc(&vm->heap, OK_RECORD, 0, 0, 1);
  heap_data_remove(&vm->heap, LIST, 2, 1);
  heap_data_push(&vm->heap, LIST, val_obj(r));
}

static void starts_one_too(Vm *vm) { /* completes R1 and starts a new one */
  uint32_t r = heap_alloc(&vm->heap, OK_RECORD, 0, 0, 1);
  heap_data_remove(&vm->heap, LIST, 0, 1);
  heap_data_push(&vm->heap, LIST, val_obj(r));
}

static void removes_two(Vm *vm) { heap_data_remove(&vm->heap, LIST, 0, 2); }

static void moves_the_clock(Vm *vm) {
  vm->clock += 1;
  heap_data_remove(&vm->heap, LIST, 0, 1);
}

static void test_capture(void) {
  Vm *pre = machine();
  HeapTrack t = {0};
  PorArena a = {0};
  PorFoot f;
  CU_ASSERT_TRUE_FATAL(transition(pre, reads_shared_writes_b, 1, &t, &f, &a));
  CU_ASSERT_EQUAL(f.io, 1);
  CU_ASSERT_EQUAL(f.io_added, 0);
  CU_ASSERT_TRUE(listed(&a, f.touch, f.ntouch, SHARED));
  CU_ASSERT_TRUE(listed(&a, f.touch, f.ntouch, PRIV_B));
  CU_ASSERT_FALSE(listed(&a, f.touch, f.ntouch, PRIV_C));
  CU_ASSERT_FALSE(listed(&a, f.touch, f.ntouch, LIST)); /* the list is judged by its shape */
  CU_ASSERT_EQUAL(f.nwr, 1);
  CU_ASSERT_TRUE(listed(&a, f.wr, f.nwr, PRIV_B));
  /* a value written and written back is no change */
  CU_ASSERT_TRUE_FATAL(transition(pre, writes_back_the_same, 2, &t, &f, &a));
  CU_ASSERT_TRUE(listed(&a, f.touch, f.ntouch, SHARED));
  CU_ASSERT_EQUAL(f.nwr, 0);
  /* a new request appended */
  CU_ASSERT_TRUE_FATAL(transition(pre, starts_a_request, 2, &t, &f, &a));
  CU_ASSERT_EQUAL(f.io_added, 1);
  /* what does not qualify */
  CU_ASSERT_FALSE(transition(pre, removes_two, 0, &t, &f, &a));
  CU_ASSERT_FALSE(transition(pre, moves_the_clock, 0, &t, &f, &a));
  CU_ASSERT_FALSE(transition(pre, writes_c, 1, &t, &f, &a)); /* it removed another request than its own */
  por_arena_free(&a);
  por_track_free(&t);
  drop(pre);
}

static void test_commutes(void) {
  Vm *pre = machine();
  HeapTrack t = {0};
  PorArena a = {0};
  PorMarks m = {0};
  PorFoot x, w, c, s1, s2;
  CU_ASSERT_TRUE_FATAL(transition(pre, reads_shared_writes_b, 1, &t, &x, &a));
  CU_ASSERT_TRUE_FATAL(transition(pre, writes_shared, 0, &t, &w, &a));
  CU_ASSERT_TRUE_FATAL(transition(pre, writes_c, 2, &t, &c, &a));
  CU_ASSERT_TRUE_FATAL(transition(pre, starts_a_request, 2, &t, &s1, &a));
  CU_ASSERT_TRUE_FATAL(transition(pre, starts_one_too, 0, &t, &s2, &a));
  por_mark(&m, &x, &a, pre->heap.nobj);
  CU_ASSERT_FALSE(por_commutes(&m, &w, &a)); /* w writes what x reads */
  CU_ASSERT_TRUE(por_commutes(&m, &c, &a));
  CU_ASSERT_FALSE(por_commutes(&m, &x, &a)); /* the same request */
  por_mark(&m, &w, &a, pre->heap.nobj);
  CU_ASSERT_FALSE(por_commutes(&m, &x, &a)); /* ... and the other way round */
  CU_ASSERT_TRUE(por_commutes(&m, &c, &a));
  por_mark(&m, &s1, &a, pre->heap.nobj);
  CU_ASSERT_TRUE(por_commutes(&m, &x, &a)); /* one of the two appends */
  CU_ASSERT_FALSE(por_commutes(&m, &s2, &a)); /* both do: the new requests' order */
  por_marks_free(&m);
  por_arena_free(&a);
  por_track_free(&t);
  drop(pre);
}

static void test_translate(void) {
  PorArena a = {0}, out = {0};
  uint32_t nbase = 4; /* objects 1..3 keep their numbers */
  /* x touched 2 (realm), 5, 6, 9 and changed 6; y completed the request at 1 */
  a.cap = 16;
  a.v = malloc(sizeof(uint32_t) * a.cap);
  uint32_t v[] = {2, 5, 6, 9, 6};
  memcpy(a.v, v, sizeof v);
  a.n = 5;
  PorFoot x = {.io = 3, .io_added = 0, .touch = 0, .ntouch = 4, .wr = 4, .nwr = 1}, y = {.io = 1}, g;
  uint32_t map[] = {UINT32_MAX /* 4 */, 7 /* 5 */, 4 /* 6 */, UINT32_MAX, UINT32_MAX, 5 /* 9 */};
  por_translate(&x, &a, &y, map, nbase, &g, &out);
  CU_ASSERT_EQUAL(g.io, 2); /* y's request, before x's, is gone */
  CU_ASSERT_EQUAL(g.ntouch, 4);
  CU_ASSERT_TRUE(listed(&out, g.touch, g.ntouch, 2));
  CU_ASSERT_TRUE(listed(&out, g.touch, g.ntouch, 7));
  CU_ASSERT_TRUE(listed(&out, g.touch, g.ntouch, 4));
  CU_ASSERT_TRUE(listed(&out, g.touch, g.ntouch, 5));
  CU_ASSERT_EQUAL(g.nwr, 1);
  CU_ASSERT_TRUE(listed(&out, g.wr, g.nwr, 4));
  /* an object that is gone is dropped; a request after x's keeps its place */
  map[1] = UINT32_MAX;
  y.io = 5;
  por_translate(&x, &a, &y, map, nbase, &g, &out);
  CU_ASSERT_EQUAL(g.io, 3);
  CU_ASSERT_EQUAL(g.ntouch, 3);
  CU_ASSERT_FALSE(listed(&out, g.touch, g.ntouch, 7));
  por_arena_free(&a);
  por_arena_free(&out);
}

void suite_por(void);
void suite_por(void) {
  TT_ADD_SUITE("por", TT_TEST(test_capture), TT_TEST(test_commutes), TT_TEST(test_translate));
}
