/* bi_number.c - Number, Math and the numeric globals (parseInt...).
 * Math.random is a host choice: the node host decides its values (a fixed
 * documented value in `run`, pseudo-random with --seed, symbolic in check). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "vm_bigint.h"
#include "numconv.h"

static Value this_number(Vm *vm, Value v) {
  if (bi_is_kind(vm, v, OK_BOXED) && val_is_num(heap_get_data(HEAP, val_obj_idx(v), 0)))
    return heap_get_data(HEAP, val_obj_idx(v), 0);
  return v;
}

#define THIS_NUM(method)                                                                               \
  Value nv = this_number(vm, this_v);                                                                  \
  if (!val_is_num(nv))                                                                                 \
    return vm_throw_type(vm, "Number.prototype.%s requires that 'this' be a Number", method);           \
  double x = val_to_double(nv)

static Value from_buf(Vm *vm, const char *b, int n) { return val_str(str_from_utf8(vm->strs, b, (size_t)n)); }

NATIVE(nat_number) {
  NATIVE_UNUSED();
  Value v = argc ? args[0] : val_num(0);
  if (val_is_obj(v)) return vm_tail_call(vm, realm_hook(vm, "numberOf"), VAL_UNDEF, args, 1);
  double d;
  VmStatus st = val_is_big(v) ? (d = vbig_to_double(vm, v), VS_OK) : val_to_number_prim(vm, v, &d);
  if (st != VS_OK) return st;
  if (vm->new_target == VAL_UNDEF) {
    *out = val_num(d);
    return VS_OK;
  }
  uint32_t o = heap_alloc(HEAP, OK_BOXED, vm->intr[INTR_NUMBER_PROTO], 0, 1);
  heap_set_data(HEAP, o, 0, val_num(d));
  *out = val_obj(o);
  return VS_OK;
}

NATIVE(nat_to_string) {
  NATIVE_UNUSED();
  THIS_NUM("toString");
  double r = ARG(0) == VAL_UNDEF ? 10 : num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  if (r < 2 || r > 36) return vm_throw_range(vm, "toString() radix argument must be between 2 and 36");
  char buf[NUM_RADIX_BUFSIZE];
  int n = r == 10 ? num_to_string(x, buf) : num_to_string_radix(x, (int)r, buf);
  *out = from_buf(vm, buf, n);
  return VS_OK;
}

NATIVE(nat_to_fixed) {
  NATIVE_UNUSED();
  THIS_NUM("toFixed");
  char buf[NUM_FORMAT_BUFSIZE];
  int n = num_to_fixed(x, (int)num_to_integer_or_infinity(bi_num(vm, ARG(0))), buf);
  if (n < 0) return vm_throw_range(vm, "toFixed() digits argument must be between 0 and 100");
  *out = from_buf(vm, buf, n);
  return VS_OK;
}

NATIVE(nat_to_precision) {
  NATIVE_UNUSED();
  THIS_NUM("toPrecision");
  char buf[NUM_FORMAT_BUFSIZE];
  int n = ARG(0) == VAL_UNDEF ? num_to_string(x, buf)
                              : num_to_precision(x, (int)num_to_integer_or_infinity(bi_num(vm, ARG(0))), buf);
  if (n < 0) return vm_throw_range(vm, "toPrecision() argument must be between 1 and 100");
  *out = from_buf(vm, buf, n);
  return VS_OK;
}

NATIVE(nat_to_exponential) {
  NATIVE_UNUSED();
  THIS_NUM("toExponential");
  char buf[NUM_FORMAT_BUFSIZE];
  int d = ARG(0) == VAL_UNDEF ? -1 : (int)num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  int n = num_to_exponential(x, d, buf);
  if (n < 0) return vm_throw_range(vm, "toExponential() argument must be between 0 and 100");
  *out = from_buf(vm, buf, n);
  return VS_OK;
}

NATIVE(nat_value_of) {
  NATIVE_UNUSED();
  THIS_NUM("valueOf");
  *out = val_num(x);
  return VS_OK;
}

/* The integer digits ICU prints for |x| >= 1e21: the shortest round-trip
 * digits, then zeros ("1.5e+21" -> "1500000000000000000000"). */
