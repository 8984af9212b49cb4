/* bi_collection.c - Map, Set, WeakMap and WeakSet.
 *
 * Entries are kept in insertion order in the object's data (Map: key, value
 * pairs; Set: keys); a deleted entry becomes a hole so that live iterators
 * keep their position.  Lookup is a linear scan with SameValueZero, which
 * is fine for the sizes event-loop snippets use.  Weak collections hold
 * their keys strongly (the checker never observes collection by GC). */
#include "bi.h"
#include "vm_ops.h"

static bool is_map_kind(Vm *vm, Value v, bool set) { return bi_is_kind(vm, v, set ? OK_SET : OK_MAP); }

static int64_t find(Vm *vm, uint32_t c, Value key, uint32_t width) {
  if (val_is_num(key) && val_to_double(key) == 0) key = val_num(0); /* -0 is +0 */
  uint32_t n = heap_obj(HEAP, c)->ndata;
  for (uint32_t i = 0; i < n; i += width) {
    Value k = heap_get_data(HEAP, c, i);
    if (k != VAL_HOLE && val_same_value_zero(vm, k, key)) return i;
  }
  return -1;
}

static VmStatus receiver(Vm *vm, Value this_v, bool set, const char *method, uint32_t *c) {
  *c = 0;
  if (!is_map_kind(vm, this_v, set)) {
    Buf b;
    buf_init(&b);
    val_display_string(vm, this_v, &b);
    buf_putc(&b, '\0');
    VmStatus st = vm_throw_type(vm, "Method %s.prototype.%s called on incompatible receiver %s", set ? "Set" : "Map",
                                method, b.data);
    buf_free(&b);
    return st;
  }
  *c = val_obj_idx(this_v);
  return VS_OK;
}

/* Weak collections (aux = 1) take only objects as keys. */
static VmStatus weak_key(Vm *vm, uint32_t c, Value key, bool set) {
  if (heap_obj(HEAP, c)->aux != 1 || val_is_obj(key)) return VS_OK;
  return vm_throw_type(vm, set ? "Invalid value used in weak set" : "Invalid value used as weak map key");
}

static VmStatus construct(Vm *vm, Value *args, uint32_t argc, ObjKind kind, int proto_intr, const char *fill,
                          Value *out) {
  if (vm->new_target == VAL_UNDEF)
    return vm_throw_type(vm, "Constructor %s requires 'new'",
                         proto_intr == INTR_WEAKMAP_PROTO ? "WeakMap" : proto_intr == INTR_WEAKSET_PROTO ? "WeakSet"
                         : kind == OK_MAP ? "Map" : "Set");
  Value pv;
  obj_lookup(vm, val_obj_idx(vm->new_target), val_str(ATOM_prototype), &pv);
  uint32_t c = heap_alloc(HEAP, kind, val_is_obj(pv) ? val_obj_idx(pv) : vm->intr[proto_intr], 0, 0);
  heap_obj(HEAP, c)->aux = proto_intr == INTR_WEAKMAP_PROTO || proto_intr == INTR_WEAKSET_PROTO;
  *out = val_obj(c);
  if (argc && !val_is_nullish(args[0])) {
    Value a[2] = {*out, args[0]};
    return vm_tail_call(vm, realm_hook(vm, fill), VAL_UNDEF, a, 2);
  }
  return VS_OK;
}

NATIVE(nat_map) {
  NATIVE_UNUSED();
  return construct(vm, args, argc, OK_MAP, INTR_MAP_PROTO, "mapFill", out);
}

NATIVE(nat_set) {
  NATIVE_UNUSED();
  return construct(vm, args, argc, OK_SET, INTR_SET_PROTO, "setFill", out);
}

NATIVE(nat_weakmap) {
  NATIVE_UNUSED();
  return construct(vm, args, argc, OK_MAP, INTR_WEAKMAP_PROTO, "mapFill", out);
}

NATIVE(nat_weakset) {
  NATIVE_UNUSED();
  return construct(vm, args, argc, OK_SET, INTR_WEAKSET_PROTO, "setFill", out);
}

NATIVE(nat_map_get) {
  NATIVE_UNUSED();
  uint32_t c;
  VmStatus st = receiver(vm, this_v, false, "get", &c);
  if (st != VS_OK) return st;
  int64_t i = find(vm, c, ARG(0), 2);
  *out = i < 0 ? VAL_UNDEF : heap_get_data(HEAP, c, (uint32_t)i + 1);
  return VS_OK;
}

