/* host_worker.c - worker_threads for the node host (see host_worker.h).
 *
 * The model (SEMANTICS.md S69-S73; node's lib/internal/worker.js,
 * lib/internal/worker/io.js, src/node_messaging.cc, libuv's uv__async_io):
 *
 * Threads.  A worker is a realm of its own: global, process, require, host
 * root (timers, immediates, nextTicks, I/O), microtask queue, ports.  The
 * Vm's realm fields (global, root, jobs, rejections, exiting, exit code)
 * belong to the thread being stepped; between host steps they are always
 * the main thread's, so the state encoding starts from the main realm and
 * reaches the others through the thread list.  Nothing per worker lives on
 * the C side.
 *
 * Interleaving.  Threads run truly in parallel in node; ticktock steps one
 * thread at a time, and each choice (CH_THREAD) of a host step picks what
 * happens next: a thread runs, a waiting thread wakes for a message, a
 * worker starts, a finished worker's end is posted, or time passes.
 *   - A message posted to another thread waits in the sender's outbox
 *     until the receiver reads: where a pass visits an empty port, where a
 *     poll decides whether to wait, where finished children are handled,
 *     the receiver may take the messages in flight up to the first one for
 *     it, or not yet.  A sender's messages arrive in the order posted.
 *   - A thread runs from one such read point to the next in one go (a
 *     segment): what it does meanwhile only fills its outbox, which no one
 *     sees before reading, so finer interleavings would be equivalent.
 *   - Time: the main thread's own work takes no time (as without workers,
 *     but for the time model's jitter).  A worker boots in [worker_start_min,
 *     worker_start_max] ms; what depends on another thread's pace (a
 *     worker's steps, its teardown, any thread waking for a message) may
 *     lag up to worker_lag ms, so the main thread's timers can fire
 *     meanwhile.  Time only jumps to the next timer, I/O or start bound
 *     (and 1 ms before a timer while a worker may still start, so that
 *     its own timers can fall on either side).
 * Option 0, the default schedule `run` follows: the main thread first, then
 * workers in creation order, starts (at worker_start ms), then time; a
 * reader takes a message now only if it was posted before the present ms
 * (so an idle main thread wakes for each message, and one that was busy
 * finds everything that arrived meanwhile), which reproduces node's usual
 * orders (w06, nd_w02, nd_w03).
 *
 * Worker lifecycle (main side): 'online' when the worker posted
 * UP_AND_RUNNING (before its script runs), 'message's, 'error' for an
 * uncaught exception (the worker's process emits 'exit', the error is
 * posted, the thread stops with code 1), 'exit' when the parent handles
 * the thread's end: it first delivers, without drains between them, what
 * is left on the public port and then on the internal port (node's
 * kOnExit), which is why 'message' can precede 'online' (S72).  A worker's
 * stdout/stderr are streams over its internal port: one payload in flight
 * per stream until the parent acknowledges it (with a nextTick after
 * writing it); writes meanwhile are buffered and sent together, and a
 * worker does not end while a payload is unacknowledged (S71).
 *
 * Worker realms are expensive to encode when they are made at run time
 * (a global with every built-in, a process object...): every state would
 * carry them.  So when the program creates workers, realm setup prepares
 * a few realms in the base heap (hw_realm_setup); a base object is encoded
 * only once it changes, and a worker's global and process rarely do.  More
 * workers than prepared get realms made at run time (correct, just larger
 * states).  Intrinsics (Object.prototype ...) and the prelude's functions
 * are shared between realms: they are immutable in practice, and a
 * structured clone only ever holds data, never functions.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "host_worker.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "host_worker_int.h"
#include "vm_int.h"
#include "vm_ops.h"

/* The current realm's worker record, made on first use when create. */
uint32_t hw_rec(Vm *vm, bool create) {
  Value v = hn_hw(vm);
  if (val_is_obj(v)) return val_obj_idx(v);
  if (!create) return 0;
  uint32_t r = new_record(vm, REC_HW, HW__COUNT);
  set(vm, r, HW_PORTS, val_obj(new_list(vm)));
  set(vm, r, HW_CLOSING, val_obj(new_list(vm)));
  set(vm, r, HW_EXITS, val_obj(new_list(vm)));
  set(vm, r, HW_PASS, val_num(-1));
  set(vm, r, HW_PASSED, VAL_FALSE);
  set(vm, r, HW_DELIVERED, VAL_FALSE);
  hn_set_hw(vm, val_obj(r));
  return r;
}

/* The current realm's thread record, or 0 (main before any worker). */
uint32_t hw_cur_thread(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw ? get_obj(vm, hw, HW_THREAD) : 0;
}

double hw_cur_id(Vm *vm) {
  uint32_t th = hw_cur_thread(vm);
  return th ? get_num(vm, th, TH_ID) : 0;
}

/* The main realm's worker record, from any realm (0 if none). */
uint32_t hw_main_hw(Vm *vm) {
  uint32_t th = hw_cur_thread(vm);
  if (!th) return hw_rec(vm, false);
  return get_obj(vm, get_obj(vm, th, TH_MAIN), TH_HW);
}

/* Every thread record (main first), or 0 before any worker. */
uint32_t hw_thread_list(Vm *vm) {
  uint32_t m = hw_main_hw(vm);
  return m ? get_obj(vm, m, HW_THREADS) : 0;
}

uint32_t hw_thread_by_id(Vm *vm, double id) {
  uint32_t l = hw_thread_list(vm);
  if (!l || id < 0 || id >= list_len(vm, l)) return 0;
  return val_obj_idx(get(vm, l, (uint32_t)id));
}

int hw_status(Vm *vm, uint32_t th) { return (int)get_num(vm, th, TH_STATUS); }

bool hw_threads(Vm *vm) { return hw_cur_thread(vm) != 0; }

bool hw_worker_realm(Vm *vm) {
  uint32_t th = hw_cur_thread(vm);
  return th && get_obj(vm, th, TH_MAIN) != th;
}

/* --- description (ticktock explain) ---------------------------------------------------------------- */

