/* state.c - canonical encoding and decoding of machine states; see state.h.
 *
 * Layout (64-bit words):
 *   header:  magic, clock bits, exit_code, exiting, rng, nobj (objects
 *            encoded), index of global, root, jobs and rejections
 *   objects: for each encoded object, in numbering order:
 *            index, kind | flags << 8 | aux << 16, proto, nprops, ndata,
 *            then nprops (key, value) pairs, then ndata values
 * References are rewritten to the new numbering: realm objects keep their
 * index, other objects are numbered nbase, nbase+1, ... in the order the
 * breadth-first traversal reaches them.
 */
#include "state.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "heap.h"

enum { ST_MAGIC = 0x54544b53, ST_HEADER = 10 };

void st_enc_init(StEnc *e) { memset(e, 0, sizeof *e); }

void st_enc_free(StEnc *e) {
  free(e->w);
  free(e->num);
  free(e->stamp);
  free(e->order);
  free(e->dirty);
  st_enc_init(e);
}

static void reserve(StEnc *e, uint64_t k) {
  if (e->n + k <= e->cap) return;
  while (e->n + k > e->cap) e->cap = e->cap ? e->cap * 2 : 1024;
  e->w = xrealloc(e->w, sizeof(uint64_t) * e->cap);
}

static inline void put(StEnc *e, uint64_t v) { e->w[e->n++] = v; } /* after reserve */

uint64_t st_hash(const uint64_t *w, uint32_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t k = w[i] * 0xbf58476d1ce4e5b9ull;
    k ^= k >> 31;
    h = (h ^ k) * 0x94d049bb133111ebull;
    h ^= h >> 29;
  }
  return h;
}

/* --- encoding ----------------------------------------------------------------- */

typedef struct Enc {
  Heap *h;
  uint32_t *num;   /* heap index -> new number, valid when stamp[idx] == gen */
  uint32_t *stamp, gen;
  uint32_t *order; /* new number - nbase -> heap index */
  uint32_t norder, next;
  uint32_t *dirty; /* dirty realm objects reached, in order */
  uint32_t ndirty;
} Enc;

