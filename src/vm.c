/* vm.c - machine lifecycle, garbage collection roots, and the bytecode
 * dispatch loop (the one large function of the project; each case is short
 * and delegates anything longer to a helper in vm_ops.c). */
#include "vm_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "numconv.h"
#include "vm_ops.h"

/* --- lifecycle ---------------------------------------------------------------- */

Vm *vm_new(Program *prog, StrTab *strs) {
  Vm *vm = xcalloc(1, sizeof *vm);
  heap_init(&vm->heap);
  vm->strs = strs;
  vm->prog = prog;
  vm->stack_cap = 4096; /* grows on demand (vm_call.c); clones are made by the million */
  vm->stack = xmalloc(sizeof(Value) * vm->stack_cap);
  vm->frame_cap = 256;
  vm->frames = xmalloc(sizeof(Frame) * vm->frame_cap);
  vm->intr = xcalloc(INTR_COUNT, sizeof(uint32_t));
  vm->stack_budget = 1004976; /* node 20's usable stack for JS frames, see S52 */
  vm->exc = vm->top_result = vm->new_target = VAL_UNDEF;
  vm->gc_threshold = 1u << 20;
  buf_init(&vm->out);
  buf_init(&vm->err);
  buf_init(&vm->facts);
  return vm;
}

void vm_free(Vm *vm) {
  if (!vm) return;
  heap_free(&vm->heap);
  free(vm->stack);
  free(vm->frames);
  free(vm->intr);
  buf_free(&vm->out);
  buf_free(&vm->err);
  buf_free(&vm->facts);
  free(vm);
}

Vm *vm_clone(const Vm *src) {
  Vm *vm = xmalloc(sizeof *vm);
  *vm = *src;
  heap_copy(&vm->heap, &src->heap);
  vm->stack_cap = src->sp > 4096 ? src->stack_cap : 4096;
  vm->stack = xmalloc(sizeof(Value) * vm->stack_cap);
  memcpy(vm->stack, src->stack, sizeof(Value) * src->sp);
  vm->frame_cap = src->nframes > 64 ? src->frame_cap : 64;
  vm->frames = xmalloc(sizeof(Frame) * vm->frame_cap);
  memcpy(vm->frames, src->frames, sizeof(Frame) * src->nframes);
  vm->intr = xmalloc(sizeof(uint32_t) * INTR_COUNT);
  memcpy(vm->intr, src->intr, sizeof(uint32_t) * INTR_COUNT);
  buf_init(&vm->out);
  buf_append(&vm->out, src->out.data ? src->out.data : "", src->out.len);
  buf_init(&vm->err);
  buf_append(&vm->err, src->err.data ? src->err.data : "", src->err.len);
  buf_init(&vm->facts);
  return vm;
}

/* Everything but the heap: dst takes src's scalars, stacks and output,
 * keeping its own arrays (grown when too small).  Facts start empty, as in
 * a clone (dst keeps its buffer: the explorer restores a machine for every
 * transition, and a buffer dropped each time is soon gigabytes). */
static void copy_rest(Vm *dst, const Vm *src) {
  /* what dst keeps of its own (not a copy of the whole Vm: the explorer
   * restores a machine on every transition) */
  struct {
    Heap heap;
    Value *stack;
    uint32_t stack_cap;
    Frame *frames;
    uint32_t frame_cap;
    uint32_t *intr;
    Buf out, err, facts;
  } keep = {dst->heap, dst->stack, dst->stack_cap, dst->frames, dst->frame_cap, dst->intr, dst->out, dst->err,
            dst->facts};
  *dst = *src;
  dst->heap = keep.heap;
  dst->stack = keep.stack;
  dst->stack_cap = keep.stack_cap;
  if (dst->stack_cap < src->sp) {
    dst->stack_cap = src->stack_cap;
    dst->stack = xrealloc(dst->stack, sizeof(Value) * dst->stack_cap);
  }
  memcpy(dst->stack, src->stack, sizeof(Value) * src->sp);
  dst->frames = keep.frames;
  dst->frame_cap = keep.frame_cap;
  if (dst->frame_cap < src->nframes) {
    dst->frame_cap = src->frame_cap;
    dst->frames = xrealloc(dst->frames, sizeof(Frame) * dst->frame_cap);
  }
  memcpy(dst->frames, src->frames, sizeof(Frame) * src->nframes);
  dst->intr = keep.intr;
  memcpy(dst->intr, src->intr, sizeof(uint32_t) * INTR_COUNT);
  dst->out = keep.out;
  dst->err = keep.err;
  dst->facts = keep.facts;
  buf_clear(&dst->facts);
  buf_clear(&dst->out);
  buf_append(&dst->out, src->out.data ? src->out.data : "", src->out.len);
  buf_clear(&dst->err);
  buf_append(&dst->err, src->err.data ? src->err.data : "", src->err.len);
  /* facts belong to one transition: a restored machine starts with none,
   * in its own buffer (never src's) */
  dst->facts = keep.facts;
  buf_clear(&dst->facts);
}

