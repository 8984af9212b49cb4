/* vm_bigint.c - see vm_bigint.h. */
#include "vm_bigint.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "numconv.h"
#include "obj.h"
#include "realm.h"

#define S(i) (vm->stack[vm->sp - 1 - (i)])

static const char MIX_MSG[] = "Cannot mix BigInt and other types, use explicit conversions";
static const char SIZE_MSG[] = "Maximum BigInt size exceeded";

/* --- values ---------------------------------------------------------------------- */

Value vbig_make(Vm *vm, const BInt *b) {
  Buf t;
  buf_init(&t);
  bint_to_string(b, 10, &t);
  uint32_t id = str_intern8(vm->strs, (const uint8_t *)t.data, t.len);
  buf_free(&t);
  return val_big(id);
}

void vbig_get(Vm *vm, Value v, BInt *b) {
  uint32_t s = val_payload(v), n = str_len(vm->strs, s);
  const char *d = (const char *)str_data8(vm->strs, s); /* ASCII digits: always narrow */
  bool neg = n && d[0] == '-';
  bint_parse(b, d + neg, n - neg, 10);
  if (neg) bint_neg(b);
}

Value vbig_from_i64(Vm *vm, int64_t v) {
  BInt b;
  bint_init(&b);
  bint_set_i64(&b, v);
  Value r = vbig_make(vm, &b);
  bint_free(&b);
  return r;
}

bool vbig_is_zero(Value v) { return val_payload(v) == ATOM_zero; }

double vbig_to_double(Vm *vm, Value v) {
  BInt b;
  bint_init(&b);
  vbig_get(vm, v, &b);
  double d = bint_to_double(&b);
  bint_free(&b);
  return d;
}

/* --- conversions ------------------------------------------------------------------ */

/* StringToBigInt on trimmed UTF-8 text: "", 0x/0o/0b digits, or a signed
 * decimal integer. */
static bool parse_text(const char *s, size_t n, BInt *b) {
  if (n == 0) {
    bint_set_u64(b, 0);
    return true;
  }
  if (n > 2 && s[0] == '0') {
    char p = (char)(s[1] | 0x20);
    unsigned radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (radix) return bint_parse(b, s + 2, n - 2, radix);
  }
  bool neg = s[0] == '-';
  size_t at = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (!bint_parse(b, s + at, n - at, 10)) return false;
  if (neg) bint_neg(b);
  return true;
}

bool vbig_parse_string(Vm *vm, uint32_t s, BInt *b) {
  Buf t;
  buf_init(&t);
  str_to_utf8(vm->strs, s, &t);
  const char *p = t.data ? t.data : ""; /* (no buffer for the empty string: no offset from NULL) */
  size_t begin, end;
  num_trim_ws(p, t.len, &begin, &end);
  bool ok = parse_text(p + begin, end - begin, b);
  buf_free(&t);
  return ok;
}

/* V8's text for v in "Cannot convert X to a BigInt". */
static void convert_error_text(Vm *vm, Value v, Buf *out) {
  if (val_is_sym(v)) val_symbol_text(vm, v, out);
  else if (val_is_str(v)) str_to_utf8(vm->strs, val_str_id(v), out);
  else {
    uint32_t s = ATOM_empty;
    val_to_string_prim(vm, v, &s);
    str_to_utf8(vm->strs, s, out);
  }
}

static VmStatus convert_error(Vm *vm, Value v) {
  Buf t;
  buf_init(&t);
  convert_error_text(vm, v, &t);
  VmStatus st;
  if (val_is_str(v)) {
    Buf m;
    buf_init(&m);
    buf_printf(&m, "Cannot convert %s to a BigInt", t.data ? t.data : "");
    st = vm_throw_error(vm, INTR_SYNTAX_ERROR, m.data);
    buf_free(&m);
  } else {
    st = vm_throw_type(vm, "Cannot convert %s to a BigInt", t.data ? t.data : "");
  }
  buf_free(&t);
  return st;
}

