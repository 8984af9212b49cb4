/* bi_string.c - String and String.prototype (UTF-16 semantics).
 * The natives here take string patterns; a RegExp argument to replace,
 * replaceAll, split (and the TypeError of includes/startsWith/endsWith)
 * is routed by the prelude's coerceArgs hook to prelude/15_regexp.js,
 * which also defines match, matchAll and search.  replace with a function
 * replacer goes through the prelude. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "vm_ops.h"

typedef struct U16 {
  uint16_t *u;
  uint32_t n;
  uint16_t small[128];
} U16;

static void u16_load(Vm *vm, uint32_t s, U16 *b) {
  b->n = str_len(vm->strs, s);
  b->u = b->n <= 128 ? b->small : xmalloc(sizeof(uint16_t) * b->n);
  str_units(vm->strs, s, b->u);
}

static void u16_free(U16 *b) {
  if (b->u != b->small) free(b->u);
}

static Value mk(Vm *vm, const uint16_t *u, size_t n) { return val_str(str_intern16(vm->strs, u, n)); }

/* this coerced to a string (objects other than String wrappers print as
 * their default conversion). */
static VmStatus this_str(Vm *vm, Value this_v, const char *method, uint32_t *s) {
  if (val_is_nullish(this_v))
    return vm_throw_type(vm, "String.prototype.%s called on null or undefined", method);
  if (bi_is_kind(vm, this_v, OK_BOXED)) this_v = heap_get_data(HEAP, val_obj_idx(this_v), 0);
  *s = bi_prim_string(vm, this_v);
  return VS_OK;
}

static uint32_t arg_str(Vm *vm, Value v) {
  if (bi_is_kind(vm, v, OK_BOXED)) v = heap_get_data(HEAP, val_obj_idx(v), 0);
  return bi_prim_string(vm, v);
}

static double clampi(double d, double lo, double hi) { return d < lo ? lo : d > hi ? hi : d; }

static int64_t find(const uint16_t *h, uint32_t hn, const uint16_t *n, uint32_t nn, int64_t from) {
  if (from < 0) from = 0;
  for (int64_t i = from; i + nn <= hn; i++)
    if (nn == 0 || memcmp(h + i, n, nn * 2) == 0) return i;
  return -1;
}

#define THIS_STR(method)                                   \
  uint32_t s;                                              \
  {                                                        \
    VmStatus st_ = this_str(vm, this_v, method, &s);       \
    if (st_ != VS_OK) return st_;                          \
  }

NATIVE(nat_string) {
  NATIVE_UNUSED();
  Value v = argc ? args[0] : val_str(ATOM_empty);
  if (val_is_obj(v)) return vm_tail_call(vm, realm_hook(vm, "stringOf"), VAL_UNDEF, args, 1);
  uint32_t s;
  if (val_is_sym(v) && vm->new_target == VAL_UNDEF) {
    Value d = heap_get_data(HEAP, val_obj_idx(v), 0);
    s = str_cstr(vm->strs, "Symbol(");
    if (val_is_str(d)) s = str_concat(vm->strs, s, val_str_id(d));
    s = str_concat(vm->strs, s, str_cstr(vm->strs, ")"));
  } else {
    VmStatus st = val_to_string_prim(vm, v, &s);
    if (st != VS_OK) return st;
  }
  if (vm->new_target == VAL_UNDEF) {
    *out = val_str(s);
    return VS_OK;
  }
  uint32_t o = heap_alloc(HEAP, OK_BOXED, vm->intr[INTR_STRING_PROTO], 0, 1);
  heap_set_data(HEAP, o, 0, val_str(s));
  *out = val_obj(o);
  return VS_OK;
}

NATIVE(nat_from_char_code) {
  NATIVE_UNUSED();
  uint16_t *u = xmalloc(sizeof(uint16_t) * (argc ? argc : 1));
  for (uint32_t i = 0; i < argc; i++) u[i] = (uint16_t)num_to_uint32(bi_num(vm, args[i]));
  *out = mk(vm, u, argc);
  free(u);
  return VS_OK;
}

