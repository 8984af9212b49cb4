/* host_worker.c - worker_threads for the node host (see host_worker.h).
 *
 * The model (SEMANTICS.md S69-S73; node's lib/internal/worker.js,
 * lib/internal/worker/io.js, src/node_messaging.cc, libuv's uv__async_io):
 *
 * Ports.  A MessagePort is a JS object (aux HOST_PORT) with a queue.  A
 * message is a structured clone, made when it is posted.  A port receives
 * only while started (a 'message' listener, onmessage, start()) and keeps
 * its loop alive while ref'd (node refs it while it has 'message'
 * listeners).  A realm's ports are listed in creation order, the order of
 * their uv_async handles: in the poll phase a *pass* (one per poll phase)
 * first handles finished child workers (node's threadsafe immediates come
 * before every port), then visits the ports in that order, delivering each
 * port's messages until its queue is empty (messages arriving meanwhile
 * included) with a drain of ticks and microtasks after each.  A message
 * posted to a port the pass has already visited waits for the next pass.
 * close() takes effect at once for the closing port (a drain in progress
 * still empties its queue) and reaches the peer as a message; 'close'
 * events run in the close-callbacks phase after the check phase.
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
 * thread at a time (a step of a thread is a step of its event loop) and
 * lets messages between threads travel separately: a message posted to
 * another thread goes to the sender's outbox, and a *publish* transition
 * moves the oldest one into its port's queue.  So a receiver may look at
 * its ports at any point relative to the sender's posts, as in node (a
 * sender's messages still arrive in the order they were posted).  The
 * choice (CH_THREAD) at each host step is among: publish the next message
 * of some thread, step a thread that can run, start a created worker, or
 * let time pass (only when no thread can run and no message is in flight:
 * steps and messages take no time).  A worker's start takes an unknown
 * time of at least worker_start_ms (node needs tens of ms to boot one), so
 * starting is optional while time passes.  Option 0, the default schedule:
 * publish first, then the main thread, then workers in creation order, then
 * starts, then time; with it the main thread sees a worker's burst of
 * messages in one pass, as it usually does in node.
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
#include "host_int.h"
#include "promise.h"
#include "vm_int.h"
#include "vm_ops.h"

enum { HOST_PORT = 0x7103 };
enum { REC_HW = REC_HOST + 16, REC_THREAD, REC_MSG };

/* A realm's worker record (the host root's R_HW slot). */
enum {
  HW_THREAD,      /* the realm's thread record (undefined: main before any worker) */
  HW_PORTS,       /* ports owned by the realm, in creation order */
  HW_PASS,        /* the pass's position: -1 finished children, >= 0 a port index */
  HW_PASSED,      /* a pass ran in this poll phase */
  HW_DELIVERED,   /* the port at HW_PASS delivered in this visit */
  HW_CLOSING,     /* ports whose 'close' event is due */
  HW_EXITS,       /* finished child threads whose end this realm has not handled */
  HW_PROCESS,     /* the realm's process object (main: the prelude's) */
  HW_WT,          /* the realm's worker_threads module (main: the prelude's) */
  HW_THREADS,     /* main only: every thread record, by thread id */
  HW_SPARES_USED, /* main only: prepared realms taken */
  HW__COUNT
};

/* A thread record. */
enum {
  TH_ID, TH_STATUS, TH_GLOBAL, TH_ROOT, TH_JOBS, TH_REJECTIONS, TH_HW, /* the realm */
  TH_EXITING, TH_EXIT_CODE, TH_JOBS_HEAD,   /* Vm scalars, saved while another thread runs */
  TH_MAIN,       /* the main thread's record */
  TH_PARENT,     /* the creating thread's record */
  TH_WORKER,     /* the Worker object (in the parent's realm) */
  TH_OUTBOX,     /* messages posted to other threads, not yet visible */
  TH_START_AT,   /* earliest start (ms) */
  TH_START_DEF,  /* when the default schedule starts it (ms) */
  TH_START_MAX,  /* latest start (ms; +Infinity: unbounded) */
  TH_BEHIND,     /* in its first run after a late start: when it would have run (ms) */
  TH_READY,      /* since when it has had work to do (ms; undefined: none) */
  TH_REFED,      /* the Worker keeps its parent alive */
  TH_BUSY1, TH_BUSY2, /* a stdout/stderr payload awaits acknowledgement */
  TH_BUF1, TH_BUF2,   /* text written meanwhile */
  TH_KPORT,      /* the worker's end of its internal channel */
  TH_PROTO,      /* the worker's module function (proto id) */
  TH_FILE,       /* __filename of that module */
  TH__COUNT
};
enum {
  ST_PENDING,  /* created, not started */
  ST_RUNNING,
  ST_ENDING,   /* its loop ended; the thread is being torn down */
  ST_FINISHED, /* its end is posted to the parent */
  ST_JOINED    /* the parent handled its end */
};

/* Port data (OK_PLAIN, aux HOST_PORT). */
enum { PD_OWNER, PD_PEER, PD_QUEUE, PD_FLAGS, PD__COUNT };
enum { PF_STARTED = 1, PF_REFED = 2, PF_CLOSED = 4 };

/* A message in an outbox (or a close notice in a queue); MS_STAMP: when
 * it was posted, for the default schedule's guess of what has arrived. */
enum { MS_KIND, MS_DEST, MS_VALUE, MS_STAMP, MS__COUNT };
enum { M_PORT, M_EXIT, M_TERMINATE, M_CLOSE };

#define HV (&vm->heap)

/* --- small helpers -------------------------------------------------------------------- */

