/* vm.h - the machine: heap, value stack, frames, job queue, and the
 * bytecode dispatch loop.
 *
 * No JavaScript call recurses on the C stack.  A call pushes a Frame and the
 * dispatch loop continues; `await` and `yield` save the running frame into a
 * heap object (OK_FRAME) and pop it; resuming copies it back.  How a frame's
 * result (or exception) is delivered is the frame's continuation (CONT_*),
 * so the same loop runs the main script, callbacks started by the host,
 * promise jobs, getters, generators and async functions.
 *
 * The whole state is data: the Heap, the value stack, the frame array and a
 * few scalars; vm_clone copies it.  Objects created during realm setup
 * (built-ins, the prelude) occupy heap indices [1, heap.nbase).
 *
 * Ownership: a Vm owns its heap, stacks and output buffers; it borrows the
 * Program and the StrTab (shared by clones).  Errors of the JavaScript
 * program are values (exceptions), never C errors.
 */
#ifndef TT_VM_H
#define TT_VM_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "bytecode.h"
#include "heap.h"
#include "str.h"
#include "value.h"

/* Data slots of a closure (OK_FUNC). */
enum { FD_PROTO, FD_ENV, FD_HOME, FD_FIELDS, FD__COUNT };

/* How a frame's completion is delivered (Frame.cont). */
typedef enum Cont {
  CONT_NORMAL,       /* push the result on the caller's stack */
  CONT_DISCARD,      /* drop the result (setters, ITER_CLOSE) */
  CONT_CONSTRUCT,    /* [[Construct]]: object result or the new `this` */
  CONT_SUPER,        /* super(...): result becomes the caller's `this` */
  CONT_RETRY,        /* result replaces caller stack slot cont_a; the caller
                        re-executes the instruction at its pc */
  CONT_ITER,         /* result is an iterator result: push value, done */
  CONT_ITER_RAW,     /* push the iterator result object itself */
  CONT_CLOSE_QUIET,  /* iterator return() during a throw: drop everything */
  CONT_TOP,          /* started by vm_call from C: stop the dispatch loop */
  CONT_JOB,          /* promise reaction job; cont_v = derived promise or
                        undefined, cont_a = 1 if the handler was onRejected */
  CONT_ASYNC,        /* async function body; cont_v = its promise;
                        cont_a = 1 while in its first synchronous run */
  CONT_GEN,          /* generator resumed by next/throw/return; cont_v = gen */
  CONT_ASYNCGEN,     /* async generator body; cont_v = generator */
  CONT_THENABLE,     /* NewPromiseResolveThenableJob: cont_v = reject fn */
  CONT_SLOT,         /* result replaces caller stack slot cont_a (no retry) */
  CONT_GET_ITER      /* result is an iterator: store it and its next method in
                        the caller's locals[cont_a], locals[cont_a + 1] */
} Cont;

typedef struct Frame {
  uint32_t proto;     /* FuncProto id */
  uint32_t func;      /* closure object */
  uint32_t pc;
  uint32_t base;      /* stack index of locals[0] */
  uint32_t env;       /* current environment object (0 = none) */
  uint32_t argc;      /* arguments passed */
  Value this_val;
  Value new_target;
  Value extra;        /* array of arguments beyond the parameters, or undefined */
  Value coroutine;    /* generator object / async function promise, or undefined */
  uint8_t cont;
  uint8_t flags;      /* FR_* */
  uint32_t ipc;       /* start of the instruction being executed */
  uint32_t ret_sp;    /* stack height to restore when the frame is popped */
  uint32_t cont_a;
  Value cont_v;
  uint32_t builtin;   /* the native built-in this frame runs for (a prelude hook
                         it tail-called; stack traces show the built-in), else 0 */
  Value builtin_this; /* (that built-in's receiver) */
  Value node_site;    /* node's own frames a hidden prelude function stands for
                         at its active call site ($nodeFrame), a string, else 0 */
} Frame;

enum {
  FR_ASYNC_FIRST = 1, /* async function in its first synchronous run */
  FR_NATIVE_BASE = 2, /* frame pushed by vm_call: its caller is C */
  FR_BUILTIN_NEW = 4  /* Frame.builtin was called as a constructor */
};