VmStatus vbig_to_bigint(Vm *vm, Value v, Value *out) {
  if (val_is_big(v)) {
    *out = v;
    return VS_OK;
  }
  if (val_is_bool(v)) {
    *out = vbig_from_i64(vm, v == VAL_TRUE);
    return VS_OK;
  }
  if (!val_is_str(v)) return convert_error(vm, v);
  BInt b;
  bint_init(&b);
  bool ok = vbig_parse_string(vm, val_str_id(v), &b);
  if (ok) *out = vbig_make(vm, &b);
  bint_free(&b);
  return ok ? VS_OK : convert_error(vm, v);
}

VmStatus vbig_construct(Vm *vm, Value v, Value *out) {
  if (!val_is_num(v)) return vbig_to_bigint(vm, v, out);
  BInt b;
  bint_init(&b);
  bool ok = bint_set_double(&b, val_to_double(v));
  if (ok) *out = vbig_make(vm, &b);
  bint_free(&b);
  if (ok) return VS_OK;
  char t[NUM_TOSTRING_BUFSIZE];
  num_to_string(val_to_double(v), t);
  return vm_throw_range(vm, "The number %s cannot be converted to a BigInt because it is not an integer", t);
}

uint32_t vbig_to_string_radix(Vm *vm, Value v, unsigned radix) {
  if (radix == 10) return val_payload(v);
  BInt b;
  Buf t;
  bint_init(&b);
  buf_init(&t);
  vbig_get(vm, v, &b);
  bint_to_string(&b, radix, &t);
  uint32_t id = str_intern8(vm->strs, (const uint8_t *)t.data, t.len);
  bint_free(&b);
  buf_free(&t);
  return id;
}

/* --- operators ------------------------------------------------------------------ */

/* r = a << k for a signed shift count k (negative: right shift). */
static bool shift_left(BInt *r, const BInt *a, const BInt *k) {
  int64_t n;
  bool fits = bint_to_i64(k, &n);
  if (k->neg && (!fits || n < -(int64_t)BINT_MAX_BITS)) n = -(int64_t)BINT_MAX_BITS; /* all bits gone */
  else if (!fits || n > (int64_t)BINT_MAX_BITS) return bint_is_zero(a) ? (bint_set_u64(r, 0), true) : false;
  if (n >= 0) {
    if (!bint_is_zero(a) && bint_bit_length(a) + (uint64_t)n > BINT_MAX_BITS) return false;
    bint_shl(r, a, (uint64_t)n);
  } else {
    bint_shr(r, a, (uint64_t)-n);
  }
  return true;
}

/* r = a ** e (e >= 0); false when the result is too large. */
static bool power(BInt *r, const BInt *a, const BInt *e) {
  uint64_t len = bint_bit_length(a);
  if (bint_is_zero(e) || len <= 1) { /* 0, 1, -1 */
    int64_t x;
    bint_to_i64(a, &x);
    bint_set_i64(r, bint_is_zero(e) ? 1 : x == 0 ? 0 : (x < 0 && (e->d[0] & 1)) ? -1 : 1);
    return true;
  }
  int64_t n;
  if (!bint_to_i64(e, &n) || n > (int64_t)BINT_MAX_BITS) return false;
  /* the result has floor(n * log2|a|) + 1 bits; log2 from a's leading bits */
  BInt top;
  bint_init(&top);
  bint_shr(&top, a, len > 64 ? len - 64 : 0);
  double lg = log2(fabs(bint_to_double(&top))) + (double)(len > 64 ? len - 64 : 0);
  bint_free(&top);
  if ((double)n * lg + 1 > (double)BINT_MAX_BITS) return false;
  bint_pow(r, a, (uint64_t)n);
  return true;
}

