/* vm_bigint.h - JavaScript BigInt values and their operators.
 *
 * Representation.  A BigInt Value is tag VT_BIG with the id of the interned
 * string of its canonical decimal text ("-12", "0") as payload.  Why: the
 * string table already makes equal contents equal ids, so `===`,
 * Object.is and SameValueZero stay a comparison of the 64-bit words; a
 * machine state stays plain words that the state encoder copies as they are
 * (canonical across states, which share the string table, like strings);
 * and String(b), template literals and property keys are the payload
 * itself.  Arithmetic converts to a BInt (bigint.h), computes, and interns
 * the decimal result: slower than keeping limbs on the heap, but BigInts in
 * event-loop programs are small and this keeps the heap and the GC unaware
 * of them.
 *
 * The operator helpers are called by vm_ops.c once its operands are
 * primitives (ToPrimitive has run); they implement the spec's BigInt cases
 * and V8's messages.  They never run JavaScript.
 */
#ifndef TT_VM_BIGINT_H
#define TT_VM_BIGINT_H

#include "bigint.h"
#include "vm.h"

/* The BigInt Value of b / the BInt of a BigInt Value (b initialised). */
Value vbig_make(Vm *vm, const BInt *b);
void vbig_get(Vm *vm, Value v, BInt *b);
Value vbig_from_i64(Vm *vm, int64_t v);
bool vbig_is_zero(Value v);

/* Number(b): the nearest double. */
double vbig_to_double(Vm *vm, Value v);

/* StringToBigInt of string id s: false when s is not a BigInt's text. */
bool vbig_parse_string(Vm *vm, uint32_t s, BInt *b);

/* ToBigInt of a primitive (BigInt(v) for a non-number, the spec's
 * ToBigInt otherwise): throws V8's TypeError / SyntaxError. */
VmStatus vbig_to_bigint(Vm *vm, Value v, Value *out);
/* BigInt(v) for a primitive: numbers must be integers (RangeError). */
VmStatus vbig_construct(Vm *vm, Value v, Value *out);

/* A binary arithmetic or bitwise operator (OP_ADD .. OP_USHR) where a or b
 * is a BigInt and neither is an object: the result replaces the two
 * operands on the stack; mixing with other types throws. */
VmStatus vbig_binary(Vm *vm, uint32_t op);
/* OP_NEG, OP_PLUS, OP_BITNOT, OP_INC, OP_DEC, OP_TO_NUMERIC on a BigInt on
 * top of the stack. */
VmStatus vbig_unary(Vm *vm, uint32_t op);
/* The relational operators with a BigInt among the primitives a and b:
 * -1, 0, 1, or 2 when undefined (NaN, a string that is no BigInt). */
int vbig_compare(Vm *vm, Value a, Value b);
/* a == b with a BigInt among the primitives a and b. */
bool vbig_loose_eq(Vm *vm, Value a, Value b);

/* Number.prototype-like text in radix 2..36 (the caller checks radix). */
uint32_t vbig_to_string_radix(Vm *vm, Value v, unsigned radix);

#endif