/* Results of natives and of running the machine. */
typedef enum VmStatus {
  VS_OK,      /* normal completion; result available */
  VS_THROW,   /* exception pending in vm->exc */
  VS_CALL,    /* native asks the VM to call vm->tc (tail call) */
  VS_EXIT     /* process.exit() or a fatal host condition: stop everything */
} VmStatus;

typedef struct Vm Vm;

/* A built-in function.  this_v/args point into the value stack and stay
 * valid during the call; *out receives the result.  A native that needs
 * JavaScript to run (a callback, a getter) sets up vm->tc and returns
 * VS_CALL; the VM performs that call in its place. */
typedef VmStatus (*NativeFn)(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                             Value *out);

typedef struct TailCall {
  Value fn, this_v;
  Value args[8];
  uint32_t argc;
  Value args_array;   /* if an object: spread this array instead of args */
  uint32_t resume;    /* if non-zero: resume this suspended coroutine instead */
  Value resume_value;
  uint8_t resume_mode; /* RESUME_NEXT, RESUME_THROW, RESUME_RETURN */
  Value resume_deliver; /* async generators: what the frame hands its resumer */
  bool has_deliver;
  bool construct;     /* [[Construct]] fn with new_target instead of calling it
                         (Reflect.construct; the native is called as an
                         ordinary call, so the result is pushed) */
  Value new_target;
} TailCall;

enum { RESUME_NEXT, RESUME_THROW, RESUME_RETURN };

/* Hooks the host gives the VM (node host, explorer, tests). */
typedef struct VmHostHooks {
  void *ctx;
  /* output of console.* (fd 1 or 2); NULL: appended to vm->out / vm->err */
  void (*write)(void *ctx, Vm *vm, int fd, const char *data, size_t len);
  /* a handler was added to a rejected promise already reported unhandled */
  void (*promise_handled_late)(void *ctx, Vm *vm, uint32_t promise);
  /* a garbage collection is about to run (the explorer looks for promises
   * that die with it, see findings_scan.h); NULL: nothing to do */
  void (*before_gc)(void *ctx, Vm *vm);
  /* Symbolic numbers (VT_RND, check mode): *sym_live once the host made
   * one (NULL: never); sym_arith computes a op b for the arithmetic and
   * comparison opcodes (false: not symbolic-aware, concretise);
   * sym_concrete replaces v by a number (a representative value). */
  const bool *sym_live;
  bool (*sym_arith)(void *ctx, Vm *vm, uint32_t op, Value a, Value b, Value *out); /* op: OP_* or VM_SYM_* */
  Value (*sym_concrete)(void *ctx, Vm *vm, Value v);
  /* node's own frames ("name (node:internal/...)") below the callback the
   * host runs now, NULL-terminated; NULL: none known */
  const char *const *(*task_frames)(void *ctx, Vm *vm);
} VmHostHooks;

/* sym_arith's operations besides the opcodes (unary: b is the operand):
 * Math.floor/ceil/trunc/round, and PEEK: the number when it is known
 * already (false: still unknown, nothing chosen). */
enum { VM_SYM_FLOOR = 0x10000, VM_SYM_CEIL, VM_SYM_TRUNC, VM_SYM_ROUND, VM_SYM_PEEK };

/* A symbolic number as a plain number (v itself when it is none). */
Value vm_concrete(Vm *vm, Value v);
/* Concretises the symbolic numbers on the top frame's operand stack. */
void vm_concrete_operands(Vm *vm);

/* A remembered own property of the prelude's hooks record (see realm.c):
 * tag names who asked (a hook name's address, an intrinsic's code), slot
 * is where key was.  A hit is checked against the record before use, so a
 * stale or copied entry costs a lookup, never a wrong answer. */
typedef struct VmHookCache {
  uintptr_t tag;
  uint32_t key, slot;
} VmHookCache;
enum { VM_HOOK_CACHE = 16, VM_INTR_CACHE = 32 };

