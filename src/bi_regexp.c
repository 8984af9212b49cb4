/* bi_regexp.c - the natives under RegExp (prelude/15_regexp.js builds the
 * constructor, the prototype methods and the String methods on them).
 *
 * A RegExp object is OK_REGEXP with data [source, flags] (strings: its
 * [[OriginalSource]] and [[OriginalFlags]]) and an own `lastIndex` data
 * property, so a machine state holds nothing but heap values.  The
 * compiled program (regex.h) is derived data: built again on each call,
 * never stored.  Matching is charged to the VM's step budget (a
 * catastrophic pattern under --max-steps stops like any long synchronous
 * run); the backtrack stack's bound throws V8's RangeError.
 */
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "regex.h"

/* Matcher instructions per VM step charged: a matcher step is far cheaper
 * than a bytecode instruction. */
enum { RX_STEPS_PER_VM_STEP = 8 };

static uint16_t *units_of(Vm *vm, uint32_t s, uint32_t *n) {
  *n = str_len(vm->strs, s);
  uint16_t *u = xmalloc(sizeof(uint16_t) * (*n + 1));
  str_units(vm->strs, s, u);
  return u;
}

static uint32_t arg_string(Vm *vm, Value v) { return val_is_str(v) ? val_str_id(v) : bi_prim_string(vm, v); }

/* Compiles source/flags; NULL with a SyntaxError thrown (node's texts).
 * *canon (when not NULL) receives the flags in canonical order ("gi" for
 * "ig"), as V8 keeps them. */
static RxProg *compile(Vm *vm, uint32_t src, uint32_t flags_s, VmStatus *st, uint32_t *canon) {
  uint32_t n, nf;
  uint16_t *f = units_of(vm, flags_s, &nf);
  unsigned flags = 0;
  int bad = rx_parse_flags(f, nf, &flags);
  free(f);
  char text[9];
  rx_flags_text(flags, text);
  if (!bad) flags_s = str_cstr(vm->strs, text);
  if (canon) *canon = flags_s;
  Buf b;
  buf_init(&b);
  RxProg *p = NULL;
  if (bad) {
    buf_puts(&b, "Invalid flags supplied to RegExp constructor '");
    str_to_utf8(vm->strs, flags_s, &b);
    buf_putc(&b, '\'');
  } else {
    uint16_t *u = units_of(vm, src, &n);
    char msg[160];
    p = rx_compile(u, n, flags, msg, sizeof msg);
    free(u);
    if (!p && strncmp(msg, "unsupported:", 12) == 0) {
      buf_puts(&b, msg);
    } else if (!p) {
      buf_puts(&b, "Invalid regular expression: /");
      str_to_utf8(vm->strs, src, &b);
      buf_putc(&b, '/');
      str_to_utf8(vm->strs, flags_s, &b);
      buf_puts(&b, ": ");
      buf_puts(&b, msg);
    }
  }
  if (!p) {
    buf_putc(&b, '\0');
    *st = vm_throw_error(vm, INTR_SYNTAX_ERROR, b.data);
  }
  buf_free(&b);
  return p;
}

/* $regexpNew(proto, source, flags): a RegExp object (strings checked as
 * the constructor does: a SyntaxError for a bad pattern or flags). */
NATIVE(nat_regexp_new) {
  NATIVE_UNUSED();
  uint32_t src = arg_string(vm, ARG(1)), flags = arg_string(vm, ARG(2));
  VmStatus st = VS_OK;
  RxProg *p = compile(vm, src, flags, &st, &flags);
  if (!p) return st;
  rx_free(p);
  if (!val_is_obj(ARG(0))) return vm_throw_type(vm, "RegExp prototype missing");
  uint32_t re = heap_alloc(HEAP, OK_REGEXP, val_obj_idx(ARG(0)), 1, 2);
  heap_set_data(HEAP, re, 0, val_str(src));
  heap_set_data(HEAP, re, 1, val_str(flags));
  obj_define_cstr(vm, re, "lastIndex", val_num(0), PA_WRITABLE);
  *out = val_obj(re);
  return VS_OK;
}

uint32_t bi_regexp_source(Vm *vm, uint32_t re) {
  uint32_t n;
  uint16_t *u = units_of(vm, val_str_id(heap_get_data(HEAP, re, 0)), &n);
  uint16_t *e = xmalloc(sizeof(uint16_t) * (6 * (size_t)n + 4));
  uint32_t s = str_intern16(vm->strs, e, rx_escape_source(u, n, e));
  free(e);
  free(u);
  return s;
}

/* $regexpData(re, k): its source (k 0), flags (k 1) or escaped source
 * (k 2, the `source` getter's); undefined when re is not a RegExp. */
NATIVE(nat_regexp_data) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!bi_is_kind(vm, ARG(0), OK_REGEXP)) return VS_OK;
  double k = bi_num(vm, ARG(1));
  uint32_t re = val_obj_idx(ARG(0));
  *out = k == 2 ? val_str(bi_regexp_source(vm, re)) : heap_get_data(HEAP, re, k ? 1 : 0);
  return VS_OK;
}

