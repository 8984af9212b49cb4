/* test_state.c - canonical state encoding (state.h) and machine copies:
 * heaps built in different orders (with garbage in between) encode
 * identically and different heaps differently; a decoded state re-encodes
 * to the same words; a clone and a decoded state run like the original; a
 * restored machine equals a fresh copy (and starts without facts, reusing
 * its fact buffer); encodings made with the decoder's
 * hints (reused subtrees) equal encodings made without; equal BigInts made
 * differently encode equally. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "state.h"
#include "vm_bigint.h"
#include "tt_test.h"

/* A loaded program in a temporary directory. */
typedef struct TProg {
  Engine e;
  char dir[64], path[96];
  HostOpts opts;
  Host host;
} TProg;

static bool tp_load(TProg *p, const char *src, bool explore) {
  memset(p, 0, sizeof *p);
  snprintf(p->dir, sizeof p->dir, "/tmp/tt_unit_XXXXXX");
  if (!mkdtemp(p->dir)) return false;
  snprintf(p->path, sizeof p->path, "%s/prog.js", p->dir);
  FILE *f = fopen(p->path, "w");
  if (!f) return false;
  fputs(src, f);
  fclose(f);
  DiagList d;
  diag_init(&d);
  char err[256];
  bool ok = engine_load(&p->e, p->path, &d, err, sizeof err);
  diag_free(&d);
  host_opts_default(&p->opts);
  p->host = (Host){.opts = &p->opts, .capture = true, .explore = explore};
  return ok;
}

static void tp_free(TProg *p) {
  engine_free(&p->e);
  unlink(p->path);
  rmdir(p->dir);
}

static bool same_top(const StEnc *a, const uint32_t *top, uint32_t n) {
  return a->ntop == n && memcmp(a->top, top, sizeof(uint32_t) * n) == 0;
}

static uint32_t key(Vm *vm, const char *s) { return str_cstr(vm->strs, s); }

/* Builds global.a = {self: a, b: [a, "x"]} (plus a few garbage objects
 * when `garbage`), allocating the array first when `array_first`. */
static void build(Vm *vm, bool array_first, bool garbage) {
  Heap *h = &vm->heap;
  uint32_t a, b;
  if (array_first) {
    b = heap_alloc(h, OK_ARRAY, 0, 0, 2);
    if (garbage) heap_alloc(h, OK_PLAIN, 0, 4, 0);
    a = heap_alloc(h, OK_PLAIN, 0, 4, 0);
  } else {
    if (garbage) heap_alloc(h, OK_ARRAY, 0, 0, 3);
    a = heap_alloc(h, OK_PLAIN, 0, 4, 0);
    b = heap_alloc(h, OK_ARRAY, 0, 0, 2);
  }
  heap_set_data(h, b, 0, val_obj(a));
  heap_set_data(h, b, 1, val_str(key(vm, "x")));
  heap_prop_add(h, a, val_str(key(vm, "self")), val_obj(a), PA_DEFAULT);
  heap_prop_add(h, a, val_str(key(vm, "b")), val_obj(b), PA_DEFAULT);
  heap_prop_add(h, vm->global, val_str(key(vm, "a")), val_obj(a), PA_DEFAULT);
}

/* Three machines of one program encoded into one store (Trio). */
typedef struct Trio {
  Vm *m[3];
  StStore s;
  StEnc e[3];
  uint64_t h[3];
} Trio;

static void trio_encode(Trio *t) {
  st_store_init(&t->s);
  for (int i = 0; i < 3; i++) st_enc_init(&t->e[i]);
  for (int i = 0; i < 3; i++) t->h[i] = st_encode(t->m[i], &t->e[i], &t->s);
}

static void trio_free(Trio *t) {
  for (int i = 0; i < 3; i++) st_enc_free(&t->e[i]);
  st_store_free(&t->s);
  for (int i = 0; i < 3; i++) vm_free(t->m[i]);
}

