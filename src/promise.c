/* promise.c - promises, reactions and the job queue (ECMA-262 27.2).
 *
 * The algorithms follow the specification step by step so that the number
 * of jobs (ticks) between events is exactly the engine's: a reaction on a
 * settled promise is one job; resolving with a thenable is one job that
 * calls `then` (NewPromiseResolveThenableJob) plus whatever that causes.
 * The parts that need JavaScript (a `then` getter, Promise constructors of
 * subclasses, the combinators) live in the prelude and call back in through
 * the $intrinsics defined at the end of this file.
 */
#include "promise.h"

#include <string.h>

#include "vm_int.h"

/* The current user position as a site, with creator: the built-in
 * function user code called, or `dflt` when user code is on top. */
static double site_here(Vm *vm, uint32_t dflt) {
  uint32_t entry;
  LineEntry pos = vm_user_pos(vm, &entry);
  if (pos.line == UINT32_MAX) pos.line = pos.col = 0;
  return vm_site_pack(pos.line, pos.col, entry ? entry - 1 + PC_PROTO : dflt);
}

uint32_t promise_new_proto(Vm *vm, uint32_t proto) {
  uint32_t p = heap_alloc(H, OK_PROMISE, proto, 0, PR_REACTIONS);
  heap_obj(H, p)->aux = PS_PENDING;
  Value *d = heap_data(H, p);
  d[PR_CREATED] = val_num(vm->record_facts ? site_here(vm, PC_USER) : 0);
  d[PR_REJECTED] = val_num(0);
  return p;
}

void promise_set_async_creator(Vm *vm, uint32_t p, uint32_t proto) {
  if (!vm->record_facts) return;
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(vm, p), &line, &col, &creator);
  heap_set_data(H, p, PR_CREATED, val_num(vm_site_pack(line, col, proto + PC_PROTO)));
}

uint32_t promise_new(Vm *vm) { return promise_new_proto(vm, vm->intr[INTR_PROMISE_PROTO]); }

bool promise_is_native(Vm *vm, Value v) { return obj_is_kind(vm, v, OK_PROMISE); }

/* --- the job queue ---------------------------------------------------------------- */

static void enqueue(Vm *vm, uint32_t job) {
  heap_data_push(H, vm->jobs, val_obj(job));
  vm->stats.jobs++;
}

bool promise_jobs_pending(Vm *vm) { return vm->jobs_head < heap_obj(H, vm->jobs)->ndata; }

static Value dequeue(Vm *vm) {
  Value j = heap_get_data(H, vm->jobs, vm->jobs_head);
  heap_set_data(H, vm->jobs, vm->jobs_head, VAL_UNDEF);
  vm->jobs_head++;
  uint32_t n = heap_obj(H, vm->jobs)->ndata;
  if (vm->jobs_head == n) {
    heap_data_resize(H, vm->jobs, 0, VAL_UNDEF);
    vm->jobs_head = 0;
  } else if (vm->jobs_head >= 1024 && vm->jobs_head * 2 >= n) {
    heap_data_remove(H, vm->jobs, 0, vm->jobs_head);
    vm->jobs_head = 0;
  }
  return j;
}

static uint32_t record(Vm *vm, unsigned type, uint32_t n) {
  uint32_t r = heap_alloc(H, OK_RECORD, 0, 0, n);
  heap_obj(H, r)->aux = (uint16_t)type;
  return r;
}

/* A reaction runs at most once, so a triggered reaction is its own job
 * (NewPromiseReactionJob): the argument and the rejected flag go into the
 * room new_reaction left for them.  One object per job instead of two:
 * 10^6 queued jobs take a fifth less memory and time. */
static void enqueue_reaction_job(Vm *vm, Value reaction, Value arg, bool rejected) {
  uint32_t r = val_obj_idx(reaction);
  heap_data_push(H, r, arg);
  heap_data_push(H, r, val_bool(rejected));
  enqueue(vm, r);
}

static void enqueue_thenable_job(Vm *vm, uint32_t p, Value thenable, Value then) {
  uint32_t j = record(vm, REC_JOB_THENABLE, 3);
  Value *d = heap_data(H, j);
  d[0] = val_obj(p);
  d[1] = thenable;
  d[2] = then;
  enqueue(vm, j);
}

void promise_enqueue_callback(Vm *vm, Value fn) {
  uint32_t j = record(vm, REC_JOB_CALLBACK, 1);
  heap_set_data(H, j, 0, fn);
  enqueue(vm, j);
}

/* --- settlement ------------------------------------------------------------------ */

void promise_track_reject(Vm *vm, uint32_t p) { heap_data_push(H, vm->rejections, val_obj(p)); }

/* Moves the reactions out of p and queues one job each (TriggerPromiseReactions). */
static void settle(Vm *vm, uint32_t p, Value v, unsigned state) {
  uint32_t n = heap_obj(H, p)->ndata;
  heap_touch(H, p);
  heap_obj(H, p)->aux = (uint16_t)((heap_obj(H, p)->aux & ~PS_STATE_MASK) | state);
  heap_set_data(H, p, PR_RESULT, v);
  for (uint32_t i = PR_REACTIONS; i < n; i++)
    enqueue_reaction_job(vm, heap_get_data(H, p, i), v, state == PS_REJECTED);
  /* a fulfilled promise needs only its value (smaller states); a rejected
   * one keeps where it was made and rejected for the findings */
  uint32_t keep = state == PS_FULFILLED ? PR_CREATED : PR_REACTIONS;
  if (n >= keep) heap_obj(H, p)->ndata = keep; /* (touched above) */
  else heap_data_resize(H, p, keep, VAL_UNDEF);
}