static Value get(Vm *vm, uint32_t rec, uint32_t slot) { return heap_get_data(HV, rec, slot); }
static void set(Vm *vm, uint32_t rec, uint32_t slot, Value v) { heap_set_data(HV, rec, slot, v); }
static uint32_t get_obj(Vm *vm, uint32_t rec, uint32_t slot) {
  Value v = get(vm, rec, slot);
  return val_is_obj(v) ? val_obj_idx(v) : 0;
}
static double get_num(Vm *vm, uint32_t rec, uint32_t slot) { return val_to_double(get(vm, rec, slot)); }

static uint32_t new_list(Vm *vm) {
  uint32_t l = heap_alloc(HV, OK_RECORD, 0, 0, 0);
  HV->objs[l].aux = REC_LIST;
  return l;
}
static uint32_t list_len(Vm *vm, uint32_t l) { return HV->objs[l].ndata; }
static void list_push(Vm *vm, uint32_t l, Value v) { heap_data_push(HV, l, v); }
static Value list_shift(Vm *vm, uint32_t l) {
  Value v = heap_get_data(HV, l, 0);
  heap_data_remove(HV, l, 0, 1);
  return v;
}

static uint32_t new_record(Vm *vm, unsigned aux, uint32_t n) {
  uint32_t r = heap_alloc(HV, OK_RECORD, 0, 0, n);
  HV->objs[r].aux = (uint16_t)aux;
  return r;
}

