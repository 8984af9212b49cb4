/* heap.c - object headers and the slot arena; copying garbage collector.
 * See heap.h for the invariants callers rely on. */
#include "heap.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

void heap_init(Heap *h) {
  memset(h, 0, sizeof *h);
  h->objcap = 1024;
  h->objs = xcalloc(h->objcap, sizeof(Obj));
  h->nobj = 1; /* index 0 is "no object" */
  h->slotcap = 8192;
  h->slots = xmalloc(sizeof(Value) * h->slotcap);
  h->slots[0] = VAL_UNDEF;
  h->nslot = 1; /* offset 0 is never a block */
  h->nbase = 1;
}

void heap_free(Heap *h) {
  free(h->objs);
  free(h->slots);
  free(h->dirty);
  memset(h, 0, sizeof *h);
}

void heap_mark_dirty(Heap *h, uint32_t idx) {
  h->objs[idx].flags |= OF_DIRTY;
  if (h->ndirty == h->dirtycap) {
    h->dirtycap = h->dirtycap ? h->dirtycap * 2 : 16;
    h->dirty = xrealloc(h->dirty, sizeof(uint32_t) * h->dirtycap);
  }
  h->dirty[h->ndirty++] = idx;
}

/* Makes dst's dirty list a copy of src's, in dst's array (*arr, *cap). */
static void copy_dirty(Heap *dst, const Heap *src, uint32_t *arr, uint32_t cap) {
  if (cap < src->ndirty) {
    cap = src->dirtycap;
    arr = xrealloc(arr, sizeof(uint32_t) * cap);
  }
  if (src->ndirty) memcpy(arr, src->dirty, sizeof(uint32_t) * src->ndirty);
  dst->dirty = arr;
  dst->dirtycap = cap;
}

void heap_copy(Heap *dst, const Heap *src) {
  *dst = *src;
  dst->trk = NULL;
  copy_dirty(dst, src, NULL, 0);
  dst->objs = xmalloc(sizeof(Obj) * src->objcap);
  memcpy(dst->objs, src->objs, sizeof(Obj) * src->nobj);
  dst->slots = xmalloc(sizeof(Value) * src->slotcap);
  memcpy(dst->slots, src->slots, sizeof(Value) * src->nslot);
}

void heap_copy_into(Heap *dst, const Heap *src) {
  HeapTrack *trk = dst->trk;
  Obj *objs = dst->objs;
  Value *slots = dst->slots;
  uint32_t *dirty = dst->dirty;
  uint32_t objcap = dst->objcap, slotcap = dst->slotcap, dirtycap = dst->dirtycap;
  if (objcap < src->nobj) {
    free(objs);
    objcap = src->objcap;
    objs = xmalloc(sizeof(Obj) * objcap);
  }
  if (slotcap < src->nslot) {
    free(slots);
    slotcap = src->slotcap;
    slots = xmalloc(sizeof(Value) * slotcap);
  }
  *dst = *src;
  dst->trk = trk;
  dst->objs = objs;
  dst->objcap = objcap;
  dst->slots = slots;
  dst->slotcap = slotcap;
  copy_dirty(dst, src, dirty, dirtycap);
  memcpy(objs, src->objs, sizeof(Obj) * src->nobj);
  memcpy(slots, src->slots, sizeof(Value) * src->nslot);
}

/* Copies src's blocks of object idx that lie below fixed. */
static void restore_blocks(Heap *dst, const Heap *src, uint32_t fixed, uint32_t idx) {
  const Obj *o = &src->objs[idx];
  if (o->pcap && o->props < fixed)
    memcpy(&dst->slots[o->props], &src->slots[o->props], sizeof(Value) * 2 * o->pcap);
  if (o->dcap && o->data < fixed) memcpy(&dst->slots[o->data], &src->slots[o->data], sizeof(Value) * o->dcap);
}

