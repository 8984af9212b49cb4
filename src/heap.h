/* heap.h - the one index-addressed heap that holds all machine state.
 *
 * Every object (JS objects, closures, environments, promises, suspended
 * frames, timers, jobs, symbols) is an Obj header in `objs`, referenced by
 * its index (never by pointer); index 0 means "none"/null.  An object owns
 * two blocks of Values in the `slots` arena: its properties (pairs of key
 * word and value) and its internal data (kind-specific, see ObjKind).
 * Blocks never move except when they grow (a new block is bump-allocated and
 * the old one becomes garbage) and during garbage collection, which compacts
 * everything and renumbers objects in breadth-first order from the roots.
 *
 * Consequences for callers: a Value* obtained from heap_data/heap_props is
 * valid only until the next allocation or growth; hold indices, not
 * pointers.  heap_gc moves objects and rewrites every reference the caller
 * exposes through the root callback; it must only run at safe points where
 * no C local holds an object index.
 *
 * Ownership: Heap owns its arrays.  Allocation failure aborts (arena.h).
 */
#ifndef TT_HEAP_H
#define TT_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef enum ObjKind {
  OK_PLAIN,     /* ordinary object */
  OK_ARRAY,     /* data = elements (VAL_HOLE for holes), ndata = length */
  OK_FUNC,      /* closure; data: FD_* below */
  OK_NATIVE,    /* built-in function; aux = native id; data = bound values */
  OK_BOUND,     /* Function.prototype.bind result; data = target, this, args */
  OK_PROMISE,   /* aux = PS_* state | PF_HANDLED; data: PR_* below */
  OK_ERROR,     /* Error instance (ordinary object with [[ErrorData]]) */
  OK_ENV,       /* environment record; data = parent env, then variables */
  OK_FRAME,     /* suspended generator/async frame; see vm.c */
  OK_GENERATOR, /* generator object; aux = state; data = frame */
  OK_ASYNCGEN,  /* async generator object; data = frame, request queue */
  OK_SYMBOL,    /* data = description; aux = SYM_* (private names: vm_priv.c) */
  OK_MAP,       /* data = key, value pairs (deleted pairs are HOLE) */
  OK_SET,       /* data = keys (deleted are HOLE) */
  OK_BOXED,     /* Number/String/Boolean object; data = primitive */
  OK_ARGUMENTS, /* arguments object; data = elements like an array */
  OK_ITER,      /* built-in iterator; aux = iterator kind; data = target, pos */
  OK_ACCESSOR,  /* getter/setter pair stored as a property value */
  OK_RECORD,    /* internal record (jobs, reactions, timers...); aux = type */
  OK_DATE,      /* data = time value */
  OK_REGEXP,    /* data = source, flags (strings); lastIndex is an own property */
  OK_KIND_COUNT
} ObjKind;

/* OK_SYMBOL aux */
enum { SYM_PLAIN, SYM_WELL_KNOWN, SYM_PRIVATE };

/* Obj.flags */
enum {
  OF_NOEXT = 1,      /* not extensible (preventExtensions/seal/freeze) */
  OF_CLASS = 2,      /* class constructor: [[Call]] throws */
  OF_DERIVED = 4,    /* derived class constructor */
  OF_CTOR = 8,       /* has [[Construct]] */
  OF_MARK = 16,      /* scratch bit for traversals */
  OF_DIRTY = 32,     /* base object modified since the realm was frozen */
  OF_NOPROTO_FN = 64, /* function without own 'prototype' (arrows, methods) */
  OF_BUILTIN = 128    /* a built-in written in the prelude: stack traces show its
                         frame as V8 shows a built-in's ("at Array.map (<anonymous>)") */
};

/* Property attribute flags, packed into bits 32..47 of the key word. */
enum {
  PA_WRITABLE = 1,
  PA_ENUM = 2,
  PA_CONFIG = 4,
  PA_ACCESSOR = 8, /* value is an OK_ACCESSOR object */
  PA_PRIVATE = 16, /* a private member (#x): keyed by a private name, never enumerated */
  PA_DEFAULT = PA_WRITABLE | PA_ENUM | PA_CONFIG
};

