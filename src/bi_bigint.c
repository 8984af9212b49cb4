/* bi_bigint.c - BigInt(), BigInt.asIntN/asUintN, BigInt.prototype. */
#include "bi.h"
#include "vm_bigint.h"

extern const NativeModule bi_bigint_module;

NATIVE(nat_bigint) {
  NATIVE_UNUSED();
  if (vm->new_target != VAL_UNDEF) return vm_throw_type(vm, "BigInt is not a constructor");
  Value v = ARG(0);
  if (val_is_obj(v)) return vm_tail_call(vm, realm_hook(vm, "bigintOf"), VAL_UNDEF, args, 1);
  return vbig_construct(vm, v, out);
}

/* BigInt(p) for the primitive the prelude's bigintOf hook made. */
NATIVE(nat_bigint_of_primitive) {
  NATIVE_UNUSED();
  return vbig_construct(vm, ARG(0), out);
}

/* Number(b) for the BigInt primitive the prelude's numberOf hook made. */
NATIVE(nat_bigint_to_number) {
  NATIVE_UNUSED();
  *out = val_num(vbig_to_double(vm, ARG(0)));
  return VS_OK;
}

/* ToIndex(bits) of asIntN / asUintN (bits already a number). */
static VmStatus to_index(Vm *vm, Value v, uint64_t *out) {
  double d = v == VAL_UNDEF ? 0 : bi_num(vm, v);
  d = d != d ? 0 : trunc(d);
  if (d < 0 || d > 9007199254740991.0) return vm_throw_range(vm, "Invalid value: not (convertible to) a safe integer");
  *out = (uint64_t)d;
  return VS_OK;
}

static VmStatus as_n(Vm *vm, uint32_t callee, Value *args, uint32_t argc, Value *out, bool is_signed) {
  uint64_t bits = 0;
  Value v = VAL_UNDEF;
  if (to_index(vm, ARG(0), &bits) != VS_OK) return VS_THROW;
  if (val_is_obj(ARG(1))) { /* ToPrimitive runs in the prelude, which calls again */
    Value a[3] = {val_obj(callee), ARG(0), ARG(1)};
    return vm_tail_call(vm, realm_hook(vm, "bigintArgOf"), VAL_UNDEF, a, 3);
  }
  if (vbig_to_bigint(vm, ARG(1), &v) != VS_OK) return VS_THROW;
  BInt a;
  bint_init(&a);
  vbig_get(vm, v, &a);
  /* a negative value modulo 2^bits has about `bits` bits (asUintN) */
  if (!is_signed && a.neg && bits > BINT_MAX_BITS) {
    bint_free(&a);
    return vm_throw_range(vm, "Maximum BigInt size exceeded");
  }
  if (is_signed) bint_as_int_n(&a, &a, bits);
  else bint_as_uint_n(&a, &a, bits);
  *out = vbig_make(vm, &a);
  bint_free(&a);
  return VS_OK;
}

NATIVE(nat_as_int_n) {
  NATIVE_UNUSED();
  return as_n(vm, callee, args, argc, out, true);
}

NATIVE(nat_as_uint_n) {
  NATIVE_UNUSED();
  return as_n(vm, callee, args, argc, out, false);
}

/* thisBigIntValue: a BigInt or a BigInt wrapper; VAL_UNDEF otherwise. */
static Value this_bigint(Vm *vm, Value v) {
  if (val_is_big(v)) return v;
  if (bi_is_kind(vm, v, OK_BOXED) && val_is_big(heap_get_data(HEAP, val_obj_idx(v), 0)))
    return heap_get_data(HEAP, val_obj_idx(v), 0);
  return VAL_UNDEF;
}

static VmStatus not_bigint(Vm *vm, const char *method) {
  return vm_throw_type(vm, "BigInt.prototype.%s requires that 'this' be a BigInt", method);
}

NATIVE(nat_to_string) {
  NATIVE_UNUSED();
  Value b = this_bigint(vm, this_v);
  if (b == VAL_UNDEF) return not_bigint(vm, "toString");
  double r = ARG(0) == VAL_UNDEF ? 10 : trunc(bi_num(vm, ARG(0)));
  if (!(r >= 2 && r <= 36)) return vm_throw_range(vm, "toString() radix argument must be between 2 and 36");
  *out = val_str(vbig_to_string_radix(vm, b, (unsigned)r));
  return VS_OK;
}

/* en-US grouping, as node's default ICU locale formats integers. */
NATIVE(nat_to_locale_string) {
  NATIVE_UNUSED();
  Value b = this_bigint(vm, this_v);
  if (b == VAL_UNDEF) return not_bigint(vm, "toLocaleString");
  const char *d = str_cstr_tmp(vm->strs, val_payload(b));
  size_t n = strlen(d), neg = d[0] == '-';
  Buf t;
  buf_init(&t);
  if (neg) buf_putc(&t, '-');
  for (size_t i = neg; i < n; i++) {
    if (i > neg && (n - i) % 3 == 0) buf_putc(&t, ',');
    buf_putc(&t, d[i]);
  }
  *out = val_str(str_intern8(vm->strs, (const uint8_t *)t.data, t.len));
  buf_free(&t);
  return VS_OK;
}

NATIVE(nat_value_of) {
  NATIVE_UNUSED();
  *out = this_bigint(vm, this_v);
  return *out == VAL_UNDEF ? not_bigint(vm, "valueOf") : VS_OK;
}

static const NativeDef bigint_defs[] = {
    {"BigInt", 1, NF_CTOR, nat_bigint},
    {"$bigintOfPrimitive", 1, NF_INTRINSIC, nat_bigint_of_primitive},
    {"$bigintToNumber", 1, NF_INTRINSIC, nat_bigint_to_number},
    {"asUintN", 2, NF_NUM(0), nat_as_uint_n},
    {"asIntN", 2, NF_NUM(0), nat_as_int_n},
    {"toLocaleString", 0, 0, nat_to_locale_string},
    {"toString", 0, NF_NUM(0), nat_to_string},
    {"valueOf", 0, 0, nat_value_of},
};

static void bigint_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "bigint", "BigInt", INTR_BIGINT_PROTO, INTR_BIGINT);
  bi_install(vm, c, "bigint", "asUintN", "asUintN");
  bi_install(vm, c, "bigint", "asIntN", "asIntN");
  uint32_t p = vm->intr[INTR_BIGINT_PROTO];
  static const char *const protos[] = {"toLocaleString", "toString", "valueOf"};
  for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++) bi_install(vm, p, "bigint", protos[i], protos[i]);
  obj_define(vm, p, val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), bi_str(vm, "BigInt"), PA_CONFIG);
}

const NativeModule bi_bigint_module = {"bigint", bigint_defs, sizeof bigint_defs / sizeof bigint_defs[0], bigint_init};
