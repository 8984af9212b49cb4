/* coroutine.c - the generator and async generator protocols: the natives
 * next/throw/return and, for async generators, the request queue and the
 * AsyncGeneratorResumeNext state machine (ECMA-262 2021, 27.6.3).
 *
 * An async generator holds its requests (REC_ASYNCGEN_REQ records: mode,
 * value, promise) in a list; a request settles its promise when the body
 * yields, returns or throws.  While the body runs, the frame's cont_v is
 * the value it hands to whoever resumed it (the promise of the next() call
 * that resumed it, or undefined for a job).
 */
#include <string.h>

#include "vm_int.h"

/* --- generators ------------------------------------------------------------ */

static VmStatus gen_method(Vm *vm, Value this_v, Value *args, uint32_t argc, int mode) {
  if (!obj_is_kind(vm, this_v, OK_GENERATOR))
    return vm_throw_type(vm, "next method called on incompatible receiver");
  uint32_t gen = val_obj_idx(this_v);
  unsigned state = heap_obj(&vm->heap, gen)->aux;
  Value v = argc ? args[0] : VAL_UNDEF;
  if (state == GS_RUNNING) return vm_throw_type(vm, "Generator is already running");
  if (state == GS_START && mode != RESUME_NEXT) {
    heap_obj(&vm->heap, gen)->aux = GS_DONE;
    heap_set_data(&vm->heap, gen, 0, VAL_UNDEF);
    state = GS_DONE;
  }
  if (state == GS_DONE) {
    if (mode == RESUME_THROW) return vm_throw(vm, v);
    return VS_OK; /* the caller builds {value, done: true} */
  }
  memset(&vm->tc, 0, sizeof vm->tc);
  vm->tc.resume = val_obj_idx(heap_get_data(&vm->heap, gen, 0));
  vm->tc.resume_value = v;
  vm->tc.resume_mode = (uint8_t)mode;
  heap_obj(&vm->heap, gen)->aux = GS_RUNNING;
  return VS_CALL;
}

static VmStatus gen_done_result(Vm *vm, Value this_v, Value *args, uint32_t argc, int mode, Value *out) {
  VmStatus st = gen_method(vm, this_v, args, argc, mode);
  if (st == VS_OK) *out = vm_iter_result(vm, mode == RESUME_RETURN && argc ? args[0] : VAL_UNDEF, true);
  return st;
}

static VmStatus nat_gen_next(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return gen_done_result(vm, t, a, n, RESUME_NEXT, out);
}

static VmStatus nat_gen_return(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return gen_done_result(vm, t, a, n, RESUME_RETURN, out);
}

static VmStatus nat_gen_throw(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return gen_done_result(vm, t, a, n, RESUME_THROW, out);
}

static VmStatus nat_return_this(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)vm, (void)c, (void)a, (void)n;
  *out = t;
  return VS_OK;
}

/* --- async generators: the request queue ----------------------------------------- */

static uint32_t queue_of(Vm *vm, uint32_t gen) { return val_obj_idx(heap_get_data(H, gen, 1)); }

static bool queue_empty(Vm *vm, uint32_t gen) { return heap_obj(H, queue_of(vm, gen))->ndata == 0; }

static uint32_t queue_front(Vm *vm, uint32_t gen) {
  return val_obj_idx(heap_get_data(H, queue_of(vm, gen), 0));
}

static uint32_t dequeue(Vm *vm, uint32_t gen) {
  uint32_t q = queue_of(vm, gen);
  uint32_t r = val_obj_idx(heap_get_data(H, q, 0));
  heap_data_remove(H, q, 0, 1);
  return r;
}

/* AsyncGeneratorResolve / AsyncGeneratorReject for the front request. */
static void settle_front(Vm *vm, uint32_t gen, Value v, bool done, bool reject) {
  uint32_t req = dequeue(vm, gen);
  uint32_t p = val_obj_idx(heap_get_data(H, req, 2));
  if (reject) promise_reject(vm, p, v);
  else promise_fulfill(vm, p, vm_iter_result(vm, v, done));
}

static uint32_t return_handler(Vm *vm, uint32_t gen, const char *name) {
  uint32_t fn = realm_new_native(vm, "generator", name, 1);
  heap_set_data(H, fn, 0, val_obj(gen));
  return fn;
}

/* AsyncGeneratorResumeNext, except resuming the frame: returns true with
 * the front request's mode and value when the body must run. */