/* Numbers idx if it is reached for the first time. */
static inline uint32_t reach(Enc *c, uint32_t idx) {
  if (idx == 0) return 0;
  if (c->stamp[idx] == c->gen) return c->num[idx];
  if (idx < c->h->nbase) {
    if (!(c->h->objs[idx].flags & OF_DIRTY)) return idx;
    c->stamp[idx] = c->gen;
    c->num[idx] = idx;
    c->dirty[c->ndirty++] = idx;
    return idx;
  }
  c->stamp[idx] = c->gen;
  c->num[idx] = c->next++;
  c->order[c->norder++] = idx;
  return c->num[idx];
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

/* Sizes the scratch for a heap of n objects; starts a new generation. */
static void scratch(StEnc *e, uint32_t n) {
  if (n > e->scap) {
    uint32_t cap = e->scap ? e->scap : 1024;
    while (cap < n) cap *= 2;
    e->num = xrealloc(e->num, sizeof(uint32_t) * cap);
    e->stamp = xrealloc(e->stamp, sizeof(uint32_t) * cap);
    e->order = xrealloc(e->order, sizeof(uint32_t) * cap);
    e->dirty = xrealloc(e->dirty, sizeof(uint32_t) * cap);
    memset(e->stamp + e->scap, 0, sizeof(uint32_t) * (cap - e->scap));
    e->scap = cap;
  }
  if (++e->gen == 0) { /* wrapped: forget every stamp */
    memset(e->stamp, 0, sizeof(uint32_t) * e->scap);
    e->gen = 1;
  }
}

static Value renum(Enc *c, Value v) {
  if (!heap_is_ref(v)) return v;
  uint32_t n = reach(c, val_payload(v));
  return (v & ~(Value)UINT32_MAX) | n;
}

/* Reaches everything object idx references (keys, values, data, proto). */
static void scan(Enc *c, uint32_t idx) {
  Obj *o = &c->h->objs[idx];
  reach(c, o->proto);
  for (uint32_t i = 0; i < 2 * o->nprops; i++) renum(c, val_key_strip(c->h->slots[o->props + i]));
  for (uint32_t i = 0; i < o->ndata; i++) renum(c, c->h->slots[o->data + i]);
}

static void emit_object(Enc *c, StEnc *e, uint32_t idx) {
  Heap *h = c->h;
  Obj *o = &h->objs[idx];
  reserve(e, 5 + 2 * (uint64_t)o->nprops + o->ndata);
  unsigned flags = o->flags & ~(unsigned)(OF_DIRTY | OF_MARK);
  put(e, reach(c, idx));
  put(e, (uint64_t)o->kind | (uint64_t)flags << 8 | (uint64_t)o->aux << 16);
  put(e, reach(c, o->proto)); /* already reached: just its number */
  put(e, o->nprops);
  put(e, o->ndata);
  for (uint32_t i = 0; i < o->nprops; i++) {
    Value k = h->slots[o->props + 2 * i];
    Value flagsbits = k & ~val_key_strip(k);
    put(e, renum(c, val_key_strip(k)) | flagsbits);
    put(e, renum(c, h->slots[o->props + 2 * i + 1]));
  }
  for (uint32_t i = 0; i < o->ndata; i++) put(e, renum(c, h->slots[o->data + i]));
}

uint64_t st_encode(Vm *vm, StEnc *e) {
  Heap *h = &vm->heap;
  scratch(e, h->nobj + 1);
  Enc c = {.h = h, .next = h->nbase, .num = e->num, .stamp = e->stamp, .gen = e->gen, .order = e->order, .dirty = e->dirty};
  e->n = 0;
  reserve(e, ST_HEADER);
  put(e, ST_MAGIC);
  uint64_t clock;
  memcpy(&clock, &vm->clock, sizeof clock);
  put(e, clock);
  put(e, (uint64_t)(int64_t)vm->exit_code);
  put(e, vm->exiting);
  put(e, vm->rng);
  uint32_t count_at = e->n;
  put(e, 0);
  put(e, reach(&c, vm->global));
  put(e, reach(&c, vm->root));
  put(e, reach(&c, vm->jobs));
  put(e, reach(&c, vm->rejections));
  /* every modified realm object is part of the state, even when it is
   * reachable only through unmodified ones (which are not scanned) */
  for (uint32_t i = 1; i < h->nbase; i++)
    if (h->objs[i].flags & OF_DIRTY) reach(&c, i);
  /* breadth-first: scanning an object reaches its referents; both lists
   * grow while they are scanned */
  uint32_t oi = 0, di = 0;
  while (oi < c.norder || di < c.ndirty) {
    if (di < c.ndirty) scan(&c, c.dirty[di++]);
    else scan(&c, c.order[oi++]);
  }
  qsort(c.dirty, c.ndirty, sizeof(uint32_t), cmp_u32); /* realm objects in index order */
  for (uint32_t i = 0; i < c.ndirty; i++) emit_object(&c, e, c.dirty[i]);
  for (uint32_t i = 0; i < c.norder; i++) emit_object(&c, e, c.order[i]);
  e->w[count_at] = c.ndirty + c.norder;
  return st_hash(e->w, e->n);
}

/* --- decoding ------------------------------------------------------------------ */

static void load_object(Heap *h, const uint64_t *w, uint32_t *at) {
  uint32_t idx = (uint32_t)w[(*at)++];
  uint64_t kfa = w[(*at)++];
  uint32_t proto = (uint32_t)w[(*at)++];
  uint32_t np = (uint32_t)w[(*at)++], nd = (uint32_t)w[(*at)++];
  if (idx >= h->nbase) {
    uint32_t got = heap_alloc(h, (ObjKind)(kfa & 0xFF), proto, np, nd);
    (void)got; /* numbering order equals allocation order */
  }
  Obj *o = &h->objs[idx];
  o->kind = (uint8_t)(kfa & 0xFF);
  o->flags = (uint8_t)((kfa >> 8) & 0xFF);
  if (idx < h->nbase) o->flags |= OF_DIRTY;
  o->aux = (uint16_t)(kfa >> 16);
  o->proto = proto;
  o->nprops = 0;
  heap_data_resize(h, idx, 0, VAL_UNDEF);
  for (uint32_t i = 0; i < np; i++) {
    Value k = w[(*at)++], v = w[(*at)++];
    heap_prop_add(h, idx, val_key_strip(k), v, (unsigned)((k >> 32) & 0xFFFF));
  }
  for (uint32_t i = 0; i < nd; i++) heap_data_push(h, idx, w[(*at)++]);
}

Vm *st_decode(const Vm *base, const uint64_t *w, uint32_t n) {
  Vm *vm = vm_clone(base);
  Heap *h = &vm->heap;
  h->nobj = h->nbase; /* drop everything beyond the realm */
  uint32_t at = 1;
  memcpy(&vm->clock, &w[at++], sizeof vm->clock);
  vm->exit_code = (int)(int64_t)w[at++];
  vm->exiting = w[at++] != 0;
  vm->rng = w[at++];
  uint32_t count = (uint32_t)w[at++];
  vm->global = (uint32_t)w[at++];
  vm->root = (uint32_t)w[at++];
  vm->jobs = (uint32_t)w[at++];
  vm->rejections = (uint32_t)w[at++];
  for (uint32_t i = 0; i < count && at < n; i++) load_object(h, w, &at);
  vm->sp = 0;
  vm->nframes = 0;
  vm->jobs_head = 0;
  vm->has_exc = false;
  return vm;
}
