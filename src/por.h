/* por.h - partial-order reduction for the explorer: what a transition
 * touched and changed, and whether two transitions commute.
 *
 * A transition that completes an I/O request is a function of the objects
 * it touches (heap.h's tracking lists every object the machine looks at).
 * When two such transitions a and b leave a state S, each touching nothing
 * the other changed, they commute: S·a·b and S·b·a are one state, and a
 * does after b exactly what it did at S (prints the same, takes the same
 * choices after its own).  The explorer (explore.c) uses that to add the
 * edge S·b --a--> S·a·b without running a again, once S·a --b--> S·a·b
 * is known: in the n-independent-requests workload that leaves one run
 * per state instead of one per edge.
 *
 * Only I/O completions qualify, and only transitions that end between two
 * host steps with the machine's header (clock, exit status, roots) as it
 * was and no collection in between.  The I/O list itself is not compared
 * as an object: requests are kept in start order, so "remove my request,
 * append the ones I started" commutes with the same from another
 * transition unless both append.
 *
 * Footprints live in a PorArena (offsets, so that the arena may grow).
 */
#ifndef TT_POR_H
#define TT_POR_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

typedef struct PorArena {
  uint32_t *v;
  uint32_t n, cap;
} PorArena;

typedef struct PorFoot {
  int32_t io;         /* I/O list position (at the source) of the request completed */
  uint32_t io_added;  /* requests the transition started */
  uint32_t touch, ntouch; /* objects of the source it touched (arena offset) */
  uint32_t wr, nwr;       /* of those, the ones it changed (arena offset) */
} PorFoot;

/* One transition's footprint as marks, to test many others against it. */
typedef struct PorMarks {
  uint32_t *touch, *wr; /* object -> == gen when touched, changed */
  uint32_t gen, cap;
  PorFoot y;
} PorMarks;

void por_arena_free(PorArena *a);

/* Starts tracking the machine work, restored from pre, into t. */
void por_track_begin(HeapTrack *t, Vm *work, const Vm *pre);
/* Stops it; true when the run on work since por_track_begin (completing
 * the request at position io of pre's I/O list io_pre, work's list being
 * io_work) qualifies, and then *f is its footprint, appended to a. */
bool por_capture(const Vm *pre, Vm *work, HeapTrack *t, uint32_t io_pre, uint32_t io_work, int32_t io, PorFoot *f,
                 PorArena *a);
void por_track_free(HeapTrack *t);

/* Marks y (in a; its source state has nobj objects) for por_commutes. */
void por_mark(PorMarks *m, const PorFoot *y, const PorArena *a, uint32_t nobj);
/* Whether x (in a; from y's source state) and the marked y commute. */
bool por_commutes(const PorMarks *m, const PorFoot *x, const PorArena *a);
void por_marks_free(PorMarks *m);

/* f (in a) seen from the state a transition y led to: objects renumbered
 * by map (source index - nbase -> new number, UINT32_MAX: gone; realm
 * objects keep theirs), the request's position moved down past y's.
 * Appends to out. */
void por_translate(const PorFoot *f, const PorArena *a, const PorFoot *y, const uint32_t *map, uint32_t nbase,
                   PorFoot *g, PorArena *out);

#endif