/* The current realm's worker record, made on first use when create. */
static uint32_t hw_rec(Vm *vm, bool create) {
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
static uint32_t cur_thread(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw ? get_obj(vm, hw, HW_THREAD) : 0;
}

static double cur_id(Vm *vm) {
  uint32_t th = cur_thread(vm);
  return th ? get_num(vm, th, TH_ID) : 0;
}

/* The main realm's worker record, from any realm (0 if none). */
static uint32_t main_hw(Vm *vm) {
  uint32_t th = cur_thread(vm);
  if (!th) return hw_rec(vm, false);
  return get_obj(vm, get_obj(vm, th, TH_MAIN), TH_HW);
}

/* Every thread record (main first), or 0 before any worker. */
static uint32_t thread_list(Vm *vm) {
  uint32_t m = main_hw(vm);
  return m ? get_obj(vm, m, HW_THREADS) : 0;
}

static uint32_t thread_by_id(Vm *vm, double id) {
  uint32_t l = thread_list(vm);
  if (!l || id < 0 || id >= list_len(vm, l)) return 0;
  return val_obj_idx(get(vm, l, (uint32_t)id));
}

static int status_of(Vm *vm, uint32_t th) { return (int)get_num(vm, th, TH_STATUS); }

bool hw_threads(Vm *vm) { return cur_thread(vm) != 0; }

bool hw_worker_realm(Vm *vm) {
  uint32_t th = cur_thread(vm);
  return th && get_obj(vm, th, TH_MAIN) != th;
}

/* --- realm switching ---------------------------------------------------------------------------- */

/* Makes thread th's realm current (the main realm must be current).  The
 * main realm's indices never change identity (set once), so only its
 * scalars are saved. */
static void enter(Vm *vm, uint32_t th) {
  uint32_t m = get_obj(vm, th, TH_MAIN);
  if (m == th) return;
  set(vm, m, TH_EXITING, val_bool(vm->exiting));
  set(vm, m, TH_EXIT_CODE, val_num(vm->exit_code));
  set(vm, m, TH_JOBS_HEAD, val_num(vm->jobs_head));
  vm->global = get_obj(vm, th, TH_GLOBAL);
  vm->root = get_obj(vm, th, TH_ROOT);
  vm->jobs = get_obj(vm, th, TH_JOBS);
  vm->rejections = get_obj(vm, th, TH_REJECTIONS);
  vm->exiting = get(vm, th, TH_EXITING) == VAL_TRUE;
  vm->exit_code = (int)get_num(vm, th, TH_EXIT_CODE);
  vm->jobs_head = (uint32_t)get_num(vm, th, TH_JOBS_HEAD);
}

/* Back to the main realm.  Indices are re-read from the heap: a garbage
 * collection during the step may have moved every object. */
static void leave(Vm *vm) {
  uint32_t th = cur_thread(vm), m = get_obj(vm, th, TH_MAIN);
  if (m == th) return;
  set(vm, th, TH_EXITING, val_bool(vm->exiting));
  set(vm, th, TH_EXIT_CODE, val_num(vm->exit_code));
  set(vm, th, TH_JOBS_HEAD, val_num(vm->jobs_head));
  vm->global = get_obj(vm, m, TH_GLOBAL);
  vm->root = get_obj(vm, m, TH_ROOT);
  vm->jobs = get_obj(vm, m, TH_JOBS);
  vm->rejections = get_obj(vm, m, TH_REJECTIONS);
  vm->exiting = get(vm, m, TH_EXITING) == VAL_TRUE;
  vm->exit_code = (int)get_num(vm, m, TH_EXIT_CODE);
  vm->jobs_head = (uint32_t)get_num(vm, m, TH_JOBS_HEAD);
}

/* The main thread's record, made when the first worker is created. */
static uint32_t main_thread(Vm *vm) {
  uint32_t th = cur_thread(vm);
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

/* --- ports -------------------------------------------------------------------------------------------- */

static bool is_port(Vm *vm, Value v) {
  if (!val_is_obj(v)) return false;
  Obj *o = &HV->objs[val_obj_idx(v)];
  return o->kind == OK_PLAIN && o->aux == HOST_PORT && o->ndata == PD__COUNT;
}

static unsigned port_flags(Vm *vm, uint32_t p) { return (unsigned)get_num(vm, p, PD_FLAGS); }
static void port_set_flag(Vm *vm, uint32_t p, unsigned f, bool on) {
  unsigned flags = port_flags(vm, p);
  set(vm, p, PD_FLAGS, val_num(on ? flags | f : flags & ~f));
}

/* A port of the current realm (proto: MessagePort.prototype), listed. */
static uint32_t port_new(Vm *vm, double owner, unsigned flags, uint32_t realm_hw) {
  Value proto = realm_hook(vm, "MessagePortProto");
  uint32_t p = heap_alloc(HV, OK_PLAIN, val_is_obj(proto) ? val_obj_idx(proto) : 0, 0, PD__COUNT);
  HV->objs[p].aux = HOST_PORT;
  set(vm, p, PD_OWNER, val_num(owner));
  set(vm, p, PD_PEER, VAL_NULL);
  set(vm, p, PD_QUEUE, val_obj(new_list(vm)));
  set(vm, p, PD_FLAGS, val_num(flags));
  list_push(vm, get_obj(vm, realm_hw, HW_PORTS), val_obj(p));
  return p;
}

static void entangle(Vm *vm, uint32_t a, uint32_t b) {
  set(vm, a, PD_PEER, val_obj(b));
  set(vm, b, PD_PEER, val_obj(a));
}

/* The realm record of a port's owner (0 if the thread is gone). */
static uint32_t owner_hw(Vm *vm, uint32_t p) {
  double id = get_num(vm, p, PD_OWNER);
  if (id == 0 && !thread_list(vm)) return main_hw(vm);
  uint32_t th = thread_by_id(vm, id);
  return th ? get_obj(vm, th, TH_HW) : 0;
}

static uint32_t new_msg(Vm *vm, int kind, Value dest, Value value) {
  uint32_t m = new_record(vm, REC_MSG, MS__COUNT);
  set(vm, m, MS_KIND, val_num(kind));
  set(vm, m, MS_DEST, dest);
  set(vm, m, MS_VALUE, value);
  set(vm, m, MS_STAMP, val_num(vm->clock));
  return m;
}

/* Appends a message to sender's outbox.  A worker that started late (its
 * parent was busy past the worker's usual start) posts "in the past". */
static void outbox_push(Vm *vm, uint32_t sender, uint32_t m) {
  Value behind = get(vm, sender, TH_BEHIND);
  if (val_is_num(behind)) set(vm, m, MS_STAMP, behind);
  list_push(vm, get_obj(vm, sender, TH_OUTBOX), val_obj(m));
}

static bool is_close_notice(Vm *vm, Value v) {
  return val_is_obj(v) && HV->objs[val_obj_idx(v)].kind == OK_RECORD && HV->objs[val_obj_idx(v)].aux == REC_MSG;
}

/* Sends item (a payload or a close notice) to port dest: into its queue at
 * once when it stays in this thread or goes to a worker that has not
 * started, through the sender's outbox otherwise; dropped when the
 * receiving thread is gone. */
static void send_to_port(Vm *vm, uint32_t dest, Value item) {
  double to = get_num(vm, dest, PD_OWNER), from = cur_id(vm);
  uint32_t dth = thread_by_id(vm, to);
  if (to == from || !dth || status_of(vm, dth) == ST_PENDING) {
    heap_data_push(HV, get_obj(vm, dest, PD_QUEUE), item);
    return;
  }
  outbox_push(vm, cur_thread(vm), new_msg(vm, M_PORT, val_obj(dest), item));
}

/* close(): the port stops at once (a drain of it in progress still
 * empties its queue); the peer learns it through a close notice. */
static void port_close(Vm *vm, uint32_t p) {
  if (port_flags(vm, p) & PF_CLOSED) return;
  port_set_flag(vm, p, PF_CLOSED, true);
  uint32_t hw = owner_hw(vm, p);
  if (hw) list_push(vm, get_obj(vm, hw, HW_CLOSING), val_obj(p));
  uint32_t peer = get_obj(vm, p, PD_PEER);
  set(vm, p, PD_PEER, VAL_NULL);
  if (!peer) return;
  set(vm, peer, PD_PEER, VAL_NULL);
  send_to_port(vm, peer, val_obj(new_msg(vm, M_CLOSE, VAL_UNDEF, VAL_UNDEF)));
}

/* --- messages in flight ------------------------------------------------------------------------
 *
 * A message posted to another thread waits in the sender's outbox until the
 * receiver looks: at each point where a receiver reads (a port its pass
 * visits, the finished children it handles, its poll deciding whether to
 * wait) it may take the messages in flight up to the first one that
 * concerns it, or not yet (a choice).  Publishing is in post order, so a
 * sender's messages arrive in the order it posted them, and they take no
 * time: a thread with messages in flight for it can always run. */

typedef bool (*MsgPred)(Vm *vm, uint32_t m, uint32_t arg);

static int msg_kind(Vm *vm, uint32_t m) { return (int)get_num(vm, m, MS_KIND); }

static bool for_port(Vm *vm, uint32_t m, uint32_t port) {
  return msg_kind(vm, m) == M_PORT && get_obj(vm, m, MS_DEST) == port;
}
static bool exit_for(Vm *vm, uint32_t m, uint32_t th) {
  return msg_kind(vm, m) == M_EXIT && get_obj(vm, m, MS_DEST) == th;
}
static bool terminate_for(Vm *vm, uint32_t m, uint32_t th) {
  return msg_kind(vm, m) == M_TERMINATE && get_obj(vm, m, MS_DEST) == th;
}
/* A message that would wake thread th: its child's end, or a message for
 * one of its ports that receives. */
static bool wakes(Vm *vm, uint32_t m, uint32_t th) {
  if (exit_for(vm, m, th)) return true;
  if (msg_kind(vm, m) != M_PORT) return false;
  uint32_t p = get_obj(vm, m, MS_DEST);
  unsigned f = port_flags(vm, p);
  return get_num(vm, p, PD_OWNER) == get_num(vm, th, TH_ID) && (f & PF_STARTED) && !(f & PF_CLOSED);
}

/* Position of the first message of sender's outbox matching, or -1. */
static int64_t outbox_find(Vm *vm, uint32_t sender, MsgPred pred, uint32_t arg) {
  uint32_t box = get_obj(vm, sender, TH_OUTBOX);
  for (uint32_t i = 0; i < list_len(vm, box); i++)
    if (pred(vm, val_obj_idx(get(vm, box, i)), arg)) return i;
  return -1;
}

/* The first sender (by thread id) with a matching message in flight, 0 if
 * none; *pos: where it is in that sender's outbox. */
static uint32_t in_flight(Vm *vm, MsgPred pred, uint32_t arg, uint32_t *pos) {
  uint32_t all = thread_list(vm);
  for (uint32_t i = 0; all && i < list_len(vm, all); i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = outbox_find(vm, s, pred, arg);
    if (at >= 0) {
      *pos = (uint32_t)at;
      return s;
    }
  }
  return 0;
}

static void publish(Vm *vm, uint32_t sender);
static bool take_exit(Vm *vm);

/* Did the message at pos of sender's outbox surely arrive by now (posted
 * before the present ms)?  Only the default schedule asks: it takes such
 * messages at once, and otherwise lets the receiver wake for each. */
static bool arrived(Vm *vm, uint32_t sender, uint32_t pos) {
  uint32_t m = val_obj_idx(get(vm, get_obj(vm, sender, TH_OUTBOX), pos));
  return get_num(vm, m, MS_STAMP) < vm->clock;
}

/* A read point with n candidate senders (*pos: where their first message
 * for the reader is): returns the sender index to publish from, or -1 for
 * "not yet".  Option 0 takes a sender whose message surely arrived, if any,
 * else "not yet"; then the others in order. */
static int32_t read_choice(Vm *vm, const uint32_t *senders, const uint32_t *pos, uint32_t n) {
  int32_t order[65];
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    if (arrived(vm, senders[i], pos[i])) order[k++] = (int32_t)i;
  order[k++] = -1;
  for (uint32_t i = 0; i < n; i++)
    if (!arrived(vm, senders[i], pos[i])) order[k++] = (int32_t)i;
  return order[hn_choose(vm, CH_THREAD, n + 1)];
}

/* Publishes sender's outbox up to and including position pos. */
static void publish_through(Vm *vm, uint32_t sender, uint32_t pos) {
  for (uint32_t i = 0; i <= pos; i++) publish(vm, sender);
}

/* --- the pass over a realm's ports (poll phase) ------------------------------------------------ */

static bool port_ready(Vm *vm, uint32_t p) {
  unsigned f = port_flags(vm, p);
  return (f & PF_STARTED) && !(f & PF_CLOSED) && list_len(vm, get_obj(vm, p, PD_QUEUE)) > 0;
}

void hw_poll_enter(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  if (hw) set(vm, hw, HW_PASSED, VAL_FALSE);
}

/* A pass would deliver something (and none ran in this poll phase). */
bool hw_pass_ready(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  if (!hw || get(vm, hw, HW_PASSED) == VAL_TRUE) return false;
  if (list_len(vm, get_obj(vm, hw, HW_EXITS))) return true;
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++)
    if (port_ready(vm, val_obj_idx(get(vm, ports, i)))) return true;
  return false;
}

void hw_pass_begin(Vm *vm) {
  uint32_t hw = hw_rec(vm, true);
  set(vm, hw, HW_PASS, val_num(-1));
  set(vm, hw, HW_PASSED, VAL_TRUE);
  set(vm, hw, HW_DELIVERED, VAL_FALSE);
  hn_set_state(vm, LS_PASS);
}

/* The parent handles a child's end (node's kOnExit): see workerExit in
 * the prelude. */
static bool join_child(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, false);
  uint32_t th = val_obj_idx(list_shift(vm, get_obj(vm, hw, HW_EXITS)));
  set(vm, th, TH_STATUS, val_num(ST_JOINED));
  Value args[2] = {get(vm, th, TH_WORKER), get(vm, th, TH_EXIT_CODE)};
  hn_callback(vm, host, res, realm_hook(vm, "workerExit"), VAL_UNDEF, args, 2);
  return true;
}