static bool resume_next(Vm *vm, uint32_t gen, int *mode, Value *value) {
  for (;;) {
    unsigned state = heap_obj(H, gen)->aux;
    if (state == GS_RUNNING || state == GS_AWAIT_RETURN || queue_empty(vm, gen)) return false;
    uint32_t req = queue_front(vm, gen);
    int m = (int)val_to_double(heap_get_data(H, req, 0));
    Value v = heap_get_data(H, req, 1);
    if (m != RESUME_NEXT) {
      if (state == GS_START) heap_obj(H, gen)->aux = state = GS_DONE;
      if (state == GS_DONE) {
        if (m == RESUME_THROW) {
          settle_front(vm, gen, v, true, true);
          continue;
        }
        heap_obj(H, gen)->aux = GS_AWAIT_RETURN;
        uint32_t p;
        if (promise_coerce(vm, v, &p) == VS_THROW) {
          vm->has_exc = false;
          heap_obj(H, gen)->aux = GS_DONE;
          settle_front(vm, gen, vm->exc, true, true);
          continue;
        }
        promise_then(vm, p, val_obj(return_handler(vm, gen, "$agReturnFulfilled")),
                     val_obj(return_handler(vm, gen, "$agReturnRejected")), 0);
        return false;
      }
    } else if (state == GS_DONE) {
      settle_front(vm, gen, VAL_UNDEF, true, false);
      continue;
    }
    heap_obj(H, gen)->aux = GS_RUNNING;
    *mode = m;
    *value = v;
    return true;
  }
}

uint32_t vm_asyncgen_request_promise(Vm *vm, uint32_t gen) {
  if (queue_empty(vm, gen)) return 0;
  Value p = heap_get_data(H, queue_front(vm, gen), 2);
  return val_is_obj(p) ? val_obj_idx(p) : 0;
}

static uint32_t frame_of(Vm *vm, uint32_t gen) { return val_obj_idx(heap_get_data(H, gen, 0)); }

/* Resumes the body from VM context (after a yield or a settled return). */
static VmStatus resume_from_vm(Vm *vm, uint32_t gen) {
  int mode;
  Value v;
  if (!resume_next(vm, gen, &mode, &v)) return VS_OK;
  return vm_restore_frame(vm, frame_of(vm, gen), v, mode, CONT_DISCARD, 0, VAL_UNDEF);
}

VmStatus vm_asyncgen_complete(Vm *vm, uint32_t gen, Value v, bool thrown) {
  heap_obj(H, gen)->aux = GS_DONE;
  heap_set_data(H, gen, 0, VAL_UNDEF);
  if (!queue_empty(vm, gen)) settle_front(vm, gen, v, true, thrown);
  return resume_from_vm(vm, gen);
}

VmStatus vm_asyncgen_yield(Vm *vm, Value v) {
  Frame *f = vm_top(vm);
  uint32_t gen = val_obj_idx(f->coroutine);
  uint8_t cont = f->cont;
  uint32_t cont_a = f->cont_a;
  Value give = f->cont_v;
  uint32_t fo = vm_save_frame(vm);
  heap_set_data(H, gen, 0, val_obj(fo));
  heap_obj(H, gen)->aux = GS_YIELD;
  VmStatus d = vm_deliver(vm, give, cont, cont_a, VAL_UNDEF);
  if (d != VS_OK) return d;
  settle_front(vm, gen, v, false, false);
  return resume_from_vm(vm, gen);
}

/* next/throw/return of an async generator: queue the request; run the body
 * now when it is suspended and this is the only request. */
static VmStatus asyncgen_method(Vm *vm, Value this_v, Value *args, uint32_t argc, int mode, Value *out) {
  uint32_t p = promise_new(vm);
  *out = val_obj(p);
  if (!obj_is_kind(vm, this_v, OK_ASYNCGEN)) {
    promise_reject(vm, p, vm_make_error(vm, INTR_TYPE_ERROR, "next method called on incompatible receiver"));
    return VS_OK;
  }
  uint32_t gen = val_obj_idx(this_v);
  uint32_t req = heap_alloc(H, OK_RECORD, 0, 0, 3);
  heap_obj(H, req)->aux = REC_ASYNCGEN_REQ;
  heap_set_data(H, req, 0, val_num(mode));
  heap_set_data(H, req, 1, argc ? args[0] : VAL_UNDEF);
  heap_set_data(H, req, 2, val_obj(p));
  heap_data_push(H, queue_of(vm, gen), val_obj(req));
  int m;
  Value v;
  if (!resume_next(vm, gen, &m, &v)) return VS_OK;
  memset(&vm->tc, 0, sizeof vm->tc);
  vm->tc.resume = frame_of(vm, gen);
  vm->tc.resume_value = v;
  vm->tc.resume_mode = (uint8_t)m;
  vm->tc.resume_deliver = val_obj(p);
  vm->tc.has_deliver = true;
  return VS_CALL;
}

