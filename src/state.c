/* state.c - canonical encoding and decoding of machine states; see state.h.
 *
 * Records (64-bit words):
 *   header:  clock bits, exit_code, exiting, rng, number of realm records,
 *            number of other records, then global, root, jobs, rejections
 *   object:  [index, for a realm object only]
 *            kind | flags << 8 | aux << 16 | np << 32 | nd << 48
 *            proto (a reference, 0 for null)
 *            [np | nd << 32, only when np or nd does not fit in 16 bits]
 *            np (key, value) pairs, then nd data values
 * A reference from object s to object t is either absolute (the Value with
 * t's number, for realm objects and far backward references) or relative:
 * tag VT_OBJ + 2 (VT_SYM + 2) and payload t - s, for references to objects
 * after s or at most REL_BACK before it.  Which form a reference takes is a
 * function of (s, t), so the encoding stays canonical and decodable.  The
 * tags VT_OBJ + 2 and VT_SYM + 2 are never Values (value.h), like every tag
 * the encoder rewrites (it assumes, as the collector does, that data slots
 * hold Values).
 */
#include "state.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "heap.h"

enum {
  HDR_WORDS = 10,
  CHUNK_MAX = 32,   /* ids in a chunk at most */
  CHUNK_SHIFT = 29, /* a chunk ends after an id whose mixed top 3 bits are 0: 8 on average */
  REL_BACK = 16,
  VT_OBJ_REL = VT_OBJ + 2,
  VT_SYM_REL = VT_SYM + 2,
  SAT = 0xFFFF
};

#define TAG_MASK (UINT64_C(0xFFFF) << 48)
#define FLAG_MASK (UINT64_C(0xFFFF) << 32)

void st_store_init(StStore *s) {
  pool_init(&s->recs, 13);
  pool_init(&s->chunks, 11);
}

void st_store_free(StStore *s) {
  pool_free(&s->recs);
  pool_free(&s->chunks);
}

size_t st_store_bytes(const StStore *s) { return s->recs.bytes + s->chunks.bytes; }

void st_enc_init(StEnc *e) { memset(e, 0, sizeof *e); }

void st_enc_free(StEnc *e) {
  free(e->top);
  free(e->num);
  free(e->stamp);
  free(e->order);
  free(e->dirty);
  free(e->stack);
  free(e->rw);
  free(e->chunk);
  free(e->hint);
  free(e->chint);
  st_enc_init(e);
}

uint64_t st_hash(const uint32_t *top, uint32_t n) { return pool_hash(top, n); }

static inline uint64_t word(const uint32_t *units, uint32_t i) {
  uint64_t w;
  memcpy(&w, units + 2 * i, sizeof w);
  return w;
}

/* --- traversal ----------------------------------------------------------------- */

typedef struct Enc {
  StEnc *e;
  StStore *s;
  const Heap *h;
  uint32_t nbase;
  uint32_t *num, *stamp, gen; /* see StEnc */
  uint32_t *order, norder, next;
  uint32_t *dirty, ndirty;
  uint32_t nstack;
} Enc;

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
  if (!e->chunk) e->chunk = xmalloc(sizeof(uint32_t) * CHUNK_MAX);
  if (++e->gen == 0) { /* wrapped: forget every stamp */
    memset(e->stamp, 0, sizeof(uint32_t) * e->scap);
    e->gen = 1;
  }
}

static void stack_reserve(Enc *c, uint64_t k) {
  StEnc *e = c->e;
  if (c->nstack + k <= e->stcap) return;
  uint64_t cap = e->stcap ? e->stcap : 1024;
  while (c->nstack + k > cap) cap *= 2;
  e->stack = xrealloc(e->stack, sizeof(uint32_t) * cap);
  e->stcap = (uint32_t)cap;
}

/* Pushes object t unless it needs no visit (none, seen, or pristine realm). */
static inline void push(Enc *c, uint32_t t) {
  if (t == 0 || c->stamp[t] == c->gen) return;
  if (t < c->nbase && !(c->h->objs[t].flags & OF_DIRTY)) return;
  c->e->stack[c->nstack++] = t; /* after stack_reserve */
}

static inline void push_value(Enc *c, Value v) {
  if (heap_is_ref(v)) push(c, val_payload(v));
}

