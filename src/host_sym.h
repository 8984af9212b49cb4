/* host_sym.h - the node host's symbolic values in check mode (host_node.c's
 * helper; not for other modules).
 *
 * Math.random() returns an unknown number a*x+b (a VT_RND value, value.h)
 * over a random variable x in [0, 1).  Arithmetic with plain numbers keeps
 * it affine; a timer delay made of it becomes a zone variable m, the
 * timer's whole milliseconds (node truncates delays, S31), with the
 * integer bounds x allows.  Times of the loop are terms x_v + off (VT_TIME
 * in host records; v = 0: a plain number) and are compared through the
 * realm's zone (zone.h): an answer the zone implies is taken, an open one
 * is a choice (CH_ZONE) adding the constraint of the side taken.  Anything
 * else that needs the number pins x to a representative value (a choice
 * CH_RANDOM), an approximation the report mentions.
 *
 * Everything lives in the realm's heap (a record in the host root), so
 * copying, encoding and merging states covers it; hs_normalize renumbers
 * the zone's variables canonically.
 */
#ifndef TT_HOST_SYM_H
#define TT_HOST_SYM_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

/* A time x_v + off (v = 0: the plain number off). */
typedef struct Tm {
  uint32_t v;
  double off;
} Tm;

static inline Tm hs_num(double d) { return (Tm){0, d}; }
/* (inline: the loop reads and compares times on every step, almost always
 * plain numbers) */
static inline Tm hs_tm(Vm *vm, Value v) {
  (void)vm;
  if (!val_is_time(v)) return hs_num(val_to_double(v));
  return (Tm){(uint32_t)((v >> 32) & 0xFFFF), (double)(int32_t)val_payload(v)};
}
Value hs_val(Vm *vm, Tm t);
Tm hs_plus(Vm *vm, Tm t, Tm d);

/* a <= b, a < b, a == b: decided by the zone or chosen. */
bool hs_le_zone(Vm *vm, Tm a, Tm b); /* (the case of two different variables) */
static inline bool hs_le(Vm *vm, Tm a, Tm b) {
  if (a.v == b.v || isinf(a.off) || isinf(b.off)) return a.off <= b.off;
  return hs_le_zone(vm, a, b);
}
static inline bool hs_lt(Vm *vm, Tm a, Tm b) { return !hs_le(vm, b, a); }
static inline bool hs_eq(Vm *vm, Tm a, Tm b) { return hs_le(vm, a, b) && hs_le(vm, b, a); }

/* The clock: vm->clock is its offset. */
Tm hs_clock(Vm *vm);
void hs_set_clock(Vm *vm, Tm t);
/* The clock as a plain number (pins its variable). */
double hs_clock_concrete(Vm *vm);

/* t as a plain number (pins its variable: an approximation). */
double hs_concrete(Vm *vm, Tm t);
/* t for display only: its earliest value (no choice). */
double hs_earliest(Vm *vm, Tm t);
bool hs_symbolic(Vm *vm); /* the realm's zone has variables */

/* A timer's whole-millisecond delay for `after` (a VT_RND value), created
 * at start: the term of its delay, or false (after is then to be
 * concretised: hs_number). */
bool hs_delay(Vm *vm, Value after, Tm start, Tm *msecs);
/* Can `after` (a VT_RND value) stay symbolic as a delay: no value beyond
 * 2^31-1 (node warns about those), a variable not yet pinned? */
bool hs_delay_ok(Vm *vm, Value after);
/* A fresh unknown number in [0, 1). */
Value hs_random(Vm *vm);
/* v as a plain number (a representative value for a symbolic one). */
double hs_number(Vm *vm, Value v);

/* VmHostHooks: sym_arith and sym_concrete (ctx is the Host). */
bool hs_arith(void *ctx, Vm *vm, uint32_t op, Value a, Value b, Value *out);
Value hs_concrete_value(void *ctx, Vm *vm, Value v);

/* Canonical form: variables fixed by the zone become numbers, unused ones
 * go, the rest are renumbered by first use in host_node's walk of times. */
void hs_normalize(Vm *vm);

#endif
