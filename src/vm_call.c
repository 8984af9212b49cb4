/* vm_call.c - calls, frames, completions, exceptions and coroutines.
 *
 * A call leaves [fn this args] on the caller's operand stack; a JavaScript
 * callee's frame starts at the first argument, and popping it restores the
 * stack to the fn slot (Frame.ret_sp) before the result is delivered
 * according to Frame.cont.  Natives run immediately; a native that asks for
 * a tail call (VS_CALL) has its stack slots replaced by the requested call.
 */
#include "vm_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* --- helpers ----------------------------------------------------------------- */

void vm_stack_reserve(Vm *vm, uint32_t n) {
  if (vm->sp + n <= vm->stack_cap) return;
  uint32_t cap = vm->stack_cap ? vm->stack_cap : 4096;
  while (cap < vm->sp + n) cap *= 2;
  vm->stack = xrealloc(vm->stack, sizeof(Value) * cap);
  vm->stack_cap = cap;
}

static void frames_reserve(Vm *vm) {
  if (vm->nframes < vm->frame_cap) return;
  vm->frame_cap = vm->frame_cap ? vm->frame_cap * 2 : 256;
  vm->frames = xrealloc(vm->frames, sizeof(Frame) * vm->frame_cap);
}

Value vm_iter_result(Vm *vm, Value v, bool done) {
  uint32_t o = heap_alloc(H, OK_PLAIN, vm->intr[INTR_OBJECT_PROTO], 2, 0);
  heap_prop_add(H, o, val_str(ATOM_value), v, PA_DEFAULT);
  heap_prop_add(H, o, val_str(ATOM_done), val_bool(done), PA_DEFAULT);
  return val_obj(o);
}

bool vm_is_return_signal(Vm *vm, Value v) {
  return val_is_obj(v) && heap_obj(H, val_obj_idx(v))->kind == OK_RECORD &&
         heap_obj(H, val_obj_idx(v))->aux == REC_RETURN_SIGNAL;
}

/* "x is not a function": name is the callee's text from the compiler, or 0
 * for a call V8 cannot point at (built-ins), which names the value. */
static VmStatus not_callable(Vm *vm, Value fn, uint32_t name, const char *what) {
  if (name) return vm_throw_type(vm, "%s is not a %s", str_cstr_tmp(vm->strs, name), what);
  Buf b;
  buf_init(&b);
  val_default_callsite(vm, fn, &b);
  buf_putc(&b, '\0');
  VmStatus st = vm_throw_type(vm, "%s is not a %s", b.data, what);
  buf_free(&b);
  return st;
}

/* Sloppy-mode this: undefined/null become the global object, primitives
 * are boxed. */
static Value coerce_this(Vm *vm, const FuncProto *p, Value this_v) {
  if ((p->flags & FPF_STRICT) || p->kind == FK_ARROW) return this_v;
  if (val_is_nullish(this_v)) return val_obj(vm->global);
  if (val_is_obj(this_v)) return this_v;
  uint32_t proto = obj_prim_proto(vm, this_v);
  uint32_t box = heap_alloc(H, OK_BOXED, proto, 0, 1);
  heap_set_data(H, box, 0, this_v);
  return val_obj(box);
}

/* --- frames ------------------------------------------------------------------ */

static VmStatus stack_overflow(Vm *vm) {
  vm_fact_overflow(vm);
  return vm_throw_error(vm, INTR_RANGE_ERROR, "Maximum call stack size exceeded");
}

/* Pushes a frame for closure fn; the argc arguments are on top of the
 * stack, with [fn this] below them. */