void hw_describe_thread(Vm *vm, HostView *v) {
  uint32_t th = hw_cur_thread(vm);
  v->thread = th ? (uint32_t)get_num(vm, th, TH_ID) : 0;
  v->thread_eval = false;
  v->thread_line = v->thread_col = 0;
  if (!v->thread) return;
  Value file = get(vm, th, TH_FILE);
  v->thread_eval = val_is_str(file) && strcmp(str_cstr_tmp(vm->strs, val_str_id(file)), "[worker eval]") == 0;
  uint32_t proto = (uint32_t)get_num(vm, th, TH_PROTO);
  if (proto < vm->prog->nprotos) {
    v->thread_line = vm->prog->protos[proto]->span.line;
    v->thread_col = vm->prog->protos[proto]->span.col;
  }
}

void hw_peek_realm(Vm *vm, uint32_t id, uint32_t *root, uint32_t *jobs, uint32_t *jobs_head) {
  uint32_t th = hw_thread_by_id(vm, id);
  if (!th || th == hw_cur_thread(vm)) return;
  *root = get_obj(vm, th, TH_ROOT);
  *jobs = get_obj(vm, th, TH_JOBS);
  *jobs_head = (uint32_t)get_num(vm, th, TH_JOBS_HEAD);
}

/* --- realm switching ---------------------------------------------------------------------------- */

/* Saves the current realm's scalars into thread record `from` and makes
 * thread `to`'s realm current.  Indices are read from the heap: a garbage
 * collection during a step may have moved every object, and the main
 * realm's are set once, so only scalars need saving. */
static void switch_realm(Vm *vm, uint32_t from, uint32_t to) {
  set(vm, from, TH_EXITING, val_bool(vm->exiting));
  set(vm, from, TH_EXIT_CODE, val_num(vm->exit_code));
  set(vm, from, TH_JOBS_HEAD, val_num(vm->jobs_head));
  vm->global = get_obj(vm, to, TH_GLOBAL);
  vm->root = get_obj(vm, to, TH_ROOT);
  vm->jobs = get_obj(vm, to, TH_JOBS);
  vm->rejections = get_obj(vm, to, TH_REJECTIONS);
  vm->exiting = get(vm, to, TH_EXITING) == VAL_TRUE;
  vm->exit_code = (int)get_num(vm, to, TH_EXIT_CODE);
  vm->jobs_head = (uint32_t)get_num(vm, to, TH_JOBS_HEAD);
}

/* Makes thread th's realm current (the main realm must be current). */
static void enter(Vm *vm, uint32_t th) {
  uint32_t m = get_obj(vm, th, TH_MAIN);
  if (m != th) switch_realm(vm, m, th);
}

/* Back to the main realm. */
static void leave(Vm *vm) {
  uint32_t th = hw_cur_thread(vm), m = get_obj(vm, th, TH_MAIN);
  if (m != th) switch_realm(vm, th, m);
}

/* The main thread's record, made when the first worker is created. */
static uint32_t main_thread(Vm *vm) {
  uint32_t th = hw_cur_thread(vm);
  if (th) return get_obj(vm, th, TH_MAIN);
  uint32_t hw = hw_rec(vm, true);
  th = new_record(vm, REC_THREAD, TH__COUNT);
  set(vm, th, TH_ID, val_num(0));
  set(vm, th, TH_STATUS, val_num(ST_RUNNING));
  set(vm, th, TH_GLOBAL, val_obj(vm->global));
  set(vm, th, TH_ROOT, val_obj(vm->root));
  set(vm, th, TH_JOBS, val_obj(vm->jobs));
  set(vm, th, TH_REJECTIONS, val_obj(vm->rejections));
  set(vm, th, TH_HW, val_obj(hw));
  set(vm, th, TH_MAIN, val_obj(th));
  set(vm, th, TH_OUTBOX, val_obj(new_list(vm)));
  uint32_t all = new_list(vm);
  list_push(vm, all, val_obj(th));
  set(vm, hw, HW_THREADS, val_obj(all));
  set(vm, hw, HW_SPARES_USED, val_num(0));
  set(vm, hw, HW_THREAD, val_obj(th));
  return th;
}

/* --- liveness ------------------------------------------------------------------------------------------ */

static bool children_alive(Vm *vm, uint32_t self) {
  uint32_t all = hw_thread_list(vm);
  if (!all) return false;
  for (uint32_t i = 1; i < list_len(vm, all); i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (get_obj(vm, th, TH_PARENT) == self && hw_status(vm, th) != ST_JOINED && get(vm, th, TH_REFED) == VAL_TRUE)
      return true;
  }
  return false;
}

/* The realm's loop is kept alive by ports, workers or stdio in flight. */
bool hw_alive(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  if (!hw) return false;
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++) {
    unsigned f = hp_flags(vm, val_obj_idx(get(vm, ports, i)));
    if ((f & PF_REFED) && !(f & PF_CLOSED)) return true;
  }
  if (list_len(vm, get_obj(vm, hw, HW_CLOSING))) return true;
  uint32_t th = get_obj(vm, hw, HW_THREAD);
  if (!th) return false;
  if (get(vm, th, TH_BUSY1) == VAL_TRUE || get(vm, th, TH_BUSY2) == VAL_TRUE) return true;
  return children_alive(vm, th);
}

/* --- stdio of a worker (lib/internal/worker/io.js) --------------------------------------------------- */

/* Posts {type: 'stdio', fd, text} from the worker to its parent. */
static void post_stdio(Vm *vm, uint32_t th, int fd, Value text) {
  uint32_t msg = obj_new(vm);
  obj_define_cstr(vm, msg, "type", bi_str(vm, "stdio"), PA_DEFAULT);
  obj_define_cstr(vm, msg, "fd", val_num(fd), PA_DEFAULT);
  obj_define_cstr(vm, msg, "text", text, PA_DEFAULT);
  uint32_t peer = get_obj(vm, get_obj(vm, th, TH_KPORT), PD_PEER);
  if (peer) hp_send(vm, peer, val_obj(msg));
  set(vm, th, fd == 2 ? TH_BUSY2 : TH_BUSY1, VAL_TRUE);
}

/* Output of a worker realm goes to its parent as a stdio payload (one in
 * flight per stream; later writes wait in a buffer).  False for the main
 * realm, and for ticktock's own diagnostics. */
