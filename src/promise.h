/* promise.h - promises and the job (microtask) queue, per ECMA-262 27.2.
 *
 * A promise is an OK_PROMISE object: aux holds the state and the
 * [[PromiseIsHandled]] bit; data (PR_*) is the result, where the promise
 * was created and where it was rejected (for the findings; 0 unless the
 * machine records facts), then the reaction records (OK_RECORD,
 * REC_REACTION) while pending.  Jobs are OK_RECORD
 * objects in vm->jobs, run in FIFO order by promise_run_job.
 *
 * Operations that would call JavaScript (a `then` getter, a handler) push
 * frames instead of recursing; they return VS_CALL in that case and the
 * caller must run the machine (vm_run) before relying on the outcome.
 */
#ifndef TT_PROMISE_H
#define TT_PROMISE_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

enum { PS_PENDING = 0, PS_FULFILLED = 1, PS_REJECTED = 2, PS_STATE_MASK = 3, PS_HANDLED = 4,
       PS_REPORTED = 8 /* reported as unhandled by the host */ };

/* Promise data slots; reactions follow from PR_REACTIONS; a fulfilled
 * promise keeps only PR_RESULT. */
enum { PR_RESULT, PR_CREATED, PR_REJECTED, PR_REACTIONS };

/* Who created a promise (the creator of a site, vm_site_pack): PC_USER
 * user code, PC_THEN `then`, else proto id + PC_PROTO: the built-in user
 * code called (Promise, race, ...) or the async function called. */
enum { PC_USER = 0, PC_THEN = 1, PC_PROTO = 2 };

/* OK_RECORD types (Obj.aux) */
enum {
  REC_REACTION = 1, /* data: type, on_fulfilled, on_rejected, target, site
                       (where it was registered; creator: the built-in user
                       code called to register it, see PC_*); once
                       triggered also argument, rejected(bool), and it is
                       the job itself (RX_* below) */
  REC_JOB_REACTION, /* (no longer made: a triggered reaction is its job) */
  REC_JOB_THENABLE, /* data: promise, thenable, then */
  REC_JOB_CALLBACK, /* data: function (queueMicrotask) */
  REC_RETURN_SIGNAL,/* data: value (generator return() unwinding) */
  REC_RESOLVED_FLAG,/* data: bool (shared [[AlreadyResolved]]) */
  REC_ASYNCGEN_REQ, /* data: mode, value, promise */
  REC_LIST,         /* generic list (queues) */
  REC_COMBINATOR,   /* data: CB_* (the state of a Promise.all, allSettled or
                       any, shared by its element functions) */
  REC_HOST          /* host-defined records start here */
};

/* REC_REACTION data slots */
enum { RX_TYPE, RX_ON_FULFILLED, RX_ON_REJECTED, RX_TARGET, RX_SITE, RX__PENDING = RX_SITE + 1,
       RX_ARG = RX__PENDING, RX_REJECTED, RX__COUNT };

/* REC_COMBINATOR data slots: the values (errors for any) array, the
 * count of elements not yet settled (plus one while the prelude is still
 * iterating), the capability's promise, resolve and reject. */
enum { CB_VALUES, CB_REMAINING, CB_PROMISE, CB_RESOLVE, CB_REJECT, CB__COUNT };

/* Reaction types (REC_REACTION data[0]) */
enum { RT_THEN, RT_AWAIT };

uint32_t promise_new(Vm *vm);                     /* pending, %Promise.prototype% */
uint32_t promise_new_proto(Vm *vm, uint32_t proto);
static inline unsigned promise_state(Vm *vm, uint32_t p) { return heap_obj(&vm->heap, p)->aux & PS_STATE_MASK; }
static inline Value promise_result(Vm *vm, uint32_t p) { return heap_get_data(&vm->heap, p, PR_RESULT); }
/* Sites (vm_site_pack numbers, 0 when unknown) of a promise (a fulfilled
 * promise keeps none). */
static inline double promise_created(Vm *vm, uint32_t p) {
  return heap_obj(&vm->heap, p)->ndata > PR_CREATED ? val_to_double(heap_get_data(&vm->heap, p, PR_CREATED)) : 0;
}
static inline double promise_rejected_at(Vm *vm, uint32_t p) {
  return heap_obj(&vm->heap, p)->ndata > PR_REJECTED ? val_to_double(heap_get_data(&vm->heap, p, PR_REJECTED)) : 0;
}
/* Marks p as the promise of a call of the async function proto. */
void promise_set_async_creator(Vm *vm, uint32_t p, uint32_t proto);
/* The promise a resolve or reject function settles, else 0. */
uint32_t promise_settles(Vm *vm, uint32_t fn);