static VmStatus push_frame(Vm *vm, uint32_t fn, Value this_v, uint32_t argc, Value new_target,
                           uint8_t cont, uint32_t cont_a, Value cont_v) {
  uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO));
  FuncProto *p = vm->prog->protos[pid];
  if ((vm->frame_limit && vm->nframes >= vm->frame_limit) ||
      vm->stack_used + p->stack_cost > vm->stack_budget)
    return stack_overflow(vm);
  uint32_t base = vm->sp - argc;
  Value extra = VAL_UNDEF;
  if (argc > p->nparams && (p->flags & (FPF_HAS_REST | FPF_USES_ARGS)))
    extra = val_obj(arr_from(vm, &vm->stack[base + p->nparams], argc - p->nparams));
  vm->sp = argc > p->nparams ? base + p->nparams : vm->sp;
  vm_stack_reserve(vm, p->nlocals + VM_FRAME_RESERVE);
  while (vm->sp < base + p->nlocals) vm->stack[vm->sp++] = VAL_UNDEF;
  uint32_t promise = 0; /* an async function's promise is made where it is called */
  if ((p->flags & FPF_ASYNC) && !(p->flags & FPF_GENERATOR)) {
    promise = promise_new(vm);
    promise_set_async_creator(vm, promise, pid);
  }
  frames_reserve(vm);
  Value env = heap_get_data(H, fn, FD_ENV);
  Value this_c = coerce_this(vm, p, this_v);
  Frame *f = &vm->frames[vm->nframes++];
  *f = (Frame){.proto = pid,
               .func = fn,
               .base = base,
               .ret_sp = base - 2,
               .env = val_is_obj(env) ? val_obj_idx(env) : 0,
               .argc = argc,
               .this_val = this_c,
               .new_target = new_target,
               .extra = extra,
               .coroutine = VAL_UNDEF,
               .cont = cont,
               .cont_a = cont_a,
               .cont_v = cont_v,
               .builtin = vm->tail_builtin,
               .builtin_this = vm->tail_builtin_this,
               .flags = vm->tail_builtin_new ? FR_BUILTIN_NEW : 0};
  vm->tail_builtin = 0;
  vm->stack_used += p->stack_cost;
  if (vm->nframes > vm->stats.max_frames) vm->stats.max_frames = vm->nframes;
  vm->stats.calls++;
  if (promise) {
    f->coroutine = val_obj(promise);
    f->flags |= FR_ASYNC_FIRST;
  }
  return VS_CALL;
}

/* Pops the top frame, restoring the stack below its call slots. */
static Frame pop_frame(Vm *vm) {
  Frame f = vm->frames[--vm->nframes];
  vm->stack_used -= vm->prog->protos[f.proto]->stack_cost;
  vm->sp = f.ret_sp;
  return f;
}

/* --- invoking ---------------------------------------------------------------- */

/* Replaces the call slots [fn this args] by the native's tail call. */
static void install_tail_call(Vm *vm, uint32_t slot) {
  TailCall *tc = &vm->tc;
  vm->sp = slot;
  vm_stack_reserve(vm, tc->argc + 2 + 64);
  vm->stack[vm->sp++] = tc->fn;
  vm->stack[vm->sp++] = tc->this_v;
  if (val_is_obj(tc->args_array)) {
    uint32_t a = val_obj_idx(tc->args_array), n = arr_len(vm, a);
    vm_stack_reserve(vm, n);
    for (uint32_t i = 0; i < n; i++) vm->stack[vm->sp++] = arr_get(vm, a, i);
    tc->argc = n;
  } else {
    for (uint32_t i = 0; i < tc->argc; i++) vm->stack[vm->sp++] = tc->args[i];
  }
}

/* Runs native fn, noted as the one running (vm->native) for stack traces. */
static VmStatus run_native(Vm *vm, const NativeDef *def, uint32_t fn, Value this_v, bool construct, Value *args,
                           uint32_t argc, Value *out) {
  uint32_t native = vm->native, depth = vm->native_depth;
  Value nthis = vm->native_this;
  bool nnew = vm->native_new;
  vm->native = fn;
  vm->native_depth = vm->nframes;
  vm->native_this = this_v;
  vm->native_new = construct;
  vm->tail_builtin = 0;
  VmStatus st = def->fn(vm, fn, this_v, args, argc, out);
  /* the JavaScript it tail-calls runs for it, unless it only forwards a
   * call (V8 shows no frame for call and apply) */
  if (st == VS_CALL && !vm->tc.resume && !(def->flags & NF_FORWARD)) {
    vm->tail_builtin = fn;
    vm->tail_builtin_this = this_v;
    vm->tail_builtin_new = construct;
  }
  vm->native = native;
  vm->native_depth = depth;
  vm->native_this = nthis;
  vm->native_new = nnew;
  return st;
}