static void test_build_order(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p, "let x = 1;\n", false));
  Trio t = {.m = {engine_machine(&p.e, &p.host), engine_machine(&p.e, &p.host), engine_machine(&p.e, &p.host)}};
  build(t.m[0], false, false);
  build(t.m[1], true, true);
  build(t.m[2], false, true);
  heap_set_data(&t.m[2]->heap, t.m[2]->heap.nobj - 1, 1, val_str(key(t.m[2], "y"))); /* a different string */
  trio_encode(&t);
  CU_ASSERT(t.m[0]->heap.nobj != t.m[1]->heap.nobj); /* m2 has garbage */
  CU_ASSERT_EQUAL(t.h[0], t.h[1]);
  CU_ASSERT(same_top(&t.e[0], t.e[1].top, t.e[1].ntop));
  CU_ASSERT(!same_top(&t.e[0], t.e[2].top, t.e[2].ntop));
  uint64_t *w1 = NULL, *w2 = NULL;
  uint32_t n1 = 0, n2 = 0, c1 = 0, c2 = 0;
  st_words(&t.s, t.e[0].top, t.e[0].ntop, &w1, &n1, &c1);
  st_words(&t.s, t.e[1].top, t.e[1].ntop, &w2, &n2, &c2);
  CU_ASSERT(n1 > 0 && n1 == n2 && memcmp(w1, w2, sizeof(uint64_t) * n1) == 0);
  CU_ASSERT(t.h[2] != t.h[0] || !same_top(&t.e[0], t.e[2].top, t.e[2].ntop));
  free(w1);
  free(w2);
  trio_free(&t);
  tp_free(&p);
}

/* global.a = BigInt 2^64 + extra, made by arithmetic (`computed`) or from
 * its decimal text. */
static void put_bigint(Vm *vm, bool computed, int extra) {
  BInt b, e;
  bint_init(&b);
  bint_init(&e);
  Value v;
  if (computed) {
    bint_set_u64(&b, 1);
    bint_shl(&b, &b, 64);
    bint_set_i64(&e, extra);
    bint_add(&b, &b, &e);
    v = vbig_make(vm, &b);
  } else {
    CU_ASSERT(vbig_parse_string(vm, key(vm, extra ? "18446744073709551617" : " 0x10000000000000000 "), &b));
    v = vbig_make(vm, &b);
  }
  heap_prop_add(&vm->heap, vm->global, val_str(key(vm, "a")), v, PA_DEFAULT);
  bint_free(&b);
  bint_free(&e);
}

/* Equal BigInts are equal words (interned decimal text), so machines that
 * hold them encode equally however the values were made. */
static void test_bigint_canonical(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p, "let x = 1n;\n", false));
  Trio t = {.m = {engine_machine(&p.e, &p.host), engine_machine(&p.e, &p.host), engine_machine(&p.e, &p.host)}};
  put_bigint(t.m[0], true, 0);
  put_bigint(t.m[1], false, 0);
  put_bigint(t.m[2], true, 1);
  trio_encode(&t);
  CU_ASSERT_EQUAL(t.h[0], t.h[1]);
  CU_ASSERT(same_top(&t.e[0], t.e[1].top, t.e[1].ntop));
  CU_ASSERT(t.h[2] != t.h[0] || !same_top(&t.e[0], t.e[2].top, t.e[2].ntop));
  trio_free(&t);
  tp_free(&p);
}

static const char *const ASYNC_PROG =
    "const fs = require('fs');\n"
    "const op = (i) => new Promise((r) => fs.readFile(__filename, () => r(i)));\n"
    "for (let i = 0; i < 4; i++) op(i).then(() => console.log(i));\n"
    "setTimeout(() => console.log('t'), 5);\n"
    "Promise.resolve().then(() => console.log('m'));\n";

/* Runs host steps until the program ends or `steps` steps have run. */
static bool run_steps(Vm *vm, Host *host, uint32_t steps) {
  HostResult res = {0};
  for (uint32_t i = 0; i < steps; i++)
    if (!host_step(vm, host, &res)) return false;
  return true;
}