/* The resolve function's algorithm (27.2.1.3.2) applied to p. */
VmStatus promise_resolve(Vm *vm, uint32_t p, Value v);
/* The same steps without calling JavaScript: returns VS_CALL with *getter
 * set when `then` is an accessor; the caller must then call the prelude
 * hook resolveThenGetter(p, v, getter). */
VmStatus promise_resolve_step(Vm *vm, uint32_t p, Value v, Value *getter);
void promise_fulfill(Vm *vm, uint32_t p, Value v);
void promise_reject(Vm *vm, uint32_t p, Value reason);
/* Creates the resolve/reject pair for p (sharing one AlreadyResolved). */
void promise_resolving_functions(Vm *vm, uint32_t p, Value *resolve, Value *reject);
/* PerformPromiseThen(p, onF, onR, derived): derived is a promise or 0. */
void promise_then(Vm *vm, uint32_t p, Value on_fulfilled, Value on_rejected, uint32_t derived);
/* Registers an await: when p settles, the suspended frame object resumes. */
void promise_await(Vm *vm, uint32_t p, uint32_t frame_obj);
/* PromiseResolve(%Promise%, v): v itself when it is a native promise whose
 * constructor is %Promise%, else a new promise resolved with v. */
VmStatus promise_coerce(Vm *vm, Value v, uint32_t *out);
bool promise_is_native(Vm *vm, Value v);

/* Queues a callback job (queueMicrotask). */
void promise_enqueue_callback(Vm *vm, Value fn);
bool promise_jobs_pending(Vm *vm);
/* Runs the next job to completion (pushing and running frames).  Returns
 * VS_OK when a job ran or none was queued (*ran tells), VS_EXIT when the
 * program exited, VS_THROW when a queueMicrotask callback threw. */
VmStatus promise_run_job(Vm *vm, bool *ran);

/* One async stack frame: a suspended function (frame, an OK_FRAME), or,
 * when frame is 0, a promise combinator waiting on its index-th element
 * ("at async Promise.all (index N)"; combinator is "Promise.all",
 * "Promise.allSettled" or "Promise.any"). */
typedef struct PromiseAsyncFrame {
  uint32_t frame, index;
  const char *combinator;
} PromiseAsyncFrame;

/* The suspended async functions and combinators that wait, one on the
 * next, for the job being run (vm->job): V8's async stack frames ("at
 * async f (...)").  Like V8 (CaptureAsyncStackTrace), it follows the
 * promise an await job's function will settle, or a then job's derived
 * promise, for as long as that promise is pending with exactly one
 * reaction: an await (a frame; then that function's promise), an element
 * function of Promise.all or allSettled (on fulfilment) or of Promise.any
 * (on rejection) (a combinator frame; then the combinator's promise), a
 * resolving function of a promise (that promise), or a then with a
 * derived promise (that promise).  Fills at most max; returns how many. */
uint32_t promise_async_frames(Vm *vm, PromiseAsyncFrame *frames, uint32_t max);

/* Unhandled-rejection bookkeeping: promises rejected while unhandled are
 * appended to vm->rejections; a handler added later records the promise as
 * handled (the host decides what that means). */
void promise_track_reject(Vm *vm, uint32_t p);

/* --- read-only view of the job queue (ticktock explain) ------------------- */

typedef enum PromiseJobKind {
  PJ_REACTION, /* a then/catch/finally handler runs */
  PJ_PASS,     /* a reaction without a handler passes the value or reason on */
  PJ_AWAIT,    /* an async function (or generator) resumes after await */
  PJ_THENABLE, /* then() of a thenable is called to adopt its state */
  PJ_CALLBACK  /* a queueMicrotask callback (or an ES module body) */
} PromiseJobKind;

typedef struct PromiseJobInfo {
  PromiseJobKind kind;
  bool rejected;      /* PJ_REACTION/PJ_PASS/PJ_AWAIT: the rejection path */
  Value fn;           /* the function called (undefined for PJ_AWAIT, PJ_PASS) */
  uint32_t proto, pc; /* PJ_AWAIT: the suspended function and its await */
} PromiseJobInfo;

/* Pending jobs, next first: count, the i-th job record, what it will do. */
uint32_t promise_jobs_count(Vm *vm);
uint32_t promise_job_at(Vm *vm, uint32_t i);
void promise_job_info(Vm *vm, uint32_t job, PromiseJobInfo *out);

/* The functions the queued jobs will run ("name@line:col", suspended
 * awaits as "await@line:col"), repeats merged, at most max; for facts. */
void promise_describe_jobs(Vm *vm, Buf *out, uint32_t max);
/* Where the reaction of the job queued last was registered (an await:
 * where it waits); line 0 when unknown. */
LineEntry promise_last_job_pos(Vm *vm);

extern const struct NativeModule bi_promise_module;

#endif