static VmStatus call_native(Vm *vm, uint32_t fn, uint32_t argc, uint8_t cont, uint32_t cont_a,
                            Value cont_v, uint32_t *new_argc) {
  uint32_t slot = vm->sp - argc - 2;
  const NativeDef *def = realm_native_def(heap_obj(H, fn)->aux);
  Value out = VAL_UNDEF;
  if (!(def->flags & NF_SYMBOLIC) && vm->hooks.sym_live && *vm->hooks.sym_live)
    for (uint32_t i = slot + 1; i < vm->sp; i++) vm->stack[i] = vm_concrete(vm, vm->stack[i]);
  vm->new_target = VAL_UNDEF;
  memset(&vm->tc, 0, sizeof vm->tc);
  VmStatus st = (def->flags & NF_COERCE)
                    ? realm_coerce_args(vm, def, fn, vm->stack[slot + 1], &vm->stack[slot + 2], argc)
                    : VS_OK;
  if (st == VS_CALL) { /* the conversions run for the native: V8 shows its frame ("at Math.max") */
    vm->tail_builtin = fn;
    vm->tail_builtin_this = vm->stack[slot + 1];
    vm->tail_builtin_new = false;
  }
  if (st == VS_OK) st = run_native(vm, def, fn, vm->stack[slot + 1], false, &vm->stack[slot + 2], argc, &out);
  switch (st) {
    case VS_OK:
      vm->sp = slot;
      return vm_deliver(vm, out, cont, cont_a, cont_v);
    case VS_CALL:
      if (vm->tc.resume) {
        vm->sp = slot;
        if (vm->tc.has_deliver) cont_v = vm->tc.resume_deliver;
        return vm_restore_frame(vm, vm->tc.resume, vm->tc.resume_value, vm->tc.resume_mode, cont,
                                cont_a, cont_v);
      }
      install_tail_call(vm, slot);
      *new_argc = vm->tc.argc;
      return VS_CALL;
    default:
      vm->sp = slot;
      return st;
  }
}

static VmStatus invoke(Vm *vm, uint32_t argc, uint8_t cont, uint32_t cont_a, Value cont_v, uint32_t name) {
  for (int hops = 0; hops < 64; hops++) {
    uint32_t slot = vm->sp - argc - 2;
    Value fn = vm->stack[slot];
    if (!val_is_obj(fn)) return not_callable(vm, fn, name, "function");
    uint32_t fi = val_obj_idx(fn);
    Obj *o = heap_obj(H, fi);
    switch (o->kind) {
      case OK_FUNC:
        if (o->flags & OF_CLASS) {
          uint32_t cn = fn_name(vm, fi);
          if (!str_len(vm->strs, cn)) return vm_throw_type(vm, "Class constructors cannot be invoked without 'new'");
          return vm_throw_type(vm, "Class constructor %s cannot be invoked without 'new'", str_cstr_tmp(vm->strs, cn));
        }
        return push_frame(vm, fi, vm->stack[slot + 1], argc, VAL_UNDEF, cont, cont_a, cont_v);
      case OK_NATIVE: {
        uint32_t n = argc;
        VmStatus st = call_native(vm, fi, argc, cont, cont_a, cont_v, &n);
        if (st != VS_CALL || vm->tc.resume) return st;
        if (vm->tc.construct)
          return vm_construct(vm, n, vm->tc.new_target, cont == CONT_NORMAL ? CONT_CONSTRUCT : cont, name);
        argc = n;
        name = 0;
        continue;
      }
      case OK_BOUND: {
        uint32_t nb = o->ndata - 2;
        vm_stack_reserve(vm, nb);
        Value *s = &vm->stack[slot];
        memmove(s + 2 + nb, s + 2, sizeof(Value) * argc);
        for (uint32_t i = 0; i < nb; i++) s[2 + i] = heap_get_data(H, fi, 2 + i);
        s[0] = heap_get_data(H, fi, 0);
        s[1] = heap_get_data(H, fi, 1);
        vm->sp += nb;
        argc += nb;
        continue;
      }
      default: return not_callable(vm, fn, name, "function");
    }
  }
  return vm_throw_range(vm, "Maximum call stack size exceeded");
}

VmStatus vm_invoke(Vm *vm, uint32_t argc, uint8_t cont, uint32_t cont_a, Value cont_v,
                   uint32_t name) {
  VmStatus st = invoke(vm, argc, cont, cont_a, cont_v, name);
  vm->tail_builtin = 0; /* (a native's tail call that pushed no frame) */
  return st;
}

/* The prototype for a new object constructed with new_target. */
static uint32_t proto_from_ctor(Vm *vm, Value new_target, uint32_t fallback) {
  if (!val_is_obj(new_target)) return vm->intr[fallback];
  Value p;
  obj_lookup(vm, val_obj_idx(new_target), val_str(ATOM_prototype), &p);
  return val_is_obj(p) ? val_obj_idx(p) : vm->intr[fallback];
}