void heap_restore(Heap *dst, const Heap *src, uint32_t fixed) {
  if (dst->gcs != src->gcs || dst->nbase != src->nbase || src->nslot < fixed || dst->nslot < fixed) {
    heap_copy_into(dst, src);
    return;
  }
  if (dst->objcap < src->nobj) {
    dst->objcap = src->objcap;
    dst->objs = xrealloc(dst->objs, sizeof(Obj) * dst->objcap);
  }
  if (dst->slotcap < src->nslot) {
    dst->slotcap = src->slotcap;
    dst->slots = xrealloc(dst->slots, sizeof(Value) * dst->slotcap);
  }
  Obj *objs = dst->objs;
  Value *slots = dst->slots;
  uint32_t *dirty = dst->dirty;
  HeapTrack *trk = dst->trk;
  uint32_t objcap = dst->objcap, slotcap = dst->slotcap, dirtycap = dst->dirtycap;
  /* realm objects differ only where one of the two marked them */
  for (uint32_t i = 0; i < dst->ndirty; i++) {
    restore_blocks(dst, src, fixed, dirty[i]);
    objs[dirty[i]] = src->objs[dirty[i]];
  }
  for (uint32_t i = 0; i < src->ndirty; i++) {
    restore_blocks(dst, src, fixed, src->dirty[i]);
    objs[src->dirty[i]] = src->objs[src->dirty[i]];
  }
  memcpy(&objs[src->nbase], &src->objs[src->nbase], sizeof(Obj) * (src->nobj - src->nbase));
  memcpy(&slots[fixed], &src->slots[fixed], sizeof(Value) * (src->nslot - fixed));
  *dst = *src;
  dst->trk = trk;
  dst->objs = objs;
  dst->objcap = objcap;
  dst->slots = slots;
  dst->slotcap = slotcap;
  copy_dirty(dst, src, dirty, dirtycap);
}

void heap_track_add(HeapTrack *t, uint32_t idx) {
  t->stamp[idx] = t->gen;
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 256;
    t->list = xrealloc(t->list, sizeof(uint32_t) * t->cap);
  }
  t->list[t->n++] = idx;
}

/* Bump-allocates n slots; returns their offset.  May move h->slots. */
static uint32_t slot_alloc(Heap *h, uint32_t n) {
  if ((uint64_t)h->nslot + n > h->slotcap) {
    uint64_t cap = h->slotcap;
    while ((uint64_t)h->nslot + n > cap) cap *= 2;
    if (cap > UINT32_MAX) cap = UINT32_MAX;
    h->slots = xrealloc(h->slots, sizeof(Value) * cap);
    h->slotcap = (uint32_t)cap;
  }
  uint32_t off = h->nslot;
  h->nslot += n;
  return off;
}

uint32_t heap_alloc_raw(Heap *h, ObjKind kind, uint32_t proto, uint32_t nprops, uint32_t ndata) {
  if (h->nobj == h->objcap) {
    h->objcap *= 2;
    h->objs = xrealloc(h->objs, sizeof(Obj) * h->objcap);
  }
  uint32_t idx = h->nobj++;
  Obj *o = &h->objs[idx];
  memset(o, 0, sizeof *o);
  o->kind = (uint8_t)kind;
  o->proto = proto;
  if (nprops) {
    uint32_t off = slot_alloc(h, 2 * nprops);
    o = &h->objs[idx];
    o->props = off;
    o->pcap = nprops;
  }
  if (ndata) {
    uint32_t off = slot_alloc(h, ndata);
    o = &h->objs[idx];
    o->data = off;
    o->dcap = o->ndata = ndata;
  }
  h->allocated++;
  return idx;
}

uint32_t heap_alloc(Heap *h, ObjKind kind, uint32_t proto, uint32_t nprops, uint32_t ndata) {
  uint32_t idx = heap_alloc_raw(h, kind, proto, nprops, ndata);
  Value *d = &h->slots[h->objs[idx].data];
  for (uint32_t i = 0; i < ndata; i++) d[i] = VAL_UNDEF;
  return idx;
}

void heap_data_reserve(Heap *h, uint32_t idx, uint32_t cap) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  if (cap <= o->dcap) return;
  uint32_t ncap = o->dcap ? o->dcap : 4;
  while (ncap < cap) ncap = ncap > UINT32_MAX / 2 ? cap : ncap * 2;
  uint32_t off = slot_alloc(h, ncap);
  o = &h->objs[idx];
  if (o->ndata) memmove(&h->slots[off], &h->slots[o->data], sizeof(Value) * o->ndata);
  o->data = off;
  o->dcap = ncap;
}

void heap_data_resize(Heap *h, uint32_t idx, uint32_t n, Value fill) {
  heap_touch(h, idx);
  heap_data_reserve(h, idx, n);
  Obj *o = heap_obj(h, idx);
  for (uint32_t i = o->ndata; i < n; i++) h->slots[o->data + i] = fill;
  o->ndata = n;
}

