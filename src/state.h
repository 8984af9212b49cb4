/* state.h - canonical encoding of machine states, stored collapsed, and the
 * way back.
 *
 * A state is taken between two host steps (no frame on the stack).  Its
 * canonical form is a stream of records: a header (clock, exit status,
 * roots), then one record per modified realm object in index order, then
 * one record per other object reachable from the roots, in depth-first
 * preorder.  Objects are numbered in that order, so two machines that built
 * the same heap in different orders encode identically.  Realm objects
 * (heap indices below nbase) keep their indices and are encoded only when
 * modified (OF_DIRTY); unmodified ones are shared with the pristine realm.
 * Strings are encoded by their id in the shared table.
 *
 * Storage is collapsed (in the manner of SPIN's COLLAPSE mode): every
 * record is interned in a pool, the stream of record ids is cut into chunks
 * at content-defined points, every chunk is interned too, and a state is
 * the short vector of its chunk ids (its "top").  Most records and chunks
 * are shared by many states: references from an object to objects after it
 * (and to objects shortly before it) are stored relative to the object, so
 * the records of a group of objects do not change when the group moves in
 * the numbering (another group before it disappeared).  Because records and
 * chunks are interned exactly, two states are equal exactly when their top
 * vectors are equal.
 *
 * Ownership: an StStore owns the pools, an StEnc its scratch and top
 * vector.  st_decode returns a new machine owned by the caller.
 */
#ifndef TT_STATE_H
#define TT_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "pool.h"
#include "vm.h"

typedef struct StStore {
  Pool recs;    /* records; a word is two units */
  Pool chunks;  /* runs of record ids */
} StStore;

void st_store_init(StStore *s);
void st_store_free(StStore *s);
size_t st_store_bytes(const StStore *s);

/* What st_decode tells the encoder about the machine it decoded ("pre"),
 * so that encoding pre's successors does little more than find what
 * changed.  A transition changes few objects: most records of the next
 * state are pre's records, and most depth-first subtrees of pre come back
 * unchanged, shifted as a block in the numbering.  Hints only save work;
 * encodings are exact with any hints. */
enum { ST_OUTS = 6 };

typedef struct StHints {
  const Vm *pre;           /* the machine described; NULL: no hints */
  uint32_t n, cap;         /* heap indices [0, n) are described */
  uint32_t *rec;           /* heap index -> its record in pre (index 0: the header) */
  uint32_t *last;          /* heap index -> its record in the last encoding (siblings
                              often change an object the same way) */
  bool subtrees;           /* the fields below are valid */
  /* depth-first subtrees of pre: object j's subtree is the interval
   * [j, end[j]) of heap indices (pre's numbering is its heap order) */
  uint32_t *end;
  uint32_t *sbeg;          /* first slot of object j's blocks (n + 1 entries) */
  uint8_t *bad;            /* the subtree cannot be reused as a block */
  uint8_t *nouts;          /* references from the subtree to objects before it: */
  uint32_t *outs;          /* (source, target) pairs, ST_OUTS per object */
  uint64_t *mask;          /* realm objects the subtree refers to, as 1 << (index % 64) */
  uint64_t *chunk;         /* pre's chunks: key << 32 | chunk id (state.c) */
  uint32_t cmask;
  /* heap index j -> the chunk of pre whose first record is j's, when that
   * chunk ended at a content-defined cut (so that the same records cut the
   * same way in any stream); UINT32_MAX otherwise */
  uint32_t *cstart;
  bool pending;            /* the subtree analysis is still to be done (StEnc.lazy) */
} StHints;

typedef struct StEnc {
  uint32_t *top;           /* the encoded state: chunk ids */
  uint32_t ntop, ctop;
  uint32_t nrecs;          /* records in the state (header included) */
  uint32_t reused;         /* records taken from hinted subtrees without a look */
  /* scratch kept between encodings (an encoding must not allocate per
   * object: the explorer encodes millions of states) */
  uint32_t *num, *stamp;   /* heap index -> new number, valid when stamp == gen */
  uint32_t *known;         /* == gen: the object's record is its hint */
  uint32_t *order, *dirty, *stack;
  uint32_t scap, gen, stcap;
  uint64_t *rw;            /* the record being built */
  uint32_t rwcap;
  uint32_t *chunk;         /* the chunk being built */
  uint32_t nchunk;
  uint32_t *open;          /* hint analysis: open subtrees (object, stack height) */
  uint32_t opencap;
  StHints hint;
  bool lazy;               /* st_decode leaves the subtree analysis to the first
                              st_encode that can use it (the explorer's reduction
                              leaves many decoded states with nothing to encode) */
} StEnc;

void st_enc_init(StEnc *e);
void st_enc_free(StEnc *e);

/* Encodes vm (which must be between steps) into e->top, interning its
 * records and chunks in s; returns the hash of the top vector. */
uint64_t st_encode(Vm *vm, StEnc *e, StStore *s);

/* Hash of a top vector (what st_encode returns). */
uint64_t st_hash(const uint32_t *top, uint32_t n);

/* The canonical words of a state (every record, header first, each preceded
 * by its length), appended to *w (grown with realloc; *n, *cap updated).
 * For tests and debugging: equal states give equal words. */
void st_words(const StStore *s, const uint32_t *top, uint32_t n, uint64_t **w, uint32_t *nw, uint32_t *cap);

/* Rebuilds the machine a top vector describes.  base is a machine of the
 * same program whose realm is pristine (freshly set up, no steps run); the
 * result shares base's program, strings and hooks.  It is into, overwritten
 * (into must descend from base as heap_restore requires: an earlier result
 * or a copy of one), or a new machine when into is NULL.  If hints is not
 * NULL, its hints describe the result from then on, for encoding copies of
 * it after they ran (vm_copy, vm_restore): call st_hints_drop before the
 * result is changed or freed. */
Vm *st_decode(const Vm *base, const StStore *s, const uint32_t *top, uint32_t n, Vm *into, StEnc *hints);
void st_hints_drop(StEnc *e);

#endif