NATIVE(nat_map_set) {
  NATIVE_UNUSED();
  uint32_t c;
  VmStatus st = receiver(vm, this_v, false, "set", &c);
  if (st != VS_OK || (st = weak_key(vm, c, ARG(0), false)) != VS_OK) return st;
  Value k = ARG(0);
  if (val_is_num(k) && val_to_double(k) == 0) k = val_num(0);
  int64_t i = find(vm, c, k, 2);
  if (i >= 0) {
    heap_set_data(HEAP, c, (uint32_t)i + 1, ARG(1));
  } else {
    heap_data_push(HEAP, c, k);
    heap_data_push(HEAP, c, ARG(1));
  }
  *out = this_v;
  return VS_OK;
}

static VmStatus has(Vm *vm, Value this_v, Value key, bool set, Value *out) {
  uint32_t c;
  VmStatus st = receiver(vm, this_v, set, "has", &c);
  if (st != VS_OK) return st;
  *out = val_bool(find(vm, c, key, set ? 1 : 2) >= 0);
  return VS_OK;
}

NATIVE(nat_map_has) {
  NATIVE_UNUSED();
  return has(vm, this_v, ARG(0), false, out);
}

NATIVE(nat_set_has) {
  NATIVE_UNUSED();
  return has(vm, this_v, ARG(0), true, out);
}

static VmStatus del(Vm *vm, Value this_v, Value key, bool set, Value *out) {
  uint32_t c;
  VmStatus st = receiver(vm, this_v, set, "delete", &c);
  if (st != VS_OK) return st;
  int64_t i = find(vm, c, key, set ? 1 : 2);
  if (i >= 0) {
    heap_set_data(HEAP, c, (uint32_t)i, VAL_HOLE);
    if (!set) heap_set_data(HEAP, c, (uint32_t)i + 1, VAL_UNDEF);
  }
  *out = val_bool(i >= 0);
  return VS_OK;
}

NATIVE(nat_map_delete) {
  NATIVE_UNUSED();
  return del(vm, this_v, ARG(0), false, out);
}

NATIVE(nat_set_delete) {
  NATIVE_UNUSED();
  return del(vm, this_v, ARG(0), true, out);
}

static VmStatus clear(Vm *vm, Value this_v, bool set, Value *out) {
  uint32_t c;
  VmStatus st = receiver(vm, this_v, set, "clear", &c);
  if (st != VS_OK) return st;
  for (uint32_t i = 0; i < heap_obj(HEAP, c)->ndata; i++) heap_set_data(HEAP, c, i, VAL_HOLE);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_map_clear) {
  NATIVE_UNUSED();
  return clear(vm, this_v, false, out);
}

NATIVE(nat_set_clear) {
  NATIVE_UNUSED();
  return clear(vm, this_v, true, out);
}

static VmStatus size(Vm *vm, Value this_v, bool set, Value *out) {
  uint32_t c;
  VmStatus st = receiver(vm, this_v, set, "size", &c);
  if (st != VS_OK) return st;
  uint32_t n = 0, w = set ? 1 : 2;
  for (uint32_t i = 0; i < heap_obj(HEAP, c)->ndata; i += w) n += heap_get_data(HEAP, c, i) != VAL_HOLE;
  *out = val_num(n);
  return VS_OK;
}

NATIVE(nat_map_size) {
  NATIVE_UNUSED();
  return size(vm, this_v, false, out);
}

NATIVE(nat_set_size) {
  NATIVE_UNUSED();
  return size(vm, this_v, true, out);
}

NATIVE(nat_set_add) {
  NATIVE_UNUSED();
  uint32_t c;
  VmStatus st = receiver(vm, this_v, true, "add", &c);
  if (st != VS_OK || (st = weak_key(vm, c, ARG(0), true)) != VS_OK) return st;
  Value k = ARG(0);
  if (val_is_num(k) && val_to_double(k) == 0) k = val_num(0);
  if (find(vm, c, k, 1) < 0) heap_data_push(HEAP, c, k);
  *out = this_v;
  return VS_OK;
}

static VmStatus iterate(Vm *vm, Value this_v, bool set, unsigned kind, Value *out) {
  uint32_t c;
  VmStatus st = receiver(vm, this_v, set, "entries", &c);
  if (st != VS_OK) return st;
  *out = val_obj(iter_new(vm, kind, this_v));
  return VS_OK;
}

NATIVE(nat_map_entries) {
  NATIVE_UNUSED();
  return iterate(vm, this_v, false, IT_MAP_ENTRIES, out);
}
NATIVE(nat_map_keys) {
  NATIVE_UNUSED();
  return iterate(vm, this_v, false, IT_MAP_KEYS, out);
}
NATIVE(nat_map_values) {
  NATIVE_UNUSED();
  return iterate(vm, this_v, false, IT_MAP_VALUES, out);
}
NATIVE(nat_set_values) {
  NATIVE_UNUSED();
  return iterate(vm, this_v, true, IT_SET_VALUES, out);
}
NATIVE(nat_set_entries) {
  NATIVE_UNUSED();
  return iterate(vm, this_v, true, IT_SET_ENTRIES, out);
}