void heap_data_push_slow(Heap *h, uint32_t idx, Value v) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  if (o->ndata == o->dcap) heap_data_reserve(h, idx, o->ndata + 1);
  o = &h->objs[idx];
  h->slots[o->data + o->ndata++] = v;
}

void heap_data_insert(Heap *h, uint32_t idx, uint32_t at, uint32_t count, Value fill) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  uint32_t n = o->ndata;
  heap_data_reserve(h, idx, n + count);
  o = &h->objs[idx];
  Value *d = &h->slots[o->data];
  memmove(d + at + count, d + at, sizeof(Value) * (n - at));
  for (uint32_t i = 0; i < count; i++) d[at + i] = fill;
  o->ndata = n + count;
}

void heap_data_remove(Heap *h, uint32_t idx, uint32_t at, uint32_t count) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  Value *d = &h->slots[o->data];
  memmove(d + at, d + at + count, sizeof(Value) * (o->ndata - at - count));
  o->ndata -= count;
}

int32_t heap_prop_find(Heap *h, uint32_t idx, Value key) {
  const Obj *o = heap_obj(h, idx);
  const Value *p = &h->slots[o->props];
  for (uint32_t i = 0; i < o->nprops; i++)
    if (val_key_strip(p[2 * i]) == key) return (int32_t)i;
  return -1;
}

void heap_prop_set_attrs(Heap *h, uint32_t idx, uint32_t i, unsigned attrs) {
  heap_touch(h, idx);
  Value *k = &h->slots[heap_obj(h, idx)->props + 2 * i];
  *k = val_key_strip(*k) | ((uint64_t)(attrs & 0xFFFF) << 32);
}

uint32_t heap_prop_add(Heap *h, uint32_t idx, Value key, Value v, unsigned attrs) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  if (o->nprops == o->pcap) {
    uint32_t ncap = o->pcap ? o->pcap * 2 : 4;
    uint32_t off = slot_alloc(h, 2 * ncap);
    o = &h->objs[idx];
    if (o->nprops) memcpy(&h->slots[off], &h->slots[o->props], sizeof(Value) * 2 * o->nprops);
    o->props = off;
    o->pcap = ncap;
  }
  uint32_t i = o->nprops++;
  h->slots[o->props + 2 * i] = key | ((uint64_t)(attrs & 0xFFFF) << 32);
  h->slots[o->props + 2 * i + 1] = v;
  return i;
}

void heap_prop_remove(Heap *h, uint32_t idx, uint32_t i) {
  heap_touch(h, idx);
  Obj *o = heap_obj(h, idx);
  Value *p = &h->slots[o->props];
  memmove(p + 2 * i, p + 2 * i + 2, sizeof(Value) * 2 * (o->nprops - i - 1));
  o->nprops--;
}

void heap_each_ref(Heap *h, uint32_t idx, HeapValueFn fn, void *ctx) {
  Obj *o = heap_obj(h, idx);
  uint32_t np = o->nprops, nd = o->ndata;
  for (uint32_t i = 0; i < np; i++) {
    Value *k = &h->slots[h->objs[idx].props + 2 * i];
    Value key = val_key_strip(*k), flags = *k & ~val_key_strip(*k);
    fn(&key, ctx);
    h->slots[h->objs[idx].props + 2 * i] = key | flags;
    fn(&h->slots[h->objs[idx].props + 2 * i + 1], ctx);
  }
  for (uint32_t i = 0; i < nd; i++) fn(&h->slots[h->objs[idx].data + i], ctx);
}

size_t heap_bytes(const Heap *h) {
  return sizeof(Obj) * (size_t)h->objcap + sizeof(Value) * (size_t)h->slotcap;
}

/* --- copying collector ------------------------------------------------- */

struct HeapGc {
  Heap *h;
  Obj *objs; /* to-space headers */
  uint32_t nobj, objcap;
  Value *slots; /* to-space slots */
  uint32_t nslot, slotcap;
  uint32_t *fwd; /* from-space index -> to-space index, 0 = not copied */
};

static uint32_t gc_slots(HeapGc *gc, uint32_t n) {
  if ((uint64_t)gc->nslot + n > gc->slotcap) {
    while ((uint64_t)gc->nslot + n > gc->slotcap) gc->slotcap *= 2;
    gc->slots = xrealloc(gc->slots, sizeof(Value) * gc->slotcap);
  }
  uint32_t off = gc->nslot;
  gc->nslot += n;
  return off;
}

/* Copies object idx to to-space (header and blocks, trimmed); references
 * inside are fixed later by the scan. */