VmStatus vm_construct(Vm *vm, uint32_t argc, Value new_target, uint8_t cont, uint32_t name) {
  for (int hops = 0; hops < 64; hops++) {
    uint32_t slot = vm->sp - argc - 2;
    Value ctor = vm->stack[slot];
    if (!val_is_ctor(vm, ctor)) return not_callable(vm, ctor, name, "constructor");
    uint32_t ci = val_obj_idx(ctor);
    Obj *o = heap_obj(H, ci);
    if (new_target == VAL_UNDEF) new_target = ctor;
    if (o->kind == OK_FUNC) {
      Value this_v = VAL_UNINIT;
      if (!(o->flags & OF_DERIVED))
        this_v = val_obj(obj_new_proto(vm, proto_from_ctor(vm, new_target, INTR_OBJECT_PROTO)));
      return push_frame(vm, ci, this_v, argc, new_target, cont, 0, VAL_UNDEF);
    }
    if (o->kind == OK_BOUND) {
      uint32_t nb = o->ndata - 2;
      vm_stack_reserve(vm, nb);
      Value *s = &vm->stack[slot];
      memmove(s + 2 + nb, s + 2, sizeof(Value) * argc);
      for (uint32_t i = 0; i < nb; i++) s[2 + i] = heap_get_data(H, ci, 2 + i);
      Value target = heap_get_data(H, ci, 0);
      s[0] = target;
      if (new_target == ctor) new_target = target;
      vm->sp += nb;
      argc += nb;
      continue;
    }
    /* native constructor */
    const NativeDef *def = realm_native_def(o->aux);
    Value out = VAL_UNDEF;
    memset(&vm->tc, 0, sizeof vm->tc);
    vm->new_target = new_target;
    VmStatus st = run_native(vm, def, ci, VAL_UNDEF, true, &vm->stack[slot + 2], argc, &out);
    vm->new_target = VAL_UNDEF;
    if (st == VS_CALL) {
      install_tail_call(vm, slot);
      return vm_invoke(vm, vm->tc.argc, cont == CONT_SUPER ? CONT_SUPER : CONT_NORMAL, 0, VAL_UNDEF, 0);
    }
    vm->sp = slot;
    if (st != VS_OK) return st;
    return vm_deliver(vm, out, cont == CONT_SUPER ? CONT_SUPER : CONT_NORMAL, 0, VAL_UNDEF);
  }
  return vm_throw_range(vm, "Maximum call stack size exceeded");
}

/* --- completions ---------------------------------------------------------------- */

static VmStatus deliver_iter(Vm *vm, Value r, uint32_t local) {
  if (!val_is_obj(r)) {
    uint32_t s = ATOM_undefined;
    if (!val_is_sym(r)) val_to_string_prim(vm, r, &s);
    return vm_throw_type(vm, "Iterator result %s is not an object", str_cstr_tmp(vm->strs, s));
  }
  Value done, value;
  obj_lookup(vm, val_obj_idx(r), val_str(ATOM_done), &done);
  obj_lookup(vm, val_obj_idx(r), val_str(ATOM_value), &value);
  bool d = val_truthy(vm, done);
  vm_push(vm, value);
  vm_push(vm, val_bool(d));
  if (d && local != UINT32_MAX && vm->nframes) vm->stack[vm_top(vm)->base + local] = VAL_UNDEF;
  return VS_OK;
}

static VmStatus deliver_get_iter(Vm *vm, Value it, uint32_t local) {
  if (!val_is_obj(it)) return vm_throw_type(vm, "Result of the Symbol.iterator method is not an object");
  Value next;
  obj_lookup(vm, val_obj_idx(it), val_str(ATOM_next), &next);
  Frame *f = vm_top(vm);
  vm->stack[f->base + local] = it;
  vm->stack[f->base + local + 1] = next;
  return VS_OK;
}

static VmStatus deliver_super(Vm *vm, Value v) {
  Frame *f = vm_top(vm);
  if (f->this_val != VAL_UNINIT) return vm_throw_ref(vm, "Super constructor may only be called once");
  f->this_val = v;
  vm_push(vm, v);
  return VS_OK;
}

VmStatus vm_deliver(Vm *vm, Value v, uint8_t cont, uint32_t cont_a, Value cont_v) {
  switch (cont) {
    case CONT_NORMAL:
    case CONT_CONSTRUCT:
    case CONT_ITER_RAW: vm_push(vm, v); return VS_OK;
    case CONT_DISCARD:
    case CONT_CLOSE_QUIET:
    case CONT_THENABLE: return VS_OK;
    case CONT_SUPER: return deliver_super(vm, v);
    case CONT_RETRY: vm->stack[cont_a] = v; return VS_OK;
    case CONT_ITER: return deliver_iter(vm, v, cont_a);
    case CONT_GET_ITER: return deliver_get_iter(vm, v, cont_a);
    case CONT_TOP: vm->top_result = v; return VS_OK;
    case CONT_JOB:
      if (val_is_obj(cont_v)) {
        if (cont_a == 2) promise_reject(vm, val_obj_idx(cont_v), v);
        else return promise_resolve(vm, val_obj_idx(cont_v), v);
      }
      return VS_OK;
    default: return VS_OK;
  }
}