/* The check phase begins: node runs its native immediates first, among
 * them the end of a finished child (a read point for ends in flight). */
bool hw_exits_pending(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw && take_exit(vm);
}

bool hw_exit_step(Vm *vm, Host *host, HostResult *res) { return join_child(vm, host, res); }

/* One step of the pass: handles a finished child, delivers one message, or
 * moves on to the next port (a step of its own, so other threads may post
 * in between); at the end the poll phase goes on. */
/* Finished children whose end is in flight: the reader may take one now
 * (option k >= 1: the k-th such child, by thread id) or not yet (0).
 * Returns whether an end is now visible. */
static bool take_exit(Vm *vm) {
  uint32_t hw = hw_rec(vm, false), me = cur_thread(vm);
  if (list_len(vm, get_obj(vm, hw, HW_EXITS))) return true;
  uint32_t all = thread_list(vm), senders[64], pos[64], n = 0;
  for (uint32_t i = 1; me && all && i < list_len(vm, all) && n < 64; i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = outbox_find(vm, s, exit_for, me);
    if (at >= 0) senders[n] = s, pos[n++] = (uint32_t)at;
  }
  if (!n) return false;
  int32_t c = read_choice(vm, senders, pos, n);
  if (c < 0) return false;
  publish_through(vm, senders[c], pos[c]);
  return true;
}