bool hw_write(Vm *vm, int fd, const char *data, size_t len) {
  uint32_t th = hw_cur_thread(vm);
  if (!th || get_obj(vm, th, TH_MAIN) == th || hn_unsupported(vm)) return false;
  Value text = val_str(str_from_utf8(vm->strs, data, len));
  uint32_t busy = fd == 2 ? TH_BUSY2 : TH_BUSY1, buf = fd == 2 ? TH_BUF2 : TH_BUF1;
  if (get(vm, th, busy) != VAL_TRUE) {
    post_stdio(vm, th, fd, text);
    return true;
  }
  Value old = get(vm, th, buf);
  set(vm, th, buf, val_is_str(old) ? val_str(str_concat(vm->strs, val_str_id(old), val_str_id(text))) : text);
  return true;
}

/* Sends what the worker's stream fd buffered (after an acknowledgement, or
 * when the worker ends). */
static void stdio_flush(Vm *vm, uint32_t th, int fd) {
  uint32_t buf = fd == 2 ? TH_BUF2 : TH_BUF1;
  Value text = get(vm, th, buf);
  if (!val_is_str(text)) return;
  set(vm, th, buf, VAL_UNDEF);
  post_stdio(vm, th, fd, text);
}

/* $stdioAck(fd): the parent wants more data on stream fd. */
NATIVE(nat_stdio_ack) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = hw_cur_thread(vm);
  if (!th) return VS_OK;
  int fd = bi_num(vm, ARG(0)) == 2 ? 2 : 1;
  if (get(vm, th, fd == 2 ? TH_BUSY2 : TH_BUSY1) != VAL_TRUE) return VS_OK;
  set(vm, th, fd == 2 ? TH_BUSY2 : TH_BUSY1, VAL_FALSE);
  stdio_flush(vm, th, fd);
  return VS_OK;
}

/* $stdioFlush(): sends both buffers now (the worker is ending). */
NATIVE(nat_stdio_flush) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = hw_cur_thread(vm);
  if (th && get_obj(vm, th, TH_MAIN) != th) {
    stdio_flush(vm, th, 1);
    stdio_flush(vm, th, 2);
  }
  return VS_OK;
}

/* --- realms ------------------------------------------------------------------------------------------------ */

/* A new global: the pristine global's properties, with globalThis and
 * process of its own. */
static uint32_t copy_global(Vm *vm, Value process) {
  uint32_t tmpl = val_obj_idx(realm_hook(vm, "%globalTemplate"));
  uint32_t n = heap_obj(HV, tmpl)->nprops;
  uint32_t g = heap_alloc(HV, OK_PLAIN, heap_obj(HV, tmpl)->proto, n, 0);
  for (uint32_t i = 0; i < n; i++)
    heap_prop_add(HV, g, heap_prop_key(HV, tmpl, i), heap_prop_value(HV, tmpl, i), heap_prop_attrs(HV, tmpl, i));
  obj_define_cstr(vm, g, "globalThis", val_obj(g), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, g, "process", process, PA_WRITABLE | PA_CONFIG);
  return g;
}

/* A worker realm with its thread record (pending, no id yet); process and
 * wt are the objects the prelude made for it. */
static uint32_t new_realm(Vm *vm, Value process, Value wt) {
  uint32_t saved_root = vm->root;
  uint32_t th = new_record(vm, REC_THREAD, TH__COUNT);
  set(vm, th, TH_GLOBAL, val_obj(copy_global(vm, process)));
  uint32_t root = hn_new_root(vm);
  set(vm, th, TH_ROOT, val_obj(root));
  uint32_t jobs = new_list(vm), rej = new_list(vm);
  set(vm, th, TH_JOBS, val_obj(jobs));
  set(vm, th, TH_REJECTIONS, val_obj(rej));
  set(vm, th, TH_EXITING, VAL_FALSE);
  set(vm, th, TH_EXIT_CODE, val_num(0));
  set(vm, th, TH_JOBS_HEAD, val_num(0));
  set(vm, th, TH_OUTBOX, val_obj(new_list(vm)));
  set(vm, th, TH_STATUS, val_num(ST_PENDING));
  vm->root = root; /* hw_rec and hn_set_state work on the current root */
  hn_set_state(vm, LS_ITERATION);
  uint32_t hw = hw_rec(vm, true);
  vm->root = saved_root;
  set(vm, hw, HW_THREAD, val_obj(th));
  set(vm, hw, HW_PROCESS, process);
  set(vm, hw, HW_WT, wt);
  set(vm, th, TH_HW, val_obj(hw));
  return th;
}

/* Realm setup runs before any host is attached (vm->hooks.ctx), so the
 * prelude's hooks are called directly, not as host tasks. */
static Value call_hook(Vm *vm, const char *name) {
  Value out = VAL_UNDEF;
  if (vm_call(vm, realm_hook(vm, name), VAL_UNDEF, NULL, 0, &out) != VS_OK) return VAL_UNDEF;
  return out;
}

void hw_realm_setup(Vm *vm, const RealmWorkers *w) {
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  if (w && w->ncode) {
    uint32_t table = obj_new(vm);
    for (uint32_t i = 0; i < w->ncode; i++)
      obj_define(vm, table, val_str(str_from_utf8(vm->strs, w->code[i], w->code_len[i])), val_num(w->proto[i]),
                 PA_DEFAULT);
    obj_define_cstr(vm, hooks, "%workerCode", val_obj(table), 0);
  }
  if (!w || !w->spares) return;
  uint32_t g = vm->global, n = heap_obj(HV, g)->nprops;
  uint32_t tmpl = heap_alloc(HV, OK_PLAIN, heap_obj(HV, g)->proto, n, 0);
  for (uint32_t i = 0; i < n; i++)
    heap_prop_add(HV, tmpl, heap_prop_key(HV, g, i), heap_prop_value(HV, g, i), heap_prop_attrs(HV, g, i));
  obj_define_cstr(vm, hooks, "%globalTemplate", val_obj(tmpl), 0);
  obj_define_cstr(vm, hooks, "%mainProto", val_num(w->main_proto), 0);
  uint32_t spares = new_list(vm);
  obj_define_cstr(vm, hooks, "%spares", val_obj(spares), 0);
  for (uint32_t i = 0; i < w->spares; i++) {
    Value process = call_hook(vm, "makeWorkerProcess"), wt = call_hook(vm, "makeWorkerThreads");
    uint32_t th = new_realm(vm, process, wt);
    list_push(vm, val_obj_idx(realm_hook(vm, "%spares")), val_obj(th));
  }
}