/* Result of a constructor frame (base or derived). */
static VmStatus construct_result(Vm *vm, const Frame *f, Value v, Value *out) {
  if (val_is_obj(v)) {
    *out = v;
    return VS_OK;
  }
  if (vm->prog->protos[f->proto]->kind == FK_DERIVED_CTOR && v != VAL_UNDEF)
    return vm_throw_type(vm, "Derived constructors may only return object or undefined");
  if (f->this_val == VAL_UNINIT)
    return vm_throw_ref(vm, "Must call super constructor in derived class before accessing 'this' "
                            "or returning from derived constructor");
  *out = f->this_val;
  return VS_OK;
}

static VmStatus return_generator(Vm *vm, Value v) {
  Frame f = pop_frame(vm);
  uint32_t gen = val_obj_idx(f.coroutine);
  heap_obj(H, gen)->aux = GS_DONE;
  heap_set_data(H, gen, 0, VAL_UNDEF);
  if (f.cont == CONT_ITER) {
    vm_push(vm, v);
    vm_push(vm, VAL_TRUE);
    vm->stack[vm_top(vm)->base + f.cont_a] = VAL_UNDEF;
    return VS_OK;
  }
  return vm_deliver(vm, vm_iter_result(vm, v, true), f.cont, f.cont_a, f.cont_v);
}

VmStatus vm_do_return(Vm *vm, Value v) {
  Frame *top = vm_top(vm);
  FuncProto *p = vm_proto(vm, top);
  if (p->flags & FPF_GENERATOR) {
    if (p->flags & FPF_ASYNC) {
      Frame f = pop_frame(vm);
      VmStatus st = vm_asyncgen_complete(vm, val_obj_idx(f.coroutine), v, false);
      if (st == VS_THROW) return st;
      VmStatus d = vm_deliver(vm, f.cont_v, f.cont, f.cont_a, VAL_UNDEF);
      return st == VS_CALL ? VS_CALL : d;
    }
    return return_generator(vm, v);
  }
  if (p->flags & FPF_ASYNC) {
    Frame f = pop_frame(vm);
    uint32_t promise = val_obj_idx(f.coroutine);
    Value give = (f.flags & FR_ASYNC_FIRST) ? f.coroutine : VAL_UNDEF;
    VmStatus d = vm_deliver(vm, give, f.cont, f.cont_a, f.cont_v);
    if (d != VS_OK) return d;
    return promise_resolve(vm, promise, v);
  }
  Frame f = pop_frame(vm);
  if (f.cont == CONT_CONSTRUCT || f.cont == CONT_SUPER) {
    Value r = VAL_UNDEF;
    if (construct_result(vm, &f, v, &r) != VS_OK) return VS_THROW;
    v = r;
  }
  return vm_deliver(vm, v, f.cont, f.cont_a, f.cont_v);
}

/* --- exceptions ----------------------------------------------------------------- */

static const ExcEntry *find_handler(const FuncProto *p, uint32_t pc, bool signal) {
  for (uint32_t i = 0; i < p->nexc; i++) {
    const ExcEntry *e = &p->exc[i];
    if (pc >= e->start && pc < e->end && (!signal || e->finally)) return e;
  }
  return NULL;
}

/* Completes a frame that an exception leaves.  Returns VS_OK when the
 * frame's continuation absorbed the exception, VS_THROW to keep unwinding. */