static VmStatus nat_ag_next(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return asyncgen_method(vm, t, a, n, RESUME_NEXT, out);
}

static VmStatus nat_ag_return(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return asyncgen_method(vm, t, a, n, RESUME_RETURN, out);
}

static VmStatus nat_ag_throw(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)c;
  return asyncgen_method(vm, t, a, n, RESUME_THROW, out);
}

/* Settles an awaited return() of a completed async generator. */
static VmStatus ag_return_settled(Vm *vm, uint32_t callee, Value *args, uint32_t argc, bool reject,
                                  Value *out) {
  uint32_t gen = val_obj_idx(heap_get_data(H, callee, 0));
  *out = VAL_UNDEF;
  heap_obj(H, gen)->aux = GS_DONE;
  if (!queue_empty(vm, gen)) settle_front(vm, gen, argc ? args[0] : VAL_UNDEF, true, reject);
  int m;
  Value v;
  resume_next(vm, gen, &m, &v); /* a completed generator never runs its body again */
  return VS_OK;
}

static VmStatus nat_ag_ret_ok(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)t;
  return ag_return_settled(vm, c, a, n, false, out);
}

static VmStatus nat_ag_ret_err(Vm *vm, uint32_t c, Value t, Value *a, uint32_t n, Value *out) {
  (void)t;
  return ag_return_settled(vm, c, a, n, true, out);
}

static const NativeDef gen_defs[] = {
    {"next", 1, 0, nat_gen_next},
    {"return", 1, 0, nat_gen_return},
    {"throw", 1, 0, nat_gen_throw},
    {"$agNext", 1, 0, nat_ag_next},
    {"$agReturn", 1, 0, nat_ag_return},
    {"$agThrow", 1, 0, nat_ag_throw},
    {"$agReturnFulfilled", 1, 0, nat_ag_ret_ok},
    {"$agReturnRejected", 1, 0, nat_ag_ret_err},
    {"$returnThis", 0, 0, nat_return_this},
};

static void define_named(Vm *vm, uint32_t obj, const char *native, const char *name, Value key) {
  uint32_t fn = realm_new_native(vm, "generator", native, 0);
  if (name) obj_define(vm, fn, val_str(ATOM_name), val_cstr(vm, name), PA_CONFIG);
  obj_define(vm, obj, key, val_obj(fn), PA_WRITABLE | PA_CONFIG);
}

static void gen_init(Vm *vm) {
  uint32_t gp = vm->intr[INTR_GENERATOR_PROTO], agp = vm->intr[INTR_ASYNC_GENERATOR_PROTO];
  uint32_t next = realm_new_native(vm, "generator", "next", 0);
  vm->intr[INTR_GENERATOR_NEXT] = next;
  obj_define_cstr(vm, gp, "next", val_obj(next), PA_WRITABLE | PA_CONFIG);
  define_named(vm, gp, "return", NULL, val_cstr(vm, "return"));
  define_named(vm, gp, "throw", NULL, val_cstr(vm, "throw"));
  define_named(vm, agp, "$agNext", "next", val_cstr(vm, "next"));
  define_named(vm, agp, "$agReturn", "return", val_cstr(vm, "return"));
  define_named(vm, agp, "$agThrow", "throw", val_cstr(vm, "throw"));
  define_named(vm, vm->intr[INTR_ITERATOR_PROTO], "$returnThis", "[Symbol.iterator]",
               val_sym(vm->intr[INTR_SYM_ITERATOR]));
  uint32_t aiter = obj_new(vm); /* %AsyncIteratorPrototype% */
  define_named(vm, aiter, "$returnThis", "[Symbol.asyncIterator]",
               val_sym(vm->intr[INTR_SYM_ASYNC_ITERATOR]));
  heap_obj(&vm->heap, agp)->proto = aiter;
}

const NativeModule bi_generator_module = {"generator", gen_defs, sizeof gen_defs / sizeof gen_defs[0],
                                          gen_init};