/* A prepared realm, or 0 when all are taken. */
static uint32_t take_spare(Vm *vm, uint32_t mhw) {
  Value spares = realm_hook(vm, "%spares");
  if (!val_is_obj(spares)) return 0;
  double used = get_num(vm, mhw, HW_SPARES_USED);
  if (used >= list_len(vm, val_obj_idx(spares))) return 0;
  set(vm, mhw, HW_SPARES_USED, val_num(used + 1));
  return val_obj_idx(get(vm, val_obj_idx(spares), (uint32_t)used));
}

/* The module function a worker runs: eval code compiled ahead, or this
 * very file (new Worker(__filename)).  UINT32_MAX when unsupported. */
static uint32_t worker_proto(Vm *vm, Value filename, bool is_eval) {
  if (!val_is_str(filename)) return UINT32_MAX;
  if (is_eval) {
    Value table = realm_hook(vm, "%workerCode"), p = VAL_UNDEF;
    if (val_is_obj(table)) obj_get_own(vm, val_obj_idx(table), filename, &p);
    return val_is_num(p) ? (uint32_t)val_to_double(p) : UINT32_MAX;
  }
  const char *name = str_cstr_tmp(vm->strs, val_str_id(filename));
  char path[PATH_MAX];
  if (strcmp(name, vm->prog->abspath) == 0 || (realpath(name, path) && strcmp(path, vm->prog->abspath) == 0)) {
    Value p = realm_hook(vm, "%mainProto");
    return val_is_num(p) ? (uint32_t)val_to_double(p) : UINT32_MAX;
  }
  return UINT32_MAX;
}

/* $workerCreate(worker, filename, isEval, parts): a new thread for the
 * Worker object.  Returns [parent's internal port, parent's public port,
 * worker's public port, worker's internal port, threadId]; undefined when
 * no prepared realm is left and parts ([process, worker_threads module]
 * for a realm made now) is undefined; false when ticktock cannot run that
 * worker. */
NATIVE(nat_worker_create) {
  NATIVE_UNUSED();
  bool is_eval = val_truthy(vm, ARG(2));
  uint32_t proto = worker_proto(vm, ARG(1), is_eval);
  *out = VAL_FALSE;
  if (proto == UINT32_MAX) return VS_OK;
  uint32_t me = hw_cur_thread(vm) ? hw_cur_thread(vm) : main_thread(vm);
  uint32_t mhw = hw_main_hw(vm), th = take_spare(vm, mhw);
  if (!th && !val_is_obj(ARG(3))) {
    *out = VAL_UNDEF;
    return VS_OK;
  }
  if (!th) th = new_realm(vm, arr_get(vm, val_obj_idx(ARG(3)), 0), arr_get(vm, val_obj_idx(ARG(3)), 1));
  uint32_t all = get_obj(vm, mhw, HW_THREADS);
  double id = list_len(vm, all);
  list_push(vm, all, val_obj(th));
  set(vm, th, TH_ID, val_num(id));
  set(vm, th, TH_MAIN, get(vm, me, TH_MAIN));
  set(vm, th, TH_PARENT, val_obj(me));
  set(vm, th, TH_WORKER, ARG(0));
  const HostOpts *o = hn_host(vm)->opts;
  set(vm, th, TH_START_AT, val_num(vm->clock + o->worker_start_min));
  set(vm, th, TH_START_DEF, val_num(vm->clock + fmax(o->worker_start, o->worker_start_min)));
  set(vm, th, TH_START_MAX, val_num(o->worker_start_max < 0 ? INFINITY : vm->clock + fmax(o->worker_start_max, o->worker_start)));
  set(vm, th, TH_REFED, VAL_TRUE);
  set(vm, th, TH_PROTO, val_num(proto));
  set(vm, th, TH_FILE, is_eval ? bi_str(vm, "[worker eval]") : bi_str(vm, vm->prog->abspath));
  uint32_t whw = get_obj(vm, th, TH_HW), phw = hw_rec(vm, true);
  Value wt = get(vm, whw, HW_WT);
  if (val_is_obj(wt)) obj_define_cstr(vm, val_obj_idx(wt), "threadId", val_num(id), PA_DEFAULT);
  double pid = hw_cur_id(vm);
  uint32_t kparent = hp_port_new(vm, pid, PF_STARTED, phw), kchild = hp_port_new(vm, id, PF_STARTED | PF_REFED, whw);
  uint32_t pub1 = hp_port_new(vm, pid, 0, phw), pub2 = hp_port_new(vm, id, 0, whw);
  hp_entangle(vm, kparent, kchild);
  hp_entangle(vm, pub1, pub2);
  set(vm, th, TH_KPORT, val_obj(kchild));
  Value r[5] = {val_obj(kparent), val_obj(pub1), val_obj(pub2), val_obj(kchild), val_num(id)};
  *out = val_obj(arr_from(vm, r, 5));
  return VS_OK;
}

/* $workerRunMain(): runs the worker's module (from its LOAD_SCRIPT). */
NATIVE(nat_worker_run_main) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = hw_cur_thread(vm);
  if (!th || get_obj(vm, th, TH_MAIN) == th) return VS_OK;
  uint32_t fn = op_closure(vm, (uint32_t)get_num(vm, th, TH_PROTO), 0);
  uint32_t module = obj_new(vm), exports = obj_new(vm);
  Value file = get(vm, th, TH_FILE);
  bool is_eval = strcmp(str_cstr_tmp(vm->strs, val_str_id(file)), "[worker eval]") == 0;
  obj_define_cstr(vm, module, "id", bi_str(vm, "."), PA_DEFAULT);
  obj_define_cstr(vm, module, "exports", val_obj(exports), PA_DEFAULT);
  obj_define_cstr(vm, module, "filename", file, PA_DEFAULT);
  obj_define_cstr(vm, module, "loaded", VAL_FALSE, PA_DEFAULT);
  Value dir = bi_str(vm, ".");
  if (!is_eval) {
    const char *slash = strrchr(vm->prog->abspath, '/');
    dir = val_str(str_from_utf8(vm->strs, vm->prog->abspath, slash ? (size_t)(slash - vm->prog->abspath) : 0));
  }
  Value a[5] = {val_obj(exports), realm_hook(vm, "require"), val_obj(module), file, dir};
  return vm_tail_call(vm, val_obj(fn), val_obj(exports), a, 5);
}