void vm_copy(Vm *dst, const Vm *src) {
  copy_rest(dst, src);
  heap_copy_into(&dst->heap, &src->heap);
}

void vm_restore(Vm *dst, const Vm *src, uint32_t fixed) {
  copy_rest(dst, src);
  heap_restore(&dst->heap, &src->heap, fixed);
}

/* --- garbage collection --------------------------------------------------------- */

/* Roots are passed as Values; a root held as an object index is wrapped
 * in one and written back (a collection moves objects). */
typedef struct RootCtx {
  void (*fn)(Value *v, void *ctx);
  void *ctx;
} RootCtx;

static void root_index(RootCtx *r, uint32_t *idx) {
  if (!*idx) return;
  Value v = val_obj(*idx);
  r->fn(&v, r->ctx);
  *idx = val_obj_idx(v);
}

void vm_each_root(Vm *vm, void (*fn)(Value *v, void *ctx), void *ctx) {
  RootCtx r = {fn, ctx};
  for (uint32_t i = 0; i < vm->sp; i++) fn(&vm->stack[i], ctx);
  for (uint32_t i = 0; i < vm->nframes; i++) {
    Frame *f = &vm->frames[i];
    root_index(&r, &f->func);
    root_index(&r, &f->env);
    fn(&f->this_val, ctx);
    fn(&f->new_target, ctx);
    fn(&f->extra, ctx);
    fn(&f->coroutine, ctx);
    fn(&f->cont_v, ctx);
    root_index(&r, &f->builtin);
    fn(&f->builtin_this, ctx);
    fn(&f->node_site, ctx);
  }
  for (uint32_t i = 0; i < INTR_COUNT; i++) root_index(&r, &vm->intr[i]);
  root_index(&r, &vm->global);
  root_index(&r, &vm->root);
  root_index(&r, &vm->jobs);
  root_index(&r, &vm->job);
  root_index(&r, &vm->native);
  root_index(&r, &vm->tail_builtin);
  fn(&vm->tail_builtin_this, ctx);
  fn(&vm->native_this, ctx);
  root_index(&r, &vm->rejections);
  fn(&vm->exc, ctx);
  fn(&vm->top_result, ctx);
  fn(&vm->new_target, ctx);
  fn(&vm->tc.fn, ctx);
  fn(&vm->tc.this_v, ctx);
  fn(&vm->tc.args_array, ctx);
  fn(&vm->tc.resume_value, ctx);
  root_index(&r, &vm->tc.resume);
  for (uint32_t i = 0; i < 8; i++) fn(&vm->tc.args[i], ctx);
}

static void gc_value(Value *v, void *ctx) { heap_gc_value(ctx, v); }

static void gc_roots(HeapGc *gc, void *ctx) { vm_each_root(ctx, gc_value, gc); }

void vm_gc(Vm *vm) {
  if (vm->hooks.before_gc) vm->hooks.before_gc(vm->hooks.ctx, vm);
  uint64_t before = H->nslot;
  heap_gc(H, gc_roots, vm);
  vm->stats.gcs++;
  uint64_t live = H->live_after_gc;
  /* The next collection when the heap has doubled; when this one found
   * three quarters of it live, the program is building data (a million
   * queued jobs), and each collection copies all of it again: wait until
   * it has quadrupled, which halves the copying and the fresh memory. */
  uint64_t next = live * (live * 4 >= before * 3 ? 4 : 2);
  if (next < (1u << 20)) next = 1u << 20;
  vm->gc_threshold = next > UINT32_MAX ? UINT32_MAX : (uint32_t)next;
}

static inline void maybe_gc(Vm *vm) {
  if (H->nslot > vm->gc_threshold || H->nobj > vm->gc_threshold / 4) vm_gc(vm);
}

