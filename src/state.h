/* state.h - canonical encoding of machine states, and the way back.
 *
 * A state is taken between two host steps (no frame on the stack).  The
 * encoding lists the objects reachable from the machine's roots in
 * breadth-first order, numbering them in that order, so two machines that
 * built the same heap in different orders encode identically.  Realm
 * objects (heap indices below nbase) keep their indices and are encoded
 * only when modified (OF_DIRTY); unmodified ones are shared with the
 * pristine realm.  Strings are encoded by their id in the shared table.
 *
 * Ownership: an StEnc owns its words (st_enc_free).  st_decode returns a
 * new machine owned by the caller.
 */
#ifndef TT_STATE_H
#define TT_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

typedef struct StEnc {
  uint64_t *w;
  uint32_t n, cap;
  /* scratch kept between encodings (an encoding must not allocate per
   * object: the explorer encodes millions of states) */
  uint32_t *num, *stamp;   /* heap index -> new number, valid when stamp == gen */
  uint32_t *order, *dirty;
  uint32_t scap, gen;
} StEnc;

void st_enc_init(StEnc *e);
void st_enc_free(StEnc *e);

/* Encodes vm (which must be between steps) into e, replacing its
 * contents; returns the 64-bit hash of the encoding. */
uint64_t st_encode(Vm *vm, StEnc *e);

/* Hash of an encoding. */
uint64_t st_hash(const uint64_t *w, uint32_t n);

/* Rebuilds the machine an encoding describes.  base is a machine of the
 * same program whose realm is pristine (freshly set up, no steps run); the
 * result shares base's program, strings and hooks. */
Vm *st_decode(const Vm *base, const uint64_t *w, uint32_t n);

#endif
