/* host_node.h - the node host: event loop phases, timers, immediates,
 * process.nextTick, I/O of modelled latency, unhandled rejections and
 * process lifetime, as node v20 runs a CommonJS main module.
 *
 * All host state that belongs to the machine (queues, timer lists, loop
 * phase, counters) lives in heap records reachable from vm->root, so a Vm
 * clone carries it.  The loop is a step machine: host_step performs one
 * unit of work (the main script, or one callback and the drain after it)
 * and leaves the machine between two callbacks; at points where node's
 * order depends on timing the step takes the choice given by the caller
 * (host_choices lists them).  `run` always takes the default choice.
 *
 * Ownership: Host (C-side options and output sinks) is owned by the
 * caller; it is not machine state.
 */
#ifndef TT_HOST_NODE_H
#define TT_HOST_NODE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "vm.h"

typedef enum UnhandledMode {
  UR_THROW, UR_STRICT, UR_WARN, UR_NONE, UR_WARN_WITH_ERROR_CODE
} UnhandledMode;

/* A `//@ fetch "URL" => ...` declaration. */
typedef struct FetchDecl {
  char *url;
  char *body;   /* JSON text */
  int status;   /* 0: network failure (the promise rejects) */
} FetchDecl;

/* Where node leaves the order open.  Every choice point has n >= 2
 * options; option 0 is always the default schedule of `ticktock run`. */
typedef enum ChoiceKind {
  CH_BOUNDARY, /* the clock crosses a millisecond boundary here (0: no) */
  CH_POLL,     /* which I/O completes next in the poll phase, or none */
  CH_RANDOM,   /* which representative value Math.random() returns */
  CH_QUIRK,    /* node's processTimers re-entry after an uncaught exception */
  CH_STALL,    /* ms the first timer creation of the process takes (S33) */
  CH_THREAD,   /* with workers: which thread steps, which message arrives (host_worker.c) */
  CH_ZONE,     /* which side of an open comparison of symbolic times (host_sym.h) */
  CH_WAKE,     /* ms the loop wakes up late for a timer, up to the first-timer stall (0: on time) */
  CH__COUNT
} ChoiceKind;

extern const char choice_letters[CH__COUNT + 1]; /* "bprqstzw": witness notation */

typedef struct Chooser {
  /* Returns the option taken (0..n-1) at a choice point of kind. */
  uint32_t (*choose)(void *ctx, ChoiceKind kind, uint32_t n);
  void *ctx;
} Chooser;

typedef struct HostOpts {
  UnhandledMode unhandled;
  uint32_t jitter;         /* ms boundaries a synchronous run may cross (0: ideal time) */
  uint32_t first_stall;    /* ms the first timer creation may take (S33; 0: none) */
  uint32_t random_points;  /* representative values of Math.random() when exploring */
  uint32_t frame_limit;    /* 0: node's byte budget */
  uint64_t max_steps;      /* per synchronous run; 0: unlimited */
  uint64_t max_heap;       /* bytes of live heap; 0: unlimited */
  uint64_t max_drain;      /* callbacks one drain may run before it counts as
                              starving the loop (a finding); 0: unlimited */
  uint32_t block_warn;     /* ms a busy-wait on the clock may take before it
                              counts as blocking (a finding); 0: never */
  double random_value;     /* Math.random() in the default schedule */
  bool seeded;             /* --seed: pseudo-random choices instead */
  uint64_t seed;
  double io_latency_min;   /* ms; default 1 */
  double io_latency_max;   /* ms; < 0: unbounded */
  double fetch_latency_min, fetch_latency_max;
  double worker_start_min; /* ms at least between new Worker() and the worker's first step */
  double worker_start;     /* ms the default schedule's workers take to start */
  double worker_start_max; /* ms at most a worker takes to start (< 0: unbounded) */
  double worker_lag;       /* ms at most a worker with work to do waits for the CPU */
  FetchDecl *fetches;
  uint32_t nfetches;
} HostOpts;

void host_opts_default(HostOpts *o);

/* What a finished run produced. */
typedef struct HostResult {
  int exit_code;
  bool natural;        /* the loop ran dry ('exit' was emitted normally) */
  bool fatal;          /* ended by an uncaught exception / rejection */
  bool steps_exceeded; /* a synchronous run exceeded max_steps (or a drain max_drain) */
  bool drain_exceeded; /* a microtask/nextTick drain exceeded max_drain: the queues keep refilling */
  bool unsupported;    /* the program used something ticktock does not model */
  bool hung;           /* nothing could ever happen, yet the loop stayed alive */
} HostResult;

/* What the loop is about to run (ticktock explain's trace hook).  The item
 * is still in its queue when the hook is called, so host_describe shows
 * it; between two calls of the hook exactly one callback (or internal
 * job) runs. */