bool hw_pass_step(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, true);
  double at = get_num(vm, hw, HW_PASS);
  if (at < 0) {
    if (take_exit(vm)) return join_child(vm, host, res);
    set(vm, hw, HW_PASS, val_num(0));
    return false;
  }
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  if (at >= list_len(vm, ports)) {
    hn_set_state(vm, LS_POLL);
    return false;
  }
  uint32_t p = val_obj_idx(get(vm, ports, (uint32_t)at));
  unsigned f = port_flags(vm, p);
  uint32_t q = get_obj(vm, p, PD_QUEUE);
  bool draining = get(vm, hw, HW_DELIVERED) == VAL_TRUE;
  uint32_t pos, sender;
  if ((f & PF_STARTED) && !(f & PF_CLOSED) && list_len(vm, q) == 0 && (sender = in_flight(vm, for_port, p, &pos)) &&
      read_choice(vm, &sender, &pos, 1) == 0)
    publish_through(vm, sender, pos); /* the next message arrives before the port is left */
  if (!(f & PF_STARTED) || list_len(vm, q) == 0 || ((f & PF_CLOSED) && !draining)) {
    set(vm, hw, HW_PASS, val_num(at + 1));
    set(vm, hw, HW_DELIVERED, VAL_FALSE);
    return false;
  }
  set(vm, hw, HW_DELIVERED, VAL_TRUE);
  Value item = list_shift(vm, q);
  if (is_close_notice(vm, item)) {
    port_close(vm, p);
    return false;
  }
  Value args[2] = {val_obj(p), item};
  hn_callback(vm, host, res, realm_hook(vm, "portDeliver"), VAL_UNDEF, args, 2);
  return true;
}

/* --- the close-callbacks phase ------------------------------------------------------------------- */

bool hw_closing(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw && list_len(vm, get_obj(vm, hw, HW_CLOSING)) > 0;
}

static void unlist_port(Vm *vm, uint32_t hw, uint32_t p) {
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++)
    if (val_obj_idx(get(vm, ports, i)) == p) {
      heap_data_remove(HV, ports, i, 1);
      return;
    }
}

/* Emits one due 'close' event (closed ports leave the realm's list). */
bool hw_close_step(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, false);
  uint32_t closing = hw ? get_obj(vm, hw, HW_CLOSING) : 0;
  if (!closing || !list_len(vm, closing)) {
    hn_set_state(vm, LS_ITERATION);
    return false;
  }
  Value p = list_shift(vm, closing);
  unlist_port(vm, hw, val_obj_idx(p));
  hn_callback(vm, host, res, realm_hook(vm, "portClose"), VAL_UNDEF, &p, 1);
  return true;
}

/* --- liveness ------------------------------------------------------------------------------------------ */

static bool children_alive(Vm *vm, uint32_t self) {
  uint32_t all = thread_list(vm);
  if (!all) return false;
  for (uint32_t i = 1; i < list_len(vm, all); i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (get_obj(vm, th, TH_PARENT) == self && status_of(vm, th) != ST_JOINED && get(vm, th, TH_REFED) == VAL_TRUE)
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
    unsigned f = port_flags(vm, val_obj_idx(get(vm, ports, i)));
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
  if (peer) send_to_port(vm, peer, val_obj(msg));
  set(vm, th, fd == 2 ? TH_BUSY2 : TH_BUSY1, VAL_TRUE);
}

/* Output of a worker realm goes to its parent as a stdio payload (one in
 * flight per stream; later writes wait in a buffer).  False for the main
 * realm, and for ticktock's own diagnostics. */
bool hw_write(Vm *vm, int fd, const char *data, size_t len) {
  uint32_t th = cur_thread(vm);
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
  uint32_t th = cur_thread(vm);
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
  uint32_t th = cur_thread(vm);
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
  uint32_t n = HV->objs[tmpl].nprops;
  uint32_t g = heap_alloc(HV, OK_PLAIN, HV->objs[tmpl].proto, n, 0);
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

static Value call_hook(Vm *vm, const char *name) {
  Value out = VAL_UNDEF;
  if (hn_call(vm, realm_hook(vm, name), VAL_UNDEF, NULL, 0, &out) != VS_OK) return VAL_UNDEF;
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
  uint32_t g = vm->global, n = HV->objs[g].nprops;
  uint32_t tmpl = heap_alloc(HV, OK_PLAIN, HV->objs[g].proto, n, 0);
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
  uint32_t me = cur_thread(vm) ? cur_thread(vm) : main_thread(vm);
  uint32_t mhw = main_hw(vm), th = take_spare(vm, mhw);
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
  double pid = cur_id(vm);
  uint32_t kparent = port_new(vm, pid, PF_STARTED, phw), kchild = port_new(vm, id, PF_STARTED | PF_REFED, whw);
  uint32_t pub1 = port_new(vm, pid, 0, phw), pub2 = port_new(vm, id, 0, whw);
  entangle(vm, kparent, kchild);
  entangle(vm, pub1, pub2);
  set(vm, th, TH_KPORT, val_obj(kchild));
  Value r[5] = {val_obj(kparent), val_obj(pub1), val_obj(pub2), val_obj(kchild), val_num(id)};
  *out = val_obj(arr_from(vm, r, 5));
  return VS_OK;
}

/* $workerRunMain(): runs the worker's module (from its LOAD_SCRIPT). */
NATIVE(nat_worker_run_main) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = cur_thread(vm);
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
  return val_is_num(v) && val_to_double(v) > 0 ? thread_by_id(vm, val_to_double(v)) : 0;
}

/* $workerTerminate(id): stops the thread (the request reaches it like a
 * message: it may still run steps meanwhile). */
NATIVE(nat_worker_terminate) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  uint32_t th = thread_arg(vm, ARG(0));
  if (!th || status_of(vm, th) >= ST_ENDING) return VS_OK;
  uint32_t me = cur_thread(vm);
  outbox_push(vm, me, new_msg(vm, M_TERMINATE, val_obj(th), VAL_UNDEF));
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
  uint32_t th = cur_thread(vm);
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

/* --- port natives ----------------------------------------------------------------------------------- */

/* $portPair(): two entangled ports of the current realm (a MessageChannel). */
NATIVE(nat_port_pair) {
  NATIVE_UNUSED();
  uint32_t hw = hw_rec(vm, true);
  double id = cur_id(vm);
  uint32_t a = port_new(vm, id, 0, hw), b = port_new(vm, id, 0, hw);
  entangle(vm, a, b);
  Value r[2] = {val_obj(a), val_obj(b)};
  *out = val_obj(arr_from(vm, r, 2));
  return VS_OK;
}

/* $portPost(port, value): value is already a structured clone. */
NATIVE(nat_port_post) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0)), peer = get_obj(vm, p, PD_PEER);
  if ((port_flags(vm, p) & PF_CLOSED) || !peer) return VS_OK;
  send_to_port(vm, peer, ARG(1));
  return VS_OK;
}

