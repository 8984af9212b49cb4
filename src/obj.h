/* obj.h - JavaScript object semantics over the heap: property lookup along
 * prototype chains, definition, arrays, and the conversions that never run
 * JavaScript code.
 *
 * Operations that would have to run JavaScript (a getter, a setter, a
 * user-defined toString) do not do it: they return the function to call and
 * leave the call to the VM (see vm.c), which keeps every JavaScript call on
 * the frame stack rather than the C stack.  Functions returning VmStatus may
 * throw (vm->exc set).  Heap pointers are invalidated by any allocation;
 * everything here works with indices.
 */
#ifndef TT_OBJ_H
#define TT_OBJ_H

#include <stdbool.h>
#include <stdint.h>

#include "atoms.h"
#include "buf.h"
#include "heap.h"
#include "vm.h"

/* Result of a lookup. */
typedef enum Lookup {
  LK_ABSENT,   /* not found; *out = undefined */
  LK_VALUE,    /* data property; *out = value */
  LK_GETTER    /* accessor; *out = getter (undefined if none) */
} Lookup;

/* --- objects -------------------------------------------------------------- */
uint32_t obj_new(Vm *vm);                          /* {} */
uint32_t obj_new_proto(Vm *vm, uint32_t proto);    /* Object.create(proto) */
uint32_t obj_new_kind(Vm *vm, ObjKind kind, uint32_t proto, uint32_t ndata);

/* Own property (no prototype chain). */
Lookup obj_get_own(Vm *vm, uint32_t obj, Value key, Value *out);
/* Along the prototype chain, including array elements, string indices and
 * the virtual properties (array length, function name/length). */
Lookup obj_lookup(Vm *vm, uint32_t obj, Value key, Value *out);
/* obj_lookup's common case, inline for the dispatch loop and the
 * built-ins on hot paths: data properties of ordinary objects along the
 * chain.  Returns LK_VALUE or LK_ABSENT (with *out set, undefined when
 * absent) when that decides the lookup exactly as obj_lookup would, and -1
 * when obj_lookup must decide: an exotic object (array, arguments, boxed
 * primitive), an accessor, a function's virtual name or length, an error's
 * stack not formatted yet, a chain longer than 64. */
static inline int obj_lookup_plain(Heap *h, uint32_t obj, Value key, Value *out) {
  uint32_t depth = 0;
  for (uint32_t o = obj; o; o = h->objs[o].proto) {
    const Obj *ob = heap_obj(h, o);
    if (ob->kind == OK_ARRAY || ob->kind == OK_ARGUMENTS || ob->kind == OK_BOXED || ++depth > 64) return -1;
    const Value *pr = &h->slots[ob->props];
    for (uint32_t i = 0; i < ob->nprops; i++)
      if (val_key_strip(pr[2 * i]) == key) {
        Value v = pr[2 * i + 1];
        if (((pr[2 * i] >> 32) & PA_ACCESSOR) || v == VAL_HOLE) return -1;
        *out = v;
        return LK_VALUE;
      }
    if ((ob->kind == OK_FUNC || ob->kind == OK_NATIVE || ob->kind == OK_BOUND) &&
        (key == val_str(ATOM_name) || key == val_str(ATOM_length)))
      return -1;
  }
  *out = VAL_UNDEF;
  return LK_ABSENT;
}
/* Lookup on any value: primitives use their prototype; null/undefined
 * throw the node TypeError ("Cannot read properties of undefined (reading
 * 'x')").  Returns VS_THROW or VS_OK with *lk set. */
VmStatus val_lookup(Vm *vm, Value base, Value key, Value *out, Lookup *lk);

/* Assignment base[key] = v.  *setter receives a setter to call (VS_CALL
 * means "call *setter with this=base, arg v"), otherwise the property is
 * written (or silently not, for non-writable/frozen in sloppy code). */
VmStatus val_set(Vm *vm, Value base, Value key, Value v, Value *setter);
/* Assignment super[key] = v: OrdinarySet from base (the home object's
 * prototype, 0 for null) with receiver (this); *setter as for val_set. */
VmStatus val_super_set(Vm *vm, uint32_t base, Value receiver, Value key, Value v, Value *setter);
/* Defines (or overwrites) an own data property with attributes. */
void obj_define(Vm *vm, uint32_t obj, Value key, Value v, unsigned attrs);
/* Convenience: string-keyed define from a C string. */
void obj_define_cstr(Vm *vm, uint32_t obj, const char *key, Value v, unsigned attrs);
/* Defines an accessor (getter and/or setter may be undefined). */
void obj_define_accessor(Vm *vm, uint32_t obj, Value key, Value getter, Value setter,
                         unsigned attrs);
/* Deletes an own property; false if non-configurable. */
bool obj_delete(Vm *vm, uint32_t obj, Value key);
bool obj_has(Vm *vm, uint32_t obj, Value key);      /* `in` */
bool obj_has_own(Vm *vm, uint32_t obj, Value key);