static uint32_t thread_arg(Vm *vm, Value v) {
  return val_is_num(v) && val_to_double(v) > 0 ? hw_thread_by_id(vm, val_to_double(v)) : 0;
}

/* $workerTerminate(id): stops the thread (the request reaches it like a
 * message: it may still run steps meanwhile). */
NATIVE(nat_worker_terminate) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = thread_arg(vm, ARG(0));
  if (!th || hw_status(vm, th) >= ST_ENDING) return VS_OK;
  uint32_t me = hw_cur_thread(vm);
  hp_outbox_push(vm, me, hp_msg(vm, M_TERMINATE, val_obj(th), VAL_UNDEF));
  return VS_OK;
}

/* $workerRef(id, bool) */
NATIVE(nat_worker_ref) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = thread_arg(vm, ARG(0));
  if (th) set(vm, th, TH_REFED, val_bool(val_truthy(vm, ARG(1))));
  return VS_OK;
}

/* $workerKPort(): the current worker's end of its internal channel. */
NATIVE(nat_worker_kport) {
  NATIVE_UNUSED();
  uint32_t th = hw_cur_thread(vm);
  *out = th && get_obj(vm, th, TH_MAIN) != th ? get(vm, th, TH_KPORT) : VAL_UNDEF;
  return VS_OK;
}

/* $workerThreads(): the current realm's worker_threads module. */
NATIVE(nat_worker_threads) {
  NATIVE_UNUSED();
  uint32_t hw = hw_rec(vm, false);
  Value wt = hw ? get(vm, hw, HW_WT) : VAL_UNDEF;
  *out = val_is_obj(wt) ? wt : realm_hook(vm, "mainWorkerThreads");
  return VS_OK;
}

Value hw_process(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  Value p = hw ? get(vm, hw, HW_PROCESS) : VAL_UNDEF;
  return val_is_obj(p) ? p : realm_hook(vm, "process");
}

/* $process(): the current realm's process object. */
NATIVE(nat_process) {
  NATIVE_UNUSED();
  *out = hw_process(vm);
  return VS_OK;
}

/* --- threads: start, step, end ----------------------------------------------------------------------- */

/* The worker ran its last step: its ports receive nothing more; tearing
 * the thread down takes a while (ST_ENDING, then finish_thread). */
static void end_thread(Vm *vm, uint32_t th) {
  set(vm, th, TH_STATUS, val_num(ST_ENDING));
  set(vm, th, TH_READY, VAL_UNDEF);
  uint32_t ports = get_obj(vm, get_obj(vm, th, TH_HW), HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++) hp_set_flag(vm, val_obj_idx(get(vm, ports, i)), PF_CLOSED, true);
}

/* The thread is gone: its end goes to the parent, after everything it
 * posted. */
static void finish_thread(Vm *vm, uint32_t th) {
  set(vm, th, TH_STATUS, val_num(ST_FINISHED));
  set(vm, th, TH_READY, VAL_UNDEF);
  uint32_t parent = get_obj(vm, th, TH_PARENT);
  hp_outbox_push(vm, th, hp_msg(vm, M_EXIT, val_obj(parent), val_obj(th)));
}

/* terminate(): the thread stops where it is, exit code 1. */
void hw_stop_thread(Vm *vm, uint32_t th) {
  if (hw_status(vm, th) >= ST_ENDING) return;
  set(vm, th, TH_EXIT_CODE, val_num(1));
  set(vm, th, TH_EXITING, VAL_TRUE);
  uint32_t saved = vm->root;
  vm->root = get_obj(vm, th, TH_ROOT);
  hn_set_state(vm, LS_DONE);
  vm->root = saved;
  end_thread(vm, th);
}

/* Would the current realm's next step read what other threads send (a
 * read point)?  A thread runs from one read point to the next without
 * interruption: what it does meanwhile (posts go to its outbox) cannot be
 * seen by others before their next read, so interleaving there would only
 * make equivalent schedules. */
static bool at_read_point(Vm *vm) {
  uint32_t hw = hw_rec(vm, false), th = hw_cur_thread(vm), pos;
  if (hp_in_flight(vm, hp_terminate_for, th, &pos)) return true;
  bool exits_coming = !list_len(vm, get_obj(vm, hw, HW_EXITS)) && hp_in_flight(vm, hp_exit_for, th, &pos);
  switch (hn_state(vm)) {
    case LS_PASS: {
      double at = get_num(vm, hw, HW_PASS);
      uint32_t ports = get_obj(vm, hw, HW_PORTS);
      if (at < 0) return exits_coming;
      if (at >= list_len(vm, ports)) return false;
      uint32_t p = val_obj_idx(get(vm, ports, (uint32_t)at));
      return !hp_port_ready(vm, p) && (hp_flags(vm, p) & PF_STARTED) && !(hp_flags(vm, p) & PF_CLOSED) &&
             hp_in_flight(vm, hp_for_port, p, &pos);
    }
    case LS_POLL_ENTER:
    case LS_POLL: return !hp_pass_ready(vm) && hp_in_flight(vm, hp_wakes, th, &pos);
    case LS_CHECK_ENTER: return exits_coming;
    default: return false;
  }
}

enum { SEGMENT_MAX = 256 }; /* steps in one go (an endless loop of immediates stops here) */

/* Runs thread th from its read point to the next one (main realm current
 * before and after). */