static VmStatus exit_frame_by_throw(Vm *vm, Value exc) {
  Frame *top = vm_top(vm);
  FuncProto *p = vm_proto(vm, top);
  if ((p->flags & FPF_ASYNC) && !(p->flags & FPF_GENERATOR)) {
    Frame f = pop_frame(vm);
    vm->has_exc = false;
    promise_reject(vm, val_obj_idx(f.coroutine), exc);
    Value give = (f.flags & FR_ASYNC_FIRST) ? f.coroutine : VAL_UNDEF;
    return vm_deliver(vm, give, f.cont, f.cont_a, f.cont_v);
  }
  /* a generator has no object before OP_GEN_START: an exception from its
   * parameter defaults goes to the caller like any function's */
  if ((p->flags & FPF_GENERATOR) && val_is_obj(top->coroutine)) {
    if (p->flags & FPF_ASYNC) {
      Frame f = pop_frame(vm);
      vm->has_exc = false;
      bool sig = vm_is_return_signal(vm, exc);
      Value v = sig ? heap_get_data(H, val_obj_idx(exc), 0) : exc;
      VmStatus st = vm_asyncgen_complete(vm, val_obj_idx(f.coroutine), v, !sig);
      if (st == VS_THROW) return st;
      VmStatus d = vm_deliver(vm, f.cont_v, f.cont, f.cont_a, VAL_UNDEF);
      return st == VS_CALL ? VS_CALL : d;
    }
    if (vm_is_return_signal(vm, exc)) {
      vm->has_exc = false;
      return return_generator(vm, heap_get_data(H, val_obj_idx(exc), 0));
    }
    uint32_t gen = val_obj_idx(top->coroutine);
    heap_obj(H, gen)->aux = GS_DONE;
    heap_set_data(H, gen, 0, VAL_UNDEF);
  }
  Frame f = pop_frame(vm);
  switch (f.cont) {
    case CONT_JOB:
      vm->has_exc = false;
      if (val_is_obj(f.cont_v)) promise_reject(vm, val_obj_idx(f.cont_v), exc);
      return VS_OK;
    case CONT_THENABLE: {
      vm->has_exc = false;
      /* call the reject function of the thenable job: [reject undefined exc] */
      vm_stack_reserve(vm, 3);
      vm_push(vm, f.cont_v);
      vm_push(vm, VAL_UNDEF);
      vm_push(vm, exc);
      return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
    }
    case CONT_CLOSE_QUIET:
      vm->has_exc = false;
      return VS_OK;
    case CONT_TOP:
      return VS_STOP_UNWIND; /* the exception stays pending for vm_call's caller */
    default:
      return VS_THROW;
  }
}

VmStatus vm_unwind(Vm *vm, uint32_t floor) {
  while (vm->nframes > floor) {
    Frame *f = vm_top(vm);
    FuncProto *p = vm_proto(vm, f);
    Value exc = vm->exc;
    const ExcEntry *e = find_handler(p, f->ipc, vm_is_return_signal(vm, exc));
    if (e) {
      vm->sp = f->base + p->nlocals;
      vm_push(vm, exc);
      vm->has_exc = false;
      f->pc = e->handler;
      return VS_OK;
    }
    VmStatus st = exit_frame_by_throw(vm, exc);
    if (st == VS_STOP_UNWIND) return VS_THROW;
    if (st != VS_THROW) return st;
    if (!vm->has_exc) {
      vm->exc = exc;
      vm->has_exc = true;
    }
  }
  return VS_THROW;
}

/* --- suspension ------------------------------------------------------------------ */

/* OK_FRAME data layout. */
enum { SF_PROTO, SF_FUNC, SF_PC, SF_ENV, SF_ARGC, SF_THIS, SF_NEWTGT, SF_EXTRA, SF_CORO,
       SF_FLAGS, SF_IPC, SF_VALUES };

uint32_t vm_save_frame(Vm *vm) {
  Frame *f = vm_top(vm);
  uint32_t nvals = vm->sp - f->base;
  uint32_t fo = heap_alloc(H, OK_FRAME, 0, 0, SF_VALUES + nvals);
  f = vm_top(vm);
  Value *d = heap_data(H, fo);
  d[SF_PROTO] = val_num(f->proto);
  d[SF_FUNC] = val_obj(f->func);
  d[SF_PC] = val_num(f->pc);
  d[SF_ENV] = f->env ? val_obj(f->env) : VAL_UNDEF;
  d[SF_ARGC] = val_num(f->argc);
  d[SF_THIS] = f->this_val;
  d[SF_NEWTGT] = f->new_target;
  d[SF_EXTRA] = f->extra;
  d[SF_CORO] = f->coroutine;
  d[SF_FLAGS] = val_num(f->flags & ~FR_ASYNC_FIRST);
  d[SF_IPC] = val_num(f->ipc);
  memcpy(d + SF_VALUES, &vm->stack[f->base], sizeof(Value) * nvals);
  Frame popped = vm->frames[--vm->nframes];
  vm->stack_used -= vm->prog->protos[popped.proto]->stack_cost;
  vm->sp = popped.ret_sp;
  return fo;
}

void vm_saved_frame_pos(Vm *vm, uint32_t fo, uint32_t *proto, uint32_t *pc) {
  *proto = (uint32_t)val_to_double(heap_get_data(H, fo, SF_PROTO));
  *pc = (uint32_t)val_to_double(heap_get_data(H, fo, SF_IPC));
}

LineEntry vm_frame_obj_pos(Vm *vm, uint32_t fo, uint32_t *proto) {
  uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fo, SF_PROTO));
  uint32_t ipc = (uint32_t)val_to_double(heap_get_data(H, fo, SF_IPC));
  if (proto) *proto = pid;
  return proto_pos(vm->prog->protos[pid], ipc);
}