static int big_digits(double x, char *out) {
  char s[NUM_FORMAT_BUFSIZE];
  s[num_to_string(x, s)] = '\0';
  const char *p = s;
  int k = 0, nd = 0;
  if (*p == '-') out[k++] = *p++;
  for (; *p && *p != 'e'; p++)
    if (*p != '.') out[k++] = *p, nd++;
  int exp = *p ? atoi(p + 1) : nd - 1;
  for (int i = nd; i <= exp; i++) out[k++] = '0';
  out[k] = '\0';
  return k;
}

/* en-US grouping ("1,234.5"), up to 3 fraction digits, as node prints it. */
NATIVE(nat_to_locale_string) {
  NATIVE_UNUSED();
  THIS_NUM("toLocaleString");
  char buf[4 * NUM_FORMAT_BUFSIZE], res[8 * NUM_FORMAT_BUFSIZE]; /* 309 digits and their commas at most */
  if (!isfinite(x)) {
    *out = from_buf(vm, isnan(x) ? "NaN" : x > 0 ? "∞" : "-∞", isnan(x) ? 3 : x > 0 ? 3 : 4);
    return VS_OK;
  }
  int n = fabs(x) < 1e21 ? num_to_fixed(x, 3, buf) : big_digits(x, buf);
  while (strchr(buf, '.') && n > 0 && buf[n - 1] == '0') buf[--n] = '\0'; /* fraction digits only */
  if (n > 0 && buf[n - 1] == '.') n--;
  buf[n] = '\0';
  char *dot = strchr(buf, '.');
  int start = buf[0] == '-' ? 1 : 0, ilen = (int)(dot ? dot - buf : n) - start, k = 0;
  if (start) res[k++] = '-';
  for (int i = 0; i < ilen; i++) {
    if (i && (ilen - i) % 3 == 0) res[k++] = ',';
    res[k++] = buf[start + i];
  }
  if (dot) k += snprintf(res + k, sizeof res - (size_t)k, "%s", dot);
  if (k == 1 && res[0] == '0' && signbit(x)) k = 2, res[0] = '-', res[1] = '0'; /* ICU keeps the sign of zero */
  *out = from_buf(vm, res, k);
  return VS_OK;
}

NATIVE(nat_is_integer) {
  NATIVE_UNUSED();
  double d = val_is_num(ARG(0)) ? val_to_double(ARG(0)) : NAN;
  *out = val_bool(isfinite(d) && d == trunc(d));
  return VS_OK;
}

NATIVE(nat_is_safe_integer) {
  NATIVE_UNUSED();
  double d = val_is_num(ARG(0)) ? val_to_double(ARG(0)) : NAN;
  *out = val_bool(isfinite(d) && d == trunc(d) && fabs(d) <= 9007199254740991.0);
  return VS_OK;
}

NATIVE(nat_number_is_finite) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_num(ARG(0)) && isfinite(val_to_double(ARG(0))));
  return VS_OK;
}

NATIVE(nat_number_is_nan) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_num(ARG(0)) && isnan(val_to_double(ARG(0))));
  return VS_OK;
}

NATIVE(nat_is_finite) {
  NATIVE_UNUSED();
  *out = val_bool(isfinite(bi_num(vm, ARG(0))));
  return VS_OK;
}

NATIVE(nat_is_nan) {
  NATIVE_UNUSED();
  *out = val_bool(isnan(bi_num(vm, ARG(0))));
  return VS_OK;
}

NATIVE(nat_parse_int) {
  NATIVE_UNUSED();
  const char *s = str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0)));
  double d;
  num_parse_int(s, strlen(s), num_to_int32(bi_num(vm, ARG(1))), &d);
  *out = val_num(d);
  return VS_OK;
}

