/* value.h - JavaScript values as 64-bit NaN-boxed words.
 *
 * A Value is either an IEEE double or, in the negative quiet-NaN space that
 * arithmetic never produces (all NaNs are canonicalised by val_num), a tag
 * in the top 16 bits and a 32-bit payload:
 *
 *   0xFFF9  special: undefined, null, false, true, hole, uninitialised
 *   0xFFFA  string:  payload = id in the shared string table (str.h)
 *   0xFFFB  object:  payload = heap index (heap.h); 0 is never an object
 *   0xFFFC  symbol:  payload = heap index of the symbol's record
 *   0xFFF6  bigint:  payload = id of the interned string of its decimal
 *                    digits ("-12", "0"; vm_bigint.h says why)
 *
 * and, below them, two tags of the node host's symbolic values (check mode
 * only; see host_sym.h), neither of them a number to val_is_num (nor is
 * VT_BIG, the lowest tag: 0xFFF6... is a NaN that val_num never makes):
 *
 *   0xFFF7  time:    a deadline x_v + offset (v in bits 32..47, offset an
 *                    int32 in the payload); host records only, never in JS
 *   0xFFF8  random:  an unknown number a*x+b from Math.random(); payload =
 *                    index of (x, a, b) in the realm's table
 *
 * Values contain no pointers, so machine state built from them can be copied
 * with memcpy and compared and hashed as bytes.  Bits 32..47 of a tagged
 * value are zero except in property keys (heap.c packs attribute flags
 * there); val_key_strip removes them.
 */
#ifndef TT_VALUE_H
#define TT_VALUE_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

enum {
  VT_BIG = 0xFFF6,
  VT_TIME = 0xFFF7,
  VT_RND = 0xFFF8,
  VT_SPECIAL = 0xFFF9,
  VT_STR = 0xFFFA,
  VT_OBJ = 0xFFFB,
  VT_SYM = 0xFFFC
};

#define VAL_TAG(t) ((uint64_t)(t) << 48)
#define VAL_MAKE(t, payload) (VAL_TAG(t) | (uint64_t)(uint32_t)(payload))

/* Specials.  HOLE marks an array hole; UNINIT a let/const in its TDZ; both
 * never escape to JavaScript code. */
#define VAL_UNDEF VAL_MAKE(VT_SPECIAL, 0)
#define VAL_NULL VAL_MAKE(VT_SPECIAL, 1)
#define VAL_FALSE VAL_MAKE(VT_SPECIAL, 2)
#define VAL_TRUE VAL_MAKE(VT_SPECIAL, 3)
#define VAL_HOLE VAL_MAKE(VT_SPECIAL, 4)
#define VAL_UNINIT VAL_MAKE(VT_SPECIAL, 5)

#define VAL_CANON_NAN UINT64_C(0x7FF8000000000000)

static inline unsigned val_tag(Value v) { return (unsigned)(v >> 48); }
static inline uint32_t val_payload(Value v) { return (uint32_t)v; }

static inline bool val_is_num(Value v) { return val_tag(v) < VT_BIG; }
static inline bool val_is_big(Value v) { return val_tag(v) == VT_BIG; }
static inline bool val_is_rnd(Value v) { return val_tag(v) == VT_RND; }
static inline bool val_is_time(Value v) { return val_tag(v) == VT_TIME; }
static inline bool val_is_str(Value v) { return val_tag(v) == VT_STR; }
static inline bool val_is_obj(Value v) { return val_tag(v) == VT_OBJ; }
static inline bool val_is_sym(Value v) { return val_tag(v) == VT_SYM; }
static inline bool val_is_undef(Value v) { return v == VAL_UNDEF; }
static inline bool val_is_null(Value v) { return v == VAL_NULL; }
static inline bool val_is_nullish(Value v) { return v == VAL_UNDEF || v == VAL_NULL; }
static inline bool val_is_bool(Value v) { return v == VAL_TRUE || v == VAL_FALSE; }

static inline double val_to_double(Value v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}

/* d as an index candidate: (uint32_t)d when that is defined (0 <= d <
 * 2^32), else UINT32_MAX (which is never an index); callers still check
 * d == (double)i for the fraction. */
static inline uint32_t val_index_u32(double d) { return d >= 0 && d < 4294967296.0 ? (uint32_t)d : UINT32_MAX; }

/* Boxes a double; every NaN becomes the one canonical NaN. */
static inline Value val_num(double d) {
  Value v;
  if (d != d) return VAL_CANON_NAN;
  memcpy(&v, &d, sizeof v);
  return v;
}

static inline Value val_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }
static inline Value val_str(uint32_t id) { return VAL_MAKE(VT_STR, id); }
static inline Value val_obj(uint32_t idx) { return VAL_MAKE(VT_OBJ, idx); }
static inline Value val_sym(uint32_t idx) { return VAL_MAKE(VT_SYM, idx); }
static inline Value val_big(uint32_t str_id) { return VAL_MAKE(VT_BIG, str_id); }

static inline uint32_t val_str_id(Value v) { return val_payload(v); }
static inline uint32_t val_obj_idx(Value v) { return val_payload(v); }

/* Property keys carry attribute flags in bits 32..47. */
static inline Value val_key_strip(Value k) { return k & ~(UINT64_C(0xFFFF) << 32); }

#endif