static const NativeDef collection_defs[] = {
    {"Map", 0, NF_CTOR, nat_map},           {"Set", 0, NF_CTOR, nat_set},
    {"WeakMap", 0, NF_CTOR, nat_weakmap},   {"WeakSet", 0, NF_CTOR, nat_weakset},
    {"get", 1, 0, nat_map_get},             {"set", 2, 0, nat_map_set},
    {"$mapHas", 1, 0, nat_map_has},         {"$setHas", 1, 0, nat_set_has},
    {"$mapDelete", 1, 0, nat_map_delete},   {"$setDelete", 1, 0, nat_set_delete},
    {"$mapClear", 0, 0, nat_map_clear},     {"$setClear", 0, 0, nat_set_clear},
    {"$mapSize", 0, 0, nat_map_size},       {"$setSize", 0, 0, nat_set_size},
    {"add", 1, 0, nat_set_add},             {"entries", 0, 0, nat_map_entries},
    {"keys", 0, 0, nat_map_keys},           {"values", 0, 0, nat_map_values},
    {"$setValues", 0, 0, nat_set_values},   {"$setEntries", 0, 0, nat_set_entries},
};

static void named(Vm *vm, uint32_t obj, const char *native, const char *name) {
  uint32_t fn = realm_new_native(vm, "collection", native, 0);
  if (native[0] == '$') obj_define_cstr(vm, fn, "name", bi_str(vm, name), PA_CONFIG);
  bi_method(vm, obj, name, val_obj(fn));
}

static void size_getter(Vm *vm, uint32_t proto, const char *native) {
  uint32_t fn = realm_new_native(vm, "collection", native, 0);
  obj_define_cstr(vm, fn, "name", bi_str(vm, "get size"), PA_CONFIG);
  obj_define_accessor(vm, proto, bi_str(vm, "size"), val_obj(fn), VAL_UNDEF, PA_CONFIG);
}

static void collection_init(Vm *vm) {
  realm_make_ctor(vm, "collection", "Map", INTR_MAP_PROTO, INTR_MAP);
  realm_make_ctor(vm, "collection", "Set", INTR_SET_PROTO, INTR_SET);
  realm_make_ctor(vm, "collection", "WeakMap", INTR_WEAKMAP_PROTO, -1);
  realm_make_ctor(vm, "collection", "WeakSet", INTR_WEAKSET_PROTO, -1);
  Value it = val_sym(vm->intr[INTR_SYM_ITERATOR]);
  uint32_t mp = vm->intr[INTR_MAP_PROTO], sp = vm->intr[INTR_SET_PROTO];
  uint32_t wmp = vm->intr[INTR_WEAKMAP_PROTO], wsp = vm->intr[INTR_WEAKSET_PROTO];
  for (int pass = 0; pass < 2; pass++) {
    uint32_t m = pass ? wmp : mp, s = pass ? wsp : sp;
    named(vm, m, "get", "get");
    named(vm, m, "set", "set");
    named(vm, m, "$mapHas", "has");
    named(vm, m, "$mapDelete", "delete");
    named(vm, s, "add", "add");
    named(vm, s, "$setHas", "has");
    named(vm, s, "$setDelete", "delete");
  }
  named(vm, mp, "$mapClear", "clear");
  named(vm, sp, "$setClear", "clear");
  size_getter(vm, mp, "$mapSize");
  size_getter(vm, sp, "$setSize");
  uint32_t entries = realm_new_native(vm, "collection", "entries", 0);
  bi_method(vm, mp, "entries", val_obj(entries));
  obj_define(vm, mp, it, val_obj(entries), PA_WRITABLE | PA_CONFIG);
  named(vm, mp, "keys", "keys");
  named(vm, mp, "values", "values");
  uint32_t values = realm_new_native(vm, "collection", "$setValues", 0);
  obj_define_cstr(vm, values, "name", bi_str(vm, "values"), PA_CONFIG);
  bi_method(vm, sp, "values", val_obj(values));
  bi_method(vm, sp, "keys", val_obj(values));
  obj_define(vm, sp, it, val_obj(values), PA_WRITABLE | PA_CONFIG);
  named(vm, sp, "$setEntries", "entries");
}

const NativeModule bi_collection_module = {"collection", collection_defs,
                                           sizeof collection_defs / sizeof collection_defs[0], collection_init};