static void run_segment(Vm *vm, Host *host, HostResult *res, uint32_t th) {
  bool is_main = get_obj(vm, th, TH_MAIN) == th;
  double id = get_num(vm, th, TH_ID);
  HostResult wres = {0};
  HostResult *r = is_main ? res : &wres;
  /* findings cover the main thread: a fact names a place in the checked
   * file and says what ends the process, while a worker may run an eval
   * string and its crash ends only the worker (hw_fatal) */
  bool facts = vm->record_facts;
  if (!is_main) vm->record_facts = false;
  enter(vm, th);
  for (uint32_t k = 0; k < SEGMENT_MAX; k++) {
    hn_loop_step(vm, host, r);
    int s = hn_state(vm);
    if (s == LS_DONE || s == LS_POLL_WAIT || hn_unsupported(vm) || at_read_point(vm)) break;
  }
  bool unsupported = !is_main && hn_unsupported(vm), done = !is_main && hn_state(vm) == LS_DONE;
  if (done) {
    stdio_flush(vm, hw_cur_thread(vm), 1);
    stdio_flush(vm, hw_cur_thread(vm), 2);
  }
  leave(vm);
  vm->record_facts = facts;
  if (wres.steps_exceeded) res->steps_exceeded = true;
  th = hw_thread_by_id(vm, id); /* a collection may have moved it */
  if (done) end_thread(vm, th);
  set(vm, th, TH_BEHIND, VAL_UNDEF);
  set(vm, th, TH_READY, VAL_UNDEF);
  if (unsupported) {
    res->unsupported = true;
    vm->exit_code = 2;
    hn_set_state(vm, LS_DONE);
  }
}

/* --- the scheduler -------------------------------------------------------------------------------------- */

typedef enum { OP_STEP, OP_WAKE, OP_STOP, OP_END, OP_IO, OP_START, OP_ADVANCE } OptKind;
typedef struct Opt {
  OptKind kind;
  uint32_t id;     /* the thread */
  uint32_t sender; /* OP_WAKE, OP_STOP: whose message */
} Opt;

enum { MAX_OPTS = 256 };

typedef struct Options {
  Opt o[MAX_OPTS];
  uint32_t n;
  bool urgent; /* something can happen without time passing */
} Options;

static void add(Options *os, OptKind kind, uint32_t id, uint32_t sender) {
  if (os->n < MAX_OPTS) os->o[os->n++] = (Opt){kind, id, sender};
}

/* Thread th has work that may wait for the CPU (since TH_READY). */
static void may_lag(Vm *vm, Options *os, uint32_t th) {
  if (!val_is_num(get(vm, th, TH_READY))) set(vm, th, TH_READY, val_num(vm->clock));
  if (get_num(vm, th, TH_READY) + hn_host(vm)->opts->worker_lag <= vm->clock) os->urgent = true;
}

/* The options of running thread i (its realm current). */
static void thread_options(Vm *vm, Options *os, uint32_t i, uint32_t th) {
  uint32_t all = hw_thread_list(vm), pos, before = os->n;
  int s = hn_state(vm);
  if (s == LS_DONE) return;
  bool step = s != LS_POLL_WAIT || hp_pass_ready(vm) || hn_next_timer(vm) <= vm->clock;
  if (step) add(os, OP_STEP, i, 0);
  for (uint32_t k = 0; !step && k < list_len(vm, all); k++)
    if (hp_outbox_find(vm, val_obj_idx(get(vm, all, k)), hp_wakes, th) >= 0) add(os, OP_WAKE, i, k);
  if (hp_in_flight(vm, hp_terminate_for, th, &pos)) add(os, OP_STOP, i, 0);
  if (os->n == before) return;
  /* The main thread's own work is done without time passing (but for the
   * time model's jitter).  What depends on another thread's pace - a
   * worker's steps and end, any thread waking up for a message - may come
   * late: time may pass meanwhile, up to worker_lag ms. */
  if (i == 0 && step) os->urgent = true;
  else may_lag(vm, os, th);
}

static void collect(Vm *vm, Options *os) {
  uint32_t all = hw_thread_list(vm), n = list_len(vm, all);
  os->n = 0;
  os->urgent = false;
  uint32_t io[MAX_OPTS], nio = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (hw_status(vm, th) == ST_ENDING) {
      add(os, OP_END, i, 0);
      may_lag(vm, os, th);
    }
    if (hw_status(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    uint32_t before = os->n;
    thread_options(vm, os, i, th);
    if (os->n == before && hn_state(vm) == LS_POLL_WAIT && hn_next_io(vm) <= vm->clock && nio < MAX_OPTS) io[nio++] = i;
    leave(vm);
  }
  for (uint32_t k = 0; k < nio; k++) add(os, OP_IO, io[k], 0);
}

/* Workers that may start now: first those the default schedule starts by
 * now (late), then the others (early: before its usual start time).  A
 * worker past its latest start time must start before time goes on. */
static void add_starts(Vm *vm, Options *os, bool late) {
  uint32_t all = hw_thread_list(vm), n = list_len(vm, all);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (hw_status(vm, th) != ST_PENDING || get_num(vm, th, TH_START_AT) > vm->clock) continue;
    if ((get_num(vm, th, TH_START_DEF) <= vm->clock) != late) continue;
    add(os, OP_START, i, 0);
    if (get_num(vm, th, TH_START_MAX) <= vm->clock) os->urgent = true;
  }
}

/* The next moment time may pass to (INFINITY: none). */
typedef struct Next {
  double at;
  bool timer;  /* it is a timer or I/O of some thread (not a start bound) */
  bool lag_ok; /* no thread waiting for the CPU must run before it */
} Next;

static void consider(Next *n, double t, bool timer, double now) {
  if (t <= now || t > n->at) return;
  n->timer = t < n->at ? timer : n->timer || timer;
  n->at = t;
}

/* When the next thing may happen that needs time to pass: a timer or I/O
 * of a thread, a start bound of a worker (its usual start time only for the
 * default schedule: exploring, it is no event).  Time may not pass beyond
 * the moment a thread waiting for the CPU must have run. */
static Next next_event(Vm *vm, uint32_t all) {
  Next n = {INFINITY, false, false};
  double deadline = INFINITY;
  bool explore = hn_host(vm)->explore;
  for (uint32_t i = 0; i < list_len(vm, all); i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    int st = hw_status(vm, th);
    if (st == ST_PENDING) {
      consider(&n, get_num(vm, th, TH_START_AT), false, vm->clock);
      if (!explore) consider(&n, get_num(vm, th, TH_START_DEF), false, vm->clock);
      consider(&n, get_num(vm, th, TH_START_MAX), false, vm->clock);
    }
    if (st == ST_RUNNING) {
      enter(vm, th);
      consider(&n, fmin(hn_next_timer(vm), hn_state(vm) == LS_POLL_WAIT ? hn_next_io(vm) : INFINITY), true, vm->clock);
      leave(vm);
    }
    if (val_is_num(get(vm, th, TH_READY))) deadline = fmin(deadline, get_num(vm, th, TH_READY) + hn_host(vm)->opts->worker_lag);
  }
  n.lag_ok = n.at <= deadline;
  return n;
}