typedef struct VmStats {
  uint64_t instructions, calls, jobs, gcs;
  uint32_t max_frames;
} VmStats;

struct Vm {
  Heap heap;
  StrTab *strs;
  Program *prog;
  /* value stack */
  Value *stack;
  uint32_t sp, stack_cap;
  /* frames */
  Frame *frames;
  uint32_t nframes, frame_cap;
  uint32_t frame_limit;    /* call depth limit (--stack-limit), 0 = none */
  uint64_t stack_budget;   /* simulated native stack size in bytes */
  uint64_t stack_used;     /* bytes charged by the frames on the stack */
  /* exception */
  Value exc;
  bool has_exc;
  Value exc_site;          /* unused: reserved for throw positions */
  uint32_t exc_pc_proto, exc_pc; /* where the pending exception was thrown */
  /* tail call request of a native */
  TailCall tc;
  /* well-known objects (realm), indices into the heap */
  uint32_t *intr;          /* INTR_COUNT entries, see realm.h */
  uint32_t global;
  uint32_t root;           /* host root record (queues, timers, ...) */
  /* microtask (promise job) queue: heap list object, consumed from jobs_head */
  uint32_t jobs;
  uint32_t jobs_head;
  /* the native function running (called with native_this, as a
   * constructor when native_new) while vm->nframes == native_depth, else
   * 0: V8 shows a built-in that throws as a frame of its own */
  uint32_t native, native_depth;
  Value native_this;
  bool native_new;
  /* a native that tail-called JavaScript: the frame push_frame makes next
   * runs for it (Frame.builtin); 0 when none */
  uint32_t tail_builtin;
  Value tail_builtin_this;
  bool tail_builtin_new;
  uint32_t job;            /* the job promise_run_job is running, else 0 (for V8's
                              async stack frames; never set between steps) */
  /* rejected promises without handlers, for the host's tracker (list) */
  uint32_t rejections;
  Value top_result;        /* result of the frame started by vm_call */
  Value new_target;        /* new.target for a native constructor call */
  /* output */
  Buf out, err;
  /* facts for the findings (vm_fact), one line each; recorded only while
   * record_facts is set (the explorer); a clone starts with none */
  Buf facts;
  bool record_facts;
  VmHostHooks hooks;
  void *host;              /* opaque host state (node host) */
  uint64_t steps;          /* instructions executed in the current sync run */
  uint64_t max_steps;      /* 0 = unlimited */
  bool steps_exceeded;
  uint64_t max_heap;       /* bytes of live heap; 0 = unlimited */
  bool heap_exceeded;      /* the program needed more (the machine stops) */
  VmStats stats;
  uint32_t gc_threshold;   /* collect when nslot exceeds this */
  bool exiting;            /* process.exit() called */
  int exit_code;
  double clock;            /* virtual time in ms */
  uint32_t last_now_site;  /* Date.now() call-site heuristic (see host) */
  uint32_t now_calls;
  uint64_t rng;            /* --seed mode PRNG state */
  VmHookCache hook_cache[VM_HOOK_CACHE]; /* realm_hook by name */
  VmHookCache intr_cache[VM_INTR_CACHE]; /* native $intrinsics by code */
};

/* Creates a VM for prog (which must already contain the prelude) and sets
 * up the realm.  Returns NULL and fills err on failure (prelude errors). */
Vm *vm_new(Program *prog, StrTab *strs);
void vm_free(Vm *vm);
/* Deep copy of the whole machine state (shares prog and strs). */
Vm *vm_clone(const Vm *vm);
/* Makes dst (a machine from vm_new or vm_clone) a deep copy of src, reusing
 * dst's arrays: cheaper than vm_clone + vm_free when done repeatedly. */
void vm_copy(Vm *dst, const Vm *src);
/* The same when dst and src descend from one machine as heap_restore
 * requires (fixed: see there): only what may differ is copied. */
void vm_restore(Vm *dst, const Vm *src, uint32_t fixed);

/* Calls fn(this, args) from C and runs the machine until it returns.
 * Returns VS_OK (*out set), VS_THROW (vm->exc set) or VS_EXIT. */