void vm_frame_obj_view(Vm *vm, uint32_t fo, Frame *out) {
  const Value *d = heap_data(H, fo);
  memset(out, 0, sizeof *out);
  out->proto = (uint32_t)val_to_double(d[SF_PROTO]);
  out->func = val_obj_idx(d[SF_FUNC]);
  out->pc = (uint32_t)val_to_double(d[SF_PC]);
  out->ipc = (uint32_t)val_to_double(d[SF_IPC]);
  out->this_val = d[SF_THIS];
  out->new_target = d[SF_NEWTGT];
  out->coroutine = d[SF_CORO];
}

Value vm_frame_obj_coroutine(Vm *vm, uint32_t fo) { return heap_get_data(H, fo, SF_CORO); }

VmStatus vm_restore_frame(Vm *vm, uint32_t fo, Value v, int mode, uint8_t cont, uint32_t cont_a,
                          Value cont_v) {
  Value *d = heap_data(H, fo);
  uint32_t pid = (uint32_t)val_to_double(d[SF_PROTO]);
  FuncProto *p = vm->prog->protos[pid];
  if ((vm->frame_limit && vm->nframes >= vm->frame_limit) ||
      vm->stack_used + p->stack_cost > vm->stack_budget)
    return stack_overflow(vm);
  uint32_t nvals = heap_obj(H, fo)->ndata - SF_VALUES;
  vm_stack_reserve(vm, nvals + p->nlocals + VM_FRAME_RESERVE);
  d = heap_data(H, fo);
  frames_reserve(vm);
  Frame *f = &vm->frames[vm->nframes++];
  memset(f, 0, sizeof *f);
  f->proto = pid;
  f->func = val_obj_idx(d[SF_FUNC]);
  f->pc = (uint32_t)val_to_double(d[SF_PC]);
  f->ipc = (uint32_t)val_to_double(d[SF_IPC]);
  f->env = val_is_obj(d[SF_ENV]) ? val_obj_idx(d[SF_ENV]) : 0;
  f->argc = (uint32_t)val_to_double(d[SF_ARGC]);
  f->this_val = d[SF_THIS];
  f->new_target = d[SF_NEWTGT];
  f->extra = d[SF_EXTRA];
  f->coroutine = d[SF_CORO];
  f->flags = (uint8_t)val_to_double(d[SF_FLAGS]);
  f->cont = cont;
  f->cont_a = cont_a;
  f->cont_v = cont_v;
  f->ret_sp = vm->sp;
  f->base = vm->sp;
  memcpy(&vm->stack[vm->sp], d + SF_VALUES, sizeof(Value) * nvals);
  vm->sp += nvals;
  vm->stack_used += p->stack_cost;
  if (mode == RESUME_NEXT) {
    vm_push(vm, v);
    return VS_CALL;
  }
  if (mode == RESUME_RETURN) {
    uint32_t sig = heap_alloc(H, OK_RECORD, 0, 0, 1);
    heap_obj(H, sig)->aux = REC_RETURN_SIGNAL;
    heap_set_data(H, sig, 0, v);
    v = val_obj(sig);
  }
  vm->exc = v;
  vm->has_exc = true;
  return VS_THROW;
}

/* --- await ---------------------------------------------------------------------------- */

VmStatus vm_await(Vm *vm, Value v) {
  uint32_t promise;
  VmStatus st = promise_coerce(vm, v, &promise);
  if (st == VS_THROW) return st;
  Frame *f = vm_top(vm);
  bool first = f->flags & FR_ASYNC_FIRST;
  FuncProto *p = vm_proto(vm, f);
  uint8_t cont = f->cont;
  uint32_t cont_a = f->cont_a;
  Value cont_v = f->cont_v, coro = f->coroutine;
  uint32_t fo = vm_save_frame(vm);
  promise_await(vm, promise, fo);
  VmStatus d = VS_OK;
  if (p->flags & FPF_GENERATOR) d = vm_deliver(vm, cont_v, cont, cont_a, VAL_UNDEF);
  else d = vm_deliver(vm, first ? coro : VAL_UNDEF, cont, cont_a, cont_v);
  if (d != VS_OK) return d;
  return st == VS_CALL ? VS_CALL : VS_OK;
}

/* --- generators ------------------------------------------------------------------------- */

