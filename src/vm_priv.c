/* vm_priv.c - private class members (#x): names, fields, methods,
 * accessors, the brand check `#x in o`.
 *
 * Representation, and why:
 *  - A private name is an OK_SYMBOL record with aux SYM_PRIVATE, made
 *    fresh each time its class body is evaluated (OP_PRIV_NAME) and bound
 *    in the class scope as a constant called "#x" (no identifier is
 *    spelled so).  The ordinary scope chain then resolves #x in methods,
 *    arrows and nested classes (an inner class redeclaring #x shadows it),
 *    and two evaluations of one class body never share a name.
 *  - A private member is an own property keyed by that symbol, with the
 *    attribute PA_PRIVATE.  It is plain heap data, so the canonical state
 *    encoding, restore and the GC need nothing new; the one attribute bit
 *    is what every enumeration skips (obj_own_keys, integrity levels), and
 *    no built-in can name the key, since user code never holds the symbol.
 *  - Lookups by a private key are own-only (no prototype chain) and ignore
 *    extensibility: they are brand checks on the object itself.
 *  - A private method or accessor is created once per class evaluation and
 *    kept in its name record (PN_METHOD); each instance (or, static, the
 *    class) gets a non-writable property pointing to it when its fields
 *    are initialised (OP_PRIV_BRAND), as the spec's PrivateMethodOrAccessorAdd.
 * Messages are V8's (node v20), including its split between fields and
 * methods ("Receiver must be an instance of class A").
 */
#include "vm_ops.h"

#include <string.h>

#define S(i) (vm->stack[vm->sp - 1 - (i)])
#define PUSH(v) vm_push(vm, (v))
#define SLOT(i) (vm->sp - 1 - (i))

/* Name record data: "#x", the method (function, OK_ACCESSOR or undefined
 * for a field), the class's own name (or "anonymous"), PN_K_* kind. */
enum { PN_DESC, PN_METHOD, PN_CLASS, PN_KIND, PN__COUNT };
enum { PN_K_FIELD, PN_K_METHOD, PN_K_STATIC };

bool priv_is_name(Vm *vm, Value key) {
  return val_is_sym(key) && heap_obj(H, val_obj_idx(key))->aux == SYM_PRIVATE;
}

static const char *pn_text(Vm *vm, Value name, int field) {
  return str_cstr_tmp(vm->strs, val_str_id(heap_get_data(H, val_obj_idx(name), (uint32_t)field)));
}

static unsigned pn_kind(Vm *vm, Value name) {
  return (unsigned)val_to_double(heap_get_data(H, val_obj_idx(name), PN_KIND));
}

void op_priv_name(Vm *vm, uint32_t desc, uint32_t cls) {
  uint32_t s = heap_alloc(H, OK_SYMBOL, 0, 0, PN__COUNT);
  heap_obj(H, s)->aux = SYM_PRIVATE;
  heap_set_data(H, s, PN_DESC, val_str(desc));
  heap_set_data(H, s, PN_CLASS, val_str(cls ? cls : str_cstr(vm->strs, "anonymous")));
  heap_set_data(H, s, PN_KIND, val_num(PN_K_FIELD));
  PUSH(val_sym(s));
}

/* home name fn -> home: fn (kind 0 method, 1 getter, 2 setter) becomes
 * the name's method; home is its home object (for super). */
void op_priv_method(Vm *vm, uint32_t kind, uint32_t is_static) {
  Value fn = S(0), name = S(1);
  uint32_t n = val_obj_idx(name);
  vm->sp -= 2;
  heap_set_data(H, val_obj_idx(fn), FD_HOME, S(0));
  heap_set_data(H, n, PN_KIND, val_num(is_static ? PN_K_STATIC : PN_K_METHOD));
  if (kind == 0) {
    heap_set_data(H, n, PN_METHOD, fn);
    return;
  }
  Value acc = heap_get_data(H, n, PN_METHOD);
  if (!val_is_obj(acc)) {
    uint32_t a = heap_alloc(H, OK_ACCESSOR, 0, 0, 2);
    acc = val_obj(a);
    heap_set_data(H, n, PN_METHOD, acc);
  }
  heap_set_data(H, val_obj_idx(acc), kind - 1, fn);
}

/* obj name -> obj: adds a private method or accessor to obj. */
VmStatus op_priv_brand(Vm *vm) {
  Value name = S(0), m;
  uint32_t obj = val_obj_idx(S(1));
  if (heap_prop_find(H, obj, name) >= 0) {
    /* V8 adds the methods in the constructor itself: the error's stack
     * starts there, without the fields initialiser running this. */
    vm->nframes--;
    VmStatus st = vm_throw_type(vm, "Cannot initialize private methods of class %s twice on the same object",
                                pn_text(vm, name, PN_CLASS));
    vm->nframes++;
    return st;
  }
  m = heap_get_data(H, val_obj_idx(name), PN_METHOD);
  bool acc = heap_obj(H, val_obj_idx(m))->kind == OK_ACCESSOR;
  heap_prop_add(H, obj, name, m, PA_PRIVATE | (acc ? PA_ACCESSOR : 0));
  vm->sp--;
  return VS_OK;
}

