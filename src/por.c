/* por.c - footprints of transitions and their independence; see por.h. */
#include "por.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

void por_arena_free(PorArena *a) {
  free(a->v);
  memset(a, 0, sizeof *a);
}

static uint32_t arena_reserve(PorArena *a, uint32_t n) {
  if (a->n + n > a->cap) {
    uint32_t cap = a->cap ? a->cap : 1024;
    while (cap < a->n + n) cap *= 2;
    a->v = xrealloc(a->v, sizeof(uint32_t) * cap);
    a->cap = cap;
  }
  return a->n;
}

void por_track_begin(HeapTrack *t, Vm *work, const Vm *pre) {
  uint32_t limit = pre->heap.nobj;
  if (limit > t->scap) {
    t->stamp = xrealloc(t->stamp, sizeof(uint32_t) * limit);
    memset(t->stamp + t->scap, 0, sizeof(uint32_t) * (limit - t->scap));
    t->scap = limit;
  }
  if (++t->gen == 0) { /* wrapped: forget every stamp */
    memset(t->stamp, 0, sizeof(uint32_t) * t->scap);
    t->gen = 1;
  }
  t->limit = limit;
  t->n = 0;
  work->heap.trk = t;
}

void por_track_free(HeapTrack *t) {
  free(t->stamp);
  free(t->list);
  memset(t, 0, sizeof *t);
}

/* Whether object i has the same contents in both heaps (blocks may have
 * moved; the traversal mark is scratch). */
static bool same_object(const Heap *a, const Heap *b, uint32_t i) {
  const Obj *x = &a->objs[i], *y = &b->objs[i];
  if (x->kind != y->kind || ((x->flags ^ y->flags) & ~OF_MARK) || x->aux != y->aux || x->proto != y->proto ||
      x->nprops != y->nprops || x->ndata != y->ndata)
    return false;
  if (x->nprops && memcmp(&a->slots[x->props], &b->slots[y->props], sizeof(Value) * 2 * x->nprops) != 0) return false;
  return !x->ndata || memcmp(&a->slots[x->data], &b->slots[y->data], sizeof(Value) * x->ndata) == 0;
}

/* The header st_encode writes, and what makes heap indices comparable. */
static bool same_header(const Vm *a, const Vm *b) {
  return memcmp(&a->clock, &b->clock, sizeof a->clock) == 0 && a->exit_code == b->exit_code &&
         a->exiting == b->exiting && a->rng == b->rng && a->global == b->global && a->root == b->root &&
         a->jobs == b->jobs && a->rejections == b->rejections && a->heap.gcs == b->heap.gcs &&
         a->heap.nbase == b->heap.nbase;
}

/* The list after the transition is the list before without the request
 * at io, then requests made by the transition; returns how many, or -1. */
static int64_t io_effect(const Vm *pre, const Vm *work, uint32_t l, int32_t io) {
  const Obj *a = &pre->heap.objs[l], *b = &work->heap.objs[l];
  if (io < 0 || (uint32_t)io >= a->ndata || b->ndata + 1 < a->ndata) return -1;
  const Value *x = &pre->heap.slots[a->data], *y = &work->heap.slots[b->data];
  uint32_t kept = a->ndata - 1;
  if (memcmp(y, x, sizeof(Value) * (uint32_t)io) != 0 ||
      memcmp(y + io, x + io + 1, sizeof(Value) * (kept - (uint32_t)io)) != 0)
    return -1;
  for (uint32_t k = kept; k < b->ndata; k++)
    if (!val_is_obj(y[k]) || val_obj_idx(y[k]) < pre->heap.nobj) return -1;
  return b->ndata - kept;
}

bool por_capture(const Vm *pre, Vm *work, HeapTrack *t, uint32_t io_pre, uint32_t io_work, int32_t io, PorFoot *f,
                 PorArena *a) {
  work->heap.trk = NULL;
  if (io_pre != io_work || !io_pre || !same_header(pre, work)) return false;
  int64_t added = io_effect(pre, work, io_pre, io);
  if (added < 0) return false;
  f->io = io;
  f->io_added = (uint32_t)added;
  uint32_t at = arena_reserve(a, 2 * t->n), n = 0;
  uint32_t *touch = a->v + at;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->list[i] != io_pre && t->list[i] != 0) touch[n++] = t->list[i];
  uint32_t *wr = touch + n, nw = 0;
  for (uint32_t i = 0; i < n; i++)
    if (!same_object(&pre->heap, &work->heap, touch[i])) wr[nw++] = touch[i];
  f->touch = at;
  f->ntouch = n;
  f->wr = at + n;
  f->nwr = nw;
  a->n = at + n + nw;
  return true;
}

void por_marks_free(PorMarks *m) {
  free(m->touch);
  free(m->wr);
  memset(m, 0, sizeof *m);
}

static void mark_all(uint32_t *stamp, uint32_t gen, const uint32_t *v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) stamp[v[i]] = gen;
}

void por_mark(PorMarks *m, const PorFoot *y, const PorArena *a, uint32_t nobj) {
  if (nobj > m->cap) {
    m->touch = xrealloc(m->touch, sizeof(uint32_t) * nobj);
    m->wr = xrealloc(m->wr, sizeof(uint32_t) * nobj);
    memset(m->touch + m->cap, 0, sizeof(uint32_t) * (nobj - m->cap));
    memset(m->wr + m->cap, 0, sizeof(uint32_t) * (nobj - m->cap));
    m->cap = nobj;
  }
  if (++m->gen == 0) {
    memset(m->touch, 0, sizeof(uint32_t) * m->cap);
    memset(m->wr, 0, sizeof(uint32_t) * m->cap);
    m->gen = 1;
  }
  m->y = *y;
  mark_all(m->touch, m->gen, a->v + y->touch, y->ntouch);
  mark_all(m->wr, m->gen, a->v + y->wr, y->nwr);
}

static bool any_marked(const uint32_t *stamp, uint32_t gen, uint32_t cap, const uint32_t *v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (v[i] < cap && stamp[v[i]] == gen) return true;
  return false;
}

bool por_commutes(const PorMarks *m, const PorFoot *x, const PorArena *a) {
  if (x->io == m->y.io || (x->io_added && m->y.io_added)) return false;
  return !any_marked(m->touch, m->gen, m->cap, a->v + x->wr, x->nwr) &&
         !any_marked(m->wr, m->gen, m->cap, a->v + x->touch, x->ntouch);
}

/* Maps n objects, dropping those that are gone; returns how many. */
static uint32_t map_objects(const uint32_t *in, uint32_t n, const uint32_t *map, uint32_t nbase, uint32_t *out) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t o = in[i] < nbase ? in[i] : map[in[i] - nbase];
    if (o != UINT32_MAX) out[k++] = o;
  }
  return k;
}

void por_translate(const PorFoot *f, const PorArena *a, const PorFoot *y, const uint32_t *map, uint32_t nbase,
                   PorFoot *g, PorArena *out) {
  uint32_t at = arena_reserve(out, f->ntouch + f->nwr); /* (a may be out) */
  g->io = f->io - (f->io > y->io);
  g->io_added = f->io_added;
  g->touch = at;
  g->ntouch = map_objects(a->v + f->touch, f->ntouch, map, nbase, out->v + at);
  g->wr = at + g->ntouch;
  g->nwr = map_objects(a->v + f->wr, f->nwr, map, nbase, out->v + g->wr);
  out->n = g->wr + g->nwr;
}