/* A worker not started yet may start at time t. */
static bool start_pending(Vm *vm, uint32_t all, double t) {
  for (uint32_t i = 0; i < list_len(vm, all); i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (hw_status(vm, th) == ST_PENDING && get_num(vm, th, TH_START_AT) <= t) return true;
  }
  return false;
}

/* Nothing can ever happen again, but something keeps the loop alive (a
 * ref'd port nobody will post to): node would wait forever. */
static void hang(Vm *vm, HostResult *res) {
  hn_errf(vm, "ticktock: the program waits forever: the event loop is kept alive by a MessagePort or Worker "
              "that will never receive anything (node would not exit)\n");
  res->hung = true;
  hn_set_state(vm, LS_DONE);
}

/* --- the scheduler's words (ticktock explain) -------------------------------------------------------- */

void hw_thread_name(double id, Buf *out) {
  if (id == 0) buf_puts(out, "the main thread");
  else buf_printf(out, "worker %.0f", id);
}

/* Why a thread that has work can take a step (its realm current). */
static void step_reason(Vm *vm, Buf *out) {
  switch (hn_state(vm)) {
    case LS_MAIN: buf_puts(out, " runs its main script"); return;
    case LS_ITERATION: buf_puts(out, " runs: its event loop begins an iteration"); return;
    case LS_TIMERS: buf_puts(out, " runs: its event loop is in its timers phase"); return;
    case LS_PASS: buf_puts(out, " runs: its poll phase is delivering port messages"); return;
    case LS_POLL_WAIT:
      buf_puts(out, hp_pass_ready(vm) ? ", waiting in its poll phase, wakes: messages wait on its ports"
                                      : ", waiting in its poll phase, wakes: a timer is due");
      return;
    case LS_CHECK_ENTER:
    case LS_CHECK: buf_puts(out, " runs: its event loop is in its check phase"); return;
    case LS_CLOSE: buf_puts(out, " runs: its event loop is in its close-callbacks phase"); return;
    case LS_EXIT: buf_puts(out, " runs: its loop is over, its process emits 'exit'"); return;
    default: buf_puts(out, " runs: its event loop is in its poll phase"); return;
  }
}

/* What option o does (main realm current). */
static void opt_text(Vm *vm, const Opt *o, double next_at, Buf *out) {
  uint32_t all = hw_thread_list(vm), th = val_obj_idx(get(vm, all, o->id));
  if (o->kind != OP_ADVANCE) hw_thread_name(o->id, out);
  switch (o->kind) {
    case OP_STEP:
      enter(vm, th);
      step_reason(vm, out);
      leave(vm);
      return;
    case OP_WAKE:
      buf_puts(out, ", waiting in its poll phase, wakes for a message from ");
      hw_thread_name(o->sender, out);
      return;
    case OP_IO: buf_puts(out, ", waiting in its poll phase, wakes for its I/O"); return;
    case OP_STOP: buf_puts(out, " is stopped where it is: terminate() reaches it"); return;
    case OP_END:
      buf_puts(out, " has ended: its end is posted to ");
      hw_thread_name(get_num(vm, get_obj(vm, th, TH_PARENT), TH_ID), out);
      return;
    case OP_START: buf_puts(out, " starts: its thread has booted"); return;
    case OP_ADVANCE:
      buf_printf(out, "time passes: the clock moves to %.0f ms", next_at - o->id);
      if (o->id) buf_puts(out, ", 1 ms before the next timer (a worker may start before it)");
      return;
  }
}

/* Tells the trace hook which option the scheduler took, and the others. */
static void sched_note(Vm *vm, const Options *os, uint32_t taken, double next_at) {
  Host *h = hn_host(vm);
  if (!h->trace_sched) return;
  Buf text, others;
  buf_init(&text);
  buf_init(&others);
  opt_text(vm, &os->o[taken], next_at, &text);
  for (uint32_t i = 0; i < os->n; i++) {
    if (i == taken) continue;
    if (others.len) buf_puts(&others, "; ");
    opt_text(vm, &os->o[i], next_at, &others);
  }
  OptKind k = os->o[taken].kind;
  HostSched note = {text.data, others.data ? others.data : "", os->o[taken].kind == OP_ADVANCE ? 0 : os->o[taken].id,
                    k == OP_STEP || k == OP_WAKE || k == OP_IO};
  h->trace_sched(h->trace_ctx, vm, &note);
  buf_free(&text);
  buf_free(&others);
}

/* One step of the whole program when workers exist (main realm current):
 * a thread runs to its next read point, a thread waiting in its poll phase
 * wakes for a message in flight (option per sender) or I/O, a terminate()
 * reaches its thread, a worker starts, or time passes.  Option 0: the main
 * thread first, then workers in creation order, then starts, then time. */
void hw_step(Vm *vm, Host *host, HostResult *res) {
  Options os;
  collect(vm, &os);
  uint32_t all = hw_thread_list(vm);
  add_starts(vm, &os, true);
  Next next = {INFINITY, false, false};
  if (!os.urgent) next = next_event(vm, all);
  if (isfinite(next.at) && next.lag_ok) {
    add(&os, OP_ADVANCE, 0, 0);
    /* a worker may start in the last ms before a timer (its own timers
     * then fall around that one): time may stop 1 ms short */
    if (next.timer && next.at - 1 > vm->clock && start_pending(vm, all, next.at - 1)) add(&os, OP_ADVANCE, 1, 0);
  }
  add_starts(vm, &os, false);
  if (os.n == 0) {
    hang(vm, res);
    return;
  }
  uint32_t taken = os.n > 1 ? hn_choose(vm, CH_THREAD, os.n) : 0;
  sched_note(vm, &os, taken, next.at);
  Opt o = os.o[taken];
  uint32_t th = val_obj_idx(get(vm, all, o.id)), pos;
  switch (o.kind) {
    case OP_WAKE: {
      uint32_t sender = val_obj_idx(get(vm, all, o.sender));
      hp_publish_through(vm, sender, (uint32_t)hp_outbox_find(vm, sender, hp_wakes, th));
      run_segment(vm, host, res, val_obj_idx(get(vm, hw_thread_list(vm), o.id)));
      break;
    }
    case OP_STOP: {
      uint32_t sender = hp_in_flight(vm, hp_terminate_for, th, &pos);
      hp_publish_through(vm, sender, pos);
      break;
    }
    case OP_IO:
      enter(vm, th);
      hn_set_state(vm, LS_POLL);
      leave(vm);
      run_segment(vm, host, res, th);
      break;
    case OP_STEP: run_segment(vm, host, res, th); break;
    case OP_END: finish_thread(vm, th); break;
    case OP_START:
      set(vm, th, TH_STATUS, val_num(ST_RUNNING));
      if (get_num(vm, th, TH_START_DEF) < vm->clock) set(vm, th, TH_BEHIND, get(vm, th, TH_START_DEF));
      break;
    case OP_ADVANCE: vm->clock = next.at - o.id; break;
  }
}