/* Where a rejection happens: where its Error was made, else where user
 * code is. */
static double reject_site(Vm *vm, Value reason) {
  if (obj_is_kind(vm, reason, OK_ERROR)) {
    uint32_t e = val_obj_idx(reason);
    double line = val_to_double(heap_get_data(H, e, ED_LINE)), col = val_to_double(heap_get_data(H, e, ED_COL));
    if (line > 0) return vm_site_pack((uint32_t)line, (uint32_t)col, PC_USER);
  }
  return site_here(vm, PC_USER);
}

void promise_fulfill(Vm *vm, uint32_t p, Value v) {
  if (promise_state(vm, p) != PS_PENDING) return;
  settle(vm, p, v, PS_FULFILLED);
}

void promise_reject(Vm *vm, uint32_t p, Value reason) {
  if (promise_state(vm, p) != PS_PENDING) return;
  if (vm->record_facts) heap_set_data(H, p, PR_REJECTED, val_num(reject_site(vm, reason)));
  settle(vm, p, reason, PS_REJECTED);
  if (!(heap_obj(H, p)->aux & PS_HANDLED)) promise_track_reject(vm, p);
}

/* The resolve function's steps after the AlreadyResolved check.  Returns
 * VS_CALL with *getter set when `then` is an accessor (the caller runs the
 * prelude's resolveThenGetter); never calls JavaScript itself. */
VmStatus promise_resolve_step(Vm *vm, uint32_t p, Value v, Value *getter) {
  if (val_is_obj(v) && val_obj_idx(v) == p) {
    promise_reject(vm, p, vm_make_error(vm, INTR_TYPE_ERROR, "Chaining cycle detected for promise #<Promise>"));
    return VS_OK;
  }
  if (!val_is_obj(v)) {
    promise_fulfill(vm, p, v);
    return VS_OK;
  }
  Value then;
  Lookup lk = obj_lookup(vm, val_obj_idx(v), val_str(ATOM_then), &then);
  if (lk == LK_GETTER && then != VAL_UNDEF) {
    *getter = then;
    return VS_CALL;
  }
  if (!val_is_callable(vm, then)) {
    promise_fulfill(vm, p, v);
    return VS_OK;
  }
  enqueue_thenable_job(vm, p, v, then);
  return VS_OK;
}

