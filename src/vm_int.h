/* vm_int.h - internals shared by the VM's files (vm.c: dispatch loop;
 * vm_call.c: calls, frames, completions, exceptions, coroutines).  Not for
 * use outside the VM and the promise machinery. */
#ifndef TT_VM_INT_H
#define TT_VM_INT_H

#include "obj.h"
#include "promise.h"
#include "realm.h"
#include "vm.h"

#define H (&vm->heap)

/* Generator states (OK_GENERATOR / OK_ASYNCGEN aux). */
enum { GS_START, GS_YIELD, GS_RUNNING, GS_DONE, GS_AWAIT_RETURN };

/* Data of an Error object (OK_ERROR): where it was created, and the stack
 * frames text ("\n    at ...") while its `stack` property is not formatted
 * yet (the property then holds VAL_HOLE; see obj_get_own).  An error the
 * prelude makes where node makes it in its own code ($internalFrames) has
 * ED_LINE 0 and ED_SITE, the "node:internal/...:N" lines node prints above
 * it when it is fatal; ED_PLAIN true marks an object node does not treat as
 * a native error (DOMException), whose fatal report has another layout. */
enum { ED_LINE, ED_COL, ED_PROTO, ED_FRAMES, ED_SITE, ED_PLAIN, ED__COUNT };
/* The `stack` string of error object err: "<name>: <message>" and its
 * recorded frames (bi_error.c). */
uint32_t error_format_stack(Vm *vm, uint32_t err);

/* Internal status: an exception reached a frame started from C. */
#define VS_STOP_UNWIND ((VmStatus)100)

/* Values reserved above a frame's locals for its operand stack. */
enum { VM_FRAME_RESERVE = 2048 };

static inline Frame *vm_top(Vm *vm) { return &vm->frames[vm->nframes - 1]; }
static inline FuncProto *vm_proto(Vm *vm, const Frame *f) { return vm->prog->protos[f->proto]; }
static inline void vm_push(Vm *vm, Value v) { vm->stack[vm->sp++] = v; }
static inline Value vm_pop(Vm *vm) { return vm->stack[--vm->sp]; }

/* Calls with [fn this a0..an-1] on top of the stack.  VS_OK: a native
 * completed and its result was delivered; VS_CALL: a frame was pushed;
 * VS_THROW / VS_EXIT as usual.  `name` (a string id or 0) names the callee
 * in "is not a function" errors. */
VmStatus vm_invoke(Vm *vm, uint32_t argc, uint8_t cont, uint32_t cont_a, Value cont_v,
                   uint32_t name);
/* [[Construct]] with [ctor this-slot a0..an-1] on the stack (the this slot
 * is ignored).  cont is CONT_CONSTRUCT or CONT_SUPER. */
VmStatus vm_construct(Vm *vm, uint32_t argc, Value new_target, uint8_t cont, uint32_t name);
/* Delivers a completion value to the frame below (see Cont). */
VmStatus vm_deliver(Vm *vm, Value v, uint8_t cont, uint32_t cont_a, Value cont_v);
/* Returns v from the top frame. */
VmStatus vm_do_return(Vm *vm, Value v);
/* Handles the pending exception: jumps to a handler (VS_OK) or unwinds to
 * `floor` (VS_THROW).  Completions of async functions and jobs stop the
 * unwinding (VS_OK, the caller continues). */
VmStatus vm_unwind(Vm *vm, uint32_t floor);
/* Saves the top frame into a new OK_FRAME object and pops it. */
uint32_t vm_save_frame(Vm *vm);
/* Pushes a saved frame back; mode RESUME_NEXT pushes v, RESUME_THROW
 * throws v at the suspension point, RESUME_RETURN unwinds with a return
 * signal.  Returns VS_CALL, or VS_THROW when throwing immediately. */
VmStatus vm_restore_frame(Vm *vm, uint32_t frame_obj, Value v, int mode, uint8_t cont,
                          uint32_t cont_a, Value cont_v);
/* Where a saved frame stands: its function and the instruction it is
 * suspended at (read-only; for descriptions). */
void vm_saved_frame_pos(Vm *vm, uint32_t frame_obj, uint32_t *proto, uint32_t *pc);
/* A suspended frame as a Frame (its function, receiver, coroutine and the
 * instruction it waits at; nothing on the stack): for describing it. */
void vm_frame_obj_view(Vm *vm, uint32_t frame_obj, Frame *out);
/* The promise of the request an async generator is serving (the first
 * queued), or 0. */
uint32_t vm_asyncgen_request_promise(Vm *vm, uint32_t gen);
/* Suspends the top frame at an await on v. */
VmStatus vm_await(Vm *vm, Value v);
/* Generator ops. */
VmStatus vm_gen_start(Vm *vm);
VmStatus vm_yield(Vm *vm, Value v);
VmStatus vm_asyncgen_yield(Vm *vm, Value v);
/* Resumes a generator for next/throw/return called from a native. */
VmStatus vm_gen_resume(Vm *vm, uint32_t gen, Value v, int mode, uint8_t cont, uint32_t cont_a,
                       Value cont_v);
/* An async generator's body finished (returned v, or threw v). */
VmStatus vm_asyncgen_complete(Vm *vm, uint32_t gen, Value v, bool thrown);
/* Creates an iterator result {value, done}. */
Value vm_iter_result(Vm *vm, Value v, bool done);
/* Ensures the stack can hold n more values (may move vm->stack). */
void vm_stack_reserve(Vm *vm, uint32_t n);
/* Creates an Error object of the given intrinsic constructor with message. */
Value vm_make_error(Vm *vm, uint32_t ctor_intr, const char *msg);
bool vm_is_return_signal(Vm *vm, Value v);

#endif