typedef enum HostEventKind {
  HE_MAIN,      /* the main script (CommonJS; an ES module body is a job) */
  HE_TICK,      /* a process.nextTick callback; id: its record */
  HE_JOB,       /* a microtask (promise job); id: its record */
  HE_TIMER,     /* a timer callback; id: the Timeout */
  HE_IMMEDIATE, /* a setImmediate callback; id: the Immediate */
  HE_IO,        /* an I/O completion (callback or promise settlement); id: its record */
  HE_EMIT,      /* process.emit(name): 'beforeExit', 'exit', 'uncaughtException', ... */
  HE_MESSAGE,   /* worker_threads: a port delivers one message (poll phase); see HostEvent */
  HE_WORKER_END,/* a parent handles a finished worker: its last messages, then 'exit' */
  HE_CLOSE      /* a MessagePort's 'close' event (close-callbacks phase) */
} HostEventKind;

/* HE_MESSAGE: what the message is, by the port it arrives on. */
typedef enum HostMsgKind {
  HM_PORT,      /* 'message' on a MessagePort of a MessageChannel */
  HM_PARENT,    /* 'message' on a worker's parentPort */
  HM_WORKER,    /* 'message' on a Worker object (posted by its worker) */
  HM_ONLINE,    /* 'online' on a Worker: its thread has started */
  HM_ERROR,     /* 'error' on a Worker: an uncaught exception ended it */
  HM_STDIO,     /* a worker's console output reaches its parent, which writes it */
  HM_LOAD,      /* the worker's first message: it runs its script */
  HM_ACK,       /* node-internal: the parent wants more of a worker's output */
  HM_CLOSE      /* the peer port was closed: this one closes too */
} HostMsgKind;

typedef struct HostEvent {
  HostEventKind kind;
  uint32_t id;      /* heap index of the item (see HostItem.id); 0 for HE_MAIN, HE_EMIT */
  const char *name; /* HE_EMIT: the event name */
  HostMsgKind msg;  /* HE_MESSAGE */
  uint32_t peer;    /* HE_MESSAGE, HE_WORKER_END: the worker concerned (the sender's or
                       receiver's thread id; 0 for a MessageChannel within a thread) */
  int exit_code;    /* HE_WORKER_END */
} HostEvent;

/* A decision of the worker scheduler (ticktock explain's trace_sched hook):
 * which thread runs next and why it can, or what else happens (a worker
 * starts or ends, time passes, a message arrives or not yet). */
typedef struct HostSched {
  const char *text;   /* "worker 1 runs: its timers phase" */
  const char *others; /* the other options, "" when there were none */
  uint32_t thread;    /* the thread it concerns */
  bool runs;          /* that thread runs now */
} HostSched;

/* The callback the loop is running (facts name it; see findings.h). */
typedef enum HostTask {
  HT_NONE, HT_MAIN, HT_TIMER, HT_INTERVAL, HT_IMMEDIATE, HT_IO, HT_TICK, HT_MICROTASK, HT_LISTENER
} HostTask;

typedef struct Host Host;
/* Runs the rest of the program from vm (before a crash) to see what the
 * crash loses; appends the fields of a fact (findings_scan.h). */
typedef void (*HostShadowFn)(const Host *h, Vm *vm, uint32_t promise, Buf *out);

struct Host {
  const HostOpts *opts;
  FILE *out, *err;     /* where run mode writes stdout and stderr */
  bool capture;        /* explorer: output goes to the VM buffers instead */
  const Chooser *chooser; /* NULL: the default schedule */
  /* per step (reset by host_step): boundaries this synchronous run may still cross */
  uint32_t boundary_left;
  bool explore;        /* I/O latencies and random values are unknown */
  /* NULL (the default, costing one test per callback): no tracing */
  void (*trace)(void *ctx, Vm *vm, const HostEvent *ev);
  void *trace_ctx;
  /* NULL: none; with workers, each scheduling decision (after its choice) */
  void (*trace_sched)(void *ctx, Vm *vm, const HostSched *s);
  /* for the facts (vm->record_facts): the task running (main, timer,
   * immediate, I/O) and the callback inside it (tick, microtask, listener;
   * HT_NONE: the task's own), when its synchronous run started, callbacks
   * run by the current drain */
  HostTask task, micro;
  const char *const *emit_frames; /* node's frames below process.emit while the
                                     host emits an event (micro HT_LISTENER) */
  int io_kind;         /* the I/O completion running (host_node.c IO_*) */
  /* which of node's routes drains the microtasks after the callback that
   * ran (host_node.c DrainRoute), whether that drain has entered
   * processTicksAndRejections, and room for the frames below a tick or a
   * job that follow from both */
  uint8_t drain_route;
  bool drain_ptr;
  const char *drain_frames[6];
  LineEntry task_site;
  double task_clock;
  bool block_noted;
  uint64_t drained;
  HostShadowFn shadow;  /* NULL: no shadow runs */
  /* symbolic numbers (host_sym.h): one was made (the VM then watches for
   * them); one had to take a representative value (results approximate) */
  bool sym_live, sym_approx;
  /* exploring (explore.c's partial-order reduction): the options of the
   * last CH_POLL choice, each the I/O request it completes (0: none,
   * nothing completes or messages pass); with probe set, the step stops
   * right after that choice, having done nothing else */
  uint32_t poll_opt[66];
  uint32_t npoll_opt;
  bool poll_forced;    /* ... and the poll had to complete something whatever the
                          requests (it blocks with no timer to wait for) */
  bool probe;
};