static bool same_heap(const Heap *a, const Heap *b) {
  return a->nobj == b->nobj && a->nslot == b->nslot && a->ndirty == b->ndirty &&
         memcmp(a->objs, b->objs, sizeof(Obj) * a->nobj) == 0 &&
         memcmp(a->slots, b->slots, sizeof(Value) * a->nslot) == 0 &&
         memcmp(a->dirty, b->dirty, sizeof(uint32_t) * a->ndirty) == 0;
}

static void test_decode_roundtrip(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p, ASYNC_PROG, false));
  Vm *m = engine_machine(&p.e, &p.host);
  Vm *base = engine_realm(&p.e);
  base->hooks = m->hooks;
  StStore s;
  st_store_init(&s);
  StEnc e, e2;
  st_enc_init(&e);
  st_enc_init(&e2);
  Vm *into = vm_clone(base); /* decoded over and over (restored from base) */
  for (uint32_t round = 0; round < 8; round++) {
    host_normalize(m);
    st_encode(m, &e, &s);
    Vm *d = st_decode(base, &s, e.top, e.ntop, NULL, NULL);
    st_encode(d, &e2, &s);
    CU_ASSERT(same_top(&e, e2.top, e2.ntop));
    /* decoded objects are in numbering order: nothing else is allocated */
    CU_ASSERT_EQUAL(d->heap.nobj, d->heap.nbase + (e2.nrecs - 1 - d->heap.ndirty));
    CU_ASSERT(st_decode(base, &s, e.top, e.ntop, into, NULL) == into);
    CU_ASSERT(same_heap(&into->heap, &d->heap));
    vm_free(d);
    if (!run_steps(m, &p.host, 1)) break;
  }
  vm_free(into);
  st_enc_free(&e);
  st_enc_free(&e2);
  st_store_free(&s);
  vm_free(base);
  vm_free(m);
  tp_free(&p);
}

static void run_to_end(Vm *vm, Host *host, int *code) {
  HostResult res = host_run(vm, host);
  *code = res.exit_code;
}

static void test_clone_runs_same(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p, ASYNC_PROG, false));
  Vm *m = engine_machine(&p.e, &p.host);
  Vm *base = engine_realm(&p.e);
  base->hooks = m->hooks;
  CU_ASSERT(run_steps(m, &p.host, 2));
  host_normalize(m);
  Vm *c = vm_clone(m);
  StStore s;
  st_store_init(&s);
  StEnc e;
  st_enc_init(&e);
  st_encode(m, &e, &s);
  Vm *d = st_decode(base, &s, e.top, e.ntop, NULL, NULL);
  buf_clear(&m->out);
  buf_clear(&c->out);
  buf_clear(&d->out);
  int cm, cc, cd;
  run_to_end(m, &p.host, &cm);
  run_to_end(c, &p.host, &cc);
  run_to_end(d, &p.host, &cd);
  CU_ASSERT(m->out.len > 0);
  CU_ASSERT(cm == cc && cm == cd);
  CU_ASSERT(c->out.len == m->out.len && memcmp(c->out.data, m->out.data, m->out.len) == 0);
  CU_ASSERT(d->out.len == m->out.len && memcmp(d->out.data, m->out.data, m->out.len) == 0);
  st_enc_free(&e);
  st_store_free(&s);
  vm_free(c);
  vm_free(d);
  vm_free(base);
  vm_free(m);
  tp_free(&p);
}


/* A copy that ran, restored, equals a fresh copy (the realm is modified by
 * the program: globals and a patched prototype). */
static void test_restore(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p,
                            "globalThis.k = 0;\n"
                            "Array.prototype.extra = 1;\n"
                            "setTimeout(() => { globalThis.k++; Object.prototype.z = [1, 2]; }, 1);\n"
                            "setTimeout(() => { globalThis.k++; delete Array.prototype.extra; }, 2);\n"
                            "setTimeout(() => console.log(k), 3);\n",
                            false));
  Vm *pre = engine_machine(&p.e, &p.host), *base = engine_realm(&p.e);
  CU_ASSERT(run_steps(pre, &p.host, 1));
  Vm *w = vm_clone(pre);
  bool touched = false;
  for (uint32_t steps = 1; steps < 200; steps *= 2) {
    run_steps(w, &p.host, steps);
    touched = touched || w->heap.ndirty > pre->heap.ndirty;
    w->record_facts = true;
    vm_fact(w, "T\tstep %u", steps); /* restored machines keep their buffer (once leaked) */
    vm_restore(w, pre, base->heap.nslot);
    CU_ASSERT_EQUAL(w->facts.len, 0);
    Vm *fresh = vm_clone(pre);
    CU_ASSERT(same_heap(&w->heap, &fresh->heap));
    CU_ASSERT_EQUAL(w->clock, fresh->clock);
    vm_free(fresh);
  }
  CU_ASSERT(touched); /* some run modified realm objects clean in pre */
  vm_free(w);
  vm_free(base);
  vm_free(pre);
  tp_free(&p);
}

