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
 *
 * Reusing subtrees (StHints): st_decode builds pre in numbering order, so
 * pre's heap index of an object is its number, its depth-first subtree is
 * an interval of indices and the subtree's blocks are one run of slots.
 * When the encoder of a copy of pre that has run reaches such a subtree's
 * root, the whole subtree can take numbers next, next + 1, ... with pre's
 * records (no visit, no record built) if
 *   - its objects and their slots are byte for byte those of pre;
 *   - none of them has been visited yet;
 *   - every object outside it that it refers to was visited already, so
 *     that the visit of the subtree would take the same path, and each such
 *     reference encodes as in pre (relative ones keep their distance,
 *     absolute ones their target's number);
 *   - no modified realm object that it refers to is still unvisited;
 *   - pre's subtree did not visit a realm object and has no absolute
 *     reference inside (which would change with the shift).
 * Under these conditions a full visit would number and encode the objects
 * exactly so; the hints are built by a traversal of pre (analyze).  Chunks
 * are reused the same way: a chunk of pre that starts with a reused object
 * and comes back whole joins the top vector as it is (reuse_chunk).
 */
#include "state.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "heap.h"

enum {
  HDR_WORDS = 10,
  CHUNK_MAX = 32,   /* ids in a chunk at most */
  CHUNK_SHIFT = 28, /* a chunk ends after an id whose mixed top 4 bits are 0: 16 on average (8 made
                       more chunks to look up and more memory on W1) */
  REL_BACK = 16,
  VT_OBJ_REL = VT_OBJ + 2,
  VT_SYM_REL = VT_SYM + 2,
  SAT = 0xFFFF
};

#define OPEN_NONE UINT32_MAX /* a macro: C11 enumerators must fit an int */

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

static void hints_free(StHints *h) {
  free(h->rec);
  free(h->last);
  free(h->end);
  free(h->sbeg);
  free(h->bad);
  free(h->nouts);
  free(h->outs);
  free(h->mask);
  free(h->chunk);
  free(h->cstart);
}

void st_enc_free(StEnc *e) {
  hints_free(&e->hint);
  free(e->open);
  free(e->known);
  free(e->top);
  free(e->num);
  free(e->stamp);
  free(e->order);
  free(e->dirty);
  free(e->stack);
  free(e->rw);
  free(e->chunk);
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
  bool reuse;                 /* e->hint describes a machine this one is a copy of */
  bool analyze;               /* this traversal builds the hints of its machine */
  bool canonical;             /* (analyze) the heap is in numbering order */
  uint32_t nopen;             /* (analyze) open subtrees, pairs in e->open */
} Enc;

/* Sizes the scratch for a heap of n objects; starts a new generation. */
static void scratch(StEnc *e, uint32_t n) {
  if (n > e->scap) {
    uint32_t cap = e->scap ? e->scap : 1024;
    while (cap < n) cap *= 2;
    e->num = xrealloc(e->num, sizeof(uint32_t) * cap);
    e->stamp = xrealloc(e->stamp, sizeof(uint32_t) * cap);
    e->known = xrealloc(e->known, sizeof(uint32_t) * cap);
    e->order = xrealloc(e->order, sizeof(uint32_t) * cap);
    e->dirty = xrealloc(e->dirty, sizeof(uint32_t) * cap);
    memset(e->stamp + e->scap, 0, sizeof(uint32_t) * (cap - e->scap));
    memset(e->known + e->scap, 0, sizeof(uint32_t) * (cap - e->scap));
    e->scap = cap;
  }
  if (!e->chunk) e->chunk = xmalloc(sizeof(uint32_t) * CHUNK_MAX);
  if (++e->gen == 0) { /* wrapped: forget every stamp */
    memset(e->stamp, 0, sizeof(uint32_t) * e->scap);
    memset(e->known, 0, sizeof(uint32_t) * e->scap);
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

/* --- hints: subtrees of the decoded machine ------------------------------------------ */

/* (analyze) Notes that non-realm object s refers to object t. */
static inline void note_ref(Enc *c, uint32_t s, uint32_t t) {
  StHints *hi = &c->e->hint;
  if (t == 0) return;
  if (t < c->nbase) {
    hi->mask[s] |= UINT64_C(1) << (t & 63);
  } else if (t < s) { /* before s: outside s's subtree */
    if (hi->nouts[s] == ST_OUTS) {
      hi->bad[s] = 1;
    } else {
      uint32_t k = hi->nouts[s]++;
      hi->outs[ST_OUTS * 2 * s + 2 * k] = s;
      hi->outs[ST_OUTS * 2 * s + 2 * k + 1] = t;
    }
  }
}

/* Pushes the object v refers to, if any, and (analyze) notes the
 * reference from object s. */
static inline void visit_value(Enc *c, uint32_t s, Value v, bool note) {
  if (!heap_is_ref(v)) return;
  uint32_t t = val_payload(v);
  push(c, t);
  if (note) note_ref(c, s, t);
}

/* (analyze) Closes the innermost open subtree: it ends before the next
 * number; what it says about references before it passes to its parent. */
static void close_subtree(Enc *c) {
  StHints *hi = &c->e->hint;
  uint32_t x = c->e->open[2 * --c->nopen];
  hi->end[x] = c->next;
  if (!c->nopen) return;
  uint32_t p = c->e->open[2 * (c->nopen - 1)];
  hi->mask[p] |= hi->mask[x];
  if (hi->bad[x]) hi->bad[p] = 1;
  for (uint32_t k = 0; k < hi->nouts[x]; k++) {
    uint32_t src = hi->outs[ST_OUTS * 2 * x + 2 * k], t = hi->outs[ST_OUTS * 2 * x + 2 * k + 1];
    if (t >= p) { /* inside the parent's subtree */
      if (src - t > REL_BACK) hi->bad[p] = 1; /* absolute: changes with a shift */
    } else if (hi->nouts[p] == ST_OUTS) {
      hi->bad[p] = 1;
    } else {
      uint32_t q = hi->nouts[p]++;
      hi->outs[ST_OUTS * 2 * p + 2 * q] = src;
      hi->outs[ST_OUTS * 2 * p + 2 * q + 1] = t;
    }
  }
}

/* (analyze) Opens the subtree of object t, visited with the stack at
 * height h. */
static void open_subtree(Enc *c, uint32_t t, uint32_t h) {
  StEnc *e = c->e;
  if (2 * (c->nopen + 1) > e->opencap) {
    e->opencap = e->opencap ? 2 * e->opencap : 256;
    e->open = xrealloc(e->open, sizeof(uint32_t) * e->opencap);
  }
  e->open[2 * c->nopen] = t;
  e->open[2 * c->nopen + 1] = h;
  c->nopen++;
  if (t != c->next) c->canonical = false;
}

/* Whether the reference from pre's object src to pre's object t (before
 * src's subtree, now numbered num[t]) encodes as in pre when src's
 * subtree moves by delta. */
static inline bool out_same(const Enc *c, uint32_t src, uint32_t t, int64_t delta) {
  if (c->stamp[t] != c->gen) return false; /* the visit would go there */
  int64_t now = c->num[t];
  if (src - t <= REL_BACK) return now - t == delta;
  return now == t && (int64_t)src + delta - now > REL_BACK;
}

/* Numbers pre's subtree at j as a block, with pre's records, if that is
 * what a visit would do (see the top of the file); false if not. */
static bool reuse_subtree(Enc *c, uint32_t j) {
  const StHints *hi = &c->e->hint;
  const Heap *h = c->h, *p = &hi->pre->heap;
  uint32_t end = hi->end[j];
  if (hi->bad[j] || end > h->nobj || hi->sbeg[end] > h->nslot) return false;
  int64_t delta = (int64_t)c->next - j;
  const uint32_t *outs = &hi->outs[ST_OUTS * 2 * j];
  for (uint32_t k = 0; k < hi->nouts[j]; k++)
    if (!out_same(c, outs[2 * k], outs[2 * k + 1], delta)) return false;
  if (hi->mask[j])
    for (uint32_t k = 0; k < c->ndirty; k++) {
      uint32_t d = c->dirty[k];
      if (c->stamp[d] != c->gen && (hi->mask[j] >> (d & 63) & 1)) return false;
    }
  /* the contents first: when a subtree changed, its root usually did, and
   * its slots come first in the block */
  uint32_t s0 = hi->sbeg[j], s1 = hi->sbeg[end];
  if (memcmp(&h->slots[s0], &p->slots[s0], sizeof(Value) * (s1 - s0)) != 0 ||
      memcmp(&h->objs[j], &p->objs[j], sizeof(Obj) * (end - j)) != 0)
    return false;
  for (uint32_t i = j; i < end; i++)
    if (c->stamp[i] == c->gen) return false;
  for (uint32_t i = j; i < end; i++) {
    c->stamp[i] = c->e->known[i] = c->gen;
    c->num[i] = c->next++;
    c->order[c->norder++] = i;
  }
  c->e->reused += end - j;
  return true;
}

/* --- traversal ---------------------------------------------------------------------- */

/* Numbers object idx and pushes its referents so that they are visited in
 * field order: proto, then keys and values, then data (depth-first
 * preorder, as a recursive visit would number them). */
static void visit(Enc *c, uint32_t idx) {
  c->stamp[idx] = c->gen;
  bool realm = idx < c->nbase;
  if (!realm) {
    c->num[idx] = c->next++;
    c->order[c->norder++] = idx;
  } else {
    c->num[idx] = idx;
  }
  const Obj *o = &c->h->objs[idx];
  const Value *slots = c->h->slots;
  stack_reserve(c, 1 + 2 * (uint64_t)o->nprops + o->ndata);
  bool note = c->analyze && !realm; /* one pass over the fields does both */
  for (uint32_t i = o->ndata; i-- > 0;) visit_value(c, idx, slots[o->data + i], note);
  for (uint32_t i = o->nprops; i-- > 0;) {
    visit_value(c, idx, slots[o->props + 2 * i + 1], note);
    visit_value(c, idx, val_key_strip(slots[o->props + 2 * i]), note);
  }
  push(c, o->proto);
  if (note) note_ref(c, idx, o->proto);
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

/* (analyze) Bookkeeping before the entry popped at stack height h is
 * handled: subtrees whose entries are all consumed are complete; a realm
 * object visited inside a subtree spoils it. */
static void analyze_pop(Enc *c, uint32_t t, uint32_t h) {
  while (c->nopen && c->e->open[2 * (c->nopen - 1) + 1] > h) close_subtree(c);
  if (c->stamp[t] == c->gen) return;
  if (t >= c->nbase) open_subtree(c, t, h);
  else if (c->nopen) c->e->hint.bad[c->e->open[2 * (c->nopen - 1)]] = 1;
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
  uint32_t nhint = c->reuse ? c->e->hint.n : 0;
  while (c->nstack) {
    uint32_t t = c->e->stack[--c->nstack];
    if (c->analyze) analyze_pop(c, t, c->nstack);
    if (c->stamp[t] == c->gen) continue;
    if (t >= c->nbase && t < nhint && reuse_subtree(c, t)) continue;
    visit(c, t);
  }
  while (c->analyze && c->nopen) close_subtree(c);
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

/* Chunks of the decoded state are found by a key of their first and last
 * record ids and length (many chunks start alike: the objects of one kind
 * of group have the same records). */
static inline uint32_t chunk_key(const uint32_t *ids, uint32_t n) {
  uint32_t k = (ids[0] * 0x9E3779B1u) ^ (ids[n - 1] * 0x85EBCA77u) ^ (n * 0xC2B2AE3Du);
  return k ^ (k >> 15);
}

/* The chunk of the decoded state with these ids, if any. */
static uint32_t chint_find(const StHints *hi, const Pool *chunks, const uint32_t *ids, uint32_t n) {
  if (!hi->pre) return UINT32_MAX;
  uint32_t key = chunk_key(ids, n);
  for (uint32_t i = key & hi->cmask;; i = (i + 1) & hi->cmask) {
    uint64_t x = hi->chunk[i];
    if (x == UINT64_MAX) return UINT32_MAX;
    if ((uint32_t)(x >> 32) != key) continue;
    const uint32_t *u = pool_seq(chunks, (uint32_t)x);
    bool same = u[-1] == n;
    for (uint32_t j = 0; same && j < n; j++) same = u[j] == ids[j];
    if (same) return (uint32_t)x;
  }
}

static void top_push(StEnc *e, uint32_t id) {
  if (e->ntop == e->ctop) {
    e->ctop = e->ctop ? e->ctop * 2 : 64;
    e->top = xrealloc(e->top, sizeof(uint32_t) * e->ctop);
  }
  e->top[e->ntop++] = id;
}

/* Ends the chunk being built: its id joins the top vector.  Most chunks
 * are chunks of the decoded state, found without hashing. */
static void chunk_flush(StEnc *e, StStore *s) {
  uint32_t id = chint_find(&e->hint, &s->chunks, e->chunk, e->nchunk);
  if (id == UINT32_MAX) id = pool_intern(&s->chunks, e->chunk, e->nchunk, pool_hash(e->chunk, e->nchunk), NULL);
  top_push(e, id);
  e->nchunk = 0;
}

/* Whether a chunk of n records that ends with record id ends there
 * whatever follows: chunks end at content-defined points so that the same
 * run of records is cut the same way wherever it occurs. */
static inline bool chunk_cut(uint32_t id, uint32_t n) {
  return n == CHUNK_MAX || ((id * 0x9E3779B1u) >> CHUNK_SHIFT) == 0;
}

/* Adds record id to the stream. */
static void chunk_add(StEnc *e, StStore *s, uint32_t id) {
  e->chunk[e->nchunk++] = id;
  if (chunk_cut(id, e->nchunk)) chunk_flush(e, s);
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
  StHints *hi = &c->e->hint;
  uint32_t id = UINT32_MAX;
  if (idx < hi->n) { /* realm entries may be stale (hints_reset): ids to check */
    id = hi->rec[idx];
    if (id >= recs->n || !rec_is(recs, id, w, n)) {
      id = hi->last[idx];
      if (id >= recs->n || !rec_is(recs, id, w, n)) id = UINT32_MAX;
    }
  }
  if (id == UINT32_MAX) id = pool_intern(&c->s->recs, u, 2 * n, pool_hash(u, 2 * n), NULL);
  if (idx < hi->n) hi->last[idx] = id;
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

/* At a chunk boundary, with object order[i] taken from a hinted subtree:
 * if pre's chunk that starts with it comes back whole (the same objects,
 * all taken from pre, in pre's order), that chunk joins the top vector as
 * it is and the number of its records is returned; 0 otherwise.  The
 * chunk holds exactly the ids chunk_add would collect, and it ended at a
 * content-defined cut, so chunk_add would cut it the same way. */
static uint32_t reuse_chunk(Enc *c, uint32_t i) {
  StEnc *e = c->e;
  uint32_t idx = c->order[i], id = e->hint.cstart[idx];
  if (id == UINT32_MAX) return 0;
  uint32_t len = pool_len(&c->s->chunks, id);
  if (len > c->norder - i) return 0;
  for (uint32_t m = 1; m < len; m++)
    if (c->order[i + m] != idx + m || e->known[idx + m] != c->gen) return 0;
  top_push(e, id);
  e->nrecs += len;
  return len;
}

static void analyze(StEnc *e, const Vm *pre);

uint64_t st_encode(Vm *vm, StEnc *e, StStore *s) {
  Heap *h = &vm->heap;
  if (e->hint.pending && e->hint.pre && e->hint.pre != vm) {
    e->hint.pending = false;
    analyze(e, e->hint.pre);
  }
  scratch(e, h->nobj + 1);
  const StHints *hi = &e->hint;
  Enc c = {.e = e, .s = s, .h = h, .nbase = h->nbase, .next = h->nbase, .num = e->num, .stamp = e->stamp,
           .gen = e->gen, .order = e->order, .dirty = e->dirty};
  c.reuse = hi->pre && hi->subtrees && hi->pre != vm && hi->pre->heap.gcs == h->gcs && hi->pre->heap.nbase == h->nbase;
  e->ntop = e->nchunk = e->nrecs = e->reused = 0;
  traverse(&c, vm);
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
  for (uint32_t i = 0; i < c.norder;) {
    uint32_t idx = c.order[i], k;
    if (e->known[idx] != c.gen) {
      emit_object(&c, idx);
      i++;
    } else if (e->nchunk == 0 && (k = reuse_chunk(&c, i)) != 0) {
      i += k;
    } else {
      e->nrecs++;
      chunk_add(e, s, hi->rec[idx]);
      i++;
    }
  }
  if (e->nchunk) chunk_flush(e, s);
  return st_hash(e->top, e->ntop);
}

/* --- the way back ------------------------------------------------------------------ */

typedef void (*RecFn)(void *ctx, uint32_t id, const uint32_t *units, uint32_t nwords);

/* Calls fn for every record of a state, in stream order (header first). */
static void each_record(const StStore *s, const uint32_t *top, uint32_t n, RecFn fn, void *ctx) {
  /* records are scattered over the pool (shared by many states), so the
   * loads are pipelined a chunk ahead: while chunk i is read, its records
   * are on their way, and so are chunk i + 1's ids and addresses */
  if (n) __builtin_prefetch(pool_seq(&s->chunks, top[0]));
  for (uint32_t i = 0; i < n; i++) {
    const uint32_t *chunk = pool_seq(&s->chunks, top[i]);
    uint32_t len = pool_len(&s->chunks, top[i]);
    for (uint32_t j = 0; j < len; j++) __builtin_prefetch(&s->recs.seq[chunk[j]]);
    if (i + 1 < n) __builtin_prefetch(pool_seq(&s->chunks, top[i + 1]));
    for (uint32_t j = 0; j < len; j++) __builtin_prefetch(pool_seq(&s->recs, chunk[j]));
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

/* Sizes the hints for n objects, nbase of them realm objects, and forgets
 * the old ones.  Only the entries of non-realm objects are cleared (the
 * realm is most of the heap; decoding sets few of its entries): a realm
 * object's rec and last entries may be left from an earlier machine, which
 * is harmless because emit checks them against the record it builds. */
static void hints_reset(StHints *hi, uint32_t nbase, uint32_t n) {
  if (n > hi->cap) {
    uint32_t cap = hi->cap ? hi->cap : 1024;
    while (cap < n) cap *= 2;
    hi->cap = cap;
    hi->rec = xrealloc(hi->rec, sizeof(uint32_t) * cap);
    hi->last = xrealloc(hi->last, sizeof(uint32_t) * cap);
    hi->end = xrealloc(hi->end, sizeof(uint32_t) * cap);
    hi->sbeg = xrealloc(hi->sbeg, sizeof(uint32_t) * (cap + 1));
    hi->bad = xrealloc(hi->bad, cap);
    hi->nouts = xrealloc(hi->nouts, cap);
    hi->outs = xrealloc(hi->outs, sizeof(uint32_t) * 2 * ST_OUTS * cap);
    hi->mask = xrealloc(hi->mask, sizeof(uint64_t) * cap);
    hi->cstart = xrealloc(hi->cstart, sizeof(uint32_t) * cap);
    memset(hi->rec, 0xFF, sizeof(uint32_t) * cap);
    memset(hi->last, 0xFF, sizeof(uint32_t) * cap);
  }
  uint32_t k = n - nbase;
  memset(hi->rec + nbase, 0xFF, sizeof(uint32_t) * k);
  memset(hi->last + nbase, 0xFF, sizeof(uint32_t) * k);
  memset(hi->bad + nbase, 0, k);
  memset(hi->nouts + nbase, 0, k);
  memset(hi->mask + nbase, 0, sizeof(uint64_t) * k);
  memset(hi->cstart + nbase, 0xFF, sizeof(uint32_t) * k);
  hi->n = n;
  hi->subtrees = false;
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
  if (d->hints) hints_reset(&d->hints->hint, h->nbase, h->nbase + nobj);
}

static void load_object(void *ctx, uint32_t id, const uint32_t *u, uint32_t nwords) {
  Dec *d = ctx;
  (void)nwords;
  if (d->rec++ == 0) {
    load_header(d, u);
    if (d->hints) d->hints->hint.rec[0] = id;
    return;
  }
  Heap *h = &d->vm->heap;
  uint32_t k = 0;
  bool realm = d->rec - 1 <= d->nrealm;
  uint32_t s = realm ? (uint32_t)word(u, k++) : h->nobj;
  if (d->hints) {
    d->hints->hint.rec[s] = id;
    if (!realm) d->hints->hint.sbeg[s] = h->nslot;
  }
  uint64_t hdr = word(u, k++), pw = word(u, k++);
  uint32_t proto = pw ? val_payload(dec_value(s, pw)) : 0;
  uint32_t np = (uint32_t)(hdr >> 32) & SAT, nd = (uint32_t)(hdr >> 48);
  if (np == SAT || nd == SAT) {
    uint64_t big = word(u, k++);
    np = (uint32_t)big;
    nd = (uint32_t)(big >> 32);
  }
  if (!realm) heap_alloc_raw(h, (ObjKind)(hdr & 0xFF), proto, np, nd); /* == s: numbering order; all written below */
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
static void chint_fill(StHints *hi, const StStore *s, const uint32_t *top, uint32_t n) {
  uint32_t cap = 64;
  while (cap < 2 * n) cap *= 2;
  if (cap - 1 > hi->cmask || !hi->chunk) {
    free(hi->chunk);
    hi->chunk = xmalloc(sizeof(uint64_t) * cap);
    hi->cmask = cap - 1;
  }
  memset(hi->chunk, 0xFF, sizeof(uint64_t) * (hi->cmask + 1));
  for (uint32_t k = 0; k < n; k++) {
    uint32_t key = chunk_key(pool_seq(&s->chunks, top[k]), pool_len(&s->chunks, top[k]));
    uint32_t i = key & hi->cmask;
    while (hi->chunk[i] != UINT64_MAX && (uint32_t)hi->chunk[i] != top[k]) i = (i + 1) & hi->cmask;
    hi->chunk[i] = (uint64_t)key << 32 | top[k];
  }
}

/* Remembers which chunks of a decoded state start with a non-realm object
 * and end at a content-defined cut (reuse_chunk).  Records are in stream
 * order: the header, nrealm realm objects, then the other objects in heap
 * order from nbase. */
static void cstart_fill(StHints *hi, const StStore *s, const uint32_t *top, uint32_t n, uint32_t nbase,
                        uint32_t nrealm) {
  uint32_t r = 0; /* records before chunk k */
  for (uint32_t k = 0; k < n; k++) {
    const uint32_t *ids = pool_seq(&s->chunks, top[k]);
    uint32_t len = pool_len(&s->chunks, top[k]);
    if (r > nrealm && chunk_cut(ids[len - 1], len)) hi->cstart[nbase + (r - 1 - nrealm)] = top[k];
    r += len;
  }
}

/* Builds the subtree hints of the decoded machine pre by a traversal like
 * the encoder's. */
static void analyze(StEnc *e, const Vm *pre) {
  const Heap *h = &pre->heap;
  e->hint.sbeg[h->nobj] = h->nslot;
  scratch(e, h->nobj + 1);
  Enc c = {.e = e, .h = h, .nbase = h->nbase, .next = h->nbase, .num = e->num, .stamp = e->stamp, .gen = e->gen,
           .order = e->order, .dirty = e->dirty, .analyze = true, .canonical = true};
  traverse(&c, pre);
  e->hint.subtrees = c.canonical && c.next == h->nobj;
}

void st_hints_drop(StEnc *e) {
  e->hint.pre = NULL;
  e->hint.pending = false;
  e->hint.n = 0;
  e->hint.subtrees = false;
}

Vm *st_decode(const Vm *base, const StStore *s, const uint32_t *top, uint32_t n, Vm *into, StEnc *hints) {
  if (hints) {
    st_hints_drop(hints);
    chint_fill(&hints->hint, s, top, n);
  }
  Vm *vm = into;
  if (vm) vm_restore(vm, base, base->heap.nslot);
  else vm = vm_clone(base);
  vm->heap.nobj = vm->heap.nbase; /* drop everything beyond the realm */
  Dec d = {.vm = vm, .hints = hints};
  each_record(s, top, n, load_object, &d);
  vm->sp = 0;
  vm->nframes = 0;
  vm->jobs_head = 0;
  vm->has_exc = false;
  if (hints) {
    hints->hint.pre = vm;
    cstart_fill(&hints->hint, s, top, n, vm->heap.nbase, d.nrealm);
    if (hints->lazy) hints->hint.pending = true;
    else analyze(hints, vm);
  }
  return vm;
}