NATIVE(nat_parse_float) {
  NATIVE_UNUSED();
  const char *s = str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0)));
  double d;
  num_parse_float(s, strlen(s), &d);
  *out = val_num(d);
  return VS_OK;
}

/* --- Math --------------------------------------------------------------------------- */

typedef double (*Fn1)(double);

static double js_round(double x) {
  if (!isfinite(x) || x == trunc(x)) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  return floor(x + 0.5);
}

static double js_sign(double x) { return x > 0 ? 1 : x < 0 ? -1 : x; }

/* glibc's cbrt is off by an ulp even for perfect cubes (cbrt(27) is
 * 3.0000000000000004); V8's gives 3.  Rounding the long double root is much
 * closer to V8 (fdlibm) though not identical for every input. */
static double js_cbrt(double x) { return (double)cbrtl((long double)x); }

static const struct {
  const char *name;
  Fn1 fn;
} math1[] = {{"abs", fabs},   {"floor", floor}, {"ceil", ceil},   {"round", js_round}, {"trunc", trunc},
             {"sign", js_sign}, {"sqrt", sqrt}, {"cbrt", js_cbrt},   {"log", log},        {"log2", log2},
             {"log10", log10}, {"exp", exp},    {"sin", sin},     {"cos", cos},        {"tan", tan},
             {"atan", atan},  {"asin", asin},   {"acos", acos},   {"sinh", sinh},      {"cosh", cosh},
             {"tanh", tanh},  {"log1p", log1p}, {"expm1", expm1}, {"asinh", asinh},  {"acosh", acosh},
             {"atanh", atanh}, {"fround", NULL}};

/* Math.floor/ceil/trunc/round of a symbolic number (vm.h) split it into
 * the whole numbers it can give (the host chooses one). */
static bool math1_symbolic(Vm *vm, const char *name, Value v, Value *out) {
  static const char *const names[] = {"floor", "ceil", "trunc", "round"};
  if (!val_is_rnd(v) || !vm->hooks.sym_arith) return false;
  for (uint32_t i = 0; i < 4; i++)
    if (strcmp(name, names[i]) == 0) return vm->hooks.sym_arith(vm->hooks.ctx, vm, VM_SYM_FLOOR + i, VAL_UNDEF, v, out);
  return false;
}

NATIVE(nat_math1) {
  NATIVE_UNUSED();
  const NativeDef *def = realm_native_def(heap_obj(HEAP, callee)->aux);
  if (math1_symbolic(vm, def->name, ARG(0), out)) return VS_OK;
  double x = bi_num(vm, ARG(0));
  for (size_t i = 0; i < sizeof math1 / sizeof math1[0]; i++)
    if (strcmp(math1[i].name, def->name) == 0) {
      *out = val_num(math1[i].fn ? math1[i].fn(x) : (double)(float)x);
      return VS_OK;
    }
  *out = val_num(NAN);
  return VS_OK;
}

NATIVE(nat_clz32) {
  NATIVE_UNUSED();
  uint32_t x = num_to_uint32(bi_num(vm, ARG(0))), n = 0;
  while (n < 32 && !(x & (0x80000000u >> n))) n++;
  *out = val_num(n);
  return VS_OK;
}

NATIVE(nat_imul) {
  NATIVE_UNUSED();
  uint32_t a = num_to_uint32(bi_num(vm, ARG(0))), b = num_to_uint32(bi_num(vm, ARG(1)));
  *out = val_num((int32_t)(a * b));
  return VS_OK;
}

static VmStatus min_max(Vm *vm, Value *args, uint32_t argc, bool is_max, Value *out) {
  double r = is_max ? -INFINITY : INFINITY;
  for (uint32_t i = 0; i < argc; i++) {
    double x = bi_num(vm, args[i]);
    if (isnan(x)) r = NAN;
    else if (!isnan(r)) {
      if (is_max ? (x > r || (x == 0 && r == 0 && !signbit(x))) : (x < r || (x == 0 && r == 0 && signbit(x)))) r = x;
    }
  }
  *out = val_num(r);
  return VS_OK;
}