/* The matcher's budget: what is left of the VM's step budget, in matcher
 * steps; everything when there is no bound (node would run on too). */
static uint64_t budget_of(Vm *vm) {
  if (!vm->max_steps) return UINT64_MAX;
  if (vm->steps >= vm->max_steps) return RX_STEPS_PER_VM_STEP;
  return (vm->max_steps - vm->steps) * RX_STEPS_PER_VM_STEP;
}

static void charge(Vm *vm, uint64_t start, uint64_t left) {
  if (start == UINT64_MAX) return;
  vm->steps += (start - left) / RX_STEPS_PER_VM_STEP;
}

/* Array [start0, end0, start1, end1, ...] of a match (undefined for a
 * group that did not participate). */
static Value caps_array(Vm *vm, const int32_t *caps, uint32_t ngroups) {
  uint32_t a = arr_new(vm, 2 * ngroups);
  for (uint32_t k = 0; k < 2 * ngroups; k++)
    arr_set(vm, a, k, caps[k] < 0 || caps[k | 1] < 0 ? VAL_UNDEF : val_num(caps[k]));
  return val_obj(a);
}

/* $regexpMatch(re, s, from): the bounds of the first match at or after
 * from (only at from when sticky) as caps_array, or null.  The caller
 * (RegExpBuiltinExec) handles lastIndex. */
NATIVE(nat_regexp_match) {
  NATIVE_UNUSED();
  if (!bi_is_kind(vm, ARG(0), OK_REGEXP)) return vm_throw_type(vm, "not a RegExp");
  uint32_t re = val_obj_idx(ARG(0));
  VmStatus st = VS_OK;
  RxProg *p = compile(vm, val_str_id(heap_get_data(HEAP, re, 0)), val_str_id(heap_get_data(HEAP, re, 1)), &st, NULL);
  if (!p) return st;
  uint32_t s = arg_string(vm, ARG(1)), n = str_len(vm->strs, s);
  double from = bi_num(vm, ARG(2));
  int32_t *caps = xmalloc(2 * rx_groups(p) * sizeof *caps);
  uint64_t budget = budget_of(vm), start = budget;
  RxResult r = RX_NOMATCH; /* the subject is read in place: no copy per call */
  if (!(from <= n)) r = RX_NOMATCH;
  else if (str_is_wide(vm->strs, s)) r = rx_exec(p, str_data16(vm->strs, s), n, (uint32_t)from, caps, &budget);
  else r = rx_exec_latin1(p, str_data8(vm->strs, s), n, (uint32_t)from, caps, &budget);
  charge(vm, start, budget);
  *out = VAL_NULL;
  if (r == RX_MATCH) *out = caps_array(vm, caps, rx_groups(p));
  else if (r == RX_BUDGET && vm->max_steps) vm->steps = vm->max_steps + 1; /* stops at the next check */
  free(caps);
  rx_free(p);
  if (r == RX_STACK) return vm_throw_range(vm, "Maximum call stack size exceeded");
  return VS_OK;
}

/* $regexpNames(re): undefined when no group is named, else an array of
 * the names by group number (undefined for unnamed groups). */
NATIVE(nat_regexp_names) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!bi_is_kind(vm, ARG(0), OK_REGEXP)) return VS_OK;
  uint32_t re = val_obj_idx(ARG(0));
  VmStatus st = VS_OK;
  RxProg *p = compile(vm, val_str_id(heap_get_data(HEAP, re, 0)), val_str_id(heap_get_data(HEAP, re, 1)), &st, NULL);
  if (!p) return st;
  if (rx_has_names(p)) {
    uint32_t a = arr_new(vm, rx_groups(p));
    for (uint32_t g = 0; g < rx_groups(p); g++) {
      uint32_t len;
      const uint16_t *name = rx_group_name(p, g, &len);
      arr_set(vm, a, g, name ? val_str(str_intern16(vm->strs, name, len)) : VAL_UNDEF);
    }
    *out = val_obj(a);
  }
  rx_free(p);
  return VS_OK;
}

/* $regexpSetData(re, source, flags): RegExp.prototype.compile's update
 * (the caller checked both with $regexpNew). */
NATIVE(nat_regexp_set_data) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!bi_is_kind(vm, ARG(0), OK_REGEXP) || !val_is_str(ARG(1)) || !val_is_str(ARG(2))) return VS_OK;
  heap_set_data(HEAP, val_obj_idx(ARG(0)), 0, ARG(1));
  heap_set_data(HEAP, val_obj_idx(ARG(0)), 1, ARG(2));
  return VS_OK;
}

static const NativeDef regexp_defs[] = {
    {"$regexpSetData", 3, NF_INTRINSIC, nat_regexp_set_data},
    {"$regexpNew", 3, NF_INTRINSIC, nat_regexp_new},
    {"$regexpData", 2, NF_INTRINSIC, nat_regexp_data},
    {"$regexpMatch", 3, NF_INTRINSIC, nat_regexp_match},
    {"$regexpNames", 1, NF_INTRINSIC, nat_regexp_names},
};

const NativeModule bi_regexp_module = {"regexp", regexp_defs, sizeof regexp_defs / sizeof regexp_defs[0], NULL};
