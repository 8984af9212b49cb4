/* prelude_image.h - the prelude compiled at build time.
 *
 * Parsing and compiling the prelude (src/prelude/NN_*.js) took over 90% of the
 * start-up of every run.  The build compiles it once (build/mkprelude, see
 * the Makefile) and writes the result as C data (build/gen/prelude_img.c):
 * the strings the compiler interned after the atoms, in id order, and every
 * function prototype.  Loading interns the same strings into a fresh table
 * (so every string id in the code is the one the compiler gave) and makes
 * prototypes that use the image's code and tables in place (Program.nimage):
 * the Program is the one compiling would have made.
 *
 * The build tool itself links an empty image (nprotos 0); pi_load then
 * compiles the prelude from source, which is also how the tool makes the
 * image.
 */
#ifndef TT_PRELUDE_IMAGE_H
#define TT_PRELUDE_IMAGE_H

#include <stdint.h>
#include <stdio.h>

#include "bytecode.h"

/* One prototype; code/consts/exc/lines are offsets into the image arrays. */
typedef struct PiProto {
  uint8_t kind;
  uint16_t flags;
  uint32_t name, nparams, length, nlocals, maxstack, stack_cost;
  uint32_t code, ncode, consts, nconsts, exc, nexc, lines, nlines;
  SrcSpan span;
} PiProto;

typedef struct PreludeImage {
  uint32_t first_str; /* id of the first string below (the atoms come before) */
  uint32_t nstrs;
  const uint32_t *str_len; /* units; bit 31 set: wide (2 bytes a unit, little-endian) */
  const uint8_t *str_bytes;
  uint32_t nprotos; /* 0: no image, compile from source */
  uint32_t main;    /* proto id of the prelude's top level */
  const PiProto *protos;
  const uint32_t *code;
  const uint64_t *consts; /* Value bits (numbers only) */
  const ExcEntry *exc;
  const LineEntry *lines;
} PreludeImage;

/* Defined by the generated build/gen/prelude_img.c (or the empty stub). */
extern const PreludeImage prelude_image;

/* Puts the prelude into prog, which must be empty and use a fresh string
 * table; returns the prelude's proto id (UINT32_MAX if it does not compile,
 * an internal error reported on stderr). */
uint32_t pi_load(Program *prog);

/* Writes prog (holding only the prelude, compiled into a fresh table) as
 * the C source of an image whose top level is proto main. */
void pi_write(FILE *out, const Program *prog, uint32_t main);

#endif