NATIVE(nat_max) {
  NATIVE_UNUSED();
  return min_max(vm, args, argc, true, out);
}

NATIVE(nat_min) {
  NATIVE_UNUSED();
  return min_max(vm, args, argc, false, out);
}

NATIVE(nat_pow) {
  NATIVE_UNUSED();
  double x = bi_num(vm, ARG(0)), y = bi_num(vm, ARG(1));
  *out = val_num(isnan(y) || ((x == 1 || x == -1) && isinf(y)) ? NAN : pow(x, y));
  return VS_OK;
}

NATIVE(nat_atan2) {
  NATIVE_UNUSED();
  *out = val_num(atan2(bi_num(vm, ARG(0)), bi_num(vm, ARG(1))));
  return VS_OK;
}

NATIVE(nat_hypot) {
  NATIVE_UNUSED();
  double r = 0;
  for (uint32_t i = 0; i < argc; i++) r = hypot(r, bi_num(vm, args[i]));
  *out = val_num(r);
  return VS_OK;
}

NATIVE(nat_random) {
  NATIVE_UNUSED();
  Value hook = realm_hook(vm, "random");
  if (val_is_callable(vm, hook)) return vm_tail_call(vm, hook, VAL_UNDEF, NULL, 0);
  *out = val_num(0.5);
  return VS_OK;
}

static const NativeDef number_defs[] = {
    {"Number", 1, NF_CTOR, nat_number},
    {"toString", 1, NF_NUM(0), nat_to_string},
    {"toFixed", 1, NF_NUM(0), nat_to_fixed},
    {"toPrecision", 1, NF_NUM(0), nat_to_precision},
    {"toExponential", 1, NF_NUM(0), nat_to_exponential},
    {"valueOf", 0, 0, nat_value_of},
    {"toLocaleString", 0, 0, nat_to_locale_string},
    {"isInteger", 1, 0, nat_is_integer},
    {"isSafeInteger", 1, 0, nat_is_safe_integer},
    {"$numberIsFinite", 1, 0, nat_number_is_finite},
    {"$numberIsNaN", 1, 0, nat_number_is_nan},
    {"isFinite", 1, NF_NUM(0), nat_is_finite},
    {"isNaN", 1, NF_NUM(0), nat_is_nan},
    {"parseInt", 2, NF_STR(0) | NF_NUM(1), nat_parse_int},
    {"parseFloat", 1, NF_STR(0), nat_parse_float},
};

static void number_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "number", "Number", INTR_NUMBER_PROTO, INTR_NUMBER);
  uint32_t p = vm->intr[INTR_NUMBER_PROTO], g = vm->global;
  static const char *const protos[] = {"toString", "toFixed", "toPrecision", "toExponential", "valueOf", "toLocaleString"};
  for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++) bi_install(vm, p, "number", protos[i], protos[i]);
  bi_install(vm, c, "number", "isInteger", "isInteger");
  bi_install(vm, c, "number", "isSafeInteger", "isSafeInteger");
  bi_install(vm, c, "number", "$numberIsFinite", "isFinite");
  bi_install(vm, c, "number", "$numberIsNaN", "isNaN");
  uint32_t pi = realm_new_native(vm, "number", "parseInt", 0), pf = realm_new_native(vm, "number", "parseFloat", 0);
  bi_method(vm, c, "parseInt", val_obj(pi));
  bi_method(vm, c, "parseFloat", val_obj(pf));
  bi_method(vm, g, "parseInt", val_obj(pi));
  bi_method(vm, g, "parseFloat", val_obj(pf));
  bi_install(vm, g, "number", "isFinite", "isFinite");
  bi_install(vm, g, "number", "isNaN", "isNaN");
  static const struct { const char *name; double v; } consts[] = {
      {"MAX_SAFE_INTEGER", 9007199254740991.0}, {"MIN_SAFE_INTEGER", -9007199254740991.0},
      {"EPSILON", DBL_EPSILON}, {"MAX_VALUE", DBL_MAX}, {"MIN_VALUE", 5e-324},
      {"POSITIVE_INFINITY", INFINITY}, {"NEGATIVE_INFINITY", -INFINITY}, {"NaN", NAN}};
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) obj_define_cstr(vm, c, consts[i].name, val_num(consts[i].v), 0);
}