/* Takes option `pick` at the first choice point, then option 0. */
typedef struct Pick {
  uint32_t pick, taken;
} Pick;

static uint32_t pick_choose(void *ctx, ChoiceKind kind, uint32_t n) {
  (void)kind;
  Pick *k = ctx;
  uint32_t c = k->taken++ == 0 && k->pick < n ? k->pick : 0;
  return c;
}

/* A small exploration by hand: every state's successors are encoded with
 * the hints of the decoded state and without; both must agree. */
static void test_hints_exact(void) {
  TProg p;
  CU_ASSERT_FATAL(tp_load(&p, ASYNC_PROG, true));
  Pick pick = {0, 0};
  Chooser ch = {pick_choose, &pick};
  p.host.chooser = &ch;
  Vm *m = engine_machine(&p.e, &p.host), *base = engine_realm(&p.e);
  base->hooks = m->hooks;
  StStore s;
  st_store_init(&s);
  StEnc hinted, plain;
  st_enc_init(&hinted);
  st_enc_init(&plain);
  Pool seen;
  pool_init(&seen, 0);
  uint32_t *queue = NULL, nq = 0, head = 0, compared = 0, reused = 0;
  st_encode(m, &plain, &s);
  pool_intern(&seen, plain.top, plain.ntop, st_hash(plain.top, plain.ntop), NULL);
  queue = realloc(queue, sizeof(uint32_t) * (nq + 1));
  queue[nq++] = 0;
  Vm *w = vm_clone(base), *pre = vm_clone(base);
  while (head < nq && head < 60) {
    uint32_t id = queue[head++];
    st_decode(base, &s, pool_seq(&seen, id), pool_len(&seen, id), pre, &hinted);
    for (uint32_t k = 0; k < 3; k++) {
      vm_restore(w, pre, base->heap.nslot);
      pick = (Pick){k, 0};
      HostResult res = {0};
      bool more = true;
      for (uint32_t i = 0; i < 64 && pick.taken == 0 && more; i++) more = host_step(w, &p.host, &res);
      if (more) host_normalize(w);
      uint64_t hh = st_encode(w, &hinted, &s), hp = st_encode(w, &plain, &s);
      CU_ASSERT_EQUAL(hh, hp);
      CU_ASSERT(same_top(&hinted, plain.top, plain.ntop));
      compared++;
      reused += hinted.reused;
      bool added;
      uint32_t to = pool_intern(&seen, plain.top, plain.ntop, hp, &added);
      if (added && more) {
        queue = realloc(queue, sizeof(uint32_t) * (nq + 1));
        queue[nq++] = to;
      }
    }
    st_hints_drop(&hinted);
  }
  vm_free(pre);
  CU_ASSERT(compared > 30);
  CU_ASSERT(reused > 0); /* the hints were used */
  free(queue);
  pool_free(&seen);
  st_enc_free(&hinted);
  st_enc_free(&plain);
  st_store_free(&s);
  vm_free(w);
  vm_free(base);
  vm_free(m);
  tp_free(&p);
}

extern void suite_state(void); /* called by the runner (main.c) */
void suite_state(void) {
  TT_ADD_SUITE("state", TT_TEST(test_build_order), TT_TEST(test_decode_roundtrip), TT_TEST(test_clone_runs_same),
               TT_TEST(test_restore), TT_TEST(test_hints_exact), TT_TEST(test_bigint_canonical));
}