typedef struct Obj {
  uint8_t kind;
  uint8_t flags;
  uint16_t aux;
  uint32_t proto;  /* object index, 0 = null */
  uint32_t props;  /* slot offset of the property block */
  uint32_t nprops; /* properties in use (each takes 2 slots) */
  uint32_t pcap;   /* property capacity */
  uint32_t data;   /* slot offset of the internal data block */
  uint32_t ndata;  /* data values in use */
  uint32_t dcap;   /* data capacity */
} Obj;

/* Footprint tracking, for the explorer's partial-order reduction
 * (explore.c): while Heap.trk is set, every object below trk->limit that
 * the machine looks at through heap_obj (every accessor below goes through
 * it) is listed once in trk->list, in first-touch order.  Reads and writes
 * alike: what a transition changed is found afterwards by comparison. */
typedef struct HeapTrack {
  uint32_t *stamp;     /* object -> == gen when listed */
  uint32_t gen, limit, scap;
  uint32_t *list;
  uint32_t n, cap;
} HeapTrack;

void heap_track_add(HeapTrack *t, uint32_t idx);

typedef struct Heap {
  HeapTrack *trk;      /* NULL: no tracking (not copied by heap_copy) */
  Obj *objs;
  uint32_t nobj, objcap;
  Value *slots;
  uint32_t nslot, slotcap;
  uint32_t nbase;      /* objects [1, nbase) were made by realm setup */
  uint32_t *dirty;     /* the realm objects marked OF_DIRTY, in marking order */
  uint32_t ndirty, dirtycap;
  uint32_t live_after_gc; /* slots in use right after the last collection */
  uint64_t allocated;  /* objects allocated since creation, for statistics */
  uint32_t gcs;        /* collections run */
} Heap;

void heap_init(Heap *h);
void heap_free(Heap *h);
/* Deep copy (the arrays are duplicated); dst must be uninitialised or freed. */
void heap_copy(Heap *dst, const Heap *src);
/* Makes the initialised heap dst a copy of src, reusing dst's arrays when
 * they are large enough (the explorer restores one machine many times). */
void heap_copy_into(Heap *dst, const Heap *src);
/* Makes dst equal to src when both descend from one machine M (for the
 * explorer: the pristine realm) by copies and by changes the write barrier
 * records (heap_touch), src without a collection since M.  fixed is the
 * end of M's slots.  Copies the objects after the realm, the slots after
 * fixed, and the headers and realm-region blocks of the realm objects
 * either marked: a fraction of the whole heap.  (After a collection in
 * dst, which changes heap.gcs, everything.) */
void heap_restore(Heap *dst, const Heap *src, uint32_t fixed);

/* Allocates an object with room for nprops properties and ndata data values
 * (ndata of them in use, initialised to VAL_UNDEF).  Never fails. */
uint32_t heap_alloc(Heap *h, ObjKind kind, uint32_t proto, uint32_t nprops, uint32_t ndata);
/* The same with the data values left unset (the caller writes them all). */
uint32_t heap_alloc_raw(Heap *h, ObjKind kind, uint32_t proto, uint32_t nprops, uint32_t ndata);

static inline Obj *heap_obj(Heap *h, uint32_t idx) {
  HeapTrack *t = h->trk;
  if (t && idx < t->limit && t->stamp[idx] != t->gen) heap_track_add(t, idx);
  return &h->objs[idx];
}

/* Write barrier: every change to a realm object marks it, so that states
 * can be encoded relative to the pristine realm.  All mutators below call
 * it; code that changes proto, flags or aux directly must call it too.
 * OF_DIRTY is set only here (never directly): the list of marked objects
 * (Heap.dirty) spares the explorer a scan of the whole realm. */