/* $portFlag(port, flag, bool): start/stop (1), ref/unref (2); returns the
 * flag's value (bool undefined: only read it). */
NATIVE(nat_port_flag) {
  NATIVE_UNUSED();
  *out = VAL_FALSE;
  if (!is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0));
  unsigned f = bi_num(vm, ARG(1)) == 2 ? PF_REFED : PF_STARTED;
  if (ARG(2) != VAL_UNDEF) port_set_flag(vm, p, f, val_truthy(vm, ARG(2)));
  *out = val_bool((port_flags(vm, p) & f) && !(port_flags(vm, p) & PF_CLOSED));
  return VS_OK;
}

/* $portClose(port, silent): close(); silent (a Worker's ports when it
 * ended): no 'close' event, the port leaves its realm's list at once. */
NATIVE(nat_port_close) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0));
  if (!val_truthy(vm, ARG(1))) {
    port_close(vm, p);
    return VS_OK;
  }
  port_set_flag(vm, p, PF_CLOSED, true);
  uint32_t peer = get_obj(vm, p, PD_PEER), hw = owner_hw(vm, p);
  if (peer) set(vm, peer, PD_PEER, VAL_NULL);
  set(vm, p, PD_PEER, VAL_NULL);
  if (hw) unlist_port(vm, hw, p);
  return VS_OK;
}

/* $portTake(port, all): the queued messages (all) or the first one as
 * [message] ([] when none), taken out of the queue. */
NATIVE(nat_port_take) {
  NATIVE_UNUSED();
  uint32_t arr = arr_new(vm, 0);
  *out = val_obj(arr);
  if (!is_port(vm, ARG(0))) return VS_OK;
  uint32_t q = get_obj(vm, val_obj_idx(ARG(0)), PD_QUEUE);
  bool all = val_truthy(vm, ARG(1));
  while (list_len(vm, q)) {
    Value item = list_shift(vm, q);
    if (is_close_notice(vm, item)) continue;
    arr_push(vm, arr, item);
    if (!all) break;
  }
  return VS_OK;
}

/* --- structured clone helpers --------------------------------------------------------------------- */

/* $cloneKind(v): how the structured clone treats v: 'prim', 'array',
 * 'map', 'set', 'error', 'boxed', 'object', or 'uncloneable'. */
NATIVE(nat_clone_kind) {
  NATIVE_UNUSED();
  Value v = ARG(0);
  const char *k = "prim";
  if (val_is_sym(v)) k = "uncloneable";
  else if (val_is_obj(v)) {
    switch (HV->objs[val_obj_idx(v)].kind) {
      case OK_ARRAY: k = "array"; break;
      case OK_MAP: k = "map"; break;
      case OK_SET: k = "set"; break;
      case OK_ERROR: k = "error"; break;
      case OK_BOXED: k = "boxed"; break;
      case OK_PLAIN: case OK_ARGUMENTS: k = HV->objs[val_obj_idx(v)].aux == HOST_PORT ? "uncloneable" : "object"; break;
      default: k = "uncloneable"; break;
    }
  }
  *out = bi_str(vm, k);
  return VS_OK;
}

/* $cloneError(e): a new Error whose class is the one e's `name` names if
 * standard (else Error), with e's own message and its stack (V8's error
 * serialisation); the caller adds a cloned cause. */
NATIVE(nat_clone_error) {
  NATIVE_UNUSED();
  static const struct { const char *name; int proto; } std[] = {
      {"TypeError", INTR_TYPE_ERROR_PROTO}, {"RangeError", INTR_RANGE_ERROR_PROTO},
      {"ReferenceError", INTR_REFERENCE_ERROR_PROTO}, {"SyntaxError", INTR_SYNTAX_ERROR_PROTO}};
  uint32_t e = val_obj_idx(ARG(0)), proto = vm->intr[INTR_ERROR_PROTO];
  Value name = VAL_UNDEF, msg = VAL_UNDEF, stack = VAL_UNDEF;
  obj_lookup(vm, e, val_str(ATOM_name), &name);
  for (size_t i = 0; i < sizeof std / sizeof std[0] && val_is_str(name); i++)
    if (val_str_id(name) == str_cstr(vm->strs, std[i].name)) proto = vm->intr[std[i].proto];
  uint32_t c = heap_alloc(HV, OK_ERROR, proto, 4, ED__COUNT);
  for (uint32_t i = 0; i < ED__COUNT && i < HV->objs[e].ndata; i++) set(vm, c, i, get(vm, e, i));
  if (obj_lookup(vm, e, val_str(ATOM_stack), &stack) == LK_VALUE && val_is_str(stack))
    obj_define(vm, c, val_str(ATOM_stack), stack, PA_WRITABLE | PA_CONFIG);
  if (obj_get_own(vm, e, val_str(ATOM_message), &msg) == LK_VALUE && val_is_str(msg))
    obj_define(vm, c, val_str(ATOM_message), msg, PA_WRITABLE | PA_CONFIG);
  *out = val_obj(c);
  return VS_OK;
}

