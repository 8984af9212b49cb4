/* bi_symbol.c - Symbol(), Symbol.for/keyFor, well-known symbols. */
#include "bi.h"

static uint32_t registry(Vm *vm) {
  Value r;
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  if (obj_get_own(vm, hooks, bi_str(vm, "%symbols"), &r) == LK_VALUE) return val_obj_idx(r);
  uint32_t o = obj_new_proto(vm, 0);
  obj_define_cstr(vm, hooks, "%symbols", val_obj(o), 0);
  return o;
}

static Value new_symbol(Vm *vm, Value desc) {
  uint32_t s = heap_alloc(HEAP, OK_SYMBOL, 0, 0, 1);
  heap_set_data(HEAP, s, 0, desc);
  return val_sym(s);
}

NATIVE(nat_symbol) {
  NATIVE_UNUSED();
  if (vm->new_target != VAL_UNDEF) return vm_throw_type(vm, "Symbol is not a constructor");
  Value d = ARG(0);
  if (d != VAL_UNDEF) {
    if (val_is_obj(d)) d = bi_str(vm, "[object Object]");
    else {
      uint32_t s;
      VmStatus st = val_to_string_prim(vm, d, &s);
      if (st != VS_OK) return st;
      d = val_str(s);
    }
  }
  *out = new_symbol(vm, d);
  return VS_OK;
}

NATIVE(nat_symbol_for) {
  NATIVE_UNUSED();
  uint32_t key = bi_prim_string(vm, ARG(0)), reg = registry(vm);
  Value v;
  if (obj_get_own(vm, reg, val_str(key), &v) == LK_VALUE) {
    *out = v;
    return VS_OK;
  }
  *out = new_symbol(vm, val_str(key));
  obj_define(vm, reg, val_str(key), *out, PA_DEFAULT);
  return VS_OK;
}

NATIVE(nat_symbol_key_for) {
  NATIVE_UNUSED();
  if (!val_is_sym(ARG(0))) return vm_throw_type(vm, "Symbol.keyFor requires a symbol");
  uint32_t reg = registry(vm);
  *out = VAL_UNDEF;
  for (uint32_t i = 0; i < heap_obj(HEAP, reg)->nprops; i++)
    if (heap_prop_value(HEAP, reg, i) == ARG(0)) *out = heap_prop_key(HEAP, reg, i);
  return VS_OK;
}

static Value this_symbol(Vm *vm, Value v) {
  if (val_is_sym(v)) return v;
  if (bi_is_kind(vm, v, OK_BOXED) && val_is_sym(heap_get_data(HEAP, val_obj_idx(v), 0)))
    return heap_get_data(HEAP, val_obj_idx(v), 0);
  return VAL_UNDEF;
}

NATIVE(nat_symbol_to_string) {
  NATIVE_UNUSED();
  Value s = this_symbol(vm, this_v);
  if (s == VAL_UNDEF) return vm_throw_type(vm, "Symbol.prototype.toString requires that 'this' be a Symbol");
  Value d = heap_get_data(HEAP, val_obj_idx(s), 0);
  uint32_t id = str_cstr(vm->strs, "Symbol(");
  if (val_is_str(d)) id = str_concat(vm->strs, id, val_str_id(d));
  *out = val_str(str_concat(vm->strs, id, str_cstr(vm->strs, ")")));
  return VS_OK;
}

NATIVE(nat_symbol_description) {
  NATIVE_UNUSED();
  Value s = this_symbol(vm, this_v);
  if (s == VAL_UNDEF) return vm_throw_type(vm, "Symbol.prototype.description requires that 'this' be a Symbol");
  *out = heap_get_data(HEAP, val_obj_idx(s), 0);
  return VS_OK;
}

NATIVE(nat_symbol_value_of) {
  NATIVE_UNUSED();
  *out = this_symbol(vm, this_v);
  if (*out == VAL_UNDEF) return vm_throw_type(vm, "Symbol.prototype.valueOf requires that 'this' be a Symbol");
  return VS_OK;
}

/* Symbol.prototype[@@toPrimitive]: Symbol.prototype itself is no symbol. */
NATIVE(nat_symbol_to_primitive) {
  NATIVE_UNUSED();
  *out = this_symbol(vm, this_v);
  if (*out == VAL_UNDEF)
    return vm_throw_type(vm, "Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol");
  return VS_OK;
}

static const NativeDef symbol_defs[] = {
    {"Symbol", 0, NF_CTOR, nat_symbol},
    {"for", 1, NF_STR(0), nat_symbol_for},
    {"keyFor", 1, 0, nat_symbol_key_for},
    {"$toString", 0, 0, nat_symbol_to_string},
    {"$description", 0, 0, nat_symbol_description},
    {"$valueOf", 0, 0, nat_symbol_value_of},
    {"$toPrimitive", 1, 0, nat_symbol_to_primitive},
};

static void symbol_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "symbol", "Symbol", INTR_SYMBOL_PROTO, INTR_SYMBOL);
  realm_install(vm, c, &bi_symbol_module);
  uint32_t p = vm->intr[INTR_SYMBOL_PROTO];
  bi_install(vm, p, "symbol", "$toString", "toString");
  bi_install(vm, p, "symbol", "$valueOf", "valueOf");
  uint32_t tp = realm_new_native(vm, "symbol", "$toPrimitive", 0);
  obj_define_cstr(vm, tp, "name", bi_str(vm, "[Symbol.toPrimitive]"), PA_CONFIG);
  obj_define_cstr(vm, tp, "length", val_num(1), PA_CONFIG);
  obj_define(vm, p, val_sym(vm->intr[INTR_SYM_TO_PRIMITIVE]), val_obj(tp), PA_CONFIG);
  uint32_t d = realm_new_native(vm, "symbol", "$description", 0);
  obj_define_cstr(vm, d, "name", bi_str(vm, "get description"), PA_CONFIG);
  obj_define_accessor(vm, p, bi_str(vm, "description"), val_obj(d), VAL_UNDEF, PA_CONFIG);
  static const struct { int intr; const char *name; } wk[] = {
      {INTR_SYM_ITERATOR, "iterator"}, {INTR_SYM_ASYNC_ITERATOR, "asyncIterator"},
      {INTR_SYM_HAS_INSTANCE, "hasInstance"}, {INTR_SYM_TO_PRIMITIVE, "toPrimitive"},
      {INTR_SYM_TO_STRING_TAG, "toStringTag"}, {INTR_SYM_SPECIES, "species"},
      {INTR_SYM_MATCH, "match"}, {INTR_SYM_MATCH_ALL, "matchAll"}, {INTR_SYM_REPLACE, "replace"},
      {INTR_SYM_SEARCH, "search"}, {INTR_SYM_SPLIT, "split"}};
  for (size_t i = 0; i < sizeof wk / sizeof wk[0]; i++)
    obj_define_cstr(vm, c, wk[i].name, val_sym(vm->intr[wk[i].intr]), 0);
}

const NativeModule bi_symbol_module = {"symbol", symbol_defs, sizeof symbol_defs / sizeof symbol_defs[0],
                                       symbol_init};