/* r = a op b; a VmStatus when the operator throws instead. */
static VmStatus compute(Vm *vm, uint32_t op, BInt *r, const BInt *a, const BInt *b) {
  switch (op) {
    case OP_ADD: bint_add(r, a, b); break;
    case OP_SUB: bint_sub(r, a, b); break;
    case OP_MUL:
      if (!bint_is_zero(a) && !bint_is_zero(b) && bint_bit_length(a) + bint_bit_length(b) > BINT_MAX_BITS + 1)
        return vm_throw_range(vm, SIZE_MSG);
      bint_mul(r, a, b);
      break;
    case OP_DIV: if (!bint_divmod(r, NULL, a, b)) return vm_throw_range(vm, "Division by zero"); break;
    case OP_MOD: if (!bint_divmod(NULL, r, a, b)) return vm_throw_range(vm, "Division by zero"); break;
    case OP_EXP:
      if (b->neg) return vm_throw_range(vm, "undefined must be positive"); /* sic: node 20's V8 */
      if (!power(r, a, b)) return vm_throw_range(vm, SIZE_MSG);
      break;
    case OP_BITAND: bint_and(r, a, b); break;
    case OP_BITOR: bint_or(r, a, b); break;
    case OP_BITXOR: bint_xor(r, a, b); break;
    case OP_SHL: case OP_SHR: {
      BInt k;
      bint_init(&k);
      bint_copy(&k, b);
      if (op == OP_SHR) bint_neg(&k);
      bool ok = shift_left(r, a, &k);
      bint_free(&k);
      if (!ok) return vm_throw_range(vm, SIZE_MSG);
      break;
    }
    default: return vm_throw_type(vm, "BigInts have no unsigned right shift, use >> instead");
  }
  return VS_OK;
}

VmStatus vbig_binary(Vm *vm, uint32_t op) {
  Value va = S(1), vb = S(0);
  if (val_is_sym(va) || val_is_sym(vb)) return vm_throw_type(vm, "Cannot convert a Symbol value to a number");
  if (!val_is_big(va) || !val_is_big(vb)) return vm_throw_type(vm, MIX_MSG);
  BInt a, b, r;
  bint_init(&a);
  bint_init(&b);
  bint_init(&r);
  vbig_get(vm, va, &a);
  vbig_get(vm, vb, &b);
  VmStatus st = compute(vm, op, &r, &a, &b);
  if (st == VS_OK) {
    vm->sp--;
    S(0) = vbig_make(vm, &r);
  }
  bint_free(&a);
  bint_free(&b);
  bint_free(&r);
  return st;
}

VmStatus vbig_unary(Vm *vm, uint32_t op) {
  if (op == OP_TO_NUMERIC) return VS_OK;
  if (op == OP_PLUS) return vm_throw_type(vm, "Cannot convert a BigInt value to a number");
  BInt a, one;
  bint_init(&a);
  bint_init(&one);
  vbig_get(vm, S(0), &a);
  bint_set_u64(&one, 1);
  switch (op) {
    case OP_NEG: bint_neg(&a); break;
    case OP_BITNOT: bint_not(&a, &a); break;
    case OP_INC: bint_add(&a, &a, &one); break;
    case OP_DEC: bint_sub(&a, &a, &one); break;
    default: break;
  }
  S(0) = vbig_make(vm, &a);
  bint_free(&a);
  bint_free(&one);
  return VS_OK;
}

/* -1, 0, 1 for BigInt a against primitive b (a BigInt, number, string,
 * boolean, undefined or null); 2 when undefined. */
static int compare_with(Vm *vm, const BInt *a, Value b) {
  BInt t;
  bint_init(&t);
  int c = 2;
  if (val_is_big(b)) {
    vbig_get(vm, b, &t);
    c = bint_cmp(a, &t);
  } else if (val_is_str(b)) {
    if (vbig_parse_string(vm, val_str_id(b), &t)) c = bint_cmp(a, &t);
  } else {
    c = bint_cmp_double(a, val_to_number_nothrow(vm, b));
  }
  bint_free(&t);
  return c;
}

int vbig_compare(Vm *vm, Value a, Value b) {
  bool swap = !val_is_big(a);
  BInt x;
  bint_init(&x);
  vbig_get(vm, swap ? b : a, &x);
  int c = compare_with(vm, &x, swap ? a : b);
  bint_free(&x);
  return swap && c != 2 ? -c : c;
}

bool vbig_loose_eq(Vm *vm, Value a, Value b) {
  if (val_is_big(a) && val_is_big(b)) return a == b;
  Value other = val_is_big(a) ? b : a;
  if (val_is_nullish(other) || val_is_sym(other) || val_is_obj(other)) return false;
  return vbig_compare(vm, a, b) == 0;
}