/* --- threads: start, step, end ----------------------------------------------------------------------- */

/* The worker ran its last step: its ports receive nothing more; tearing
 * the thread down takes a while (ST_ENDING, then finish_thread). */
static void end_thread(Vm *vm, uint32_t th) {
  set(vm, th, TH_STATUS, val_num(ST_ENDING));
  set(vm, th, TH_READY, VAL_UNDEF);
  uint32_t ports = get_obj(vm, get_obj(vm, th, TH_HW), HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++) port_set_flag(vm, val_obj_idx(get(vm, ports, i)), PF_CLOSED, true);
}

/* The thread is gone: its end goes to the parent, after everything it
 * posted. */
static void finish_thread(Vm *vm, uint32_t th) {
  set(vm, th, TH_STATUS, val_num(ST_FINISHED));
  set(vm, th, TH_READY, VAL_UNDEF);
  uint32_t parent = get_obj(vm, th, TH_PARENT);
  outbox_push(vm, th, new_msg(vm, M_EXIT, val_obj(parent), val_obj(th)));
}

/* terminate(): the thread stops where it is, exit code 1. */
static void stop_thread(Vm *vm, uint32_t th) {
  if (status_of(vm, th) >= ST_ENDING) return;
  set(vm, th, TH_EXIT_CODE, val_num(1));
  set(vm, th, TH_EXITING, VAL_TRUE);
  uint32_t saved = vm->root;
  vm->root = get_obj(vm, th, TH_ROOT);
  hn_set_state(vm, LS_DONE);
  vm->root = saved;
  end_thread(vm, th);
}

/* The oldest message in sender's outbox becomes visible. */
static void publish(Vm *vm, uint32_t sender) {
  uint32_t m = val_obj_idx(list_shift(vm, get_obj(vm, sender, TH_OUTBOX)));
  int kind = msg_kind(vm, m);
  uint32_t dest = get_obj(vm, m, MS_DEST);
  if (kind == M_EXIT) {
    if (status_of(vm, dest) < ST_ENDING)
      list_push(vm, get_obj(vm, get_obj(vm, dest, TH_HW), HW_EXITS), get(vm, m, MS_VALUE));
  } else if (kind == M_TERMINATE) {
    stop_thread(vm, dest);
  } else {
    uint32_t to = thread_by_id(vm, get_num(vm, dest, PD_OWNER));
    if (to && status_of(vm, to) < ST_ENDING) heap_data_push(HV, get_obj(vm, dest, PD_QUEUE), get(vm, m, MS_VALUE));
  }
}

/* Would the current realm's next step read what other threads send (a
 * read point)?  A thread runs from one read point to the next without
 * interruption: what it does meanwhile (posts go to its outbox) cannot be
 * seen by others before their next read, so interleaving there would only
 * make equivalent schedules. */