/* Own keys in spec order: integer keys ascending, then strings in
 * insertion order, then (with symbols) symbols.  Only enumerable ones when
 * enum_only.  Returns a new array object of the keys. */
uint32_t obj_own_keys(Vm *vm, uint32_t obj, bool enum_only, bool symbols);
/* Every own key as Object.getOwnPropertyNames lists it, with the built-in
 * non-enumerable ones obj_own_keys leaves out (an array's length, a
 * function's length and name). */
uint32_t obj_own_names(Vm *vm, uint32_t obj, bool symbols);

/* Freezing, sealing and extensibility.  Arrays and arguments objects keep
 * their elements' level in Obj.aux. */
enum { EL_NORMAL = 0, EL_FROZEN = 1, EL_SEALED = 2 };
void obj_freeze(Vm *vm, uint32_t obj);
void obj_seal(Vm *vm, uint32_t obj);
bool obj_is_frozen(Vm *vm, uint32_t obj);
bool obj_is_sealed(Vm *vm, uint32_t obj);
/* delete obj[key]: in strict code a non-configurable property throws
 * V8's TypeError ("Cannot delete property 'a' of #<Object>"). */
VmStatus obj_delete_strict(Vm *vm, uint32_t obj, Value key, bool *deleted);
/* V8's side-effect-free text for a value in messages ("#<Point>",
 * "[object Array]", "Error: boom", a function's source). */
void val_display_string(Vm *vm, Value v, Buf *out);

/* --- arrays --------------------------------------------------------------- */
uint32_t arr_new(Vm *vm, uint32_t len);            /* filled with holes? no: undefined */
uint32_t arr_from(Vm *vm, const Value *v, uint32_t n);
void arr_push(Vm *vm, uint32_t arr, Value v);
uint32_t arr_len(Vm *vm, uint32_t arr);
Value arr_get(Vm *vm, uint32_t arr, uint32_t i);   /* holes read as undefined */
void arr_set(Vm *vm, uint32_t arr, uint32_t i, Value v); /* grows with holes */
void arr_set_len(Vm *vm, uint32_t arr, uint32_t len);
/* True for OK_ARRAY and OK_ARGUMENTS objects. */
bool is_array_like_kind(Vm *vm, Value v);

/* --- values --------------------------------------------------------------- */
Value val_cstr(Vm *vm, const char *s);               /* interned string */
bool val_truthy(Vm *vm, Value v);
uint32_t val_typeof(Vm *vm, Value v);                /* string id */
bool val_is_callable(Vm *vm, Value v);
bool val_is_ctor(Vm *vm, Value v);
bool val_strict_eq(Vm *vm, Value a, Value b);
bool val_same_value_zero(Vm *vm, Value a, Value b);
bool val_same_value(Vm *vm, Value a, Value b);
/* Loose equality of two primitives, or of an object and null/undefined. */
bool val_loose_eq_prim(Vm *vm, Value a, Value b);

/* Conversions of primitives (callers convert objects with ToPrimitive
 * first; these throw TypeError for symbols where JavaScript does). */
VmStatus val_to_string_prim(Vm *vm, Value v, uint32_t *out);
VmStatus val_to_number_prim(Vm *vm, Value v, double *out);
double val_to_number_nothrow(Vm *vm, Value v);       /* symbols/objects -> NaN */
uint32_t num_to_str_id(Vm *vm, double d);
/* ToPropertyKey for a primitive: strings and symbols stay, numbers become
 * canonical strings. */
VmStatus val_to_key_prim(Vm *vm, Value v, Value *key);
Value key_from_index(Vm *vm, uint32_t i);
/* For a string key that is an array index, the index. */
bool key_array_index(Vm *vm, Value key, uint32_t *idx);

/* V8's text for a value it cannot point at in the source (its "default
 * call site"): typeof, then the value for primitives: `number 5`,
 * `string "a"`, `object null`, `undefined`, `object`, `function`. */
void val_default_callsite(Vm *vm, Value v, Buf *out);
/* Function.prototype.toString of a function object: its source text, or
 * "function name() { [native code] }" for built-ins. */
void fn_source(Vm *vm, uint32_t fn, Buf *out);
/* A symbol's String(): "Symbol(desc)". */
void val_symbol_text(Vm *vm, Value sym, Buf *out);

/* Objects: class-ish helpers. */
bool obj_is_kind(Vm *vm, Value v, ObjKind k);
uint32_t obj_proto(Vm *vm, uint32_t obj);
/* OrdinaryHasInstance: is proto in obj's chain. */
bool obj_instance_of(Vm *vm, Value v, uint32_t proto);
/* The prototype of a primitive's wrapper (0 for undefined and null). */
uint32_t obj_prim_proto(Vm *vm, Value v);
/* The name of a function object (string id; "" if none). */
uint32_t fn_name(Vm *vm, uint32_t fn);

#endif