/* Numbers object idx and pushes its referents so that they are visited in
 * field order: proto, then keys and values, then data (depth-first
 * preorder, as a recursive visit would number them). */
static void visit(Enc *c, uint32_t idx) {
  c->stamp[idx] = c->gen;
  if (idx >= c->nbase) {
    c->num[idx] = c->next++;
    c->order[c->norder++] = idx;
  } else {
    c->num[idx] = idx;
  }
  const Obj *o = &c->h->objs[idx];
  const Value *slots = c->h->slots;
  stack_reserve(c, 1 + 2 * (uint64_t)o->nprops + o->ndata);
  for (uint32_t i = o->ndata; i-- > 0;) push_value(c, slots[o->data + i]);
  for (uint32_t i = o->nprops; i-- > 0;) {
    push_value(c, slots[o->props + 2 * i + 1]);
    push_value(c, val_key_strip(slots[o->props + 2 * i]));
  }
  push(c, o->proto);
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

/* The modified realm objects in index order. */
static void sorted_dirty(Enc *c) {
  uint32_t n = c->h->ndirty, *d = c->dirty;
  memcpy(d, c->h->dirty, sizeof(uint32_t) * n);
  if (n > 16) {
    qsort(d, n, sizeof(uint32_t), cmp_u32);
  } else {
    for (uint32_t i = 1; i < n; i++) {
      uint32_t v = d[i], j = i;
      for (; j > 0 && d[j - 1] > v; j--) d[j] = d[j - 1];
      d[j] = v;
    }
  }
  c->ndirty = n;
}

static void traverse(Enc *c, const Vm *vm) {
  /* every modified realm object is part of the state, even when it is
   * reachable only through unmodified ones (which are not visited) */
  sorted_dirty(c);
  stack_reserve(c, c->ndirty + 4);
  for (uint32_t i = c->ndirty; i-- > 0;) push(c, c->dirty[i]);
  push(c, vm->rejections);
  push(c, vm->jobs);
  push(c, vm->root);
  push(c, vm->global);
  while (c->nstack) {
    uint32_t t = c->e->stack[--c->nstack];
    if (c->stamp[t] != c->gen) visit(c, t);
  }
}

/* --- records ----------------------------------------------------------------------- */

static inline uint32_t number(const Enc *c, uint32_t t) { return t < c->nbase ? t : c->num[t]; }

/* Value v stored in object number s. */
static inline uint64_t enc_value(const Enc *c, uint32_t s, Value v) {
  if (!heap_is_ref(v)) return v;
  uint32_t t = number(c, val_payload(v));
  if (s >= c->nbase && t >= c->nbase && (t > s || s - t <= REL_BACK))
    return ((uint64_t)(val_tag(v) + 2) << 48) | (v & FLAG_MASK) | (uint32_t)(t - s);
  return (v & ~(uint64_t)UINT32_MAX) | t;
}

static uint64_t *rec_reserve(StEnc *e, uint64_t n) {
  if (n > e->rwcap) {
    uint64_t cap = e->rwcap ? e->rwcap : 256;
    while (cap < n) cap *= 2;
    e->rw = xrealloc(e->rw, sizeof(uint64_t) * cap);
    e->rwcap = (uint32_t)cap;
  }
  return e->rw;
}

static inline uint32_t chint_slot(uint32_t first, uint32_t mask) { return (first * 0x9E3779B1u >> 7) & mask; }

/* The chunk of the decoded state that starts with record first, if any. */
static uint32_t chint_find(const StEnc *e, uint32_t first) {
  if (!e->chint) return UINT32_MAX;
  for (uint32_t i = chint_slot(first, e->chmask);; i = (i + 1) & e->chmask) {
    uint64_t x = e->chint[i];
    if (x == UINT64_MAX) return UINT32_MAX;
    if ((uint32_t)(x >> 32) == first) return (uint32_t)x;
  }
}

/* Ends the chunk being built: its id joins the top vector.  Most chunks
 * are chunks of the decoded state, found without hashing. */
static void chunk_flush(StEnc *e, StStore *s) {
  if (e->ntop == e->ctop) {
    e->ctop = e->ctop ? e->ctop * 2 : 64;
    e->top = xrealloc(e->top, sizeof(uint32_t) * e->ctop);
  }
  uint32_t id = chint_find(e, e->chunk[0]);
  if (id != UINT32_MAX) {
    const uint32_t *u = pool_seq(&s->chunks, id);
    bool same = u[-1] == e->nchunk;
    for (uint32_t i = 0; same && i < e->nchunk; i++) same = u[i] == e->chunk[i];
    if (!same) id = UINT32_MAX;
  }
  if (id == UINT32_MAX) id = pool_intern(&s->chunks, e->chunk, e->nchunk, pool_hash(e->chunk, e->nchunk), NULL);
  e->top[e->ntop++] = id;
  e->nchunk = 0;
}

/* Adds record id to the stream; a chunk ends at content-defined points so
 * that the same run of records is cut the same way wherever it occurs. */
static void chunk_add(StEnc *e, StStore *s, uint32_t id) {
  e->chunk[e->nchunk++] = id;
  if (e->nchunk == CHUNK_MAX || ((id * 0x9E3779B1u) >> CHUNK_SHIFT) == 0) chunk_flush(e, s);
}

/* Whether pooled record id holds w[0..n) (records are short: a loop beats
 * a call to memcmp). */
static inline bool rec_is(const Pool *recs, uint32_t id, const uint64_t *w, uint32_t n) {
  const uint32_t *u = pool_seq(recs, id);
  if (u[-1] != 2 * n) return false;
  for (uint32_t i = 0; i < n; i++)
    if (word(u, i) != w[i]) return false;
  return true;
}

/* Adds record w[0..n) of heap object idx (0: the header) to the stream. */
static void emit(Enc *c, uint32_t idx, const uint64_t *w, uint32_t n) {
  const uint32_t *u = (const uint32_t *)(const void *)w;
  const Pool *recs = &c->s->recs;
  uint32_t id = idx < c->e->nhint ? c->e->hint[idx] : UINT32_MAX;
  if (id == UINT32_MAX || !rec_is(recs, id, w, n)) id = pool_intern(&c->s->recs, u, 2 * n, pool_hash(u, 2 * n), NULL);
  c->e->nrecs++;
  chunk_add(c->e, c->s, id);
}

static void emit_object(Enc *c, uint32_t idx) {
  const Heap *h = c->h;
  const Obj *o = &h->objs[idx];
  uint32_t s = number(c, idx), np = o->nprops, nd = o->ndata;
  uint64_t *w = rec_reserve(c->e, 4 + 2 * (uint64_t)np + nd);
  uint32_t k = 0;
  if (idx < c->nbase) w[k++] = idx;
  bool big = np >= SAT || nd >= SAT;
  unsigned flags = o->flags & ~(unsigned)(OF_DIRTY | OF_MARK);
  w[k++] = (uint64_t)o->kind | (uint64_t)flags << 8 | (uint64_t)o->aux << 16 |
           (uint64_t)(big ? SAT : np) << 32 | (uint64_t)(big ? SAT : nd) << 48;
  w[k++] = o->proto ? enc_value(c, s, val_obj(o->proto)) : 0;
  if (big) w[k++] = np | (uint64_t)nd << 32;
  const Value *p = &h->slots[o->props];
  for (uint32_t i = 0; i < 2 * np; i += 2) {
    w[k++] = enc_value(c, s, val_key_strip(p[i])) | (p[i] & FLAG_MASK);
    w[k++] = enc_value(c, s, p[i + 1]);
  }
  const Value *d = &h->slots[o->data];
  for (uint32_t i = 0; i < nd; i++) w[k++] = enc_value(c, s, d[i]);
  emit(c, idx, w, k);
}

static uint64_t root_ref(const Enc *c, uint32_t t) { return t ? number(c, t) : 0; }

uint64_t st_encode(Vm *vm, StEnc *e, StStore *s) {
  Heap *h = &vm->heap;
  scratch(e, h->nobj + 1);
  Enc c = {.e = e, .s = s, .h = h, .nbase = h->nbase, .next = h->nbase, .num = e->num, .stamp = e->stamp,
           .gen = e->gen, .order = e->order, .dirty = e->dirty};
  traverse(&c, vm);
  e->ntop = e->nchunk = e->nrecs = 0;
  uint64_t hdr[HDR_WORDS];
  memcpy(&hdr[0], &vm->clock, sizeof hdr[0]);
  hdr[1] = (uint64_t)(int64_t)vm->exit_code;
  hdr[2] = vm->exiting;
  hdr[3] = vm->rng;
  hdr[4] = c.ndirty;
  hdr[5] = c.norder;
  hdr[6] = root_ref(&c, vm->global);
  hdr[7] = root_ref(&c, vm->root);
  hdr[8] = root_ref(&c, vm->jobs);
  hdr[9] = root_ref(&c, vm->rejections);
  emit(&c, 0, hdr, HDR_WORDS);
  for (uint32_t i = 0; i < c.ndirty; i++) emit_object(&c, c.dirty[i]);
  for (uint32_t i = 0; i < c.norder; i++) emit_object(&c, c.order[i]);
  if (e->nchunk) chunk_flush(e, s);
  return st_hash(e->top, e->ntop);
}

/* --- the way back ------------------------------------------------------------------ */

typedef void (*RecFn)(void *ctx, uint32_t id, const uint32_t *units, uint32_t nwords);

/* Calls fn for every record of a state, in stream order (header first). */
static void each_record(const StStore *s, const uint32_t *top, uint32_t n, RecFn fn, void *ctx) {
  for (uint32_t i = 0; i < n; i++) {
    const uint32_t *chunk = pool_seq(&s->chunks, top[i]);
    uint32_t len = pool_len(&s->chunks, top[i]);
    for (uint32_t j = 0; j < len; j++)
      fn(ctx, chunk[j], pool_seq(&s->recs, chunk[j]), pool_len(&s->recs, chunk[j]) / 2);
  }
}

typedef struct Words {
  uint64_t **w;
  uint32_t *n, *cap;
} Words;

static void words_rec(void *ctx, uint32_t id, const uint32_t *units, uint32_t nwords) {
  Words *x = ctx;
  (void)id;
  if (*x->n + (uint64_t)nwords + 1 > *x->cap) {
    uint64_t cap = *x->cap ? *x->cap : 256;
    while (*x->n + (uint64_t)nwords + 1 > cap) cap *= 2;
    *x->w = xrealloc(*x->w, sizeof(uint64_t) * cap);
    *x->cap = (uint32_t)cap;
  }
  (*x->w)[(*x->n)++] = nwords;
  for (uint32_t i = 0; i < nwords; i++) (*x->w)[(*x->n)++] = word(units, i);
}

void st_words(const StStore *s, const uint32_t *top, uint32_t n, uint64_t **w, uint32_t *nw, uint32_t *cap) {
  Words x = {w, nw, cap};
  each_record(s, top, n, words_rec, &x);
}

typedef struct Dec {
  Vm *vm;
  StEnc *hints;
  uint32_t rec;            /* records loaded so far */
  uint32_t nrealm;
} Dec;

static void hints_reset(StEnc *e, uint32_t n) {
  if (n > e->hintcap) {
    e->hintcap = n;
    e->hint = xrealloc(e->hint, sizeof(uint32_t) * n);
  }
  memset(e->hint, 0xFF, sizeof(uint32_t) * n);
  e->nhint = n;
}

/* Value word w stored in object number s. */
static inline Value dec_value(uint32_t s, uint64_t w) {
  unsigned tag = (unsigned)(w >> 48);
  if (tag != VT_OBJ_REL && tag != VT_SYM_REL) return w;
  return ((uint64_t)(tag - 2) << 48) | (w & FLAG_MASK) | (uint32_t)(s + (uint32_t)w);
}

static void load_header(Dec *d, const uint32_t *u) {
  Vm *vm = d->vm;
  uint64_t clock = word(u, 0);
  memcpy(&vm->clock, &clock, sizeof vm->clock);
  vm->exit_code = (int)(int64_t)word(u, 1);
  vm->exiting = word(u, 2) != 0;
  vm->rng = word(u, 3);
  d->nrealm = (uint32_t)word(u, 4);
  uint32_t nobj = (uint32_t)word(u, 5);
  vm->global = (uint32_t)word(u, 6);
  vm->root = (uint32_t)word(u, 7);
  vm->jobs = (uint32_t)word(u, 8);
  vm->rejections = (uint32_t)word(u, 9);
  Heap *h = &vm->heap;
  if (h->nbase + nobj > h->objcap) {
    while (h->nbase + nobj > h->objcap) h->objcap *= 2;
    h->objs = xrealloc(h->objs, sizeof(Obj) * h->objcap);
  }
  if (d->hints) hints_reset(d->hints, h->nbase + nobj);
}

static void load_object(void *ctx, uint32_t id, const uint32_t *u, uint32_t nwords) {
  Dec *d = ctx;
  (void)nwords;
  if (d->rec++ == 0) {
    load_header(d, u);
    if (d->hints) d->hints->hint[0] = id;
    return;
  }
  Heap *h = &d->vm->heap;
  uint32_t k = 0;
  bool realm = d->rec - 1 <= d->nrealm;
  uint32_t s = realm ? (uint32_t)word(u, k++) : h->nobj;
  if (d->hints) d->hints->hint[s] = id;
  uint64_t hdr = word(u, k++), pw = word(u, k++);
  uint32_t proto = pw ? val_payload(dec_value(s, pw)) : 0;
  uint32_t np = (uint32_t)(hdr >> 32) & SAT, nd = (uint32_t)(hdr >> 48);
  if (np == SAT || nd == SAT) {
    uint64_t big = word(u, k++);
    np = (uint32_t)big;
    nd = (uint32_t)(big >> 32);
  }
  if (!realm) heap_alloc(h, (ObjKind)(hdr & 0xFF), proto, np, nd); /* == s: numbering order */
  Obj *o = &h->objs[s];
  o->kind = (uint8_t)(hdr & 0xFF);
  o->flags = (uint8_t)((hdr >> 8) & 0xFF);
  o->aux = (uint16_t)(hdr >> 16);
  o->proto = proto;
  if (realm) {
    heap_touch(h, s);
    o->nprops = 0;
    for (uint32_t i = 0; i < np; i++, k += 2) {
      uint64_t key = word(u, k);
      heap_prop_add(h, s, val_key_strip(dec_value(s, key)), dec_value(s, word(u, k + 1)),
                    (unsigned)((key >> 32) & 0xFFFF));
    }
    heap_data_resize(h, s, nd, VAL_UNDEF);
  } else {
    o->nprops = np;
    Value *p = &h->slots[o->props];
    for (uint32_t i = 0; i < 2 * np; i++, k++) p[i] = dec_value(s, word(u, k));
  }
  Value *dv = &h->slots[h->objs[s].data];
  for (uint32_t i = 0; i < nd; i++, k++) dv[i] = dec_value(s, word(u, k));
}

/* Remembers the chunks of a decoded state by their first record. */
static void chint_fill(StEnc *e, const StStore *s, const uint32_t *top, uint32_t n) {
  uint32_t cap = 64;
  while (cap < 2 * n) cap *= 2;
  if (cap - 1 > e->chmask || !e->chint) {
    free(e->chint);
    e->chint = xmalloc(sizeof(uint64_t) * cap);
    e->chmask = cap - 1;
  }
  memset(e->chint, 0xFF, sizeof(uint64_t) * (e->chmask + 1));
  for (uint32_t k = 0; k < n; k++) {
    uint32_t first = pool_seq(&s->chunks, top[k])[0];
    uint32_t i = chint_slot(first, e->chmask);
    while (e->chint[i] != UINT64_MAX && (uint32_t)(e->chint[i] >> 32) != first) i = (i + 1) & e->chmask;
    e->chint[i] = (uint64_t)first << 32 | top[k];
  }
}

Vm *st_decode(const Vm *base, const StStore *s, const uint32_t *top, uint32_t n, StEnc *hints) {
  if (hints) chint_fill(hints, s, top, n);
  Vm *vm = vm_clone(base);
  vm->heap.nobj = vm->heap.nbase; /* drop everything beyond the realm */
  Dec d = {.vm = vm, .hints = hints};
  each_record(s, top, n, load_object, &d);
  vm->sp = 0;
  vm->nframes = 0;
  vm->jobs_head = 0;
  vm->has_exc = false;
  return vm;
}