/* The poll phase found nothing to do and would block.  With workers the
 * thread waits (the scheduler decides what happens meanwhile); without,
 * nothing can wake a loop kept alive by ports alone. */
bool hw_poll_block(Vm *vm, HostResult *res) {
  if (hw_threads(vm)) {
    hn_set_state(vm, LS_POLL_WAIT);
    return true;
  }
  if (!hn_has_timers(vm) && !hn_io_pending(vm) && !hn_has_immediates(vm) && hw_alive(vm) && !hp_closing(vm)) {
    hang(vm, res);
    return true;
  }
  return false;
}

/* A thread waiting in the poll phase was woken. */
void hw_wait_step(Vm *vm) {
  if (hp_pass_ready(vm)) {
    hp_pass_begin(vm);
    return;
  }
  if (hn_next_timer(vm) <= vm->clock) {
    hn_set_state(vm, LS_CHECK_ENTER);
    return;
  }
  hn_set_state(vm, LS_POLL);
}

/* An uncaught exception ends a worker, not the process: its process emits
 * 'exit', the error goes to the parent ('error' on the Worker), and the
 * thread stops with exit code 1.  False in the main realm. */
bool hw_fatal(Vm *vm, Value exc) {
  uint32_t th = hw_cur_thread(vm);
  if (!th || get_obj(vm, th, TH_MAIN) == th) return false;
  Value out;
  vm->has_exc = false;
  if (hn_call(vm, realm_hook(vm, "workerFatal"), VAL_UNDEF, &exc, 1, &out) == VS_THROW) vm->has_exc = false;
  vm->exiting = true;
  vm->exit_code = 1;
  hn_set_state(vm, LS_DONE);
  return true;
}

/* Time values of a thread record: -by when shifting; with limit, those
 * already passed become limit - 1 (they are only compared with now and
 * later times). */
static void thread_times(Vm *vm, uint32_t th, double by, double limit) {
  static const uint32_t slots[] = {TH_START_AT, TH_START_DEF, TH_START_MAX};
  if (hw_status(vm, th) != ST_PENDING) return;
  for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++) {
    double t = get_num(vm, th, slots[i]) - by;
    set(vm, th, slots[i], val_num(t < limit ? limit - 1 : t));
  }
}

/* Post stamps only tell whether a message was posted before the present
 * ms (the default schedule's guess): now, or just before. */
static void stamps(Vm *vm, uint32_t th) {
  uint32_t box = get_obj(vm, th, TH_OUTBOX);
  for (uint32_t i = 0; i < list_len(vm, box); i++) {
    uint32_t m = val_obj_idx(get(vm, box, i));
    set(vm, m, MS_STAMP, val_num(get_num(vm, m, MS_STAMP) < vm->clock ? vm->clock - 1 : vm->clock));
  }
  Value behind = get(vm, th, TH_BEHIND);
  if (val_is_num(behind)) set(vm, th, TH_BEHIND, val_num(vm->clock - 1));
}

/* host_normalize with workers: every realm's counters become ranks, and
 * when no realm read the clock every time value of every thread moves so
 * that now is 0. */
bool hw_normalize(Vm *vm) {
  if (!hw_threads(vm)) return false;
  uint32_t all = hw_thread_list(vm), n = list_len(vm, all);
  bool seen = false;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (hw_status(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    seen = seen || hn_clock_seen(vm);
    leave(vm);
  }
  double by = seen ? 0 : vm->clock;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    stamps(vm, th);
    thread_times(vm, th, 0, seen ? -INFINITY : vm->clock);
    if (hw_status(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    hn_normalize_realm(vm, !seen);
    leave(vm);
  }
  if (by == 0) return true;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    thread_times(vm, th, by, -INFINITY);
    uint32_t box = get_obj(vm, th, TH_OUTBOX);
    for (uint32_t k = 0; k < list_len(vm, box); k++) {
      uint32_t m = val_obj_idx(get(vm, box, k));
      set(vm, m, MS_STAMP, val_num(get_num(vm, m, MS_STAMP) - by));
    }
    if (val_is_num(get(vm, th, TH_BEHIND))) set(vm, th, TH_BEHIND, val_num(get_num(vm, th, TH_BEHIND) - by));
    if (val_is_num(get(vm, th, TH_READY))) set(vm, th, TH_READY, val_num(get_num(vm, th, TH_READY) - by));
    if (hw_status(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    hn_shift_times(vm, by);
    leave(vm);
  }
  vm->clock = 0;
  return true;
}

static const NativeDef worker_defs[] = {
    {"$workerCreate", 4, NF_INTRINSIC, nat_worker_create},
    {"$workerRunMain", 0, NF_INTRINSIC, nat_worker_run_main},
    {"$workerTerminate", 1, NF_INTRINSIC, nat_worker_terminate},
    {"$workerRef", 2, NF_INTRINSIC, nat_worker_ref},
    {"$workerKPort", 0, NF_INTRINSIC, nat_worker_kport},
    {"$workerThreads", 0, NF_INTRINSIC, nat_worker_threads},
    {"$process", 0, NF_INTRINSIC, nat_process},
    {"$stdioAck", 1, NF_INTRINSIC, nat_stdio_ack},
    {"$stdioFlush", 0, NF_INTRINSIC, nat_stdio_flush},
};

const NativeModule bi_worker_module = {"worker", worker_defs, sizeof worker_defs / sizeof worker_defs[0], NULL};