void heap_mark_dirty(Heap *h, uint32_t idx);
static inline void heap_touch(Heap *h, uint32_t idx) {
  if (idx < h->nbase && !(h->objs[idx].flags & OF_DIRTY)) heap_mark_dirty(h, idx);
}
static inline Value *heap_data(Heap *h, uint32_t idx) { return &h->slots[heap_obj(h, idx)->data]; }
static inline Value *heap_props(Heap *h, uint32_t idx) { return &h->slots[heap_obj(h, idx)->props]; }
static inline Value heap_get_data(Heap *h, uint32_t idx, uint32_t i) {
  return h->slots[heap_obj(h, idx)->data + i];
}
static inline void heap_set_data(Heap *h, uint32_t idx, uint32_t i, Value v) {
  heap_touch(h, idx);
  h->slots[heap_obj(h, idx)->data + i] = v;
}

/* Data block operations (arrays, queues, lists). */
void heap_data_reserve(Heap *h, uint32_t idx, uint32_t cap);
void heap_data_resize(Heap *h, uint32_t idx, uint32_t n, Value fill);
void heap_data_push_slow(Heap *h, uint32_t idx, Value v);
static inline void heap_data_push(Heap *h, uint32_t idx, Value v) {
  Obj *o = heap_obj(h, idx);
  if (idx < h->nbase || o->ndata == o->dcap) {
    heap_data_push_slow(h, idx, v); /* marks a realm object, grows the block */
    return;
  }
  h->slots[o->data + o->ndata++] = v;
}
void heap_data_insert(Heap *h, uint32_t idx, uint32_t at, uint32_t count, Value fill);
void heap_data_remove(Heap *h, uint32_t idx, uint32_t at, uint32_t count);

/* Own properties.  Keys are string or symbol Values (without flags). */
int32_t heap_prop_find(Heap *h, uint32_t idx, Value key); /* -1 if absent */
static inline Value heap_prop_key(Heap *h, uint32_t idx, uint32_t i) {
  return val_key_strip(h->slots[heap_obj(h, idx)->props + 2 * i]);
}
static inline unsigned heap_prop_attrs(Heap *h, uint32_t idx, uint32_t i) {
  return (unsigned)((h->slots[heap_obj(h, idx)->props + 2 * i] >> 32) & 0xFFFF);
}
static inline Value heap_prop_value(Heap *h, uint32_t idx, uint32_t i) {
  return h->slots[heap_obj(h, idx)->props + 2 * i + 1];
}
static inline void heap_prop_set_value(Heap *h, uint32_t idx, uint32_t i, Value v) {
  heap_touch(h, idx);
  h->slots[heap_obj(h, idx)->props + 2 * i + 1] = v;
}
void heap_prop_set_attrs(Heap *h, uint32_t idx, uint32_t i, unsigned attrs);
/* Appends a property (the caller checked it is absent); returns its slot. */
uint32_t heap_prop_add(Heap *h, uint32_t idx, Value key, Value v, unsigned attrs);
void heap_prop_remove(Heap *h, uint32_t idx, uint32_t i);

/* Garbage collection.  The root callback is called once; it must call
 * heap_gc_value for every root Value and heap_gc_index for every root
 * object index it holds (both update the location in place after the
 * copy).  Objects [1, nbase) are always kept at their indices.  Returns the
 * number of objects freed. */
typedef struct HeapGc HeapGc;
typedef void (*HeapRootFn)(HeapGc *gc, void *ctx);
void heap_gc_value(HeapGc *gc, Value *v);
void heap_gc_index(HeapGc *gc, uint32_t *idx);
uint32_t heap_gc(Heap *h, HeapRootFn roots, void *ctx);

/* Calls fn for every Value referenced by object idx (props keys/values and
 * data), in a fixed order; used by traversals (GC, encoding, inspection). */
typedef void (*HeapValueFn)(Value *v, void *ctx);
void heap_each_ref(Heap *h, uint32_t idx, HeapValueFn fn, void *ctx);

/* True when v refers to a heap object (object or symbol). */
static inline bool heap_is_ref(Value v) { return val_is_obj(v) || val_is_sym(v); }

size_t heap_bytes(const Heap *h);
/* Bytes in use (headers and slots, garbage included until a collection). */
static inline uint64_t heap_used(const Heap *h) {
  return (uint64_t)h->nobj * sizeof(Obj) + (uint64_t)h->nslot * sizeof(Value);
}

#endif
