/* vm_ops.h - helpers of the dispatch loop for instructions that are more
 * than a few lines.  Each works on the top of the value stack of the top
 * frame and returns VS_OK (done), VS_CALL (it pushed a frame: a getter, a
 * setter, a conversion), VS_THROW or VS_EXIT.  Helpers taking `ipc` may
 * make the instruction run again after a conversion (ToPrimitive runs in
 * JavaScript and its result replaces the operand). */
#ifndef TT_VM_OPS_H
#define TT_VM_OPS_H

#include "vm_int.h"

/* Built-in iterator kinds (OK_ITER aux); data = target, position. */
enum {
  IT_ARRAY_VALUES, IT_ARRAY_KEYS, IT_ARRAY_ENTRIES, IT_STRING, IT_MAP_ENTRIES, IT_MAP_KEYS,
  IT_MAP_VALUES, IT_SET_VALUES, IT_SET_ENTRIES, IT_FORIN
};

/* Steps a built-in iterator; false if `it` is not one. */
bool iter_builtin_step(Vm *vm, uint32_t it, Value *value, bool *done);
uint32_t iter_new(Vm *vm, unsigned kind, Value target);

void op_tdz_error(Vm *vm, uint32_t name);
uint32_t op_env_at(Vm *vm, uint32_t env, uint32_t depth);
uint32_t op_new_env(Vm *vm, uint32_t parent, uint32_t n);
uint32_t op_copy_env(Vm *vm, uint32_t env);
VmStatus op_get_global(Vm *vm, uint32_t name);
VmStatus op_set_global(Vm *vm, uint32_t name, bool strict);
VmStatus op_typeof_global(Vm *vm, uint32_t name);
VmStatus op_array_spread(Vm *vm, uint32_t ipc, uint32_t site, uint32_t in_call);
VmStatus op_get(Vm *vm, Value key, bool method);
VmStatus op_set(Vm *vm, Value key);
VmStatus op_get_elem(Vm *vm, uint32_t ipc, bool method);
VmStatus op_set_elem(Vm *vm, uint32_t ipc);
VmStatus op_delete(Vm *vm, Value key);
VmStatus op_delete_elem(Vm *vm, uint32_t ipc);
void op_define_prop(Vm *vm, uint32_t name);
void op_define_elem(Vm *vm);
void op_define_method(Vm *vm, uint32_t kind, uint32_t enumerable);
VmStatus op_obj_spread(Vm *vm);
/* Private members (vm_priv.c). */
bool priv_is_name(Vm *vm, Value key);
void op_priv_name(Vm *vm, uint32_t desc, uint32_t cls);
void op_priv_method(Vm *vm, uint32_t kind, uint32_t is_static);
VmStatus op_priv_brand(Vm *vm);
VmStatus op_priv_field(Vm *vm);
VmStatus op_priv_get(Vm *vm, bool method);
VmStatus op_priv_set(Vm *vm);
VmStatus op_priv_in(Vm *vm);
VmStatus op_obj_rest(Vm *vm);
VmStatus op_get_super(Vm *vm, Value key);
VmStatus op_get_super_elem(Vm *vm);
VmStatus op_set_super_elem(Vm *vm);
VmStatus op_to_propkey(Vm *vm, uint32_t ipc);
VmStatus op_call_spread(Vm *vm, uint32_t name);
VmStatus op_new(Vm *vm, uint32_t argc, uint32_t name);
VmStatus op_new_spread(Vm *vm, uint32_t name);
/* Throws the TypeError of destructuring null/undefined (OP_REQUIRE_OBJ). */
void op_require_obj_error(Vm *vm, uint32_t text, uint32_t key);
VmStatus op_super_call(Vm *vm, uint32_t argc);
VmStatus op_super_call_spread(Vm *vm);
uint32_t op_closure(Vm *vm, uint32_t proto, uint32_t env);
VmStatus op_class(Vm *vm, uint32_t ctor_proto, uint32_t has_heritage, uint32_t env);
VmStatus op_init_fields(Vm *vm);
void op_set_home(Vm *vm);
void op_set_fn_name(Vm *vm, uint32_t name);
Value op_rest(Vm *vm, uint32_t from);
Value op_arguments(Vm *vm);
VmStatus op_add(Vm *vm, uint32_t ipc);
VmStatus op_arith(Vm *vm, uint32_t op);
VmStatus op_compare(Vm *vm, uint32_t op);
VmStatus op_loose_eq(Vm *vm, uint32_t ipc, bool negate);
VmStatus op_in(Vm *vm, uint32_t ipc);
VmStatus op_instanceof(Vm *vm);
VmStatus op_unary(Vm *vm, uint32_t op, uint32_t ipc);
VmStatus op_to_string(Vm *vm, uint32_t ipc);
VmStatus op_concat(Vm *vm, uint32_t n);
VmStatus op_get_iter(Vm *vm, uint32_t it, uint32_t site, bool async);
VmStatus op_iter_next(Vm *vm, uint32_t it, bool raw);
VmStatus op_iter_close(Vm *vm, uint32_t it, uint8_t cont, bool *none);
Value op_for_in_start(Vm *vm, Value v);
void op_for_in_next(Vm *vm);
void op_template(Vm *vm, uint32_t n);

/* ToPrimitive of the value at absolute stack index slot through the
 * prelude's toPrimitive, re-executing the instruction at ipc afterwards. */
VmStatus op_to_primitive_retry(Vm *vm, uint32_t ipc, uint32_t slot, const char *hint);

#endif