bool vm_heap_room(Vm *vm, uint64_t slots) {
  if (vm->heap_exceeded) return false;
  if (!vm->max_heap || heap_used(H) + slots * sizeof(Value) <= vm->max_heap) return true;
  vm->heap_exceeded = true;
  LineEntry pos = vm_current_pos(vm);
  char msg[256];
  int n = snprintf(msg, sizeof msg,
                   "%s:%u:%u: error: unsupported: the program needs more than %llu MB of heap (ticktock's "
                   "limit; its arrays are never sparse)\n",
                   vm->prog->file, pos.line, pos.col, (unsigned long long)(vm->max_heap >> 20));
  vm_write(vm, 2, msg, (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
  vm_fact(vm, "X\t%u:%u\tthe program needs more than %llu MB of heap", pos.line, pos.col,
          (unsigned long long)(vm->max_heap >> 20));
  return false;
}

/* At a safe point: false when the machine must stop (a limit was
 * exceeded).  The heap limit applies to live data, so a heap past it is
 * collected before it is judged. */
static bool within_limits(Vm *vm) {
  if (vm->max_steps && vm->steps > vm->max_steps) {
    vm->steps_exceeded = true;
    return false;
  }
  if (vm->max_heap && !vm->heap_exceeded && heap_used(H) > vm->max_heap) {
    vm_gc(vm);
    vm_heap_room(vm, 0);
  }
  return !vm->heap_exceeded;
}

/* --- calling from C -------------------------------------------------------------- */

VmStatus vm_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc, Value *out) {
  uint32_t floor = vm->nframes;
  vm_stack_reserve(vm, argc + 2 + VM_FRAME_RESERVE);
  vm_push(vm, fn);
  vm_push(vm, this_v);
  for (uint32_t i = 0; i < argc; i++) vm_push(vm, args[i]);
  vm->top_result = VAL_UNDEF;
  VmStatus st = vm_invoke(vm, argc, CONT_TOP, 0, VAL_UNDEF, 0);
  if (st == VS_CALL) st = vm_run(vm, floor);
  else if (st == VS_THROW && vm->nframes > floor) st = vm_run(vm, floor);
  *out = vm->top_result;
  return st;
}

/* --- dispatch loop ------------------------------------------------------------------ */

#define S(i) (vm->stack[vm->sp - 1 - (i)])
#define PUSH(v) vm_push(vm, (v)) /* a call: the value is read before sp moves */
#define POP() (vm->stack[--vm->sp])
#define LOCAL(i) (vm->stack[fr->base + (i)])
#define NUM(v) val_to_double(v)
#define LOAD()                                 \
  do {                                         \
    fr = vm_top(vm);                           \
    p = vm->prog->protos[fr->proto];           \
    code = p->code;                            \
    pc = fr->pc;                               \
  } while (0)
/* Runs a helper that may call out; every outcome goes through `status`. */
#define CALLOUT(expr)       \
  do {                      \
    fr->pc = pc;            \
    fr->ipc = ipc;          \
    st = (expr);            \
    goto status;            \
  } while (0)
#define THROW_NOW()   \
  do {                \
    fr->pc = pc;      \
    fr->ipc = ipc;    \
    goto throw_;      \
  } while (0)
#define BINOP_NUM(expr)                                          \
  do {                                                           \
    Value b_ = S(0), a_ = S(1);                                  \
    if (val_is_num(a_) && val_is_num(b_)) {                      \
      double x = NUM(a_), y = NUM(b_);                           \
      vm->sp--;                                                  \
      S(0) = val_num(expr);                                      \
    } else {                                                     \
      CALLOUT(op_arith(vm, op));                                 \
    }                                                            \
  } while (0)
#define CMP_NUM(expr)                                            \
  do {                                                           \
    Value b_ = S(0), a_ = S(1);                                  \
    if (val_is_num(a_) && val_is_num(b_)) {                      \
      double x = NUM(a_), y = NUM(b_);                           \
      vm->sp--;                                                  \
      S(0) = val_bool(expr);                                     \
    } else {                                                     \
      CALLOUT(op_compare(vm, op));                               \
    }                                                            \
  } while (0)

/* --- symbolic numbers (VT_RND; the node host makes them in check mode) ---------------- */

Value vm_concrete(Vm *vm, Value v) {
  if (!val_is_rnd(v)) return v;
  return vm->hooks.sym_concrete ? vm->hooks.sym_concrete(vm->hooks.ctx, vm, v) : VAL_CANON_NAN;
}

void vm_concrete_operands(Vm *vm) {
  if (!vm->nframes) return;
  const Frame *f = &vm->frames[vm->nframes - 1];
  for (uint32_t i = f->base + vm->prog->protos[f->proto]->nlocals; i < vm->sp; i++)
    if (val_is_rnd(vm->stack[i])) vm->stack[i] = vm_concrete(vm, vm->stack[i]);
}

/* Instructions that move a symbolic number, or compute with it through
 * the host (vm_ops.c: sym_operator), without needing its value; every
 * other instruction first makes the operands plain numbers. */
static bool keeps_symbols(uint32_t op) {
  switch (op) {
    case OP_UNDEF: case OP_NULL: case OP_TRUE: case OP_FALSE: case OP_INT: case OP_CONST: case OP_STR:
    case OP_THIS: case OP_INTRINSIC: case OP_POP: case OP_DUP: case OP_DUP2: case OP_SWAP: case OP_ROT3:
    case OP_ROT4: case OP_PICK: case OP_UNINIT: case OP_GET_LOCAL: case OP_SET_LOCAL: case OP_GET_LOCAL_CHK:
    case OP_SET_LOCAL_CHK: case OP_GET_ENV: case OP_SET_ENV: case OP_GET_ENV_CHK: case OP_SET_ENV_CHK:
    case OP_GET_GLOBAL: case OP_PUSH_ENV: case OP_POP_ENV: case OP_COPY_ENV: case OP_SAVE_ENV:
    case OP_RESTORE_ENV: case OP_CLOSURE: case OP_CALL: case OP_RETURN: case OP_ADD: case OP_SUB: case OP_MUL:
    case OP_DIV: case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_NEG: case OP_PLUS: case OP_TO_NUMERIC:
    case OP_TYPEOF: case OP_JUMP: case OP_NOP: case OP_BITOR: /* `x | 0`: Math.trunc in int32 */
      return true;
    default: return false;
  }
}

/* How many values on top of the stack instruction op reads (UINT32_MAX:
 * any of the frame's operands, for the instructions not listed). */
static uint32_t op_reads(uint32_t op) {
  switch (op) {
    case OP_TYPEOF_GLOBAL: case OP_CONST_ERR: case OP_OBJECT: case OP_ARRAY: case OP_NEW_TARGET: case OP_CALLEE:
    case OP_FIELD_KEY:
    case OP_REST: case OP_ARGUMENTS: case OP_ITER_DONE: case OP_GEN_START: case OP_DEBUGGER: case OP_TEMPLATE:
      return 0;
    case OP_SET_GLOBAL: case OP_ARRAY_HOLE: case OP_GET_PROP: case OP_GET_METHOD: case OP_DELETE_PROP:
    case OP_TO_PROPKEY: case OP_REQUIRE_OBJ: case OP_NOT: case OP_BITNOT: case OP_INC: case OP_DEC:
    case OP_TO_STRING: case OP_JUMP_IF_FALSE: case OP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_KEEP:
    case OP_JUMP_IF_TRUE_KEEP: case OP_JUMP_IF_NOT_NULLISH_KEEP: case OP_JUMP_IF_NULLISH:
    case OP_JUMP_IF_UNDEF_KEEP: case OP_THROW: case OP_GET_ITER: case OP_GET_ASYNC_ITER: case OP_FOR_IN_START:
    case OP_AWAIT: case OP_YIELD: case OP_ASYNC_GEN_YIELD: case OP_SET_FN_NAME: case OP_SET_HOME:
      return 1;
    case OP_ARRAY_PUSH: case OP_STORE_FIELDS: case OP_SET_PROP: case OP_GET_ELEM: case OP_GET_METHOD_ELEM: case OP_DELETE_ELEM:
    case OP_DEFINE_PROP: case OP_MOD: case OP_EXP: case OP_BITAND: case OP_BITOR: case OP_BITXOR: case OP_SHL:
    case OP_SHR: case OP_USHR: case OP_EQ: case OP_NE: case OP_SEQ: case OP_SNE: case OP_IN: case OP_INSTANCEOF:
    case OP_OBJ_SPREAD: case OP_ARRAY_SPREAD:
      return 2;
    case OP_SET_ELEM: case OP_DEFINE_ELEM: case OP_DEFINE_METHOD:
      return 3;
    default: return UINT32_MAX;
  }
}

/* Before instruction op: the operands it may read become plain numbers
 * (the arguments of a call being built below them stay symbolic). */
static __attribute__((noinline)) void concrete_for(Vm *vm, uint32_t op) {
  if (keeps_symbols(op)) return;
  uint32_t n = op_reads(op);
  if (n == UINT32_MAX) {
    vm_concrete_operands(vm);
    return;
  }
  for (uint32_t i = 0; i < n && i < vm->sp; i++)
    if (val_is_rnd(vm->stack[vm->sp - 1 - i])) vm->stack[vm->sp - 1 - i] = vm_concrete(vm, vm->stack[vm->sp - 1 - i]);
}

static bool sym_live(const Vm *vm) { return vm->hooks.sym_live && *vm->hooks.sym_live; }

/* run_loop's answer when symbolic numbers appeared: vm_run goes on in the
 * copy of the loop that watches for them (the state is in the frames). */
#define VS_SYMBOLIC ((VmStatus)(VS_EXIT + 16))

/* The dispatch loop, compiled twice (sym is a constant in each copy):
 * programs without symbolic numbers pay nothing for them. */
static inline __attribute__((always_inline)) VmStatus run_loop(Vm *vm, uint32_t floor, const bool sym) {
  Frame *fr;
  const FuncProto *p;
  const uint32_t *code;
  uint32_t pc, ipc = 0;
  VmStatus st;
  if (vm->nframes <= floor) return VS_OK;
  LOAD();
  for (;;) {
    ipc = pc;
    uint32_t op = code[pc++];
    vm->steps++;
    if (sym) concrete_for(vm, op);
#ifdef TT_TRACE /* -DTT_TRACE: print every instruction */
    fprintf(stderr, "[%u:%u] %s sp=%u\n", fr->proto, ipc, op < OP__COUNT ? op_names[op] : "?", vm->sp);
#endif
    switch (op) {
      case OP_UNDEF: PUSH(VAL_UNDEF); break;
      case OP_NULL: PUSH(VAL_NULL); break;
      case OP_TRUE: PUSH(VAL_TRUE); break;
      case OP_FALSE: PUSH(VAL_FALSE); break;
      case OP_INT: PUSH(val_num((int32_t)code[pc++])); break;
      case OP_CONST: PUSH(p->consts[code[pc++]]); break;
      case OP_STR: PUSH(val_str(code[pc++])); break;
      case OP_THIS:
        if (fr->this_val == VAL_UNINIT) {
          vm_throw_ref(vm, "Must call super constructor in derived class before accessing 'this' "
                           "or returning from derived constructor");
          THROW_NOW();
        }
        PUSH(fr->this_val);
        break;
      case OP_INTRINSIC: PUSH(realm_intrinsic_value(vm, code[pc++])); break;
      case OP_POP: vm->sp--; break;
      case OP_DUP: PUSH(S(0)); break;
      case OP_DUP2: {
        Value a = S(1), b = S(0);
        PUSH(a);
        PUSH(b);
        break;
      }
      case OP_SWAP: {
        Value t = S(0);
        S(0) = S(1);
        S(1) = t;
        break;
      }
      case OP_ROT3: {
        Value c = S(0);
        S(0) = S(1);
        S(1) = S(2);
        S(2) = c;
        break;
      }
      case OP_ROT4: {
        Value d = S(0);
        S(0) = S(1);
        S(1) = S(2);
        S(2) = S(3);
        S(3) = d;
        break;
      }
      case OP_PICK: {
        Value v = S(code[pc++]);
        PUSH(v);
        break;
      }
      case OP_UNINIT: PUSH(VAL_UNINIT); break;
      case OP_GET_LOCAL: PUSH(LOCAL(code[pc++])); break;
      case OP_SET_LOCAL: LOCAL(code[pc++]) = S(0); break;
      case OP_GET_LOCAL_CHK: {
        Value v = LOCAL(code[pc]);
        if (v == VAL_UNINIT) {
          op_tdz_error(vm, code[pc + 1]);
          THROW_NOW();
        }
        pc += 2;
        PUSH(v);
        break;
      }
      case OP_SET_LOCAL_CHK:
        if (LOCAL(code[pc]) == VAL_UNINIT) {
          op_tdz_error(vm, code[pc + 1]);
          THROW_NOW();
        }
        LOCAL(code[pc]) = S(0);
        pc += 2;
        break;
      case OP_GET_ENV: {
        uint32_t e = op_env_at(vm, fr->env, code[pc]);
        PUSH(heap_get_data(H, e, 1 + code[pc + 1]));
        pc += 2;
        break;
      }
      case OP_SET_ENV: {
        uint32_t e = op_env_at(vm, fr->env, code[pc]);
        heap_set_data(H, e, 1 + code[pc + 1], S(0));
        pc += 2;
        break;
      }
      case OP_GET_ENV_CHK: {
        uint32_t e = op_env_at(vm, fr->env, code[pc]);
        Value v = heap_get_data(H, e, 1 + code[pc + 1]);
        if (v == VAL_UNINIT) {
          op_tdz_error(vm, code[pc + 2]);
          THROW_NOW();
        }
        PUSH(v);
        pc += 3;
        break;
      }
      case OP_SET_ENV_CHK: {
        uint32_t e = op_env_at(vm, fr->env, code[pc]);
        if (heap_get_data(H, e, 1 + code[pc + 1]) == VAL_UNINIT) {
          op_tdz_error(vm, code[pc + 2]);
          THROW_NOW();
        }
        heap_set_data(H, e, 1 + code[pc + 1], S(0));
        pc += 3;
        break;
      }
      case OP_GET_GLOBAL: {
        uint32_t a = code[pc++];
        CALLOUT(op_get_global(vm, a));
      }
      case OP_SET_GLOBAL: {
        uint32_t a = code[pc++];
        CALLOUT(op_set_global(vm, a, p->flags & FPF_STRICT));
      }
      case OP_TYPEOF_GLOBAL: {
        uint32_t a = code[pc++];
        CALLOUT(op_typeof_global(vm, a));
      }
      case OP_CONST_ERR:
        vm_throw_type(vm, "Assignment to constant variable.");
        pc++;
        THROW_NOW();
      case OP_PUSH_ENV: fr->env = op_new_env(vm, fr->env, code[pc++]); break;
      case OP_POP_ENV: fr->env = val_obj_idx(heap_get_data(H, fr->env, 0)); break;
      case OP_COPY_ENV: fr->env = op_copy_env(vm, fr->env); break;
      case OP_SAVE_ENV: LOCAL(code[pc++]) = fr->env ? val_obj(fr->env) : VAL_UNDEF; break;
      case OP_RESTORE_ENV: {
        Value e = LOCAL(code[pc++]);
        fr->env = val_is_obj(e) ? val_obj_idx(e) : 0;
        break;
      }
      case OP_OBJECT: PUSH(val_obj(obj_new(vm))); break;
      case OP_ARRAY: {
        uint32_t n = code[pc++];
        uint32_t a = arr_from(vm, &vm->stack[vm->sp - n], n);
        vm->sp -= n;
        PUSH(val_obj(a));
        break;
      }
      case OP_ARRAY_PUSH: {
        Value v = POP();
        arr_push(vm, val_obj_idx(S(0)), v);
        break;
      }
      case OP_ARRAY_HOLE: arr_push(vm, val_obj_idx(S(0)), VAL_HOLE); break;
      case OP_ARRAY_SPREAD: pc += 2; CALLOUT(op_array_spread(vm, ipc, code[ipc + 1], code[ipc + 2]));
      case OP_GET_PROP: {
        Value base = S(0), key = val_str(code[pc++]), v;
        if (val_is_obj(base) && obj_lookup_plain(H, val_obj_idx(base), key, &v) >= 0) {
          S(0) = v;
          break;
        }
        CALLOUT(op_get(vm, key, false));
      }
      case OP_GET_METHOD: {
        Value base = S(0), key = val_str(code[pc++]), v;
        if (val_is_obj(base) && obj_lookup_plain(H, val_obj_idx(base), key, &v) >= 0) {
          S(0) = v;
          PUSH(base);
          break;
        }
        CALLOUT(op_get(vm, key, true));
      }
      case OP_SET_PROP: {
        uint32_t a = code[pc++];
        CALLOUT(op_set(vm, val_str(a)));
      }
      case OP_GET_ELEM: {
        Value base = S(1), key = S(0);
        if (val_is_num(key) && val_is_obj(base) && heap_obj(H, val_obj_idx(base))->kind == OK_ARRAY) {
          double d = NUM(key);
          uint32_t o = val_obj_idx(base), i = val_index_u32(d);
          if (d >= 0 && d == (double)i && i < heap_obj(H, o)->ndata) {
            Value v = heap_get_data(H, o, i);
            if (v != VAL_HOLE) {
              vm->sp--;
              S(0) = v;
              break;
            }
          }
        }
        CALLOUT(op_get_elem(vm, ipc, false));
      }
      case OP_GET_METHOD_ELEM: CALLOUT(op_get_elem(vm, ipc, true));
      case OP_SET_ELEM: {
        Value base = S(2), key = S(1);
        if (val_is_num(key) && val_is_obj(base) && heap_obj(H, val_obj_idx(base))->kind == OK_ARRAY &&
            !(heap_obj(H, val_obj_idx(base))->flags & OF_NOEXT)) {
          double d = NUM(key);
          uint32_t o = val_obj_idx(base), i = val_index_u32(d);
          if (d >= 0 && d == (double)i && i < heap_obj(H, o)->ndata) {
            heap_set_data(H, o, i, S(0));
            S(2) = S(0);
            vm->sp -= 2;
            break;
          }
        }
        CALLOUT(op_set_elem(vm, ipc));
      }
      case OP_DELETE_PROP: {
        uint32_t a = code[pc++];
        CALLOUT(op_delete(vm, val_str(a)));
      }
      case OP_DELETE_ELEM: CALLOUT(op_delete_elem(vm, ipc));
      case OP_DEFINE_PROP: op_define_prop(vm, code[pc++]); break;
      case OP_DEFINE_ELEM: op_define_elem(vm); break;
      case OP_DEFINE_METHOD: op_define_method(vm, code[pc], code[pc + 1]); pc += 2; break;
      case OP_OBJ_SPREAD: CALLOUT(op_obj_spread(vm));
      case OP_OBJ_REST: pc++; CALLOUT(op_obj_rest(vm));
      case OP_GET_SUPER: {
        uint32_t a = code[pc++];
        CALLOUT(op_get_super(vm, val_str(a)));
      }
      case OP_GET_SUPER_ELEM: CALLOUT(op_get_super_elem(vm));
      case OP_SET_SUPER_ELEM: CALLOUT(op_set_super_elem(vm));
      case OP_TO_PROPKEY: CALLOUT(op_to_propkey(vm, ipc));
      case OP_REQUIRE_OBJ:
        pc += 2;
        if (val_is_nullish(S(0))) {
          op_require_obj_error(vm, code[ipc + 1], code[ipc + 2]);
          THROW_NOW();
        }
        break;
      case OP_CALL: {
        uint32_t argc = code[pc], name = code[pc + 1];
        pc += 2;
        CALLOUT(vm_invoke(vm, argc, CONT_NORMAL, 0, VAL_UNDEF, name));
      }
      case OP_CALL_SPREAD: pc++; CALLOUT(op_call_spread(vm, code[ipc + 1]));
      case OP_NEW: {
        uint32_t argc = code[pc], name = code[pc + 1];
        pc += 2;
        CALLOUT(op_new(vm, argc, name));
      }
      case OP_NEW_SPREAD: pc++; CALLOUT(op_new_spread(vm, code[ipc + 1]));
      case OP_SUPER_CALL: {
        uint32_t a = code[pc++];
        CALLOUT(op_super_call(vm, a));
      }
      case OP_SUPER_CALL_SPREAD: CALLOUT(op_super_call_spread(vm));
      case OP_RETURN: {
        Value v = POP();
        CALLOUT(vm_do_return(vm, v));
      }
      case OP_CLOSURE: PUSH(val_obj(op_closure(vm, code[pc++], fr->env))); break;
      case OP_CLASS: {
        uint32_t ctor = code[pc], heritage = code[pc + 1];
        pc += 2;
        CALLOUT(op_class(vm, ctor, heritage, fr->env));
      }
      case OP_INIT_FIELDS: CALLOUT(op_init_fields(vm));
      case OP_STORE_FIELDS:
        heap_set_data(H, val_obj_idx(S(1)), FD_FIELDS, S(0));
        vm->sp--;
        break;
      case OP_PRIV_NAME: op_priv_name(vm, code[pc], code[pc + 1]); pc += 2; break;
      case OP_PRIV_METHOD: op_priv_method(vm, code[pc], code[pc + 1]); pc += 2; break;
      case OP_PRIV_BRAND: CALLOUT(op_priv_brand(vm));
      case OP_PRIV_FIELD: CALLOUT(op_priv_field(vm));
      case OP_FIELD_KEY: PUSH(arr_get(vm, val_obj_idx(heap_get_data(H, fr->func, FD_FIELDS)), code[pc++])); break;
      case OP_SET_HOME: op_set_home(vm); break;
      case OP_SET_FN_NAME: op_set_fn_name(vm, code[pc++]); break;
      case OP_REST: PUSH(op_rest(vm, code[pc++])); break;
      case OP_ARGUMENTS: PUSH(op_arguments(vm)); break;
      case OP_NEW_TARGET: PUSH(fr->new_target); break;
      case OP_CALLEE: PUSH(val_obj(fr->func)); break;
      case OP_ADD: {
        Value b = S(0), a = S(1);
        if (val_is_num(a) && val_is_num(b)) {
          vm->sp--;
          S(0) = val_num(NUM(a) + NUM(b));
        } else if (val_is_str(a) && val_is_str(b) &&
                   (uint64_t)str_len(vm->strs, val_str_id(a)) + str_len(vm->strs, val_str_id(b)) <= STR_MAX_LEN) {
          vm->sp--;
          S(0) = val_str(str_concat(vm->strs, val_str_id(a), val_str_id(b)));
        } else {
          CALLOUT(op_add(vm, ipc));
        }
        break;
      }
      case OP_SUB: BINOP_NUM(x - y); break;
      case OP_MUL: BINOP_NUM(x * y); break;
      case OP_DIV: BINOP_NUM(x / y); break;
      case OP_MOD: BINOP_NUM(fmod(x, y)); break;
      case OP_EXP: CALLOUT(op_arith(vm, op));
      case OP_BITAND: case OP_BITOR: case OP_BITXOR: case OP_SHL: case OP_SHR: case OP_USHR:
        CALLOUT(op_arith(vm, op));
      case OP_LT: CMP_NUM(x < y); break;
      case OP_LE: CMP_NUM(x <= y); break;
      case OP_GT: CMP_NUM(x > y); break;
      case OP_GE: CMP_NUM(x >= y); break;
      case OP_SEQ: {
        bool eq = val_strict_eq(vm, S(1), S(0));
        vm->sp--;
        S(0) = val_bool(eq);
        break;
      }
      case OP_SNE: {
        bool eq = val_strict_eq(vm, S(1), S(0));
        vm->sp--;
        S(0) = val_bool(!eq);
        break;
      }
      case OP_EQ: case OP_NE: CALLOUT(op_loose_eq(vm, ipc, op == OP_NE));
      case OP_IN: CALLOUT(op_in(vm, ipc));
      case OP_INSTANCEOF: CALLOUT(op_instanceof(vm));
      case OP_NEG:
        if (val_is_num(S(0))) S(0) = val_num(-NUM(S(0)));
        else CALLOUT(op_unary(vm, op, ipc));
        break;
      case OP_PLUS: case OP_BITNOT: case OP_TO_NUMERIC:
        if (val_is_num(S(0))) {
          if (op == OP_BITNOT) S(0) = val_num(~num_to_int32(NUM(S(0))));
          break;
        }
        CALLOUT(op_unary(vm, op, ipc));
      case OP_INC:
        if (val_is_num(S(0))) S(0) = val_num(NUM(S(0)) + 1);
        else CALLOUT(op_unary(vm, op, ipc));
        break;
      case OP_DEC:
        if (val_is_num(S(0))) S(0) = val_num(NUM(S(0)) - 1);
        else CALLOUT(op_unary(vm, op, ipc));
        break;
      case OP_NOT: S(0) = val_bool(!val_truthy(vm, S(0))); break;
      case OP_TYPEOF: S(0) = val_str(val_typeof(vm, S(0))); break;
      case OP_TO_STRING:
        if (val_is_str(S(0))) break;
        CALLOUT(op_to_string(vm, ipc));
      case OP_CONCAT: {
        uint32_t n = code[pc++];
        CALLOUT(op_concat(vm, n));
      }
      case OP_JUMP: {
        uint32_t target = code[pc];
        if (target <= ipc) {
          fr->pc = target;
          maybe_gc(vm);
          if (!within_limits(vm)) return VS_EXIT;
        }
        pc = target;
        break;
      }
      case OP_JUMP_IF_FALSE:
        if (!val_truthy(vm, POP())) pc = code[pc];
        else pc++;
        break;
      case OP_JUMP_IF_TRUE:
        if (val_truthy(vm, POP())) pc = code[pc];
        else pc++;
        break;
      case OP_JUMP_IF_FALSE_KEEP:
        if (!val_truthy(vm, S(0))) pc = code[pc];
        else vm->sp--, pc++;
        break;
      case OP_JUMP_IF_TRUE_KEEP:
        if (val_truthy(vm, S(0))) pc = code[pc];
        else vm->sp--, pc++;
        break;
      case OP_JUMP_IF_NOT_NULLISH_KEEP:
        if (!val_is_nullish(S(0))) pc = code[pc];
        else vm->sp--, pc++;
        break;
      case OP_JUMP_IF_NULLISH:
        if (val_is_nullish(S(0))) S(0) = VAL_UNDEF, pc = code[pc];
        else pc++;
        break;
      case OP_JUMP_IF_UNDEF_KEEP:
        if (S(0) != VAL_UNDEF) pc = code[pc];
        else vm->sp--, pc++;
        break;
      case OP_THROW:
        vm->exc = POP();
        vm->has_exc = true;
        /* a built-in's throw points at its caller, through the error's own position */
        vm->exc_pc_proto = (p->flags & FPF_HIDDEN) ? UINT32_MAX : fr->proto;
        vm->exc_pc = ipc;
        THROW_NOW();
      case OP_RETHROW:
        vm->exc = POP();
        vm->has_exc = true;
        THROW_NOW();
      case OP_THROW_REF: pc++; vm_throw_type(vm, "invalid operation"); THROW_NOW();
      case OP_DEBUGGER: break;
      case OP_GET_ITER: {
        uint32_t a = code[pc], site = code[pc + 1];
        pc += 2;
        CALLOUT(op_get_iter(vm, a, site, false));
      }
      case OP_GET_ASYNC_ITER: {
        uint32_t a = code[pc], site = code[pc + 1];
        pc += 2;
        CALLOUT(op_get_iter(vm, a, site, true));
      }
      case OP_ITER_NEXT: {
        uint32_t a = code[pc++];
        CALLOUT(op_iter_next(vm, a, false));
      }
      case OP_ITER_NEXT_RAW: {
        uint32_t a = code[pc++];
        CALLOUT(op_iter_next(vm, a, true));
      }
      case OP_ITER_UNPACK: {
        Value r = POP();
        CALLOUT(vm_deliver(vm, r, CONT_ITER, UINT32_MAX, VAL_UNDEF));
      }
      case OP_ITER_CLOSE: {
        uint32_t a = code[pc++];
        CALLOUT(op_iter_close(vm, a, CONT_DISCARD, NULL));
      }
      case OP_ITER_CLOSE_QUIET: {
        uint32_t a = code[pc++];
        CALLOUT(op_iter_close(vm, a, CONT_CLOSE_QUIET, NULL));
      }
      case OP_ITER_CLOSE_ASYNC: {
        bool none = false;
        uint32_t it = code[pc], skip = code[pc + 1];
        pc += 2;
        fr->pc = pc;
        fr->ipc = ipc;
        st = op_iter_close(vm, it, CONT_NORMAL, &none);
        if (none) {
          fr->pc = skip;
          st = VS_OK;
        }
        goto status;
      }
      case OP_ITER_DONE: LOCAL(code[pc++]) = VAL_UNDEF; break;
      case OP_FOR_IN_START: S(0) = op_for_in_start(vm, S(0)); break;
      case OP_FOR_IN_NEXT: op_for_in_next(vm); break;
      case OP_AWAIT: {
        Value v = POP();
        CALLOUT(vm_await(vm, v));
      }
      case OP_YIELD: {
        Value v = POP();
        CALLOUT(vm_yield(vm, v));
      }
      case OP_GEN_START: CALLOUT(vm_gen_start(vm));
      case OP_ASYNC_GEN_YIELD: {
        Value v = POP();
        CALLOUT(vm_asyncgen_yield(vm, v));
      }
      case OP_TEMPLATE: op_template(vm, code[pc++]); break;
      case OP_NOP: break;
      default:
        vm_throw_type(vm, "internal error: bad opcode %u at %u in function %u", op, ipc, fr->proto);
        THROW_NOW();
    }
    continue;

  status:
    switch (st) {
      case VS_OK:
      case VS_CALL:
        if (vm->nframes <= floor) return VS_OK;
        if (!within_limits(vm)) return VS_EXIT;
        if (!sym && sym_live(vm)) return VS_SYMBOLIC; /* they appear only in a call */
        LOAD();
        continue;
      case VS_THROW: goto throw_;
      default: return st;
    }

  throw_:
    st = vm_unwind(vm, floor);
    if (st == VS_THROW) return VS_THROW;
    if (st == VS_EXIT) return VS_EXIT;
    if (vm->nframes <= floor) return VS_OK;
    if (!sym && sym_live(vm)) return VS_SYMBOLIC;
    LOAD();
  }
}

VmStatus vm_run(Vm *vm, uint32_t floor) {
  VmStatus st = sym_live(vm) ? run_loop(vm, floor, true) : run_loop(vm, floor, false);
  return st == VS_SYMBOLIC ? run_loop(vm, floor, true) : st;
}