VmStatus vm_gen_start(Vm *vm) {
  Frame *f = vm_top(vm);
  FuncProto *p = vm_proto(vm, f);
  bool async = p->flags & FPF_ASYNC;
  Value protov;
  obj_lookup(vm, f->func, val_str(ATOM_prototype), &protov);
  uint32_t proto = val_is_obj(protov) ? val_obj_idx(protov)
                 : vm->intr[async ? INTR_ASYNC_GENERATOR_PROTO : INTR_GENERATOR_PROTO];
  uint32_t gen = heap_alloc(H, async ? OK_ASYNCGEN : OK_GENERATOR, proto, 0, async ? 2 : 1);
  heap_obj(H, gen)->aux = GS_START;
  if (async) heap_set_data(H, gen, 1, val_obj(heap_alloc(H, OK_RECORD, 0, 0, 0)));
  f = vm_top(vm);
  f->coroutine = val_obj(gen);
  uint8_t cont = f->cont;
  uint32_t cont_a = f->cont_a;
  Value cont_v = f->cont_v;
  uint32_t fo = vm_save_frame(vm);
  heap_set_data(H, gen, 0, val_obj(fo));
  return vm_deliver(vm, val_obj(gen), cont, cont_a, cont_v);
}

VmStatus vm_yield(Vm *vm, Value v) {
  Frame *f = vm_top(vm);
  uint32_t gen = val_obj_idx(f->coroutine);
  uint8_t cont = f->cont;
  uint32_t cont_a = f->cont_a;
  Value cont_v = f->cont_v;
  uint32_t fo = vm_save_frame(vm);
  heap_obj(H, gen)->aux = GS_YIELD;
  heap_set_data(H, gen, 0, val_obj(fo));
  if (cont == CONT_ITER) {
    vm_push(vm, v);
    vm_push(vm, VAL_FALSE);
    return VS_OK;
  }
  return vm_deliver(vm, vm_iter_result(vm, v, false), cont, cont_a, cont_v);
}

VmStatus vm_gen_resume(Vm *vm, uint32_t gen, Value v, int mode, uint8_t cont, uint32_t cont_a,
                       Value cont_v) {
  unsigned state = heap_obj(H, gen)->aux;
  if (state == GS_RUNNING) return vm_throw_type(vm, "Generator is already running");
  if (state == GS_START && mode != RESUME_NEXT) {
    heap_obj(H, gen)->aux = GS_DONE;
    heap_set_data(H, gen, 0, VAL_UNDEF);
    state = GS_DONE;
  }
  if (state == GS_DONE) {
    if (mode == RESUME_THROW) return vm_throw(vm, v);
    Value r = mode == RESUME_RETURN ? v : VAL_UNDEF;
    if (cont == CONT_ITER) {
      vm_push(vm, r);
      vm_push(vm, VAL_TRUE);
      vm->stack[vm_top(vm)->base + cont_a] = VAL_UNDEF;
      return VS_OK;
    }
    return vm_deliver(vm, vm_iter_result(vm, r, true), cont, cont_a, cont_v);
  }
  uint32_t fo = val_obj_idx(heap_get_data(H, gen, 0));
  heap_obj(H, gen)->aux = GS_RUNNING;
  return vm_restore_frame(vm, fo, v, mode, cont, cont_a, cont_v);
}

/* --- errors ------------------------------------------------------------------------------ */

VmStatus vm_throw(Vm *vm, Value v) {
  vm->exc = v;
  vm->has_exc = true;
  return VS_THROW;
}

static VmStatus throw_fmt(Vm *vm, uint32_t intr, const char *fmt, va_list ap) {
  char buf[512];
  vsnprintf(buf, sizeof buf, fmt, ap);
  return vm_throw(vm, vm_make_error(vm, intr, buf));
}

VmStatus vm_throw_type(Vm *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  VmStatus st = throw_fmt(vm, INTR_TYPE_ERROR, fmt, ap);
  va_end(ap);
  return st;
}

VmStatus vm_throw_range(Vm *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  VmStatus st = throw_fmt(vm, INTR_RANGE_ERROR, fmt, ap);
  va_end(ap);
  return st;
}

VmStatus vm_throw_ref(Vm *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  VmStatus st = throw_fmt(vm, INTR_REFERENCE_ERROR, fmt, ap);
  va_end(ap);
  return st;
}

VmStatus vm_throw_error(Vm *vm, uint32_t ctor_intr, const char *msg) {
  return vm_throw(vm, vm_make_error(vm, ctor_intr, msg));
}

VmStatus vm_tail_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc) {
  memset(&vm->tc, 0, sizeof vm->tc);
  vm->tc.fn = fn;
  vm->tc.this_v = this_v;
  if (argc > 8) {
    vm->tc.args_array = val_obj(arr_from(vm, args, argc));
  } else {
    for (uint32_t i = 0; i < argc; i++) vm->tc.args[i] = args[i];
    vm->tc.argc = argc;
  }
  return VS_CALL;
}