static bool at_read_point(Vm *vm) {
  uint32_t hw = hw_rec(vm, false), th = cur_thread(vm), pos;
  if (in_flight(vm, terminate_for, th, &pos)) return true;
  bool exits_coming = !list_len(vm, get_obj(vm, hw, HW_EXITS)) && in_flight(vm, exit_for, th, &pos);
  switch (hn_state(vm)) {
    case LS_PASS: {
      double at = get_num(vm, hw, HW_PASS);
      uint32_t ports = get_obj(vm, hw, HW_PORTS);
      if (at < 0) return exits_coming;
      if (at >= list_len(vm, ports)) return false;
      uint32_t p = val_obj_idx(get(vm, ports, (uint32_t)at));
      return !port_ready(vm, p) && (port_flags(vm, p) & PF_STARTED) && !(port_flags(vm, p) & PF_CLOSED) &&
             in_flight(vm, for_port, p, &pos);
    }
    case LS_POLL_ENTER:
    case LS_POLL: return !hw_pass_ready(vm) && in_flight(vm, wakes, th, &pos);
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
  enter(vm, th);
  for (uint32_t k = 0; k < SEGMENT_MAX; k++) {
    hn_loop_step(vm, host, r);
    int s = hn_state(vm);
    if (s == LS_DONE || s == LS_POLL_WAIT || hn_unsupported(vm) || at_read_point(vm)) break;
  }
  bool unsupported = !is_main && hn_unsupported(vm), done = !is_main && hn_state(vm) == LS_DONE;
  if (done) {
    stdio_flush(vm, cur_thread(vm), 1);
    stdio_flush(vm, cur_thread(vm), 2);
  }
  leave(vm);
  if (wres.steps_exceeded) res->steps_exceeded = true;
  th = thread_by_id(vm, id); /* a collection may have moved it */
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
  uint32_t all = thread_list(vm), pos, before = os->n;
  int s = hn_state(vm);
  if (s == LS_DONE) return;
  bool step = s != LS_POLL_WAIT || hw_pass_ready(vm) || hn_next_timer(vm) <= vm->clock;
  if (step) add(os, OP_STEP, i, 0);
  for (uint32_t k = 0; !step && k < list_len(vm, all); k++)
    if (outbox_find(vm, val_obj_idx(get(vm, all, k)), wakes, th) >= 0) add(os, OP_WAKE, i, k);
  if (in_flight(vm, terminate_for, th, &pos)) add(os, OP_STOP, i, 0);
  if (os->n == before) return;
  /* The main thread's own work is done without time passing (but for the
   * time model's jitter).  What depends on another thread's pace - a
   * worker's steps and end, any thread waking up for a message - may come
   * late: time may pass meanwhile, up to worker_lag ms. */
  if (i == 0 && step) os->urgent = true;
  else may_lag(vm, os, th);
}

static void collect(Vm *vm, Options *os) {
  uint32_t all = thread_list(vm), n = list_len(vm, all);
  os->n = 0;
  os->urgent = false;
  uint32_t io[MAX_OPTS], nio = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (status_of(vm, th) == ST_ENDING) {
      add(os, OP_END, i, 0);
      may_lag(vm, os, th);
    }
    if (status_of(vm, th) != ST_RUNNING) continue;
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
  uint32_t all = thread_list(vm), n = list_len(vm, all);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (status_of(vm, th) != ST_PENDING || get_num(vm, th, TH_START_AT) > vm->clock) continue;
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
    int st = status_of(vm, th);
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
    if (status_of(vm, th) == ST_PENDING && get_num(vm, th, TH_START_AT) <= t) return true;
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

/* One step of the whole program when workers exist (main realm current):
 * a thread runs to its next read point, a thread waiting in its poll phase
 * wakes for a message in flight (option per sender) or I/O, a terminate()
 * reaches its thread, a worker starts, or time passes.  Option 0: the main
 * thread first, then workers in creation order, then starts, then time. */
void hw_step(Vm *vm, Host *host, HostResult *res) {
  Options os;
  collect(vm, &os);
  uint32_t all = thread_list(vm);
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
  Opt o = os.o[os.n > 1 ? hn_choose(vm, CH_THREAD, os.n) : 0];
  uint32_t th = val_obj_idx(get(vm, all, o.id)), pos;
  switch (o.kind) {
    case OP_WAKE: {
      uint32_t sender = val_obj_idx(get(vm, all, o.sender));
      publish_through(vm, sender, (uint32_t)outbox_find(vm, sender, wakes, th));
      run_segment(vm, host, res, val_obj_idx(get(vm, thread_list(vm), o.id)));
      break;
    }
    case OP_STOP: {
      uint32_t sender = in_flight(vm, terminate_for, th, &pos);
      publish_through(vm, sender, pos);
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

/* In the poll phase with nothing visible but messages in flight for this
 * realm, a poll that does not block may take one now (option k: from the
 * k-th sender) or see nothing (0).  A poll that would block waits instead:
 * the scheduler wakes the thread. */
void hw_poll_arrivals(Vm *vm, bool block) {
  uint32_t th = cur_thread(vm);
  if (!th || block || hw_pass_ready(vm)) return;
  uint32_t hw = hw_rec(vm, false);
  if (get(vm, hw, HW_PASSED) == VAL_TRUE) return;
  uint32_t all = thread_list(vm), senders[64], pos[64], n = 0;
  for (uint32_t i = 0; i < list_len(vm, all) && n < 64; i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = outbox_find(vm, s, wakes, th);
    if (at >= 0) senders[n] = s, pos[n++] = (uint32_t)at;
  }
  if (!n) return;
  int32_t c = read_choice(vm, senders, pos, n);
  if (c >= 0) publish_through(vm, senders[c], pos[c]);
}

/* The poll phase found nothing to do and would block.  With workers the
 * thread waits (the scheduler decides what happens meanwhile); without,
 * nothing can wake a loop kept alive by ports alone. */
bool hw_poll_block(Vm *vm, HostResult *res) {
  if (hw_threads(vm)) {
    hn_set_state(vm, LS_POLL_WAIT);
    return true;
  }
  if (!hn_has_timers(vm) && !hn_io_pending(vm) && !hn_has_immediates(vm) && hw_alive(vm) && !hw_closing(vm)) {
    hang(vm, res);
    return true;
  }
  return false;
}

/* A thread waiting in the poll phase was woken. */
void hw_wait_step(Vm *vm) {
  if (hw_pass_ready(vm)) {
    hw_pass_begin(vm);
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
  uint32_t th = cur_thread(vm);
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
  if (status_of(vm, th) != ST_PENDING) return;
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
  uint32_t all = thread_list(vm), n = list_len(vm, all);
  bool seen = false;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    if (status_of(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    seen = seen || hn_clock_seen(vm);
    leave(vm);
  }
  double by = seen ? 0 : vm->clock;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    stamps(vm, th);
    thread_times(vm, th, 0, seen ? -INFINITY : vm->clock);
    if (status_of(vm, th) != ST_RUNNING) continue;
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
    if (status_of(vm, th) != ST_RUNNING) continue;
    enter(vm, th);
    hn_shift_times(vm, by);
    leave(vm);
  }
  vm->clock = 0;
  return true;
}

static const NativeDef worker_defs[] = {
    {"$portPair", 0, NF_INTRINSIC, nat_port_pair},
    {"$portPost", 2, NF_INTRINSIC, nat_port_post},
    {"$portFlag", 3, NF_INTRINSIC, nat_port_flag},
    {"$portClose", 1, NF_INTRINSIC, nat_port_close},
    {"$portTake", 2, NF_INTRINSIC, nat_port_take},
    {"$workerCreate", 4, NF_INTRINSIC, nat_worker_create},
    {"$workerRunMain", 0, NF_INTRINSIC, nat_worker_run_main},
    {"$workerTerminate", 1, NF_INTRINSIC, nat_worker_terminate},
    {"$workerRef", 2, NF_INTRINSIC, nat_worker_ref},
    {"$workerKPort", 0, NF_INTRINSIC, nat_worker_kport},
    {"$workerThreads", 0, NF_INTRINSIC, nat_worker_threads},
    {"$process", 0, NF_INTRINSIC, nat_process},
    {"$stdioAck", 1, NF_INTRINSIC, nat_stdio_ack},
    {"$stdioFlush", 0, NF_INTRINSIC, nat_stdio_flush},
    {"$cloneKind", 1, NF_INTRINSIC, nat_clone_kind},
    {"$cloneError", 1, NF_INTRINSIC, nat_clone_error},
};

const NativeModule bi_worker_module = {"worker", worker_defs, sizeof worker_defs / sizeof worker_defs[0], NULL};