/* obj name v -> obj: defines a private field. */
VmStatus op_priv_field(Vm *vm) {
  Value v = S(0), name = S(1);
  uint32_t obj = val_obj_idx(S(2));
  if (heap_prop_find(H, obj, name) >= 0)
    return vm_throw_type(vm, "Cannot initialize %s twice on the same object", pn_text(vm, name, PN_DESC));
  heap_prop_add(H, obj, name, v, PA_PRIVATE | PA_WRITABLE);
  vm->sp -= 2;
  return VS_OK;
}

/* The property index of private name on base, or -1 after throwing V8's
 * error for a base that does not have it. */
static int32_t priv_find(Vm *vm, Value base, Value name, bool write, VmStatus *st) {
  int32_t i = val_is_obj(base) ? heap_prop_find(H, val_obj_idx(base), name) : -1;
  if (i >= 0) return i;
  unsigned kind = pn_kind(vm, name);
  const char *what = base == VAL_NULL ? "null" : "undefined";
  if (kind == PN_K_STATIC)
    *st = vm_throw_type(vm, "Receiver must be class %s", pn_text(vm, name, PN_CLASS));
  else if (val_is_nullish(base) && kind == PN_K_METHOD)
    *st = vm_throw_type(vm, "Cannot read properties of %s (reading '%s')", what, pn_text(vm, name, PN_CLASS));
  else if (val_is_nullish(base))
    *st = vm_throw_type(vm, "Cannot %s properties of %s (%s '%s')", write ? "set" : "read", what,
                        write ? "setting" : "reading", pn_text(vm, name, PN_DESC));
  else if (kind == PN_K_METHOD)
    *st = vm_throw_type(vm, "Receiver must be an instance of class %s", pn_text(vm, name, PN_CLASS));
  else
    *st = vm_throw_type(vm, write ? "Cannot write private member %s to an object whose class did not declare it"
                                  : "Cannot read private member %s from an object whose class did not declare it",
                        pn_text(vm, name, PN_DESC));
  return -1;
}

/* base name -> value (method: value base), running a getter. */
VmStatus op_priv_get(Vm *vm, bool method) {
  Value base = S(1), name = S(0);
  VmStatus st = VS_OK;
  int32_t i = priv_find(vm, base, name, false, &st);
  if (i < 0) return st;
  uint32_t o = val_obj_idx(base);
  Value v = heap_prop_value(H, o, (uint32_t)i);
  vm->sp--;
  if (!(heap_prop_attrs(H, o, (uint32_t)i) & PA_ACCESSOR)) {
    S(0) = v;
    if (method) PUSH(base);
    return VS_OK;
  }
  Value getter = heap_get_data(H, val_obj_idx(v), 0);
  if (getter == VAL_UNDEF) return vm_throw_type(vm, "'%s' was defined without a getter", pn_text(vm, name, PN_DESC));
  if (!method) { /* [base] -> [getter base]: the call leaves the value */
    S(0) = getter;
    PUSH(base);
    return vm_invoke(vm, 0, CONT_NORMAL, 0, VAL_UNDEF, 0);
  }
  uint32_t slot = SLOT(0); /* [base] -> [value base] */
  PUSH(base);
  PUSH(getter);
  PUSH(base);
  return vm_invoke(vm, 0, CONT_SLOT, slot, VAL_UNDEF, 0);
}

/* base name v -> v, running a setter. */
VmStatus op_priv_set(Vm *vm) {
  Value base = S(2), name = S(1), v = S(0);
  VmStatus st = VS_OK;
  int32_t i = priv_find(vm, base, name, true, &st);
  if (i < 0) return st;
  uint32_t o = val_obj_idx(base);
  unsigned attrs = heap_prop_attrs(H, o, (uint32_t)i);
  if (!(attrs & (PA_ACCESSOR | PA_WRITABLE)))
    return vm_throw_type(vm, "Private method '%s' is not writable", pn_text(vm, name, PN_DESC));
  if (!(attrs & PA_ACCESSOR)) {
    heap_prop_set_value(H, o, (uint32_t)i, v);
    vm->sp -= 2;
    S(0) = v;
    return VS_OK;
  }
  Value setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, o, (uint32_t)i)), 1);
  if (setter == VAL_UNDEF) return vm_throw_type(vm, "'%s' was defined without a setter", pn_text(vm, name, PN_DESC));
  vm->sp--; /* [base name v] -> [v setter base v] */
  S(1) = v;
  S(0) = setter;
  PUSH(base);
  PUSH(v);
  return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

/* name obj -> bool: `#x in obj`. */
VmStatus op_priv_in(Vm *vm) {
  Value obj = S(0), name = S(1);
  if (!val_is_obj(obj)) {
    uint32_t os = ATOM_empty;
    if (!val_is_sym(obj)) val_to_string_prim(vm, obj, &os);
    char ob[256];
    snprintf(ob, sizeof ob, "%s", str_cstr_tmp(vm->strs, os));
    /* V8 names a method's brand by its class */
    int what = pn_kind(vm, name) == PN_K_FIELD ? PN_DESC : PN_CLASS;
    return vm_throw_type(vm, "Cannot use 'in' operator to search for '%s' in %s", pn_text(vm, name, what), ob);
  }
  bool r = heap_prop_find(H, val_obj_idx(obj), name) >= 0;
  vm->sp--;
  S(0) = val_bool(r);
  return VS_OK;
}