/* Prepares a realm-initialised machine to run the script proto: creates
 * the host records and installs the module objects. */
void host_init(Vm *vm, Host *host, uint32_t main_proto);

/* Runs the whole program with the default schedule (ticktock run). */
HostResult host_run(Vm *vm, Host *host);

/* One step; returns false when the program has finished (*res filled). */
bool host_step(Vm *vm, Host *host, HostResult *res);

/* Rewrites the machine into its canonical equivalent before it is
 * encoded: counters that only order things become ranks, and when the
 * program never observed the clock, times become relative to now. */
void host_normalize(Vm *vm);

/* True when the program has finished. */
bool host_done(Vm *vm);

/* The I/O list: pending requests in start order (explore.c). */
uint32_t host_io_list(Vm *vm);

/* --- read-only description of the loop (ticktock explain) ------------------------
 *
 * host_describe lists what is waiting: the nextTick queue, the job queue,
 * the timers, the immediates and the pending I/O, each in the order the
 * loop will take them (timers: node's list order, which is their run order
 * when all are due), and the phase and clock.  It never changes the machine. */

typedef enum HostItemKind { HI_TICK, HI_JOB, HI_TIMER, HI_IMMEDIATE, HI_IO, HI__COUNT } HostItemKind;

/* What a queued item does when it runs (HostItem.sub). */
typedef enum HostItemSub {
  HS_CALL,       /* calls fn (ticks, timers, immediates, I/O callbacks, queueMicrotask) */
  HS_REACTION,   /* job: a then/catch/finally handler */
  HS_PASS,       /* job: a reaction without handler passes the value or reason on */
  HS_AWAIT,      /* job: an async function resumes after await */
  HS_THENABLE,   /* job: calls then() of a thenable (a promise resolved with a promise) */
  HS_IO_RESOLVE, /* I/O: fulfils a promise (fetch, fs.promises, ...) */
  HS_IO_REJECT   /* I/O: rejects a promise */
} HostItemSub;

typedef struct HostItem {
  uint8_t kind, sub;   /* HostItemKind, HostItemSub */
  bool rejected;       /* job: takes the rejection path */
  bool builtin;        /* fn is one of ticktock's built-ins (no position in the file) */
  bool main;           /* fn is the main script / module body */
  bool refed;          /* timers, immediates: keeps the process alive */
  bool repeat;         /* timer: setInterval */
  uint32_t id;         /* heap index of the item: its identity until the next GC */
  double timer_id;     /* timer: its number (stable) */
  char name[64];       /* the function's name, "" when anonymous (UTF-8) */
  uint32_t line, col;  /* where the function (for HS_AWAIT: the await) is; 0: unknown */
  double msecs, due;   /* timer: delay and deadline in ms; I/O: earliest completion */
  double latest;       /* I/O: latest completion (INFINITY: unbounded) */
  uint32_t seq;        /* I/O: 1 for the first request the program started, 2 for the next... */
} HostItem;

typedef struct HostView {
  const char *phase;   /* "main", "loop", "timers", "poll", "check", "close", "exit", "done" */
  uint32_t thread;     /* whose loop: 0 the main thread, N worker N (its threadId) */
  bool thread_eval;    /* worker: runs eval code (else the program's own file) */
  uint32_t thread_line, thread_col; /* worker: where its code starts in the file */
  bool waiting;        /* blocked in its poll phase while other threads run */
  double clock;        /* virtual time, ms since the program started */
  double now;          /* the timers phase's `now` (set when an iteration begins) */
  uint32_t nframes;    /* JavaScript frames on the call stack */
  uint32_t check_left; /* check phase: immediates that still run in it */
  HostItem *items;     /* grouped by kind in HostItemKind order */
  uint32_t n, cap;
  uint32_t first[HI__COUNT], count[HI__COUNT]; /* the items listed of each queue */
  uint32_t total[HI__COUNT];                   /* the queue lengths (>= count) */
} HostView;

/* Fills *out (zero-initialised, or reused from an earlier call), listing
 * at most max items of each queue, the first ones (0: all). */
void host_describe(Vm *vm, HostView *out, uint32_t max);
/* The same for thread `thread`'s loop, whichever realm is current. */
void host_describe_thread(Vm *vm, uint32_t thread, HostView *out, uint32_t max);
void host_view_free(HostView *v);

/* Describes a function value as a HostItem would (name, position, builtin). */
void host_describe_fn(Vm *vm, Value fn, HostItem *out);

/* For the findings: 0 when obj is not a timer, 1 a timer that is pending
 * or has fired, 2 a timer that was cleared. */
int host_timer_status(Vm *vm, uint32_t obj);

#endif