NATIVE(nat_from_code_point) {
  NATIVE_UNUSED();
  uint16_t *u = xmalloc(sizeof(uint16_t) * (2 * argc + 1));
  uint32_t n = 0;
  for (uint32_t i = 0; i < argc; i++) {
    double d = bi_num(vm, args[i]);
    if (d != floor(d) || d < 0 || d > 0x10FFFF) {
      free(u);
      return vm_throw_range(vm, "Invalid code point %g", d);
    }
    uint32_t cp = (uint32_t)d;
    if (cp >= 0x10000) {
      u[n++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      u[n++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      u[n++] = (uint16_t)cp;
    }
  }
  *out = mk(vm, u, n);
  free(u);
  return VS_OK;
}

NATIVE(nat_char_at) {
  NATIVE_UNUSED();
  THIS_STR("charAt");
  double i = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  uint32_t n = str_len(vm->strs, s);
  *out = i < 0 || i >= n ? val_str(ATOM_empty) : val_str(str_substr(vm->strs, s, (uint32_t)i, (uint32_t)i + 1));
  return VS_OK;
}

NATIVE(nat_char_code_at) {
  NATIVE_UNUSED();
  THIS_STR("charCodeAt");
  double i = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  uint32_t n = str_len(vm->strs, s);
  *out = i < 0 || i >= n ? val_num(NAN) : val_num(str_at(vm->strs, s, (uint32_t)i));
  return VS_OK;
}

NATIVE(nat_code_point_at) {
  NATIVE_UNUSED();
  THIS_STR("codePointAt");
  double i = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  uint32_t n = str_len(vm->strs, s);
  if (i < 0 || i >= n) {
    *out = VAL_UNDEF;
    return VS_OK;
  }
  uint32_t k = (uint32_t)i, c = str_at(vm->strs, s, k);
  if (c >= 0xD800 && c <= 0xDBFF && k + 1 < n) {
    uint32_t d = str_at(vm->strs, s, k + 1);
    if (d >= 0xDC00 && d <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
  }
  *out = val_num(c);
  return VS_OK;
}

NATIVE(nat_str_at) {
  NATIVE_UNUSED();
  THIS_STR("at");
  double n = str_len(vm->strs, s), i = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  if (i < 0) i += n;
  *out = i < 0 || i >= n ? VAL_UNDEF : val_str(str_substr(vm->strs, s, (uint32_t)i, (uint32_t)i + 1));
  return VS_OK;
}

static VmStatus search(Vm *vm, Value this_v, Value *args, uint32_t argc, int mode, Value *out) {
  static const char *const names[] = {"indexOf", "lastIndexOf", "includes", "startsWith", "endsWith"};
  THIS_STR(names[mode]);
  uint32_t needle = arg_str(vm, ARG(0));
  U16 h, nd;
  u16_load(vm, s, &h);
  u16_load(vm, needle, &nd);
  double len = h.n;
  int64_t r = -1;
  if (mode == 0 || mode == 2) {
    r = find(h.u, h.n, nd.u, nd.n, (int64_t)clampi(num_to_integer_or_infinity(bi_num(vm, ARG(1))), 0, len));
    *out = mode == 0 ? val_num((double)r) : val_bool(r >= 0);
  } else if (mode == 1) {
    double from = ARG(1) == VAL_UNDEF ? len : num_to_integer_or_infinity(bi_num(vm, ARG(1)));
    if (from != from) from = len;
    for (int64_t i = (int64_t)clampi(from, 0, len - nd.n); i >= 0; i--)
      if (i + nd.n <= h.n && (nd.n == 0 || memcmp(h.u + i, nd.u, nd.n * 2) == 0)) {
        r = i;
        break;
      }
    *out = val_num((double)r);
  } else if (mode == 3) {
    double pos = clampi(num_to_integer_or_infinity(bi_num(vm, ARG(1))), 0, len);
    *out = val_bool(pos + nd.n <= len && memcmp(h.u + (uint32_t)pos, nd.u, nd.n * 2) == 0);
  } else {
    double end = ARG(1) == VAL_UNDEF ? len : clampi(num_to_integer_or_infinity(bi_num(vm, ARG(1))), 0, len);
    *out = val_bool(end >= nd.n && memcmp(h.u + (uint32_t)end - nd.n, nd.u, nd.n * 2) == 0);
  }
  u16_free(&h);
  u16_free(&nd);
  return VS_OK;
}

NATIVE(nat_index_of) {
  NATIVE_UNUSED();
  return search(vm, this_v, args, argc, 0, out);
}
NATIVE(nat_last_index_of) {
  NATIVE_UNUSED();
  return search(vm, this_v, args, argc, 1, out);
}
NATIVE(nat_includes) {
  NATIVE_UNUSED();
  return search(vm, this_v, args, argc, 2, out);
}
NATIVE(nat_starts_with) {
  NATIVE_UNUSED();
  return search(vm, this_v, args, argc, 3, out);
}
NATIVE(nat_ends_with) {
  NATIVE_UNUSED();
  return search(vm, this_v, args, argc, 4, out);
}

NATIVE(nat_slice) {
  NATIVE_UNUSED();
  THIS_STR("slice");
  double len = str_len(vm->strs, s);
  double a = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  double b = ARG(1) == VAL_UNDEF ? len : num_to_integer_or_infinity(bi_num(vm, ARG(1)));
  a = a < 0 ? fmax(len + a, 0) : fmin(a, len);
  b = b < 0 ? fmax(len + b, 0) : fmin(b, len);
  *out = val_str(a < b ? str_substr(vm->strs, s, (uint32_t)a, (uint32_t)b) : ATOM_empty);
  return VS_OK;
}

NATIVE(nat_substring) {
  NATIVE_UNUSED();
  THIS_STR("substring");
  double len = str_len(vm->strs, s);
  double a = clampi(num_to_integer_or_infinity(bi_num(vm, ARG(0))), 0, len);
  double b = ARG(1) == VAL_UNDEF ? len : clampi(num_to_integer_or_infinity(bi_num(vm, ARG(1))), 0, len);
  if (a > b) {
    double t = a;
    a = b;
    b = t;
  }
  *out = val_str(str_substr(vm->strs, s, (uint32_t)a, (uint32_t)b));
  return VS_OK;
}

NATIVE(nat_substr) {
  NATIVE_UNUSED();
  THIS_STR("substr");
  double len = str_len(vm->strs, s);
  double a = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  if (a < 0) a = fmax(len + a, 0);
  double n = ARG(1) == VAL_UNDEF ? len - a : clampi(num_to_integer_or_infinity(bi_num(vm, ARG(1))), 0, len - a);
  *out = val_str(n > 0 && a < len ? str_substr(vm->strs, s, (uint32_t)a, (uint32_t)(a + n)) : ATOM_empty);
  return VS_OK;
}

/* Case pairs laid out alternately (upper, lower, upper, ...) from `first`. */
static bool alternating(uint16_t c, uint16_t first, uint16_t last, bool upper, uint16_t *out) {
  if (c < first || c > last) return false;
  bool is_upper = (c - first) % 2 == 0;
  *out = c;
  if (upper && !is_upper) *out = (uint16_t)(c - 1);
  if (!upper && is_upper) *out = (uint16_t)(c + 1);
  return true;
}

/* Simple (one unit to one unit) case mapping for the scripts snippets use:
 * Latin (Basic, Latin-1, Extended-A, Extended Additional), Greek, Cyrillic,
 * Armenian and fullwidth Latin. */
static uint16_t case_map(uint16_t c, bool upper) {
  uint16_t r;
  if (upper) {
    if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return (uint16_t)(c - 32);
    if (c == 0xB5) return 0x39C;
    if (c == 0xFF) return 0x178;
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return (uint16_t)(c - 32); /* Greek */
    if (c == 0x3C2) return 0x3A3;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return (uint16_t)(c - 37);
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return (uint16_t)(c - 63);
    if (c >= 0x430 && c <= 0x44F) return (uint16_t)(c - 32); /* Cyrillic */
    if (c >= 0x450 && c <= 0x45F) return (uint16_t)(c - 80);
    if (c == 0x4CF) return 0x4C0;
    if (c >= 0x561 && c <= 0x586) return (uint16_t)(c - 48); /* Armenian */
    if (c >= 0xFF41 && c <= 0xFF5A) return (uint16_t)(c - 32);
  } else {
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return (uint16_t)(c + 32);
    if (c == 0x178) return 0xFF;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return (uint16_t)(c + 32);
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return (uint16_t)(c + 37);
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return (uint16_t)(c + 63);
    if (c >= 0x410 && c <= 0x42F) return (uint16_t)(c + 32);
    if (c >= 0x400 && c <= 0x40F) return (uint16_t)(c + 80);
    if (c == 0x4C0) return 0x4CF;
    if (c >= 0x531 && c <= 0x556) return (uint16_t)(c + 48);
    if (c == 0x1E9E) return 0xDF;
    if (c >= 0xFF21 && c <= 0xFF3A) return (uint16_t)(c + 32);
  }
  if (c != 0x130 && c != 0x131 && (alternating(c, 0x100, 0x137, upper, &r) || alternating(c, 0x139, 0x148, upper, &r) ||
                                   alternating(c, 0x14A, 0x177, upper, &r) || alternating(c, 0x179, 0x17E, upper, &r) ||
                                   alternating(c, 0x460, 0x481, upper, &r) || alternating(c, 0x48A, 0x4BF, upper, &r) ||
                                   alternating(c, 0x4C1, 0x4CE, upper, &r) || alternating(c, 0x4D0, 0x52F, upper, &r) ||
                                   alternating(c, 0x1E00, 0x1E95, upper, &r) || alternating(c, 0x1EA0, 0x1EFF, upper, &r)))
    return r;
  return c;
}

/* Mappings to several units (SpecialCasing's unconditional ones that
 * occur in practice); 0 when c has none. */
static int case_expand(uint16_t c, bool upper, uint16_t out[3]) {
  static const struct { uint16_t c; bool upper; uint16_t to[3]; } sp[] = {
      {0xDF, true, {'S', 'S'}},          {0x149, true, {0x2BC, 'N'}},        {0x587, true, {0x535, 0x552}},
      {0xFB00, true, {'F', 'F'}},        {0xFB01, true, {'F', 'I'}},         {0xFB02, true, {'F', 'L'}},
      {0xFB03, true, {'F', 'F', 'I'}},   {0xFB04, true, {'F', 'F', 'L'}},    {0xFB05, true, {'S', 'T'}},
      {0xFB06, true, {'S', 'T'}},        {0x390, true, {0x399, 0x308, 0x301}}, {0x3B0, true, {0x3A5, 0x308, 0x301}},
      {0x130, false, {'i', 0x307}},
  };
  for (size_t i = 0; i < sizeof sp / sizeof sp[0]; i++) {
    if (sp[i].c != c || sp[i].upper != upper) continue;
    int n = 0;
    while (n < 3 && sp[i].to[n]) out[n] = sp[i].to[n], n++;
    return n;
  }
  return 0;
}

static bool is_cased_letter(uint16_t c) { return case_map(c, true) != c || case_map(c, false) != c; }

/* Greek capital sigma lowers to final sigma at the end of a word. */
static bool final_sigma(const U16 *b, uint32_t i) {
  bool before = false, after = false;
  for (uint32_t j = i; j > 0 && !before; j--) {
    if (b->u[j - 1] == '\'' || b->u[j - 1] == 0x2019) continue;
    before = is_cased_letter(b->u[j - 1]);
    break;
  }
  if (i + 1 < b->n) after = is_cased_letter(b->u[i + 1]);
  return before && !after;
}

static VmStatus change_case(Vm *vm, Value this_v, bool upper, Value *out) {
  THIS_STR(upper ? "toUpperCase" : "toLowerCase");
  U16 b;
  u16_load(vm, s, &b);
  uint16_t *r = xmalloc(sizeof(uint16_t) * (3 * (size_t)b.n + 1));
  uint32_t n = 0;
  for (uint32_t i = 0; i < b.n; i++) {
    uint16_t c = b.u[i], ex[3];
    int k = case_expand(c, upper, ex);
    if (k) {
      for (int j = 0; j < k; j++) r[n++] = ex[j];
    } else if (!upper && c == 0x3A3 && final_sigma(&b, i)) {
      r[n++] = 0x3C2;
    } else {
      r[n++] = case_map(c, upper);
    }
  }
  *out = mk(vm, r, n);
  free(r);
  u16_free(&b);
  return VS_OK;
}

NATIVE(nat_upper) {
  NATIVE_UNUSED();
  return change_case(vm, this_v, true, out);
}
NATIVE(nat_lower) {
  NATIVE_UNUSED();
  return change_case(vm, this_v, false, out);
}

static bool is_js_space(uint16_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

static VmStatus trim(Vm *vm, Value this_v, bool start, bool end, Value *out) {
  THIS_STR("trim");
  uint32_t n = str_len(vm->strs, s), a = 0, b = n;
  while (start && a < b && is_js_space(str_at(vm->strs, s, a))) a++;
  while (end && b > a && is_js_space(str_at(vm->strs, s, b - 1))) b--;
  *out = val_str(str_substr(vm->strs, s, a, b));
  return VS_OK;
}

NATIVE(nat_trim) {
  NATIVE_UNUSED();
  return trim(vm, this_v, true, true, out);
}
NATIVE(nat_trim_start) {
  NATIVE_UNUSED();
  return trim(vm, this_v, true, false, out);
}
NATIVE(nat_trim_end) {
  NATIVE_UNUSED();
  return trim(vm, this_v, false, true, out);
}

static VmStatus pad(Vm *vm, Value this_v, Value *args, uint32_t argc, bool at_start, Value *out) {
  THIS_STR(at_start ? "padStart" : "padEnd");
  double target = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  uint32_t n = str_len(vm->strs, s);
  uint32_t filler = ARG(1) == VAL_UNDEF ? str_cstr(vm->strs, " ") : arg_str(vm, ARG(1));
  uint32_t fn = str_len(vm->strs, filler);
  if (target <= n || fn == 0) {
    *out = val_str(s);
    return VS_OK;
  }
  if (target > STR_MAX_LEN) return vm_throw_range(vm, "Invalid string length");
  uint32_t total = (uint32_t)target, padn = total - n;
  uint16_t *u = xmalloc(sizeof(uint16_t) * total);
  uint32_t off = at_start ? 0 : n;
  for (uint32_t i = 0; i < padn; i++) u[off + i] = str_at(vm->strs, filler, i % fn);
  str_units(vm->strs, s, u + (at_start ? padn : 0));
  *out = mk(vm, u, total);
  free(u);
  return VS_OK;
}

NATIVE(nat_pad_start) {
  NATIVE_UNUSED();
  return pad(vm, this_v, args, argc, true, out);
}
NATIVE(nat_pad_end) {
  NATIVE_UNUSED();
  return pad(vm, this_v, args, argc, false, out);
}

NATIVE(nat_repeat) {
  NATIVE_UNUSED();
  THIS_STR("repeat");
  double c = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  uint32_t n = str_len(vm->strs, s);
  if (c < 0 || isinf(c)) {
    char num[NUM_TOSTRING_BUFSIZE];
    num_to_string(c, num);
    return vm_throw_range(vm, "Invalid count value: %s", num);
  }
  if (c * n > STR_MAX_LEN) return vm_throw_range(vm, "Invalid string length");
  uint32_t total = (uint32_t)(c * n);
  uint16_t *u = xmalloc(sizeof(uint16_t) * (total ? total : 1));
  /* the units once, then doubling copies: 'x'.repeat(2 ** 28) is 28 memcpys */
  if (total) str_units(vm->strs, s, u);
  for (uint32_t have = n; have < total;) {
    uint32_t k = have <= total - have ? have : total - have;
    memcpy(u + have, u, sizeof(uint16_t) * k);
    have += k;
  }
  *out = mk(vm, u, total);
  free(u);
  return VS_OK;
}

NATIVE(nat_concat) {
  NATIVE_UNUSED();
  THIS_STR("concat");
  for (uint32_t i = 0; i < argc; i++) {
    if (val_is_obj(args[i])) return vm_tail_call(vm, realm_hook(vm, "concatSlow"), this_v, args, argc);
    uint32_t t = bi_prim_string(vm, args[i]);
    if ((uint64_t)str_len(vm->strs, s) + str_len(vm->strs, t) > STR_MAX_LEN)
      return vm_throw_range(vm, "Invalid string length");
    s = str_concat(vm->strs, s, t);
  }
  *out = val_str(s);
  return VS_OK;
}

NATIVE(nat_split) {
  NATIVE_UNUSED();
  THIS_STR("split");
  uint32_t r = arr_new(vm, 0);
  *out = val_obj(r);
  uint32_t limit = ARG(1) == VAL_UNDEF ? UINT32_MAX : num_to_uint32(bi_num(vm, ARG(1)));
  if (limit == 0) return VS_OK;
  if (ARG(0) == VAL_UNDEF) {
    arr_push(vm, r, val_str(s));
    return VS_OK;
  }
  if (val_is_obj(ARG(0)) && !bi_is_kind(vm, ARG(0), OK_BOXED))
    return vm_throw_type(vm, "unsupported: split with a non-string separator");
  uint32_t sep = arg_str(vm, ARG(0));
  U16 h, p;
  u16_load(vm, s, &h);
  u16_load(vm, sep, &p);
  if (p.n == 0) {
    for (uint32_t i = 0; i < h.n && arr_len(vm, r) < limit; i++) arr_push(vm, r, mk(vm, h.u + i, 1));
  } else {
    int64_t at = 0, k;
    while ((k = find(h.u, h.n, p.u, p.n, at)) >= 0 && arr_len(vm, r) < limit) {
      arr_push(vm, r, mk(vm, h.u + at, (size_t)(k - at)));
      at = k + p.n;
    }
    if (arr_len(vm, r) < limit) arr_push(vm, r, mk(vm, h.u + at, h.n - (uint32_t)at));
  }
  u16_free(&h);
  u16_free(&p);
  return VS_OK;
}

static void append_units(uint16_t **o, uint32_t *on, uint32_t *oc, const uint16_t *src, uint32_t n) {
  if (*on + n > *oc) {
    while (*on + n > *oc) *oc = *oc * 2 + 16;
    *o = xrealloc(*o, sizeof(uint16_t) * *oc);
  }
  if (n) memcpy(*o + *on, src, n * 2);
  *on += n;
}

/* GetSubstitution for string patterns: $$, $&, $`, $'. */
static void substitute(const U16 *h, uint32_t pos, uint32_t mlen, const U16 *rep, uint16_t **o, uint32_t *on,
                       uint32_t *oc) {
  for (uint32_t i = 0; i < rep->n; i++) {
    const uint16_t *src = &rep->u[i];
    uint32_t n = 1;
    if (rep->u[i] == '$' && i + 1 < rep->n) {
      uint16_t c = rep->u[i + 1];
      if (c == '$') src = &rep->u[++i], n = 1;
      else if (c == '&') src = h->u + pos, n = mlen, i++;
      else if (c == '`') src = h->u, n = pos, i++;
      else if (c == '\'') src = h->u + pos + mlen, n = h->n - pos - mlen, i++;
    }
    append_units(o, on, oc, src, n);
  }
}

static VmStatus replace(Vm *vm, Value this_v, Value *args, uint32_t argc, bool all, Value *out) {
  THIS_STR(all ? "replaceAll" : "replace");
  if (val_is_callable(vm, ARG(1)))
    return vm_tail_call(vm, realm_hook(vm, all ? "replaceAllFn" : "replaceFn"), this_v, args, argc);
  if (val_is_obj(ARG(0)) && !bi_is_kind(vm, ARG(0), OK_BOXED))
    return vm_throw_type(vm, "unsupported: replace with a non-string pattern");
  U16 h, p, rep;
  u16_load(vm, s, &h);
  u16_load(vm, arg_str(vm, ARG(0)), &p);
  u16_load(vm, arg_str(vm, ARG(1)), &rep);
  uint16_t *o = NULL;
  uint32_t on = 0, oc = 0;
  int64_t at = 0, k;
  while ((k = find(h.u, h.n, p.u, p.n, at)) >= 0) {
    append_units(&o, &on, &oc, h.u + at, (uint32_t)(k - at));
    substitute(&h, (uint32_t)k, p.n, &rep, &o, &on, &oc);
    at = k + p.n;
    if (!all) break;
    if (p.n == 0) {
      if (at >= h.n) {
        at = h.n + 1;
        break;
      }
      append_units(&o, &on, &oc, h.u + at, 1);
      at++;
    }
  }
  if (at <= h.n) append_units(&o, &on, &oc, h.u + at, h.n - (uint32_t)at);
  static const uint16_t none[1] = {0};
  *out = mk(vm, o ? o : none, on);
  free(o);
  u16_free(&h);
  u16_free(&p);
  u16_free(&rep);
  return VS_OK;
}

NATIVE(nat_replace) {
  NATIVE_UNUSED();
  return replace(vm, this_v, args, argc, false, out);
}
NATIVE(nat_replace_all) {
  NATIVE_UNUSED();
  return replace(vm, this_v, args, argc, true, out);
}

/* An approximation of ICU root collation for common text: letters compare
 * case-insensitively first, lowercase sorts before uppercase on ties. */
NATIVE(nat_locale_compare) {
  NATIVE_UNUSED();
  THIS_STR("localeCompare");
  uint32_t t = arg_str(vm, ARG(0));
  uint32_t a = str_len(vm->strs, s), b = str_len(vm->strs, t), n = a < b ? a : b;
  int tie = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t x = str_at(vm->strs, s, i), y = str_at(vm->strs, t, i);
    uint16_t lx = case_map(x, false), ly = case_map(y, false);
    if (lx != ly) {
      *out = val_num(lx < ly ? -1 : 1);
      return VS_OK;
    }
    if (!tie && x != y) tie = x > y ? -1 : 1; /* lowercase (larger code) first */
  }
  *out = val_num(a != b ? (a < b ? -1 : 1) : tie);
  return VS_OK;
}

NATIVE(nat_str_to_string) {
  NATIVE_UNUSED();
  Value v = bi_is_kind(vm, this_v, OK_BOXED) ? heap_get_data(HEAP, val_obj_idx(this_v), 0) : this_v;
  if (!val_is_str(v)) return vm_throw_type(vm, "String.prototype.toString requires that 'this' be a String");
  *out = v;
  return VS_OK;
}

/* Only the form is checked: strings here are normalised already in the
 * snippets this models (no Intl data). */
NATIVE(nat_normalize) {
  NATIVE_UNUSED();
  THIS_STR("normalize");
  if (ARG(0) != VAL_UNDEF) {
    uint32_t f = bi_prim_string(vm, ARG(0));
    static const char *const forms[] = {"NFC", "NFD", "NFKC", "NFKD"};
    bool ok = false;
    for (size_t i = 0; i < 4; i++) ok |= f == str_cstr(vm->strs, forms[i]);
    if (!ok) return vm_throw_range(vm, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
  }
  *out = val_str(s);
  return VS_OK;
}

/* Index of the first lone surrogate of b, or b->n. */
static uint32_t lone_surrogate(const U16 *b, uint32_t from) {
  for (uint32_t i = from; i < b->n; i++) {
    uint16_t c = b->u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < b->n && b->u[i + 1] >= 0xDC00 && b->u[i + 1] <= 0xDFFF) {
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) return i;
  }
  return b->n;
}

NATIVE(nat_is_well_formed) {
  NATIVE_UNUSED();
  THIS_STR("isWellFormed");
  U16 b;
  u16_load(vm, s, &b);
  *out = val_bool(lone_surrogate(&b, 0) == b.n);
  u16_free(&b);
  return VS_OK;
}

NATIVE(nat_to_well_formed) {
  NATIVE_UNUSED();
  THIS_STR("toWellFormed");
  U16 b;
  u16_load(vm, s, &b);
  for (uint32_t i = lone_surrogate(&b, 0); i < b.n; i = lone_surrogate(&b, i + 1)) b.u[i] = 0xFFFD;
  *out = mk(vm, b.u, b.n);
  u16_free(&b);
  return VS_OK;
}

NATIVE(nat_str_iterator) {
  NATIVE_UNUSED();
  THIS_STR("[Symbol.iterator]");
  *out = val_obj(iter_new(vm, IT_STRING, val_str(s)));
  return VS_OK;
}

static const NativeDef string_defs[] = {
    {"String", 1, NF_CTOR, nat_string},
    {"fromCharCode", 1, NF_ALL_NUM, nat_from_char_code},
    {"fromCodePoint", 1, NF_ALL_NUM, nat_from_code_point},
    {"charAt", 1, NF_NUM(0), nat_char_at},
    {"charCodeAt", 1, NF_NUM(0), nat_char_code_at},
    {"codePointAt", 1, NF_NUM(0), nat_code_point_at},
    {"at", 1, NF_NUM(0), nat_str_at},
    {"indexOf", 1, NF_STR(0) | NF_NUM(1), nat_index_of},
    {"lastIndexOf", 1, NF_STR(0) | NF_NUM(1), nat_last_index_of},
    {"includes", 1, NF_STR(0) | NF_NUM(1), nat_includes},
    {"startsWith", 1, NF_STR(0) | NF_NUM(1), nat_starts_with},
    {"endsWith", 1, NF_STR(0) | NF_NUM(1), nat_ends_with},
    {"slice", 2, NF_NUM(0) | NF_NUM(1), nat_slice},
    {"substring", 2, NF_NUM(0) | NF_NUM(1), nat_substring},
    {"substr", 2, NF_NUM(0) | NF_NUM(1), nat_substr},
    {"toUpperCase", 0, 0, nat_upper},
    {"toLowerCase", 0, 0, nat_lower},
    {"toLocaleUpperCase", 0, 0, nat_upper},
    {"toLocaleLowerCase", 0, 0, nat_lower},
    {"trim", 0, 0, nat_trim},
    {"trimStart", 0, 0, nat_trim_start},
    {"trimEnd", 0, 0, nat_trim_end},
    {"padStart", 1, NF_NUM(0) | NF_STR(1), nat_pad_start},
    {"padEnd", 1, NF_NUM(0) | NF_STR(1), nat_pad_end},
    {"repeat", 1, NF_NUM(0), nat_repeat},
    {"concat", 1, 0, nat_concat},
    {"split", 2, NF_STR(0) | NF_NUM(1), nat_split},
    {"replace", 2, NF_STR(0) | NF_STR_FN(1), nat_replace},
    {"replaceAll", 2, NF_STR(0) | NF_STR_FN(1), nat_replace_all},
    {"localeCompare", 1, NF_STR(0), nat_locale_compare},
    {"normalize", 0, 0, nat_normalize},
    {"toString", 0, 0, nat_str_to_string},
    {"valueOf", 0, 0, nat_str_to_string},
    {"isWellFormed", 0, 0, nat_is_well_formed},
    {"toWellFormed", 0, 0, nat_to_well_formed},
    {"$iterator", 0, 0, nat_str_iterator},
};

static void string_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "string", "String", INTR_STRING_PROTO, INTR_STRING);
  bi_install(vm, c, "string", "fromCharCode", "fromCharCode");
  bi_install(vm, c, "string", "fromCodePoint", "fromCodePoint");
  uint32_t p = vm->intr[INTR_STRING_PROTO];
  for (size_t i = 3; i < sizeof string_defs / sizeof string_defs[0] - 1; i++)
    bi_install(vm, p, "string", string_defs[i].name, string_defs[i].name);
  static const char *const aliases[][2] = {{"trimLeft", "trimStart"}, {"trimRight", "trimEnd"}};
  for (size_t i = 0; i < 2; i++) { /* the same function objects, as in V8 */
    Value fn;
    obj_get_own(vm, p, val_cstr(vm, aliases[i][1]), &fn);
    bi_method(vm, p, aliases[i][0], fn);
  }
  uint32_t it = realm_new_native(vm, "string", "$iterator", 0);
  obj_define_cstr(vm, it, "name", bi_str(vm, "[Symbol.iterator]"), PA_CONFIG);
  obj_define(vm, p, val_sym(vm->intr[INTR_SYM_ITERATOR]), val_obj(it), PA_WRITABLE | PA_CONFIG);
}

const NativeModule bi_string_module = {"string", string_defs, sizeof string_defs / sizeof string_defs[0], string_init};