VmStatus promise_resolve(Vm *vm, uint32_t p, Value v) {
  Value getter = VAL_UNDEF;
  if (promise_resolve_step(vm, p, v, &getter) != VS_CALL) return VS_OK;
  Value hook = realm_hook(vm, "resolveThenGetter");
  vm_stack_reserve(vm, 8);
  vm_push(vm, hook);
  vm_push(vm, VAL_UNDEF);
  vm_push(vm, val_obj(p));
  vm_push(vm, v);
  vm_push(vm, getter);
  return vm_invoke(vm, 3, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

/* --- then and await ------------------------------------------------------------- */

static void add_reaction(Vm *vm, uint32_t p, uint32_t reaction) {
  unsigned state = promise_state(vm, p);
  if (state == PS_PENDING) {
    heap_data_push(H, p, val_obj(reaction));
  } else {
    enqueue_reaction_job(vm, val_obj(reaction), promise_result(vm, p), state == PS_REJECTED);
    /* (after the job is queued: the hook may look at it to say where) */
    if (state == PS_REJECTED && !(heap_obj(H, p)->aux & PS_HANDLED) && (heap_obj(H, p)->aux & PS_REPORTED) &&
        vm->hooks.promise_handled_late)
      vm->hooks.promise_handled_late(vm->hooks.ctx, vm, p);
  }
  heap_touch(H, p);
  heap_obj(H, p)->aux |= PS_HANDLED;
}

/* Where a reaction is registered: user code, or built-in code (creator:
 * the built-in user code called, PC_PROTO + proto id). */
static double reaction_site(Vm *vm) {
  return vm->record_facts ? site_here(vm, PC_USER) : 0;
}

/* A reaction record for promise p (RX__PENDING values; a state that holds
 * it is no larger for the room below).  When p is settled it is queued at
 * once, so it gets room for RX_ARG and RX_REJECTED now; a reaction that
 * waits grows when triggered (most of those die waiting, or the growth's
 * garbage is what a separate job record would have been). */
static uint32_t new_reaction(Vm *vm, uint32_t p) {
  uint32_t r = record(vm, REC_REACTION, promise_state(vm, p) == PS_PENDING ? RX__PENDING : RX__COUNT);
  heap_obj(H, r)->ndata = RX__PENDING;
  return r;
}

void promise_then(Vm *vm, uint32_t p, Value on_f, Value on_r, uint32_t derived) {
  uint32_t r = new_reaction(vm, p);
  Value *d = heap_data(H, r);
  d[0] = val_num(RT_THEN);
  d[1] = val_is_callable(vm, on_f) ? on_f : VAL_UNDEF;
  d[2] = val_is_callable(vm, on_r) ? on_r : VAL_UNDEF;
  d[3] = derived ? val_obj(derived) : VAL_UNDEF;
  d[4] = val_num(reaction_site(vm));
  add_reaction(vm, p, r);
}

void promise_await(Vm *vm, uint32_t p, uint32_t frame_obj) {
  uint32_t r = new_reaction(vm, p);
  Value *d = heap_data(H, r);
  d[0] = val_num(RT_AWAIT);
  d[1] = val_obj(frame_obj);
  d[2] = VAL_UNDEF;
  d[3] = VAL_UNDEF;
  d[4] = val_num(0); /* the frame knows where it waits */
  add_reaction(vm, p, r);
}

VmStatus promise_coerce(Vm *vm, Value v, uint32_t *out) {
  if (promise_is_native(vm, v)) {
    Value ctor;
    obj_lookup(vm, val_obj_idx(v), val_str(ATOM_constructor), &ctor);
    if (val_is_obj(ctor) && val_obj_idx(ctor) == vm->intr[INTR_PROMISE]) {
      *out = val_obj_idx(v);
      return VS_OK;
    }
  }
  *out = promise_new(vm);
  return promise_resolve(vm, *out, v);
}

/* --- resolving functions -------------------------------------------------------------- */

/* Fact "2": user code called resolve or reject of an already resolved
 * promise (the call is ignored).  Calls from built-in code (the Promise
 * constructor's catch, combinators) and from the host (a resolve function
 * used directly as a callback) are the machinery, not the program. */
static void double_settle(Vm *vm, uint32_t p, const char *which) {
  if (!vm->record_facts || !vm->nframes || (vm_proto(vm, vm_top(vm))->flags & FPF_PRELUDE)) return;
  LineEntry at = vm_user_pos(vm, NULL);
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(vm, p), &line, &col, &creator);
  const char *state = promise_state(vm, p) == PS_PENDING ? "resolved" : promise_state(vm, p) == PS_FULFILLED ? "fulfilled" : "rejected";
  vm_fact(vm, "2\t%u:%u\t%s\t%u:%u\t%s", at.line, at.col, which, line, col, state);
}

static VmStatus nat_resolve_fn(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                               Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = val_obj_idx(heap_get_data(H, callee, 0));
  uint32_t flag = val_obj_idx(heap_get_data(H, callee, 1));
  if (heap_get_data(H, flag, 0) == VAL_TRUE) {
    double_settle(vm, p, "resolve");
    return VS_OK;
  }
  heap_set_data(H, flag, 0, VAL_TRUE);
  Value v = argc ? args[0] : VAL_UNDEF, getter = VAL_UNDEF;
  if (promise_resolve_step(vm, p, v, &getter) != VS_CALL) return VS_OK;
  Value call_args[3] = {val_obj(p), v, getter};
  return vm_tail_call(vm, realm_hook(vm, "resolveThenGetter"), VAL_UNDEF, call_args, 3);
}

static VmStatus nat_reject_fn(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                              Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = val_obj_idx(heap_get_data(H, callee, 0));
  uint32_t flag = val_obj_idx(heap_get_data(H, callee, 1));
  if (heap_get_data(H, flag, 0) == VAL_TRUE) {
    double_settle(vm, p, "reject");
    return VS_OK;
  }
  heap_set_data(H, flag, 0, VAL_TRUE);
  promise_reject(vm, p, argc ? args[0] : VAL_UNDEF);
  return VS_OK;
}

uint32_t promise_settles(Vm *vm, uint32_t fn) {
  if (heap_obj(H, fn)->kind != OK_NATIVE || heap_obj(H, fn)->ndata < 2) return 0;
  NativeFn f = realm_native_def(heap_obj(H, fn)->aux)->fn;
  if (f != nat_resolve_fn && f != nat_reject_fn) return 0;
  Value p = heap_get_data(H, fn, 0);
  return promise_is_native(vm, p) ? val_obj_idx(p) : 0;
}

void promise_resolving_functions(Vm *vm, uint32_t p, Value *res, Value *rej) {
  uint32_t flag = record(vm, REC_RESOLVED_FLAG, 1);
  heap_set_data(H, flag, 0, VAL_FALSE);
  uint32_t r = realm_new_native(vm, "promise", "$resolveFunction", 2);
  heap_set_data(H, r, 0, val_obj(p));
  heap_set_data(H, r, 1, val_obj(flag));
  uint32_t j = realm_new_native(vm, "promise", "$rejectFunction", 2);
  heap_set_data(H, j, 0, val_obj(p));
  heap_set_data(H, j, 1, val_obj(flag));
  *res = val_obj(r);
  *rej = val_obj(j);
}

/* --- combinator element functions ------------------------------------------------------ */

/* Promise.all, allSettled and any (prelude code) settle their promise
 * through natives rather than closures, so that promise_async_frames can
 * tell them apart as V8 tells its built-in element closures.  Each holds
 * (EL_*) the shared REC_COMBINATOR state, its index and an already-called
 * flag (a REC_RESOLVED_FLAG, shared by allSettled's pair). */
enum { EL_STATE, EL_INDEX, EL_CALLED, EL__COUNT };

/* Marks element callee called; false when it was already (a second call
 * does nothing). */
static bool element_claim(Vm *vm, uint32_t callee) {
  uint32_t flag = val_obj_idx(heap_get_data(H, callee, EL_CALLED));
  if (heap_get_data(H, flag, 0) == VAL_TRUE) return false;
  heap_set_data(H, flag, 0, VAL_TRUE);
  return true;
}

/* One element fewer to wait for; true when none is left. */
static bool combinator_count_down(Vm *vm, uint32_t st) {
  double left = val_to_double(heap_get_data(H, st, CB_REMAINING)) - 1;
  heap_set_data(H, st, CB_REMAINING, val_num(left));
  return left == 0;
}

/* Stores v at the element's index; when it was the last element, settles
 * the combinator's promise by a tail call: its resolve with the values,
 * or for Promise.any the prelude's anyRejected hook (the AggregateError). */
static VmStatus element_store(Vm *vm, uint32_t callee, Value v, bool any) {
  uint32_t st = val_obj_idx(heap_get_data(H, callee, EL_STATE));
  Value values = heap_get_data(H, st, CB_VALUES);
  arr_set(vm, val_obj_idx(values), (uint32_t)val_to_double(heap_get_data(H, callee, EL_INDEX)), v);
  if (!combinator_count_down(vm, st)) return VS_OK;
  if (!any) return vm_tail_call(vm, heap_get_data(H, st, CB_RESOLVE), VAL_UNDEF, &values, 1);
  Value a[2] = {values, heap_get_data(H, st, CB_REJECT)};
  return vm_tail_call(vm, realm_hook(vm, "anyRejected"), VAL_UNDEF, a, 2);
}

/* Promise.all's resolve element function (27.2.4.1.3). */
static VmStatus nat_all_element(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                                Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  if (!element_claim(vm, callee)) return VS_OK;
  return element_store(vm, callee, argc ? args[0] : VAL_UNDEF, false);
}

/* Promise.allSettled's resolve and reject element functions (27.2.4.2.2-3):
 * the value becomes {status, value} or {status, reason}. */
static VmStatus settled_element(Vm *vm, uint32_t callee, Value *args, uint32_t argc, bool rejected) {
  if (!element_claim(vm, callee)) return VS_OK;
  uint32_t o = obj_new(vm);
  unsigned attrs = PA_WRITABLE | PA_ENUM | PA_CONFIG;
  obj_define_cstr(vm, o, "status", val_cstr(vm, rejected ? "rejected" : "fulfilled"), attrs);
  obj_define_cstr(vm, o, rejected ? "reason" : "value", argc ? args[0] : VAL_UNDEF, attrs);
  return element_store(vm, callee, val_obj(o), false);
}

static VmStatus nat_settled_fulfilled(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                      uint32_t argc, Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  return settled_element(vm, callee, args, argc, false);
}

static VmStatus nat_settled_rejected(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                     uint32_t argc, Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  return settled_element(vm, callee, args, argc, true);
}

/* Promise.any's reject element function (27.2.4.3.2). */
static VmStatus nat_any_element(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                                Value *out) {
  (void)this_v;
  *out = VAL_UNDEF;
  if (!element_claim(vm, callee)) return VS_OK;
  return element_store(vm, callee, argc ? args[0] : VAL_UNDEF, true);
}

static NativeFn native_fn(Vm *vm, Value v) {
  if (!obj_is_kind(vm, v, OK_NATIVE)) return NULL;
  return realm_native_def(heap_obj(H, val_obj_idx(v))->aux)->fn;
}

/* The combinator whose element function is a handler of reaction r, with
 * the element in *element; NULL if none.  As V8: Promise.all's and
 * allSettled's by the fulfil handler, Promise.any's by the reject one. */
static const char *reaction_combinator(Vm *vm, const Value *r, uint32_t *element) {
  NativeFn f = native_fn(vm, r[RX_ON_FULFILLED]);
  *element = val_is_obj(r[RX_ON_FULFILLED]) ? val_obj_idx(r[RX_ON_FULFILLED]) : 0;
  if (f == nat_all_element) return "Promise.all";
  if (f == nat_settled_fulfilled) return "Promise.allSettled";
  if (native_fn(vm, r[RX_ON_REJECTED]) != nat_any_element) return NULL;
  *element = val_obj_idx(r[RX_ON_REJECTED]);
  return "Promise.any";
}

/* A new element function of native `name` for state st at index i. */
static Value new_element(Vm *vm, const char *name, Value st, Value index, uint32_t flag) {
  uint32_t fn = realm_new_native(vm, "promise", name, EL__COUNT);
  heap_set_data(H, fn, EL_STATE, st);
  heap_set_data(H, fn, EL_INDEX, index);
  heap_set_data(H, fn, EL_CALLED, val_obj(flag));
  return val_obj(fn);
}

/* --- running jobs ----------------------------------------------------------------------- */

/* Finishes a job whose first step threw synchronously (a native handler). */
static VmStatus job_threw(Vm *vm, Value derived, Value reject_fn) {
  Value exc = vm->exc;
  vm->has_exc = false;
  if (val_is_obj(derived)) {
    promise_reject(vm, val_obj_idx(derived), exc);
    return VS_OK;
  }
  if (val_is_obj(reject_fn)) {
    vm_push(vm, reject_fn);
    vm_push(vm, VAL_UNDEF);
    vm_push(vm, exc);
    return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
  }
  return VS_OK;
}

static VmStatus run_reaction(Vm *vm, uint32_t job, uint32_t floor) {
  Value *r = heap_data(H, job);
  Value arg = r[RX_ARG];
  bool rejected = r[RX_REJECTED] == VAL_TRUE;
  if ((int)val_to_double(r[0]) == RT_AWAIT) {
    uint32_t fo = val_obj_idx(r[1]);
    VmStatus st = vm_restore_frame(vm, fo, arg, rejected ? RESUME_THROW : RESUME_NEXT, CONT_TOP, 0,
                                   VAL_UNDEF);
    if (st == VS_THROW) st = vm_unwind(vm, floor);
    return st;
  }
  Value handler = rejected ? r[2] : r[1], derived = r[3];
  if (handler == VAL_UNDEF) {
    if (!val_is_obj(derived)) return VS_OK;
    if (rejected) {
      promise_reject(vm, val_obj_idx(derived), arg);
      return VS_OK;
    }
    return promise_resolve(vm, val_obj_idx(derived), arg);
  }
  vm_stack_reserve(vm, 4);
  vm_push(vm, handler);
  vm_push(vm, VAL_UNDEF);
  vm_push(vm, arg);
  VmStatus st = vm_invoke(vm, 1, CONT_JOB, 0, derived, 0);
  if (st == VS_THROW && vm->nframes == floor) return job_threw(vm, derived, VAL_UNDEF);
  return st;
}

static VmStatus run_thenable(Vm *vm, uint32_t job, uint32_t floor) {
  Value *d = heap_data(H, job);
  uint32_t p = val_obj_idx(d[0]);
  Value thenable = d[1], then = d[2], res, rej;
  promise_resolving_functions(vm, p, &res, &rej);
  vm_stack_reserve(vm, 5);
  vm_push(vm, then);
  vm_push(vm, thenable);
  vm_push(vm, res);
  vm_push(vm, rej);
  VmStatus st = vm_invoke(vm, 2, CONT_THENABLE, 0, rej, 0);
  if (st == VS_THROW && vm->nframes == floor) return job_threw(vm, VAL_UNDEF, rej);
  return st;
}

VmStatus promise_run_job(Vm *vm, bool *ran) {
  *ran = false;
  if (!promise_jobs_pending(vm)) return VS_OK;
  *ran = true;
  uint32_t floor = vm->nframes;
  uint32_t job = val_obj_idx(dequeue(vm));
  vm->job = job; /* (a root: a collection may move it) */
  VmStatus st;
  switch (heap_obj(H, job)->aux) {
    case REC_REACTION: st = run_reaction(vm, job, floor); break;
    case REC_JOB_THENABLE: st = run_thenable(vm, job, floor); break;
    default: {
      vm_stack_reserve(vm, 3);
      vm_push(vm, heap_get_data(H, job, 0));
      vm_push(vm, VAL_UNDEF);
      st = vm_invoke(vm, 0, CONT_TOP, 0, VAL_UNDEF, 0);
      break;
    }
  }
  if (vm->nframes > floor && st != VS_EXIT) st = vm_run(vm, floor);
  vm->job = 0;
  return st;
}

/* --- async stack frames ----------------------------------------------------------------------- */

/* The promise a suspended frame settles: an async function's own, an async
 * generator's current request's; 0 if none. */
static uint32_t frame_promise(Vm *vm, uint32_t fo) {
  Value co = vm_frame_obj_coroutine(vm, fo);
  if (promise_is_native(vm, co)) return val_obj_idx(co);
  if (obj_is_kind(vm, co, OK_ASYNCGEN)) return vm_asyncgen_request_promise(vm, val_obj_idx(co));
  return 0;
}

/* Where the chain starts: the promise the running job will settle. */
static uint32_t job_promise(Vm *vm, uint32_t job) {
  if (!job || heap_obj(H, job)->aux != REC_REACTION) return 0;
  const Value *r = heap_data(H, job);
  if ((int)val_to_double(r[RX_TYPE]) == RT_AWAIT) return frame_promise(vm, val_obj_idx(r[RX_ON_FULFILLED]));
  return promise_is_native(vm, r[RX_TARGET]) ? val_obj_idx(r[RX_TARGET]) : 0;
}

uint32_t promise_async_frames(Vm *vm, PromiseAsyncFrame *frames, uint32_t max) {
  uint32_t n = 0, p = job_promise(vm, vm->job), element;
  /* (a chain is finite: each step moves to a promise a pending one waits
   * on, and max bounds the frames; the guard bounds the other steps) */
  for (uint32_t guard = 0; p && n < max && guard < 1000; guard++) {
    if (promise_state(vm, p) != PS_PENDING || heap_obj(H, p)->ndata != PR_REACTIONS + 1) break;
    const Value *r = heap_data(H, val_obj_idx(heap_get_data(H, p, PR_REACTIONS)));
    const char *combinator;
    if ((int)val_to_double(r[RX_TYPE]) == RT_AWAIT) {
      uint32_t fo = val_obj_idx(r[RX_ON_FULFILLED]);
      frames[n++] = (PromiseAsyncFrame){fo, 0, NULL};
      p = frame_promise(vm, fo);
    } else if ((combinator = reaction_combinator(vm, r, &element))) {
      uint32_t st = val_obj_idx(heap_get_data(H, element, EL_STATE));
      uint32_t index = (uint32_t)val_to_double(heap_get_data(H, element, EL_INDEX));
      frames[n++] = (PromiseAsyncFrame){0, index, combinator};
      Value cp = heap_get_data(H, st, CB_PROMISE);
      p = promise_is_native(vm, cp) ? val_obj_idx(cp) : 0;
    } else if (val_is_obj(r[RX_ON_FULFILLED]) && promise_settles(vm, val_obj_idx(r[RX_ON_FULFILLED]))) {
      p = promise_settles(vm, val_obj_idx(r[RX_ON_FULFILLED]));
    } else {
      p = promise_is_native(vm, r[RX_TARGET]) ? val_obj_idx(r[RX_TARGET]) : 0;
    }
  }
  return n;
}

/* --- read-only view (ticktock explain) ------------------------------------------------------ */

uint32_t promise_jobs_count(Vm *vm) { return heap_obj(H, vm->jobs)->ndata - vm->jobs_head; }

uint32_t promise_job_at(Vm *vm, uint32_t i) {
  return i < promise_jobs_count(vm) ? val_obj_idx(heap_get_data(H, vm->jobs, vm->jobs_head + i)) : 0;
}

void promise_job_info(Vm *vm, uint32_t job, PromiseJobInfo *out) {
  memset(out, 0, sizeof *out);
  out->fn = VAL_UNDEF;
  Value *d = heap_data(H, job);
  switch (heap_obj(H, job)->aux) {
    case REC_REACTION: {
      Value *r = d;
      out->rejected = d[RX_REJECTED] == VAL_TRUE;
      if ((int)val_to_double(r[0]) == RT_AWAIT) {
        out->kind = PJ_AWAIT;
        vm_saved_frame_pos(vm, val_obj_idx(r[1]), &out->proto, &out->pc);
        return;
      }
      out->fn = out->rejected ? r[2] : r[1];
      out->kind = out->fn == VAL_UNDEF ? PJ_PASS : PJ_REACTION;
      return;
    }
    case REC_JOB_THENABLE:
      out->kind = PJ_THENABLE;
      out->fn = d[2];
      return;
    default:
      out->kind = PJ_CALLBACK;
      out->fn = d[0];
      return;
  }
}

/* --- natives ------------------------------------------------------------------------------ */

/* Fact "N": a handler that is neither a function nor undefined/null is
 * silently ignored by `then`. */
static void not_function(Vm *vm, Value v, const char *which) {
  if (!vm->record_facts || val_is_nullish(v) || val_is_callable(vm, v)) return;
  LineEntry at = vm_user_pos(vm, NULL);
  uint32_t t = val_typeof(vm, v);
  vm_fact(vm, "N\t%u:%u\t%s\t%s", at.line, at.col, which, str_cstr_tmp(vm->strs, t));
}

static VmStatus nat_then(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                         Value *out) {
  (void)callee;
  if (!promise_is_native(vm, this_v))
  {
    Buf b;
    buf_init(&b);
    val_display_string(vm, this_v, &b);
    buf_putc(&b, '\0');
    VmStatus st = vm_throw_type(vm, "Method Promise.prototype.then called on incompatible receiver %s", b.data);
    buf_free(&b);
    return st;
  }
  Value on_f = argc > 0 ? args[0] : VAL_UNDEF, on_r = argc > 1 ? args[1] : VAL_UNDEF, ctor;
  not_function(vm, on_f, "onFulfilled");
  not_function(vm, on_r, "onRejected");
  uint32_t p = val_obj_idx(this_v);
  Lookup lk = obj_lookup(vm, p, val_str(ATOM_constructor), &ctor);
  if (lk == LK_GETTER || (ctor != VAL_UNDEF && !(val_is_obj(ctor) && val_obj_idx(ctor) == vm->intr[INTR_PROMISE]))) {
    Value a[4] = {this_v, on_f, on_r, ctor};
    if (lk == LK_GETTER) a[3] = VAL_UNDEF;
    return vm_tail_call(vm, realm_hook(vm, "thenSlow"), VAL_UNDEF, a, 4);
  }
  uint32_t derived = promise_new(vm);
  if (vm->record_facts) {
    uint32_t line, col, creator;
    vm_site_unpack(promise_created(vm, derived), &line, &col, &creator);
    heap_set_data(H, derived, PR_CREATED, val_num(vm_site_pack(line, col, PC_THEN)));
  }
  promise_then(vm, p, on_f, on_r, derived);
  *out = val_obj(derived);
  return VS_OK;
}

/* $newPromise(proto?) */
static VmStatus nat_new_promise(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                                Value *out) {
  (void)callee, (void)this_v;
  uint32_t proto = argc && val_is_obj(args[0]) ? val_obj_idx(args[0]) : vm->intr[INTR_PROMISE_PROTO];
  *out = val_obj(promise_new_proto(vm, proto));
  return VS_OK;
}

static uint32_t arg_promise(Vm *vm, Value *args, uint32_t argc) {
  return argc && promise_is_native(vm, args[0]) ? val_obj_idx(args[0]) : 0;
}

/* $resolvingFunctions(p) -> [resolve, reject] */
static VmStatus nat_resolving(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                              Value *out) {
  (void)callee, (void)this_v;
  uint32_t p = arg_promise(vm, args, argc);
  if (!p) return vm_throw_type(vm, "not a promise");
  Value pair[2];
  promise_resolving_functions(vm, p, &pair[0], &pair[1]);
  *out = val_obj(arr_from(vm, pair, 2));
  return VS_OK;
}

/* $performThen(p, onF, onR, derived) */
static VmStatus nat_perform_then(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                                 Value *out) {
  (void)callee, (void)this_v;
  uint32_t p = arg_promise(vm, args, argc);
  if (!p) return vm_throw_type(vm, "not a promise");
  Value d = argc > 3 ? args[3] : VAL_UNDEF;
  promise_then(vm, p, argc > 1 ? args[1] : VAL_UNDEF, argc > 2 ? args[2] : VAL_UNDEF,
               promise_is_native(vm, d) ? val_obj_idx(d) : 0);
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $promiseResolve(p, v): the resolve steps (no AlreadyResolved check). */
static VmStatus nat_promise_resolve(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                    uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = arg_promise(vm, args, argc);
  if (!p) return vm_throw_type(vm, "not a promise");
  Value v = argc > 1 ? args[1] : VAL_UNDEF, getter = VAL_UNDEF;
  if (promise_resolve_step(vm, p, v, &getter) != VS_CALL) return VS_OK;
  Value a[3] = {val_obj(p), v, getter};
  return vm_tail_call(vm, realm_hook(vm, "resolveThenGetter"), VAL_UNDEF, a, 3);
}

static VmStatus nat_promise_reject(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                   uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = arg_promise(vm, args, argc);
  if (p) promise_reject(vm, p, argc > 1 ? args[1] : VAL_UNDEF);
  return VS_OK;
}

static VmStatus nat_promise_fulfill(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                    uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = arg_promise(vm, args, argc);
  if (p) promise_fulfill(vm, p, argc > 1 ? args[1] : VAL_UNDEF);
  return VS_OK;
}

static VmStatus nat_enqueue_thenable(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                     uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  *out = VAL_UNDEF;
  uint32_t p = arg_promise(vm, args, argc);
  if (p && argc > 2) enqueue_thenable_job(vm, p, args[1], args[2]);
  return VS_OK;
}

static VmStatus nat_is_promise(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                               Value *out) {
  (void)callee, (void)this_v;
  *out = val_bool(argc && promise_is_native(vm, args[0]));
  return VS_OK;
}

/* $combinator(promise, resolve, reject, values) -> the state of a
 * Promise.all, allSettled or any (REC_COMBINATOR), one element pending: the
 * prelude's own, until it has iterated (see $combinatorDone). */
static VmStatus nat_combinator(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc,
                               Value *out) {
  (void)callee, (void)this_v;
  if (argc < 4 || !obj_is_kind(vm, args[3], OK_ARRAY)) return vm_throw_type(vm, "not an array");
  uint32_t st = record(vm, REC_COMBINATOR, CB__COUNT);
  heap_set_data(H, st, CB_VALUES, args[3]);
  heap_set_data(H, st, CB_REMAINING, val_num(1));
  heap_set_data(H, st, CB_PROMISE, args[0]);
  heap_set_data(H, st, CB_RESOLVE, args[1]);
  heap_set_data(H, st, CB_REJECT, args[2]);
  *out = val_obj(st);
  return VS_OK;
}

static uint32_t arg_combinator(Vm *vm, Value *args, uint32_t argc) {
  if (!argc || !obj_is_kind(vm, args[0], OK_RECORD)) return 0;
  return heap_obj(H, val_obj_idx(args[0]))->aux == REC_COMBINATOR ? val_obj_idx(args[0]) : 0;
}

/* $combinatorElements(state, index, kind) -> [onFulfilled, onRejected] for
 * the index-th element (kind 'all', 'allSettled' or 'any'), one more
 * element pending. */
static VmStatus nat_combinator_elements(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                        uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  uint32_t st = arg_combinator(vm, args, argc);
  if (!st || argc < 3 || !val_is_str(args[2])) return vm_throw_type(vm, "not a combinator");
  const char *kind = str_cstr_tmp(vm->strs, val_str_id(args[2]));
  uint32_t flag = record(vm, REC_RESOLVED_FLAG, 1);
  heap_set_data(H, flag, 0, VAL_FALSE);
  Value pair[2] = {heap_get_data(H, st, CB_RESOLVE), heap_get_data(H, st, CB_REJECT)};
  if (!strcmp(kind, "any")) {
    pair[1] = new_element(vm, "$anyRejectElement", args[0], args[1], flag);
  } else if (!strcmp(kind, "allSettled")) {
    pair[0] = new_element(vm, "$allSettledResolveElement", args[0], args[1], flag);
    pair[1] = new_element(vm, "$allSettledRejectElement", args[0], args[1], flag);
  } else {
    pair[0] = new_element(vm, "$allResolveElement", args[0], args[1], flag);
  }
  heap_set_data(H, st, CB_REMAINING, val_num(val_to_double(heap_get_data(H, st, CB_REMAINING)) + 1));
  *out = val_obj(arr_from(vm, pair, 2));
  return VS_OK;
}

/* $combinatorDone(state): the prelude has iterated; true when no element
 * is pending (the prelude settles the promise itself then). */
static VmStatus nat_combinator_done(Vm *vm, uint32_t callee, Value this_v, Value *args,
                                    uint32_t argc, Value *out) {
  (void)callee, (void)this_v;
  uint32_t st = arg_combinator(vm, args, argc);
  if (!st) return vm_throw_type(vm, "not a combinator");
  *out = val_bool(combinator_count_down(vm, st));
  return VS_OK;
}

static const NativeDef promise_defs[] = {
    {"then", 2, 0, nat_then},
    {"$resolveFunction", 1, 0, nat_resolve_fn},
    {"$rejectFunction", 1, 0, nat_reject_fn},
    {"$newPromise", 1, NF_INTRINSIC, nat_new_promise},
    {"$resolvingFunctions", 1, NF_INTRINSIC, nat_resolving},
    {"$performThen", 4, NF_INTRINSIC, nat_perform_then},
    {"$promiseResolve", 2, NF_INTRINSIC, nat_promise_resolve},
    {"$promiseReject", 2, NF_INTRINSIC, nat_promise_reject},
    {"$promiseFulfill", 2, NF_INTRINSIC, nat_promise_fulfill},
    {"$enqueueThenableJob", 3, NF_INTRINSIC, nat_enqueue_thenable},
    {"$isPromise", 1, NF_INTRINSIC, nat_is_promise},
    {"$allResolveElement", 1, 0, nat_all_element},
    {"$allSettledResolveElement", 1, 0, nat_settled_fulfilled},
    {"$allSettledRejectElement", 1, 0, nat_settled_rejected},
    {"$anyRejectElement", 1, 0, nat_any_element},
    {"$combinator", 4, NF_INTRINSIC, nat_combinator},
    {"$combinatorElements", 3, NF_INTRINSIC, nat_combinator_elements},
    {"$combinatorDone", 1, NF_INTRINSIC, nat_combinator_done},
};

static void promise_init(Vm *vm) {
  uint32_t then = realm_new_native(vm, "promise", "then", 0);
  vm->intr[INTR_PROMISE_THEN] = then;
  obj_define_cstr(vm, vm->intr[INTR_PROMISE_PROTO], "then", val_obj(then), PA_WRITABLE | PA_CONFIG);
}

const NativeModule bi_promise_module = {"promise", promise_defs,
                                        sizeof promise_defs / sizeof promise_defs[0], promise_init};

/* --- describing the queue (findings) ------------------------------------------------ */

/* What a queued job will run: its function, or the suspended frame. */
static void job_label(Vm *vm, uint32_t job, Buf *b) {
  Value *d = heap_data(H, job), fn = VAL_UNDEF;
  if (heap_obj(H, job)->aux == REC_REACTION) {
    Value *r = d;
    if ((int)val_to_double(r[0]) == RT_AWAIT) {
      uint32_t proto;
      LineEntry pos = vm_frame_obj_pos(vm, val_obj_idx(r[1]), &proto);
      buf_printf(b, "await@%u:%u", pos.line, pos.col);
      return;
    }
    fn = d[RX_REJECTED] == VAL_TRUE ? r[2] : r[1];
  } else if (heap_obj(H, job)->aux == REC_JOB_THENABLE) {
    fn = d[2];
  } else {
    fn = d[0];
  }
  Buf name;
  buf_init(&name);
  LineEntry pos = vm_fact_callback(vm, fn, &name);
  buf_printf(b, "%s@%u:%u", name.len ? name.data : "(anonymous)", pos.line, pos.col);
  buf_free(&name);
}

LineEntry promise_last_job_pos(Vm *vm) {
  uint32_t n = heap_obj(H, vm->jobs)->ndata;
  if (n <= vm->jobs_head) return (LineEntry){0, 0, 0};
  uint32_t job = val_obj_idx(heap_get_data(H, vm->jobs, n - 1));
  if (heap_obj(H, job)->aux != REC_REACTION) return (LineEntry){0, 0, 0};
  Value *r = heap_data(H, job);
  if ((int)val_to_double(r[0]) == RT_AWAIT) return vm_frame_obj_pos(vm, val_obj_idx(r[1]), NULL);
  uint32_t line, col, creator;
  vm_site_unpack(val_to_double(r[4]), &line, &col, &creator);
  return (LineEntry){0, line, col};
}

void promise_describe_jobs(Vm *vm, Buf *out, uint32_t max) {
  Buf last, cur;
  buf_init(&last);
  buf_init(&cur);
  uint32_t shown = 0;
  for (uint32_t i = vm->jobs_head; i < heap_obj(H, vm->jobs)->ndata && shown < max; i++) {
    buf_clear(&cur);
    job_label(vm, val_obj_idx(heap_get_data(H, vm->jobs, i)), &cur);
    if (last.len == cur.len && !memcmp(last.data, cur.data, cur.len)) continue;
    if (shown++) buf_putc(out, ' ');
    buf_append(out, cur.data, cur.len);
    buf_clear(&last);
    buf_append(&last, cur.data, cur.len);
  }
  buf_free(&last);
  buf_free(&cur);
}