VmStatus vm_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc, Value *out);

/* Runs the dispatch loop until the frame count drops to `floor`. */
VmStatus vm_run(Vm *vm, uint32_t floor);

/* Throws helpers for natives: set vm->exc and return VS_THROW. */
VmStatus vm_throw(Vm *vm, Value v);
VmStatus vm_throw_type(Vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
VmStatus vm_throw_range(Vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
VmStatus vm_throw_ref(Vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
VmStatus vm_throw_error(Vm *vm, uint32_t ctor_intr, const char *msg);

/* Requests a tail call from a native (see NativeFn). */
VmStatus vm_tail_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc);

/* Writes program output through the host's hook (see VmHostHooks). */
void vm_write(Vm *vm, int fd, const char *data, size_t len);

/* Runs a garbage collection now (safe point required). */
void vm_gc(Vm *vm);

/* True when the heap may grow by `slots` more values without passing
 * max_heap.  Otherwise reports the program as needing more memory than
 * ticktock allows (an "unsupported" error on stderr), sets heap_exceeded
 * (the dispatch loop then stops with VS_EXIT at its next check) and
 * returns false: the caller must not grow. */
bool vm_heap_room(Vm *vm, uint64_t slots);

/* The frame stack as a human-readable trace ("    at f (file:line:col)"),
 * appended to out; used for Error.stack. */
void vm_stack_trace(Vm *vm, Buf *out, uint32_t skip);
/* How stack traces name the program's file: its absolute path, or for an
 * ES module its file:// URL (as node does). */
void vm_stack_file(Vm *vm, Buf *out);

/* Source position of the innermost JavaScript frame. */
LineEntry vm_current_pos(Vm *vm);

/* Calls fn for every root of the heap (stack, frames, well-known objects,
 * the host root, queues, pending exception and tail call). */
void vm_each_root(Vm *vm, void (*fn)(Value *v, void *ctx), void *ctx);

/* --- facts for the findings (vm_fact.c) ------------------------------------
 * A fact is one line "TAG\tfield\tfield..." appended to vm->facts while
 * record_facts is set; the explorer labels each transition with the facts
 * recorded during it and findings.c reads them (the tags are listed there).
 * Fields never contain tabs or newlines (vm_fact_text escapes them). */
void vm_fact(Vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with tabs, newlines and control characters replaced by spaces,
 * cut at max bytes (with "..."). */
void vm_fact_text(Buf *b, const char *s, size_t n, size_t max);

/* Where user code is: the innermost frame that is not built-in code, and
 * the built-in function that user code called to get here (*entry: its
 * proto id + 1, 0 when user code is on top).  Line 0 when there is none. */
LineEntry vm_user_pos(Vm *vm, uint32_t *entry);

/* A source position with a creator packed into one number (promise data):
 * line (20 bits), column (16 bits), creator (16 bits; see promise.h). */
double vm_site_pack(uint32_t line, uint32_t col, uint32_t creator);
void vm_site_unpack(double site, uint32_t *line, uint32_t *col, uint32_t *creator);

/* The position of a suspended frame (OK_FRAME) and what it settles (the
 * promise of an async function, the generator object), for the findings. */
LineEntry vm_frame_obj_pos(Vm *vm, uint32_t frame_obj, uint32_t *proto);
Value vm_frame_obj_coroutine(Vm *vm, uint32_t frame_obj);

/* Records the recursion that overflowed the stack (fact "S"). */
void vm_fact_overflow(Vm *vm);

/* Fact fields: a value in a few words (Error('msg'), 'text', 42); a
 * callback's position (line 0 for built-ins) and name; who created a
 * promise ("new Promise", "Promise.race", "async f", "then", or nothing
 * for user code: see promise.h PC_*); a packed site as "line:col". */
void vm_fact_value(Vm *vm, Value v, Buf *b);
LineEntry vm_fact_callback(Vm *vm, Value fn, Buf *name);
void vm_fact_creator(Vm *vm, uint32_t creator, Buf *b);
void vm_fact_site(Buf *b, double site);

#endif