static uint32_t gc_copy(HeapGc *gc, uint32_t idx) {
  Heap *h = gc->h;
  const Obj *o = &h->objs[idx];
  if (gc->nobj == gc->objcap) {
    gc->objcap *= 2;
    gc->objs = xrealloc(gc->objs, sizeof(Obj) * gc->objcap);
  }
  uint32_t n = gc->nobj++;
  Obj *d = &gc->objs[n];
  *d = *o;
  d->props = d->data = 0;
  d->pcap = o->nprops;
  d->dcap = o->ndata;
  if (o->nprops) {
    d->props = gc_slots(gc, 2 * o->nprops);
    d = &gc->objs[n];
    memcpy(&gc->slots[d->props], &h->slots[o->props], sizeof(Value) * 2 * o->nprops);
  }
  if (o->ndata) {
    d->data = gc_slots(gc, o->ndata);
    d = &gc->objs[n];
    memcpy(&gc->slots[d->data], &h->slots[o->data], sizeof(Value) * o->ndata);
  }
  gc->fwd[idx] = n;
  return n;
}

void heap_gc_index(HeapGc *gc, uint32_t *idx) {
  if (*idx == 0) return;
  uint32_t n = gc->fwd[*idx];
  *idx = n ? n : gc_copy(gc, *idx);
}

void heap_gc_value(HeapGc *gc, Value *v) {
  if (!heap_is_ref(*v)) return;
  uint32_t idx = val_payload(*v);
  heap_gc_index(gc, &idx);
  *v = (*v & ~(Value)UINT32_MAX) | idx;
}

/* Fixes the references in a data block (most values are not references:
 * they are tested in place and skipped). */
static void gc_fix_data(HeapGc *gc, uint32_t off, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (heap_is_ref(gc->slots[off + i])) {
      Value v = gc->slots[off + i];
      heap_gc_value(gc, &v);
      gc->slots[off + i] = v;
    }
}

/* The same for a property block (keys carry attribute flags), in the same
 * order: key, value, key, value... (the order objects are reached in is
 * their new numbering). */
static void gc_fix_props(HeapGc *gc, uint32_t off, uint32_t nprops) {
  for (uint32_t i = 0; i < 2 * nprops; i += 2) {
    Value k = gc->slots[off + i];
    if (heap_is_ref(val_key_strip(k))) {
      Value flags = k & ~val_key_strip(k), v = val_key_strip(k);
      heap_gc_value(gc, &v);
      gc->slots[off + i] = v | flags;
    }
    if (heap_is_ref(gc->slots[off + i + 1])) {
      Value v = gc->slots[off + i + 1];
      heap_gc_value(gc, &v);
      gc->slots[off + i + 1] = v;
    }
  }
}

uint32_t heap_gc(Heap *h, HeapRootFn roots, void *ctx) {
  HeapGc gc = {.h = h};
  gc.objcap = h->objcap;
  gc.objs = xmalloc(sizeof(Obj) * gc.objcap);
  gc.slotcap = h->slotcap;
  gc.slots = xmalloc(sizeof(Value) * gc.slotcap);
  gc.slots[0] = VAL_UNDEF;
  gc.nslot = 1;
  gc.fwd = xcalloc(h->nobj, sizeof(uint32_t));
  memset(&gc.objs[0], 0, sizeof(Obj));
  gc.nobj = 1;
  for (uint32_t i = 1; i < h->nbase; i++) gc_copy(&gc, i);
  roots(&gc, ctx);
  /* Cheney scan: to-space objects in order, fixing their references; this
   * copies newly reached objects behind the scan pointer. */
  for (uint32_t i = 1; i < gc.nobj; i++) {
    uint32_t proto = gc.objs[i].proto;
    heap_gc_index(&gc, &proto);
    gc.objs[i].proto = proto;
    gc_fix_props(&gc, gc.objs[i].props, gc.objs[i].nprops);
    gc_fix_data(&gc, gc.objs[i].data, gc.objs[i].ndata);
  }
  uint32_t freed = h->nobj - gc.nobj;
  free(h->objs);
  free(h->slots);
  free(gc.fwd);
  h->objs = gc.objs;
  h->nobj = gc.nobj;
  h->objcap = gc.objcap;
  h->slots = gc.slots;
  h->nslot = gc.nslot;
  h->slotcap = gc.slotcap;
  h->live_after_gc = gc.nslot;
  h->gcs++;
  return freed;
}