const NativeModule bi_number_module = {"number", number_defs, sizeof number_defs / sizeof number_defs[0], number_init};

static const NativeDef math_defs[] = {
    {"abs", 1, NF_NUM(0), nat_math1},   {"floor", 1, NF_NUM(0) | NF_SYMBOLIC, nat_math1}, {"ceil", 1, NF_NUM(0) | NF_SYMBOLIC, nat_math1},  {"round", 1, NF_NUM(0) | NF_SYMBOLIC, nat_math1},
    {"trunc", 1, NF_NUM(0) | NF_SYMBOLIC, nat_math1}, {"sign", 1, NF_NUM(0), nat_math1},  {"sqrt", 1, NF_NUM(0), nat_math1},  {"cbrt", 1, NF_NUM(0), nat_math1},
    {"log", 1, NF_NUM(0), nat_math1},   {"log2", 1, NF_NUM(0), nat_math1},  {"log10", 1, NF_NUM(0), nat_math1}, {"exp", 1, NF_NUM(0), nat_math1},
    {"sin", 1, NF_NUM(0), nat_math1},   {"cos", 1, NF_NUM(0), nat_math1},   {"tan", 1, NF_NUM(0), nat_math1},   {"atan", 1, NF_NUM(0), nat_math1},
    {"asin", 1, NF_NUM(0), nat_math1},  {"acos", 1, NF_NUM(0), nat_math1},  {"sinh", 1, NF_NUM(0), nat_math1},  {"cosh", 1, NF_NUM(0), nat_math1},
    {"tanh", 1, NF_NUM(0), nat_math1},  {"log1p", 1, NF_NUM(0), nat_math1}, {"expm1", 1, NF_NUM(0), nat_math1}, {"fround", 1, NF_NUM(0), nat_math1},
    {"asinh", 1, NF_NUM(0), nat_math1}, {"acosh", 1, NF_NUM(0), nat_math1}, {"atanh", 1, NF_NUM(0), nat_math1}, {"clz32", 1, NF_NUM(0), nat_clz32},
    {"imul", 2, NF_NUM(0) | NF_NUM(1), nat_imul},
    {"max", 2, NF_ALL_NUM, nat_max},     {"min", 2, NF_ALL_NUM, nat_min},     {"pow", 2, NF_NUM(0) | NF_NUM(1), nat_pow},     {"atan2", 2, NF_NUM(0) | NF_NUM(1), nat_atan2},
    {"hypot", 2, NF_ALL_NUM, nat_hypot}, {"random", 0, 0, nat_random},
};

static void math_init(Vm *vm) {
  uint32_t m = obj_new(vm);
  realm_install(vm, m, &bi_math_module);
  static const struct { const char *name; double v; } consts[] = {
      {"PI", 3.141592653589793}, {"E", 2.718281828459045}, {"LN2", 0.6931471805599453},
      {"LN10", 2.302585092994046}, {"LOG2E", 1.4426950408889634}, {"LOG10E", 0.4342944819032518},
      {"SQRT2", 1.4142135623730951}, {"SQRT1_2", 0.7071067811865476}};
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) obj_define_cstr(vm, m, consts[i].name, val_num(consts[i].v), 0);
  obj_define(vm, m, val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), bi_str(vm, "Math"), PA_CONFIG);
  bi_method(vm, vm->global, "Math", val_obj(m));
}

const NativeModule bi_math_module = {"math", math_defs, sizeof math_defs / sizeof math_defs[0], math_init};
