/* host_node.c - node's event loop over the machine (see host_node.h).
 *
 * The loop follows libuv's uv_run and node's lib/internal/timers.js:
 *
 *   main script, DRAIN
 *   while alive:
 *     timers : now = clock; lists ordered by (expiry, list id); within a
 *              list insertion order; a timer is due when now - start >=
 *              msecs; DRAIN between two callbacks and after the last
 *     poll   : if nothing is runnable, time passes until the next timer or
 *              I/O completion; completed I/O callbacks run, DRAIN after each
 *     check  : the immediates queued before the phase began, DRAIN after each
 *   'beforeExit' (may make the loop alive again), then 'exit'
 *
 * DRAIN is processTicksAndRejections: all nextTicks, then all microtasks,
 * repeated while either queue is non-empty or unhandled-rejection
 * processing may have queued work.
 */
#include "host_node.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "host_int.h"
#include "host_sym.h"
#include "inspect.h"
#include "promise.h"
#include "vm_int.h"
#include "vm_ops.h"
#include "numconv.h"
#include <stdarg.h>

/* --- machine-state layout ---------------------------------------------------- */

enum { /* slots of the root record */
  R_TICKS, R_TLISTS, R_IMMEDIATES, R_IO, R_LATE, R_MAIN, R_MODULE, R_STATE, R_NOW, R_LIST_ID,
  R_SEQ, R_CHECK_LEFT, R_CLOCK_SEEN, R_ASYNC_ID, R_SKIP_DRAIN, R_REJECTION_ID, R_WARNED, R_TIMER_MADE,
  R_HW, /* host_worker.c's record: ports, threads (undefined until used) */
  R_SYM, /* host_sym.c's record: zone, random variables (undefined until used) */
  R__COUNT
};

/* The loop states (LS_*) are in host_int.h. */

enum { /* Timeout data */
  TD_CB, TD_ARGS, TD_MSECS, TD_START, TD_REPEAT, TD_REFED, TD_ACTIVE, TD_ID, TD__COUNT
};

enum { /* Immediate data */
  ID_CB, ID_ARGS, ID_REFED, ID_ACTIVE, ID__COUNT
};

enum { HOST_TIMEOUT = 0x7101, HOST_IMMEDIATE = 0x7102 };
enum { REC_TLIST = REC_HOST, REC_IO, REC_TICK };
/* I/O kinds: a callback of fs.readFile, fs.stat or fs.access (node runs
 * each from its own internal frame), or a promise to settle */
enum { IO_CALLBACK, IO_RESOLVE, IO_REJECT, IO_STAT, IO_ACCESS };
static bool io_is_callback(int kind) { return kind == IO_CALLBACK || kind == IO_STAT || kind == IO_ACCESS; }

#define HEAPV (&vm->heap)

static Value root_get(Vm *vm, int slot) { return heap_get_data(HEAPV, vm->root, (uint32_t)slot); }
static void root_set(Vm *vm, int slot, Value v) { heap_set_data(HEAPV, vm->root, (uint32_t)slot, v); }
static uint32_t root_list(Vm *vm, int slot) { return val_obj_idx(root_get(vm, slot)); }
static double root_num(Vm *vm, int slot) { return val_to_double(root_get(vm, slot)); }
static void root_num_set(Vm *vm, int slot, double d) { root_set(vm, slot, val_num(d)); }

static uint32_t new_list(Vm *vm) {
  uint32_t l = heap_alloc(HEAPV, OK_RECORD, 0, 0, 0);
  heap_obj(HEAPV, l)->aux = REC_LIST;
  return l;
}

static double next_counter(Vm *vm, int slot) {
  double n = root_num(vm, slot);
  root_num_set(vm, slot, n + 1);
  return n;
}

static uint32_t list_len(Vm *vm, uint32_t l) { return heap_obj(HEAPV, l)->ndata; }

/* --- the virtual clock ----------------------------------------------------------- */

/* Date.now() starts at a fixed instant so runs are reproducible. */
#define EPOCH_MS 1767225600000.0 /* 2026-01-01T00:00:00Z */

const char choice_letters[CH__COUNT + 1] = "bprqstzw";

static Host *host_of(Vm *vm) { return vm->hooks.ctx; }

/* A choice point: option 0 unless a chooser decides. */
static uint32_t choose(Vm *vm, ChoiceKind kind, uint32_t n) {
  Host *h = host_of(vm);
  if (n < 2 || !h->chooser) return 0;
  uint32_t c = h->chooser->choose(h->chooser->ctx, kind, n);
  return c < n ? c : 0;
}

/* The time model: a synchronous run takes no time, but may straddle up to
 * `jitter` millisecond boundaries, anywhere before a clock read (S33,
 * S34).  Option 0 (no crossing) is the ideal-time schedule. */
static void maybe_cross(Vm *vm) {
  Host *h = host_of(vm);
  if (h->boundary_left > 0 && choose(vm, CH_BOUNDARY, 2) == 1) {
    vm->clock += 1;
    h->boundary_left--;
  }
}

/* S33: the first timer a process creates is slow *after* reading the
 * clock (node sets up its timer machinery lazily), so the clock may have
 * moved on by up to first_stall ms when the script continues. */
static void first_timer_stall(Vm *vm) {
  /* a worker's pace is uncertain anyway (host_worker.c: worker_lag) */
  if (root_get(vm, R_TIMER_MADE) == VAL_TRUE || hw_worker_realm(vm)) return;
  root_set(vm, R_TIMER_MADE, VAL_TRUE);
  Host *h = host_of(vm);
  if (h->explore) vm->clock += choose(vm, CH_STALL, h->opts->first_stall + 1);
}

/* Busy-wait model: a second Date.now()/performance.now() from the same call
 * site within one synchronous run means a loop polling the clock; each such
 * call lets 1 ms pass. */
static void busy_wait_fact(Vm *vm, LineEntry pos);

static double clock_read(Vm *vm) {
  maybe_cross(vm);
  hs_clock_concrete(vm); /* a random deadline passed: the program sees a number */
  LineEntry pos = vm_current_pos(vm);
  uint32_t site = pos.pc * 65536u + pos.line * 256u + pos.col + 1;
  if (vm->last_now_site == site) {
    vm->clock += 1;
    busy_wait_fact(vm, pos);
  }
  vm->last_now_site = site;
  root_set(vm, R_CLOCK_SEEN, VAL_TRUE);
  return vm->clock;
}

static void new_task(Vm *vm) {
  vm->last_now_site = 0;
  Host *h = host_of(vm);
  h->task_clock = vm->clock;
  h->block_noted = false;
}

/* --- facts for the findings (vm_fact; the tags are read by findings.c) ------------ */

static const char *const task_names[] = {"-", "main", "timer", "interval", "immediate", "io",
                                         "tick", "microtask", "listener"};

/* A callback of kind starts (fn: what it runs); timers, immediates and
 * I/O callbacks leave a fact "T" naming them (non-termination says which
 * keep the loop alive). */
static void task_begin(Vm *vm, HostTask kind, Value fn) {
  Host *h = host_of(vm);
  h->task = kind;
  h->micro = HT_NONE;
  h->task_site = (LineEntry){0, 0, 0};
  if (!vm->record_facts || !val_is_obj(fn)) return;
  Buf name;
  buf_init(&name);
  h->task_site = vm_fact_callback(vm, fn, &name);
  if (kind != HT_MAIN)
    vm_fact(vm, "T\t%s\t%u:%u\t%s", task_names[kind], h->task_site.line, h->task_site.col, name.len ? name.data : "");
  buf_free(&name);
}

/* node's own frames below a callback the loop runs, as V8 lists them
 * (node v20.20.2's line numbers); for ticks and microtasks see
 * drain_frames. */
static const char *const timer_frames[] = {"listOnTimeout (node:internal/timers:581:17)",
                                           "process.processTimers (node:internal/timers:519:7)", NULL};
static const char *const immediate_frames[] = {"process.processImmediate (node:internal/timers:483:21)", NULL};
static const char *const tick_frames[] = {"process.processTicksAndRejections (node:internal/process/task_queues:77:11)",
                                          NULL};
static const char *const read_frames[] = {
    "FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:68:3)", NULL};
static const char *const stat_frames[] = {"FSReqCallback.oncomplete (node:fs:198:5)", NULL};
static const char *const access_frames[] = {"FSReqCallback.oncomplete (node:fs:187:23)", NULL};

/* Who drains the microtasks after a callback (node's
 * InternalCallbackScope::Close, or runNextTicks between two timers or two
 * immediates of one batch): the frames below the ticks and jobs it runs. */
typedef enum DrainRoute {
  DR_CALLBACK, /* after the callback returned to C++ (the main script, I/O, a batch's last timer or immediate) */
  DR_LIST,     /* runNextTicks in listOnTimeout: the next timer of the same list is due */
  DR_TIMERS,   /* runNextTicks in processTimers: a later list is due */
  DR_IMMEDIATE, /* runNextTicks in processImmediate: the batch has another immediate */
  DR_UNKNOWN   /* after a timer threw (node re-enters processTimers): not modelled */
} DrainRoute;

/* A route first runs the microtasks on their own (V8's checkpoint, or
 * runNextTicks' runMicrotasks()); once there are ticks, or rejections to
 * process, processTicksAndRejections runs ticks, then microtasks, in turn
 * (drain_ptr). */
static const char *const *drain_frames(Host *h, bool tick) {
  static const char *const tails[][3] = {
      [DR_LIST] = {"listOnTimeout (node:internal/timers:545:9)", "process.processTimers (node:internal/timers:519:7)"},
      [DR_TIMERS] = {"process.processTimers (node:internal/timers:516:9)"},
      [DR_IMMEDIATE] = {"process.processImmediate (node:internal/timers:454:9)"},
  };
  if (h->drain_route == DR_UNKNOWN) return tick ? tick_frames : NULL;
  const char **f = h->drain_frames;
  uint32_t n = 0;
  bool c = h->drain_route == DR_CALLBACK; /* called by C++ with process as this */
  if (h->drain_ptr && tick)
    f[n++] = c ? "process.processTicksAndRejections (node:internal/process/task_queues:77:11)"
               : "processTicksAndRejections (node:internal/process/task_queues:77:11)";
  else if (h->drain_ptr)
    f[n++] = c ? "process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
               : "processTicksAndRejections (node:internal/process/task_queues:95:5)";
  if (!c) {
    f[n++] = h->drain_ptr ? "runNextTicks (node:internal/process/task_queues:64:3)"
                          : "runNextTicks (node:internal/process/task_queues:60:5)";
    for (uint32_t i = 0; i < 2 && tails[h->drain_route][i]; i++) f[n++] = tails[h->drain_route][i];
  }
  f[n] = NULL;
  return n ? f : NULL;
}

static const char *const *task_frames(void *ctx, Vm *vm) {
  Host *h = ctx;
  if (vm->job) return drain_frames(h, false);
  if (h->micro == HT_TICK) return drain_frames(h, true);
  if (h->micro == HT_LISTENER) return h->emit_frames;
  if (h->micro != HT_NONE) return NULL;
  switch (h->task) {
    case HT_TIMER:
    case HT_INTERVAL: return timer_frames;
    case HT_IMMEDIATE: return immediate_frames;
    case HT_IO:
      return h->io_kind == IO_CALLBACK ? read_frames
           : h->io_kind == IO_STAT     ? stat_frames
           : h->io_kind == IO_ACCESS   ? access_frames
                                       : NULL;
    default: return NULL;
  }
}

/* "B clock": a loop polling the clock kept one synchronous run busy for
 * longer than --block-warn. */
static void busy_wait_fact(Vm *vm, LineEntry pos) {
  Host *h = host_of(vm);
  if (!vm->record_facts || h->block_noted || !h->opts->block_warn) return;
  if (vm->clock - h->task_clock <= h->opts->block_warn) return;
  h->block_noted = true;
  vm_fact(vm, "B\tclock\t%u:%u\t%u\t%s\t%s\t%u:%u", pos.line, pos.col, h->opts->block_warn, task_names[h->micro],
          task_names[h->task], h->task_site.line, h->task_site.col);
}

/* "B steps": one synchronous run exceeded --max-steps. */
static void steps_fact(Vm *vm) {
  Host *h = host_of(vm);
  LineEntry pos = {0, 0, 0}; /* where the loop is: the saved pc (ipc is stale in a loop) */
  for (uint32_t i = vm->nframes; i > 0 && !pos.line; i--) {
    const FuncProto *p = vm->prog->protos[vm->frames[i - 1].proto];
    if (!(p->flags & FPF_PRELUDE)) pos = proto_pos(p, vm->frames[i - 1].pc);
  }
  vm_fact(vm, "B\tsteps\t%u:%u\t%llu\t%s\t%s\t%u:%u", pos.line, pos.col, (unsigned long long)h->opts->max_steps,
          task_names[h->micro], task_names[h->task], h->task_site.line, h->task_site.col);
}

/* The fields every fatal fact ends with: the callback that was running,
 * then what a shadow run says the crash loses. */
static void fatal_fields(Vm *vm, bool fatal, uint32_t promise, Buf *b) {
  Host *h = host_of(vm);
  buf_printf(b, "\t%s\t%s\t%u:%u\t", task_names[h->micro], task_names[h->task], h->task_site.line, h->task_site.col);
  if (fatal && h->shadow) h->shadow(h, vm, promise, b);
  else buf_puts(b, "\t\t");
}

/* "U": an exception no handler caught ends the process. */
static void uncaught_fact(Vm *vm, Value exc) {
  Buf b;
  buf_init(&b);
  uint32_t line = 0, col = 0;
  if (obj_is_kind(vm, exc, OK_ERROR)) {
    line = (uint32_t)val_to_double(heap_get_data(HEAPV, val_obj_idx(exc), ED_LINE));
    col = (uint32_t)val_to_double(heap_get_data(HEAPV, val_obj_idx(exc), ED_COL));
  } else if (vm->exc_pc_proto != UINT32_MAX) {
    LineEntry pos = proto_pos(vm->prog->protos[vm->exc_pc_proto], vm->exc_pc);
    line = pos.line, col = pos.col;
  }
  buf_printf(&b, "U\t%u:%u\t", line, col);
  vm_fact_value(vm, exc, &b);
  fatal_fields(vm, true, 0, &b);
  vm_fact(vm, "%s", b.data);
  buf_free(&b);
}

/* "R": a rejection nobody handled in time; outcome says what node does. */
static void rejection_fact(Vm *vm, uint32_t p, const char *outcome) {
  Buf b;
  buf_init(&b);
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(vm, p), &line, &col, &creator);
  buf_printf(&b, "R\t%s\t", outcome);
  vm_fact_site(&b, promise_rejected_at(vm, p));
  buf_printf(&b, "\t%u:%u\t", line, col);
  vm_fact_creator(vm, creator, &b);
  buf_putc(&b, '\t');
  vm_fact_value(vm, promise_result(vm, p), &b);
  fatal_fields(vm, !strcmp(outcome, "fatal"), p, &b);
  vm_fact(vm, "%s", b.data);
  buf_free(&b);
}

/* --- output ------------------------------------------------------------------------- */

static void host_write(void *ctx, Vm *vm, int fd, const char *data, size_t len) {
  Host *h = ctx;
  if (hw_write(vm, fd, data, len)) return; /* a worker's output goes to its parent */
  if (h->capture) {
    buf_append(fd == 2 ? &vm->err : &vm->out, data, len);
    return;
  }
  /* node writes both streams synchronously on Linux (files, pipes, TTYs):
   * when they go to one place, their lines interleave as written */
  fflush(fd == 2 ? h->out : h->err);
  fwrite(data, 1, len, fd == 2 ? h->err : h->out);
}

static void errf(Vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void errf(Vm *vm, const char *fmt, ...) {
  Buf b;
  buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  vm_write(vm, 2, b.data, b.len);
  buf_free(&b);
}

/* node prints a warning as "(node:PID) text", the first of the process
 * followed by a hint (--trace-deprecation for a DeprecationWarning). */
static void print_warning(Vm *vm, const char *text, bool deprecation) {
  errf(vm, "(node:PID) %s\n", text);
  /* (R_WARNED also marks a program that reached something unsupported:
   * only false means "no warning yet") */
  if (root_get(vm, R_WARNED) == VAL_FALSE) {
    errf(vm, "(Use `node %s ...` to show where the warning was created)\n",
         deprecation ? "--trace-deprecation" : "--trace-warnings");
    root_set(vm, R_WARNED, VAL_TRUE);
  }
}

static void emit_warning(Vm *vm, const char *text) { print_warning(vm, text, false); }

/* --- timers (lib/internal/timers.js) -------------------------------------------------- */

static bool is_host_obj(Vm *vm, Value v, unsigned aux) {
  return val_is_obj(v) && heap_obj(HEAPV, val_obj_idx(v))->kind == OK_PLAIN && heap_obj(HEAPV, val_obj_idx(v))->aux == aux;
}

/* The list of delay msecs (a symbolic delay may equal several: a choice). */
static uint32_t find_tlist(Vm *vm, Tm msecs) {
  uint32_t lists = root_list(vm, R_TLISTS);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    Value key = heap_get_data(HEAPV, l, 0);
    if (msecs.v == 0 && val_is_num(key) ? val_to_double(key) == msecs.off : hs_eq(vm, hs_tm(vm, key), msecs))
      return l;
  }
  return 0;
}

/* The list timer t is in, or 0. */
static uint32_t list_of(Vm *vm, uint32_t t) {
  uint32_t lists = root_list(vm, R_TLISTS);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++)
      if (val_obj_idx(heap_get_data(HEAPV, l, k)) == t) return l;
  }
  return 0;
}

/* _idleStart is an accessor of Timeout.prototype reading TD_START (so the
 * start time is not heap data that the canonical encoding cannot shift). */

/* insert(item, msecs, start); after is a number (already clamped to
 * [1, 2^31-1]) or a symbolic one (host_sym.h: hs_delay). */
static void timer_insert(Vm *vm, uint32_t t, Value after, Tm start) {
  Tm msecs;
  if (!hs_delay(vm, after, start, &msecs)) {
    double d = hs_number(vm, after);
    msecs = hs_num(trunc(d >= 1 && d <= 2147483647.0 ? d : 1));
  }
  heap_set_data(HEAPV, t, TD_MSECS, hs_val(vm, msecs));
  heap_set_data(HEAPV, t, TD_ACTIVE, VAL_TRUE);
  heap_set_data(HEAPV, t, TD_START, hs_val(vm, start));
  uint32_t l = find_tlist(vm, msecs);
  if (!l) {
    l = heap_alloc(HEAPV, OK_RECORD, 0, 0, 3);
    heap_obj(HEAPV, l)->aux = REC_TLIST;
    heap_set_data(HEAPV, l, 0, hs_val(vm, msecs));
    heap_set_data(HEAPV, l, 1, hs_val(vm, hs_plus(vm, start, msecs)));
    heap_set_data(HEAPV, l, 2, val_num(next_counter(vm, R_LIST_ID)));
    heap_data_push(HEAPV, root_list(vm, R_TLISTS), val_obj(l));
  }
  heap_data_push(HEAPV, l, val_obj(t));
}

static void tlist_remove(Vm *vm, uint32_t l) {
  uint32_t lists = root_list(vm, R_TLISTS);
  for (uint32_t i = 0; i < list_len(vm, lists); i++)
    if (val_obj_idx(heap_get_data(HEAPV, lists, i)) == l) {
      heap_data_remove(HEAPV, lists, i, 1);
      return;
    }
}

/* unenroll: removes t from its list (an emptied list disappears). */
static void timer_unenroll(Vm *vm, uint32_t t) {
  if (heap_get_data(HEAPV, t, TD_ACTIVE) != VAL_TRUE) return;
  heap_set_data(HEAPV, t, TD_ACTIVE, VAL_FALSE);
  uint32_t l = list_of(vm, t);
  if (!l) return;
  for (uint32_t i = 3; i < heap_obj(HEAPV, l)->ndata; i++)
    if (val_obj_idx(heap_get_data(HEAPV, l, i)) == t) {
      heap_data_remove(HEAPV, l, i, 1);
      break;
    }
  if (heap_obj(HEAPV, l)->ndata == 3) tlist_remove(vm, l);
}

/* The list with the smallest (expiry, id), or 0. */
static uint32_t tlist_peek(Vm *vm) {
  uint32_t lists = root_list(vm, R_TLISTS), best = 0;
  Tm be = hs_num(0);
  double bid = 0;
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    Tm e = hs_tm(vm, heap_get_data(HEAPV, l, 1));
    double id = val_to_double(heap_get_data(HEAPV, l, 2));
    if (!best) {
      best = l, be = e, bid = id;
      continue;
    }
    bool earlier = !hs_le(vm, be, e), same = !earlier && hs_le(vm, e, be);
    if (earlier || (same && id < bid)) best = l, be = e, bid = id;
  }
  return best;
}

static bool any_ref_timer(Vm *vm) {
  uint32_t lists = root_list(vm, R_TLISTS);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++)
      if (heap_get_data(HEAPV, val_obj_idx(heap_get_data(HEAPV, l, k)), TD_REFED) == VAL_TRUE) return true;
  }
  return false;
}

/* $timerCreate(callback, after, args, repeat) */
NATIVE(nat_timer_create) {
  NATIVE_UNUSED();
  /* a symbolic delay (host_sym.h) stays one, unless the timer repeats */
  Value sym = val_is_rnd(ARG(1)) && !val_truthy(vm, ARG(3)) && hs_delay_ok(vm, ARG(1)) ? ARG(1) : VAL_UNDEF;
  Value arg = val_is_rnd(ARG(1)) && !val_is_rnd(sym) ? val_num(hs_number(vm, ARG(1))) : ARG(1);
  double after = val_is_rnd(sym) ? 1 : val_is_num(arg) ? val_to_double(arg) : arg == VAL_UNDEF ? NAN : bi_num(vm, arg);
  if (!(after >= 1 && after <= 2147483647.0)) {
    if (after > 2147483647.0) {
      char msg[200];
      char num[NUM_TOSTRING_BUFSIZE];
      num_to_string(after, num);
      snprintf(msg, sizeof msg, "TimeoutOverflowWarning: %s does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", num);
      emit_warning(vm, msg);
    }
    after = 1;
  }
  uint32_t proto_v = 0;
  Value proto = realm_hook(vm, "TimeoutProto");
  if (val_is_obj(proto)) proto_v = val_obj_idx(proto);
  uint32_t t = heap_alloc(HEAPV, OK_PLAIN, proto_v, 8, TD__COUNT);
  heap_obj(HEAPV, t)->aux = HOST_TIMEOUT;
  Value *d = heap_data(HEAPV, t);
  d[TD_CB] = ARG(0);
  d[TD_ARGS] = ARG(2);
  d[TD_REPEAT] = val_truthy(vm, ARG(3)) ? val_num(after) : VAL_NULL;
  d[TD_REFED] = VAL_TRUE;
  d[TD_ID] = val_num(next_counter(vm, R_ASYNC_ID));
  Value delay = val_is_rnd(sym) ? sym : val_num(after);
  obj_define_cstr(vm, t, "_idleTimeout", delay, PA_DEFAULT);
  obj_define_cstr(vm, t, "_onTimeout", ARG(0), PA_DEFAULT);
  obj_define_cstr(vm, t, "_timerArgs", ARG(2), PA_DEFAULT);
  obj_define_cstr(vm, t, "_repeat", d[TD_REPEAT], PA_DEFAULT);
  obj_define_cstr(vm, t, "_destroyed", VAL_FALSE, PA_DEFAULT);
  maybe_cross(vm);
  timer_insert(vm, t, delay, hs_clock(vm)); /* node reads a fresh clock (getLibuvNow) */
  first_timer_stall(vm);
  *out = val_obj(t);
  return VS_OK;
}

static uint32_t timer_arg(Vm *vm, Value v) {
  if (is_host_obj(vm, v, HOST_TIMEOUT)) return val_obj_idx(v);
  if (!val_is_num(v) && !val_is_str(v)) return 0;
  double id = val_is_num(v) ? val_to_double(v) : val_to_number_nothrow(vm, v);
  uint32_t lists = root_list(vm, R_TLISTS);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++) {
      uint32_t t = val_obj_idx(heap_get_data(HEAPV, l, k));
      if (val_to_double(heap_get_data(HEAPV, t, TD_ID)) == id) return t;
    }
  }
  return 0;
}

/* $timerClear(t): clearTimeout/clearInterval (either works on both). */
NATIVE(nat_timer_clear) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (is_host_obj(vm, ARG(0), HOST_IMMEDIATE)) return VS_OK;
  uint32_t t = timer_arg(vm, ARG(0));
  if (!t) return VS_OK;
  timer_unenroll(vm, t);
  obj_define_cstr(vm, t, "_idleTimeout", val_num(-1), PA_DEFAULT);
  obj_define_cstr(vm, t, "_destroyed", VAL_TRUE, PA_DEFAULT);
  return VS_OK;
}

/* $timerRef(t, bool) */
NATIVE(nat_timer_ref) {
  NATIVE_UNUSED();
  if (is_host_obj(vm, ARG(0), HOST_TIMEOUT)) heap_set_data(HEAPV, val_obj_idx(ARG(0)), TD_REFED, val_bool(val_truthy(vm, ARG(1))));
  else if (is_host_obj(vm, ARG(0), HOST_IMMEDIATE))
    heap_set_data(HEAPV, val_obj_idx(ARG(0)), ID_REFED, val_bool(val_truthy(vm, ARG(1))));
  *out = ARG(0);
  return VS_OK;
}

NATIVE(nat_timer_has_ref) {
  NATIVE_UNUSED();
  *out = VAL_FALSE;
  if (is_host_obj(vm, ARG(0), HOST_TIMEOUT)) *out = heap_get_data(HEAPV, val_obj_idx(ARG(0)), TD_REFED);
  else if (is_host_obj(vm, ARG(0), HOST_IMMEDIATE)) *out = heap_get_data(HEAPV, val_obj_idx(ARG(0)), ID_REFED);
  return VS_OK;
}

NATIVE(nat_timer_refresh) {
  NATIVE_UNUSED();
  *out = ARG(0);
  if (!is_host_obj(vm, ARG(0), HOST_TIMEOUT)) return VS_OK;
  uint32_t t = val_obj_idx(ARG(0));
  if (heap_get_data(HEAPV, t, TD_ACTIVE) != VAL_TRUE) return VS_OK;
  Value after;
  obj_get_own(vm, t, bi_str(vm, "_idleTimeout"), &after);
  timer_unenroll(vm, t);
  maybe_cross(vm);
  timer_insert(vm, t, after, hs_clock(vm));
  return VS_OK;
}

/* $timerStart(t): timer._idleStart */
NATIVE(nat_timer_start) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!is_host_obj(vm, ARG(0), HOST_TIMEOUT)) return VS_OK;
  root_set(vm, R_CLOCK_SEEN, VAL_TRUE);
  *out = val_num(hs_concrete(vm, hs_tm(vm, heap_get_data(HEAPV, val_obj_idx(ARG(0)), TD_START))));
  return VS_OK;
}

NATIVE(nat_timer_id) {
  NATIVE_UNUSED();
  *out = is_host_obj(vm, ARG(0), HOST_TIMEOUT) ? heap_get_data(HEAPV, val_obj_idx(ARG(0)), TD_ID) : VAL_UNDEF;
  return VS_OK;
}

/* --- immediates -------------------------------------------------------------------------- */

NATIVE(nat_immediate_create) {
  NATIVE_UNUSED();
  Value proto = realm_hook(vm, "ImmediateProto");
  uint32_t im = heap_alloc(HEAPV, OK_PLAIN, val_is_obj(proto) ? val_obj_idx(proto) : 0, 4, ID__COUNT);
  heap_obj(HEAPV, im)->aux = HOST_IMMEDIATE;
  Value *d = heap_data(HEAPV, im);
  d[ID_CB] = ARG(0);
  d[ID_ARGS] = ARG(1);
  d[ID_REFED] = VAL_TRUE;
  d[ID_ACTIVE] = VAL_TRUE;
  obj_define_cstr(vm, im, "_onImmediate", ARG(0), PA_DEFAULT);
  obj_define_cstr(vm, im, "_argv", ARG(1), PA_DEFAULT);
  obj_define_cstr(vm, im, "_destroyed", VAL_FALSE, PA_DEFAULT);
  heap_data_push(HEAPV, root_list(vm, R_IMMEDIATES), val_obj(im));
  *out = val_obj(im);
  return VS_OK;
}

NATIVE(nat_immediate_clear) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!is_host_obj(vm, ARG(0), HOST_IMMEDIATE)) return VS_OK;
  uint32_t im = val_obj_idx(ARG(0)), q = root_list(vm, R_IMMEDIATES);
  heap_set_data(HEAPV, im, ID_ACTIVE, VAL_FALSE);
  obj_define_cstr(vm, im, "_destroyed", VAL_TRUE, PA_DEFAULT);
  for (uint32_t i = 0; i < list_len(vm, q); i++)
    if (val_obj_idx(heap_get_data(HEAPV, q, i)) == im) {
      heap_data_remove(HEAPV, q, i, 1);
      if (i < (uint32_t)root_num(vm, R_CHECK_LEFT) && root_num(vm, R_CHECK_LEFT) > 0)
        root_num_set(vm, R_CHECK_LEFT, root_num(vm, R_CHECK_LEFT) - 1);
      break;
    }
  return VS_OK;
}

static bool any_ref_immediate(Vm *vm) {
  uint32_t q = root_list(vm, R_IMMEDIATES);
  for (uint32_t i = 0; i < list_len(vm, q); i++)
    if (heap_get_data(HEAPV, val_obj_idx(heap_get_data(HEAPV, q, i)), ID_REFED) == VAL_TRUE) return true;
  return false;
}

/* --- nextTick, clock, process ----------------------------------------------------------------- */

/* $nextTick(fn, argsArray) */
NATIVE(nat_next_tick) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (vm->exiting) return VS_OK; /* node ignores nextTick once the process is exiting */
  uint32_t r = heap_alloc(HEAPV, OK_RECORD, 0, 0, 2);
  heap_obj(HEAPV, r)->aux = REC_TICK;
  heap_set_data(HEAPV, r, 0, ARG(0));
  heap_set_data(HEAPV, r, 1, ARG(1));
  heap_data_push(HEAPV, root_list(vm, R_TICKS), val_obj(r));
  return VS_OK;
}

NATIVE(nat_now) {
  NATIVE_UNUSED();
  *out = val_num(EPOCH_MS + floor(clock_read(vm)));
  return VS_OK;
}

NATIVE(nat_perf_now) {
  NATIVE_UNUSED();
  *out = val_num(clock_read(vm) + 25.0); /* node's clock starts ~25 ms before the script */
  return VS_OK;
}

/* $printWarning(text, deprecation): what node's default 'warning'
 * listener writes (print_warning). */
NATIVE(nat_print_warning) {
  NATIVE_UNUSED();
  print_warning(vm, str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0))), val_truthy(vm, ARG(1)));
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_mark_exiting) {
  NATIVE_UNUSED();
  vm->exiting = true;
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $reallyExit(code): ends the process now. */
NATIVE(nat_really_exit) {
  NATIVE_UNUSED();
  vm->exit_code = (int)bi_num(vm, ARG(0));
  vm->exiting = true;
  root_num_set(vm, R_STATE, LS_DONE);
  return VS_EXIT;
}

/* "X": the program reached something ticktock does not model (check.c
 * turns it into an error: the exploration's outputs would be ticktock's). */
static void unsupported_fact(Vm *vm, LineEntry pos, const char *what) {
  Buf b;
  buf_init(&b);
  vm_fact_text(&b, what, strlen(what), 300);
  vm_fact(vm, "X\t%u:%u\t%s", pos.line, pos.col, b.data ? b.data : "");
  buf_free(&b);
}

NATIVE(nat_unsupported) {
  NATIVE_UNUSED();
  uint32_t s = bi_prim_string(vm, ARG(0));
  LineEntry pos = vm_current_pos(vm);
  root_set(vm, R_WARNED, bi_str(vm, "unsupported")); /* first: a worker's diagnostic is not its output */
  const char *what = str_cstr_tmp(vm->strs, s);
  errf(vm, "%s:%u:%u: error: unsupported: %s\n", vm->prog->file, pos.line, pos.col, what);
  unsupported_fact(vm, pos, what);
  vm->exit_code = 2;
  vm->exiting = true;
  root_num_set(vm, R_STATE, LS_DONE);
  return VS_EXIT;
}

/* --- I/O of modelled latency ------------------------------------------------------------------ */

/* I/O record: kind, target, earliest completion, sequence, two arguments,
 * latest completion (+Infinity when unbounded).  The latency lies in
 * [lo, hi] ms (hi < 0: unbounded, as `//@ latency` leaves it by default).
 * R_IO keeps the requests in the order they started, which is all the
 * loop needs of the sequence number: it only names a request for explain
 * (the explorer clears it, so that a request's record does not change
 * when an earlier one completes). */
static uint32_t io_add(Vm *vm, int kind, Value target, Value a0, Value a1, double lo, double hi) {
  uint32_t r = heap_alloc(HEAPV, OK_RECORD, 0, 0, 7);
  heap_obj(HEAPV, r)->aux = REC_IO;
  Value *d = heap_data(HEAPV, r);
  d[0] = val_num(kind);
  d[1] = target;
  d[3] = val_num(next_counter(vm, R_SEQ));
  d[4] = a0;
  d[5] = a1;
  Tm now = hs_clock(vm);
  heap_set_data(HEAPV, r, 2, hs_val(vm, hs_plus(vm, now, hs_num(lo))));
  heap_set_data(HEAPV, r, 6, hi < 0 ? val_num(INFINITY) : hs_val(vm, hs_plus(vm, now, hs_num(hi))));
  heap_data_push(HEAPV, root_list(vm, R_IO), val_obj(r));
  return r;
}

static char *read_whole(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  Buf b;
  buf_init(&b);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(&b, chunk, n);
  fclose(f);
  return buf_take(&b, len);
}

static Value fs_error(Vm *vm, const char *syscall, const char *path) {
  char msg[600];
  snprintf(msg, sizeof msg, "ENOENT: no such file or directory, %s '%s'", syscall, path);
  Value e = vm_make_error(vm, INTR_ERROR, msg);
  obj_define_cstr(vm, val_obj_idx(e), "errno", val_num(-2), PA_DEFAULT);
  obj_define_cstr(vm, val_obj_idx(e), "code", bi_str(vm, "ENOENT"), PA_DEFAULT);
  obj_define_cstr(vm, val_obj_idx(e), "syscall", bi_str(vm, syscall), PA_DEFAULT);
  obj_define_cstr(vm, val_obj_idx(e), "path", bi_str(vm, path), PA_DEFAULT);
  return e;
}

/* $readFileSync(path) -> string (throws ENOENT) */
NATIVE(nat_read_file_sync) {
  NATIVE_UNUSED();
  char path[4096];
  snprintf(path, sizeof path, "%s", str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0))));
  size_t len;
  char *data = read_whole(path, &len);
  if (!data) return vm_throw(vm, fs_error(vm, "open", path));
  *out = val_str(str_from_utf8(vm->strs, data, len));
  free(data);
  return VS_OK;
}

/* $readFile(path, callback) and $stat(path, callback): callback(err, result)
 * runs in the poll phase after the I/O latency. */
static VmStatus fs_async(Vm *vm, Value *args, uint32_t argc, int kind, Value *out) {
  bool stat = kind != IO_CALLBACK;
  char path[4096];
  snprintf(path, sizeof path, "%s", str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0))));
  size_t len;
  char *data = read_whole(path, &len);
  Value err = VAL_NULL, result = VAL_UNDEF;
  if (!data) {
    err = fs_error(vm, stat ? "stat" : "open", path);
  } else if (stat) {
    Value hook = realm_hook(vm, "makeStats");
    (void)hook;
    uint32_t st = obj_new(vm);
    obj_define_cstr(vm, st, "size", val_num((double)len), PA_DEFAULT);
    result = val_obj(st);
  } else {
    result = val_str(str_from_utf8(vm->strs, data, len));
  }
  free(data);
  const HostOpts *o = host_of(vm)->opts;
  io_add(vm, kind, ARG(1), err, result, o->io_latency_min, o->io_latency_max);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_read_file) {
  NATIVE_UNUSED();
  return fs_async(vm, args, argc, IO_CALLBACK, out);
}

NATIVE(nat_stat) {
  NATIVE_UNUSED();
  return fs_async(vm, args, argc, IO_STAT, out);
}

NATIVE(nat_access) {
  NATIVE_UNUSED();
  return fs_async(vm, args, argc, IO_ACCESS, out);
}

/* $ioPromise(value, rejected) -> promise settled in the poll phase. */
NATIVE(nat_io_promise) {
  NATIVE_UNUSED();
  uint32_t p = promise_new(vm);
  const HostOpts *o = host_of(vm)->opts;
  io_add(vm, val_truthy(vm, ARG(1)) ? IO_REJECT : IO_RESOLVE, val_obj(p), ARG(0), VAL_UNDEF, o->io_latency_min,
         o->io_latency_max);
  *out = val_obj(p);
  return VS_OK;
}

/* $fetchRaw(url) -> promise of [status, bodyText] (rejects for failures). */
NATIVE(nat_fetch_raw) {
  NATIVE_UNUSED();
  const HostOpts *o = host_of(vm)->opts;
  char url[4096];
  snprintf(url, sizeof url, "%s", str_cstr_tmp(vm->strs, bi_prim_string(vm, ARG(0))));
  const FetchDecl *decl = NULL;
  for (uint32_t i = 0; i < o->nfetches; i++)
    if (strcmp(o->fetches[i].url, url) == 0) decl = &o->fetches[i];
  uint32_t p = promise_new(vm);
  if (decl && decl->status == 0) {
    Value e = vm_make_error(vm, INTR_TYPE_ERROR, "fetch failed");
    /* the error comes from the host, not from the program: no stack frames
     * (node prints it as [TypeError: fetch failed], as tools/prelude.js does) */
    obj_define(vm, val_obj_idx(e), val_str(ATOM_stack), bi_str(vm, "TypeError: fetch failed"), PA_WRITABLE | PA_CONFIG);
    io_add(vm, IO_REJECT, val_obj(p), e, VAL_UNDEF, o->fetch_latency_min, o->fetch_latency_max);
  } else {
    Buf body;
    buf_init(&body);
    if (decl) buf_puts(&body, decl->body);
    else buf_printf(&body, "{\"url\":\"%s\"}", url);
    Value pair[2] = {val_num(decl ? decl->status : 200), val_str(str_from_utf8(vm->strs, body.data, body.len))};
    buf_free(&body);
    io_add(vm, IO_RESOLVE, val_obj(p), val_obj(arr_from(vm, pair, 2)), VAL_UNDEF, o->fetch_latency_min,
           o->fetch_latency_max);
  }
  *out = val_obj(p);
  return VS_OK;
}

NATIVE(nat_random) {
  NATIVE_UNUSED();
  const Host *h = host_of(vm);
  const HostOpts *o = h->opts;
  if (h->explore) {
    /* an unknown number (host_sym.h); where it must be a number it takes
     * representative values: 0.5 first (the default), then spread */
    *out = hs_random(vm);
  } else if (o->seeded) {
    vm->rng ^= vm->rng << 13;
    vm->rng ^= vm->rng >> 7;
    vm->rng ^= vm->rng << 17;
    *out = val_num((double)(vm->rng >> 11) / 9007199254740992.0);
  } else {
    *out = val_num(o->random_value);
  }
  return VS_OK;
}

NATIVE(nat_queue_microtask) {
  NATIVE_UNUSED();
  if (!val_is_callable(vm, ARG(0))) {
    Buf b;
    buf_init(&b);
    bi_describe(vm, ARG(0), &b);
    Value e = vm_make_error(vm, INTR_TYPE_ERROR, "");
    char msg[300];
    snprintf(msg, sizeof msg, "The \"callback\" argument must be of type function. Received %s", b.data);
    buf_free(&b);
    obj_define(vm, val_obj_idx(e), val_str(ATOM_message), bi_str(vm, msg), PA_WRITABLE | PA_CONFIG);
    obj_define_cstr(vm, val_obj_idx(e), "code", bi_str(vm, "ERR_INVALID_ARG_TYPE"), PA_WRITABLE | PA_CONFIG);
    return vm_throw(vm, e);
  }
  promise_enqueue_callback(vm, ARG(0));
  *out = VAL_UNDEF;
  return VS_OK;
}

static const NativeDef node_defs[] = {
    {"$timerCreate", 4, NF_INTRINSIC | NF_SYMBOLIC, nat_timer_create},
    {"$timerClear", 1, NF_INTRINSIC, nat_timer_clear},
    {"$timerRef", 2, NF_INTRINSIC, nat_timer_ref},
    {"$timerHasRef", 1, NF_INTRINSIC, nat_timer_has_ref},
    {"$timerRefresh", 1, NF_INTRINSIC, nat_timer_refresh},
    {"$timerId", 1, NF_INTRINSIC, nat_timer_id},
    {"$timerStart", 1, NF_INTRINSIC, nat_timer_start},
    {"$immediateCreate", 2, NF_INTRINSIC, nat_immediate_create},
    {"$immediateClear", 1, NF_INTRINSIC, nat_immediate_clear},
    {"$nextTick", 2, NF_INTRINSIC, nat_next_tick},
    {"$now", 0, NF_INTRINSIC, nat_now},
    {"$perfNow", 0, NF_INTRINSIC, nat_perf_now},
    {"$printWarning", 2, NF_INTRINSIC, nat_print_warning},
    {"$markExiting", 0, NF_INTRINSIC, nat_mark_exiting},
    {"$reallyExit", 1, NF_INTRINSIC, nat_really_exit},
    {"$unsupported", 1, NF_INTRINSIC, nat_unsupported},
    {"$readFileSync", 1, NF_INTRINSIC, nat_read_file_sync},
    {"$readFile", 2, NF_INTRINSIC, nat_read_file},
    {"$stat", 2, NF_INTRINSIC, nat_stat},
    {"$access", 2, NF_INTRINSIC, nat_access},
    {"$ioPromise", 2, NF_INTRINSIC, nat_io_promise},
    {"$fetchRaw", 1, NF_INTRINSIC, nat_fetch_raw},
    {"$random", 0, NF_INTRINSIC, nat_random},
    {"queueMicrotask", 1, 0, nat_queue_microtask},
};

static void node_init(Vm *vm) { bi_install(vm, vm->global, "node", "queueMicrotask", "queueMicrotask"); }

const NativeModule bi_node_module = {"node", node_defs, sizeof node_defs / sizeof node_defs[0], node_init};

/* --- tracing (ticktock explain) ----------------------------------------------------------------- */

/* Announces the item about to run (still queued) to the trace hook, if any. */
static inline void trace(Vm *vm, HostEventKind kind, uint32_t id, const char *name) {
  Host *h = host_of(vm);
  if (!h->trace) return;
  HostEvent ev = {.kind = kind, .id = id, .name = name};
  h->trace(h->trace_ctx, vm, &ev);
}

/* --- calling into JavaScript from the loop ------------------------------------------------------ */

static Value process_obj(Vm *vm) { return hw_process(vm); } /* the current realm's */

/* Calls fn(this, args); an exception stays in vm->exc (VS_THROW). */
static VmStatus call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc, Value *out) {
  Value dummy;
  new_task(vm);
  return vm_call(vm, fn, this_v, args, argc, out ? out : &dummy);
}

/* process.emit(name, a, b) as node's function `below` (its frames, NULL
 * for none) calls it: returns whether listeners ran (VS_* via *st). */
static bool emit_event_from(Vm *vm, const char *name, Value a, Value b, uint32_t nargs, const char *const *below,
                            VmStatus *st) {
  Value proc = process_obj(vm), emit = VAL_UNDEF, r = VAL_FALSE;
  if (val_is_obj(proc)) obj_lookup(vm, val_obj_idx(proc), val_str(ATOM_emit), &emit);
  *st = VS_OK;
  if (!val_is_callable(vm, emit)) return false;
  trace(vm, HE_EMIT, 0, name);
  Value args[3] = {bi_str(vm, name), a, b};
  Host *h = host_of(vm);
  HostTask was = h->micro;
  h->micro = HT_LISTENER;
  h->emit_frames = below;
  *st = call(vm, emit, proc, args, 1 + nargs, &r);
  if (*st == VS_OK) h->micro = was;
  return val_truthy(vm, r);
}

/* process.emit(name, a, b) as the C++ side calls it ('exit', 'beforeExit'):
 * no JavaScript frames below. */
static bool emit_event(Vm *vm, const char *name, Value a, Value b, uint32_t nargs, VmStatus *st) {
  return emit_event_from(vm, name, a, b, nargs, NULL, st);
}

/* node's process._fatalException, which emits 'uncaughtException' for an
 * exception thrown by a callback (one from an unhandled rejection comes
 * through processPromiseRejections, whose frames depend on the route: not
 * modelled, none shown) */
static const char *const fatal_frames[] = {"process._fatalException (node:internal/process/execution:188:25)", NULL};

static bool has_listeners(Vm *vm, const char *name) {
  Value proc = process_obj(vm), fn = VAL_UNDEF, r = VAL_UNDEF;
  if (val_is_obj(proc)) obj_lookup(vm, val_obj_idx(proc), bi_str(vm, "listenerCount"), &fn);
  if (!val_is_callable(vm, fn)) return false;
  Value a = bi_str(vm, name);
  if (call(vm, fn, proc, &a, 1, &r) != VS_OK) return false;
  return val_is_num(r) && val_to_double(r) > 0;
}

/* --- fatal errors ---------------------------------------------------------------------------- */

static void print_source_pointer(Vm *vm, uint32_t line, uint32_t col, uint32_t width) {
  const char *src = vm->prog->source;
  size_t n = vm->prog->source_len, at = 0;
  for (uint32_t l = 1; l < line && at < n; at++)
    if (src[at] == '\n') l++;
  size_t end = at;
  while (end < n && src[end] != '\n') end++;
  Buf file;
  buf_init(&file);
  vm_stack_file(vm, &file);
  errf(vm, "%s:%u\n%.*s\n", file.data, line, (int)(end - at), src + at);
  buf_free(&file);
  Buf caret;
  buf_init(&caret);
  for (uint32_t i = 1; i < col; i++) buf_putc(&caret, ' ');
  for (uint32_t i = 0; i < width; i++) buf_putc(&caret, '^');
  buf_putc(&caret, '\n');
  vm_write(vm, 2, caret.data, caret.len);
  buf_free(&caret);
}

/* Where node reports an error that reached triggerUncaughtException from a
 * promise when the error has no position of its own. */
static const char kPromiseSite[] = "node:internal/process/promises:391\n"
                                   "    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n";

/* Whether error e still has the frames it was created with, which give V8
 * the position of a rejection: none were captured (an error V8 makes with
 * no JavaScript frame, as Promise.any's), or `stack` was set since. */
static bool error_has_frames(Vm *vm, uint32_t e) {
  Value frames = heap_get_data(HEAPV, e, ED_FRAMES);
  if (!val_is_str(frames) || !str_len(vm->strs, val_str_id(frames))) return false;
  int32_t i = heap_prop_find(HEAPV, e, val_str(ATOM_stack));
  if (i < 0 || (heap_prop_attrs(HEAPV, e, (uint32_t)i) & PA_ACCESSOR)) return false;
  Value stack = heap_prop_value(HEAPV, e, (uint32_t)i); /* VAL_HOLE: not formatted yet */
  if (stack == VAL_HOLE) return true;
  if (!val_is_str(stack)) return false;
  uint32_t s = val_str_id(stack), f = val_str_id(frames), n = str_len(vm->strs, s), k = str_len(vm->strs, f);
  return n >= k && str_substr(vm->strs, s, n - k, n) == f;
}

static void print_fatal(Vm *vm, Value exc, bool thrown_here) {
  Buf b;
  buf_init(&b);
  if (!thrown_here && val_is_obj(exc) && !obj_is_kind(vm, exc, OK_ERROR)) {
    /* error-like (an own `stack`) from a promise: node's layout for objects */
    InspectOpts o = {.depth = 2};
    buf_printf(&b, "\n%s", kPromiseSite);
    inspect_value(vm, exc, &o, &b);
    buf_puts(&b, "\n\nNode.js v20.20.2\n");
  } else if (obj_is_kind(vm, exc, OK_ERROR)) {
    uint32_t e = val_obj_idx(exc);
    uint32_t line = (uint32_t)val_to_double(heap_get_data(HEAPV, e, ED_LINE));
    uint32_t col = (uint32_t)val_to_double(heap_get_data(HEAPV, e, ED_COL));
    Value link = VAL_UNDEF;
    obj_get_own(vm, e, bi_str(vm, "esmLinkWidth"), &link);
    /* from a promise, the position is the stack's first frame's (a link
     * error's is the import's, as a SyntaxError's own) */
    bool site_known = val_is_str(heap_get_data(HEAPV, e, ED_SITE)) || val_is_num(link);
    if (!thrown_here && !site_known && !error_has_frames(vm, e)) line = 0;
    if (thrown_here && vm->exc_pc_proto != UINT32_MAX) {
      LineEntry pos = proto_pos(vm->prog->protos[vm->exc_pc_proto], vm->exc_pc);
      line = pos.line;
      col = pos.col;
    }
    /* node's layout for an object that is not a native error: a blank line
     * above the position, none below it.  node's link errors
     * (hooks.esmImport) underline the import name and have no blank line
     * either; the mark is never seen by the program, which has not started
     * when they are thrown */
    bool plain = heap_get_data(HEAPV, e, ED_PLAIN) == VAL_TRUE;
    Value site = heap_get_data(HEAPV, e, ED_SITE);
    uint32_t width = val_is_num(link) ? (uint32_t)val_to_double(link) : 1;
    if (plain) vm_write(vm, 2, "\n", 1);
    if (line) print_source_pointer(vm, line, col, width);
    else if (val_is_str(site)) str_to_utf8(vm->strs, val_str_id(site), &b);
    else if (!thrown_here) buf_puts(&b, kPromiseSite);
    InspectOpts o = {.depth = 2};
    if (!plain && !val_is_num(link)) buf_putc(&b, '\n');
    inspect_value(vm, exc, &o, &b);
    buf_puts(&b, "\n\nNode.js v20.20.2\n");
  } else {
    vm_write(vm, 2, "\n", 1); /* node's blank line above, as for `plain` above */
    if (thrown_here && vm->exc_pc_proto != UINT32_MAX) {
      LineEntry pos = proto_pos(vm->prog->protos[vm->exc_pc_proto], vm->exc_pc);
      if (pos.line) print_source_pointer(vm, pos.line, pos.col, 1);
    }
    /* node prints a thrown BigInt as its String (5n -> "5"), a symbol as
     * nothing (its ToString throws), other values inspected, unprefixed */
    if (val_is_str(exc) || val_is_big(exc)) str_to_utf8(vm->strs, val_payload(exc), &b);
    else if (!val_is_sym(exc)) {
      InspectOpts o = {.depth = 2};
      inspect_value(vm, exc, &o, &b);
    }
    if (!val_is_obj(exc)) /* node gives the hint for primitives only */
      buf_puts(&b, "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)");
    buf_puts(&b, "\n\nNode.js v20.20.2\n");
  }
  vm_write(vm, 2, b.data, b.len);
  buf_free(&b);
}

/* Ends the process after an uncaught exception: report, 'exit' listeners,
 * exit code 1. */
static void fatal_exit(Vm *vm, Value exc, bool thrown_here, HostResult *res) {
  if (hw_fatal(vm, exc)) return; /* a worker's end, not the process's */
  print_fatal(vm, exc, thrown_here);
  bool in_exit = (int)root_num(vm, R_STATE) == LS_EXIT; /* 'exit' was emitted already: not again */
  vm->exiting = true;
  VmStatus st;
  Value proc = process_obj(vm);
  if (val_is_obj(proc)) obj_define_cstr(vm, val_obj_idx(proc), "_exiting", VAL_TRUE, PA_DEFAULT);
  root_num_set(vm, R_STATE, LS_DONE);
  if (!in_exit) emit_event(vm, "exit", val_num(1), VAL_UNDEF, 1, &st);
  vm->exit_code = 1;
  res->fatal = true;
}

/* triggerUncaughtException: 'uncaughtException' listeners or a fatal exit.
 * Returns false when the process is over. */
static bool uncaught(Vm *vm, Value exc, bool from_promise, bool thrown_here, HostResult *res) {
  if (has_listeners(vm, "uncaughtException")) {
    VmStatus st;
    emit_event_from(vm, "uncaughtException", exc, bi_str(vm, from_promise ? "unhandledRejection" : "uncaughtException"),
                    2, from_promise ? NULL : fatal_frames, &st);
    if (st == VS_OK) return true;
    if (st == VS_EXIT) return false;
    exc = vm->exc;
    thrown_here = true;
  }
  if (vm->record_facts && !from_promise) uncaught_fact(vm, exc);
  fatal_exit(vm, exc, thrown_here, res);
  return false;
}

/* Handles a status from a callback; false when the process is over. */
static bool after_callback(Vm *vm, VmStatus st, HostResult *res) {
  if (st == VS_OK) return true;
  if (st == VS_EXIT) {
    if (vm->steps_exceeded && !res->steps_exceeded && vm->record_facts) steps_fact(vm);
    if (vm->steps_exceeded) res->steps_exceeded = true;
    root_num_set(vm, R_STATE, LS_DONE);
    return false;
  }
  Value exc = vm->exc;
  vm->has_exc = false;
  return uncaught(vm, exc, false, true, res);
}

/* --- unhandled rejections (lib/internal/process/promises.js) --------------------------------- */

static const char *const kRejectionText =
    "This error originated either by throwing inside of an async function without a catch block, "
    "or by rejecting a promise which was not handled with .catch().";

/* node's UnhandledPromiseRejection for a reason that is not error-like: the
 * reason as V8 shows it without running code (noSideEffectsToString), the
 * stack node's own frames (formatted when first read, with this name). */
static Value unhandled_rejection_error(Vm *vm, Value reason) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "%s The promise rejected with the reason \"", kRejectionText);
  val_display_string(vm, reason, &b);
  buf_puts(&b, "\".");
  Value e = vm_make_error(vm, INTR_ERROR, b.data);
  buf_free(&b);
  uint32_t ei = val_obj_idx(e);
  obj_define_cstr(vm, ei, "name", bi_str(vm, "UnhandledPromiseRejection"), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, ei, "code", bi_str(vm, "ERR_UNHANDLED_REJECTION"), PA_DEFAULT);
  heap_set_data(HEAPV, ei, ED_FRAMES,
                bi_str(vm, "\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)"
                           "\n    at processPromiseRejections (node:internal/process/promises:470:17)"
                           "\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)"));
  heap_set_data(HEAPV, ei, ED_LINE, val_num(0)); /* reported inside node:internal */
  return e;
}

/* node's isErrorLike: an object with an own `stack`. */
static bool error_like(Vm *vm, Value v) {
  return val_is_obj(v) && heap_prop_find(HEAPV, val_obj_idx(v), val_str(ATOM_stack)) >= 0;
}

static void warn_unhandled(Vm *vm, Value reason) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, "UnhandledPromiseRejectionWarning: ");
  Value stack = VAL_UNDEF;
  if (error_like(vm, reason)) obj_get_own(vm, val_obj_idx(reason), val_str(ATOM_stack), &stack);
  if (val_is_str(stack)) str_to_utf8(vm->strs, val_str_id(stack), &b);
  else val_display_string(vm, error_like(vm, reason) ? stack : reason, &b); /* noSideEffectsToString */
  emit_warning(vm, b.data);
  double id = next_counter(vm, R_REJECTION_ID) + 1;
  errf(vm, "(node:PID) UnhandledPromiseRejectionWarning: Unhandled promise rejection. %s To terminate the node "
           "process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see "
           "https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: %.0f)\n",
       kRejectionText, id);
  buf_free(&b);
}

static void print_internal_fatal(Vm *vm, Value err) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n");
  InspectOpts o = {.depth = 2};
  inspect_value(vm, err, &o, &b);
  buf_puts(&b, "\n\nNode.js v20.20.2\n");
  vm_write(vm, 2, b.data, b.len);
  buf_free(&b);
}

static void late_handled(void *ctx, Vm *vm, uint32_t p) {
  (void)ctx;
  heap_data_push(HEAPV, root_list(vm, R_LATE), val_obj(p));
  if (!vm->record_facts) return;
  LineEntry at = vm_current_pos(vm); /* "L": the handler that came too late */
  Buf b;
  buf_init(&b);
  buf_printf(&b, "L\t%u:%u\t", at.line == UINT32_MAX ? 0 : at.line, at.col);
  vm_fact_site(&b, promise_rejected_at(vm, p));
  buf_putc(&b, '\t');
  vm_fact_site(&b, promise_created(vm, p));
  vm_fact(vm, "%s", b.data);
  buf_free(&b);
}

/* What node will do about an unhandled rejection of this drain. */
static const char *rejection_outcome(Vm *vm, Host *host) {
  switch (host->opts->unhandled) {
    case UR_NONE: return "none";
    case UR_WARN: return "warn";
    case UR_WARN_WITH_ERROR_CODE: return has_listeners(vm, "unhandledRejection") ? "listener" : "exitcode";
    case UR_THROW:
      if (has_listeners(vm, "unhandledRejection")) return "listener";
      /* fall through */
    default: return has_listeners(vm, "uncaughtException") ? "listener" : "fatal";
  }
}

/* processPromiseRejections; *over set when the process ended.  Returns
 * whether ticks or microtasks may have been queued. */
static bool process_rejections(Vm *vm, Host *host, HostResult *res, bool *over) {
  bool maybe = false;
  uint32_t late = root_list(vm, R_LATE);
  while (list_len(vm, late)) {
    Value p = heap_get_data(HEAPV, late, 0);
    heap_data_remove(HEAPV, late, 0, 1);
    VmStatus st;
    if (!emit_event(vm, "rejectionHandled", p, VAL_UNDEF, 1, &st) && st == VS_OK)
      emit_warning(vm, "PromiseRejectionHandledWarning: Promise rejection was handled asynchronously");
    maybe = true;
  }
  uint32_t list = vm->rejections;
  while (list_len(vm, list)) {
    uint32_t p = val_obj_idx(heap_get_data(HEAPV, list, 0));
    heap_data_remove(HEAPV, list, 0, 1);
    if (heap_obj(HEAPV, p)->aux & PS_HANDLED) continue;
    heap_touch(HEAPV, p);
    heap_obj(HEAPV, p)->aux |= PS_REPORTED;
    if (vm->record_facts) rejection_fact(vm, p, rejection_outcome(vm, host));
    Value reason = promise_result(vm, p);
    VmStatus st = VS_OK;
    bool handled = false;
    Value err = error_like(vm, reason) ? reason : VAL_UNDEF;
    switch (host->opts->unhandled) {
      case UR_STRICT:
        if (err == VAL_UNDEF) err = unhandled_rejection_error(vm, reason);
        if (!uncaught(vm, err, true, false, res)) goto over;
        handled = emit_event(vm, "unhandledRejection", reason, val_obj(p), 2, &st);
        if (!handled) warn_unhandled(vm, reason);
        break;
      case UR_NONE: emit_event(vm, "unhandledRejection", reason, val_obj(p), 2, &st); break;
      case UR_WARN:
        emit_event(vm, "unhandledRejection", reason, val_obj(p), 2, &st);
        warn_unhandled(vm, reason);
        break;
      case UR_WARN_WITH_ERROR_CODE:
        handled = emit_event(vm, "unhandledRejection", reason, val_obj(p), 2, &st);
        if (!handled) {
          warn_unhandled(vm, reason);
          Value proc = process_obj(vm);
          if (val_is_obj(proc)) obj_define(vm, val_obj_idx(proc), val_str(ATOM_exitCode), val_num(1), PA_DEFAULT);
        }
        break;
      case UR_THROW:
        handled = emit_event(vm, "unhandledRejection", reason, val_obj(p), 2, &st);
        if (!handled && st == VS_OK) {
          if (err == VAL_UNDEF) {
            err = unhandled_rejection_error(vm, reason);
            if (!has_listeners(vm, "uncaughtException")) {
              if (hw_fatal(vm, err)) goto over;
              print_internal_fatal(vm, err);
              vm->exiting = true;
              root_num_set(vm, R_STATE, LS_DONE);
              emit_event(vm, "exit", val_num(1), VAL_UNDEF, 1, &st);
              vm->exit_code = 1;
              res->fatal = true;
              goto over;
            }
          }
          if (!uncaught(vm, err, true, false, res)) goto over;
        }
        break;
    }
    if (st == VS_EXIT) goto over;
    if (st == VS_THROW && !after_callback(vm, st, res)) goto over;
    maybe = true;
  }
  return maybe;
over:
  *over = true;
  return false;
}

/* --- DRAIN: processTicksAndRejections ------------------------------------------------------------ */

/* "W": the drain ran more callbacks than --max-drain allows (the queues
 * keep refilling themselves); the run ends there, like a blocked loop. */
static bool starved(Vm *vm, HostResult *res) {
  Host *h = host_of(vm);
  if (!h->opts->max_drain || ++h->drained <= h->opts->max_drain) return false;
  if (vm->record_facts) {
    Buf b;
    buf_init(&b);
    buf_printf(&b, "W\t%llu\t", (unsigned long long)h->opts->max_drain);
    size_t start = b.len;
    promise_describe_jobs(vm, &b, 6);
    uint32_t ticks = root_list(vm, R_TICKS);
    for (uint32_t i = 0; i < list_len(vm, ticks) && i < 6; i++) {
      Buf name;
      buf_init(&name);
      LineEntry pos = vm_fact_callback(vm, heap_get_data(HEAPV, val_obj_idx(heap_get_data(HEAPV, ticks, i)), 0), &name);
      buf_printf(&b, "%snextTick:%s@%u:%u", b.len > start ? " " : "", name.len ? name.data : "(anonymous)", pos.line, pos.col);
      buf_free(&name);
    }
    uint32_t timers = 0, lists = root_list(vm, R_TLISTS);
    for (uint32_t i = 0; i < list_len(vm, lists); i++) timers += list_len(vm, val_obj_idx(heap_get_data(HEAPV, lists, i))) - 3;
    buf_printf(&b, "\t%u\t%u\t%u", timers, list_len(vm, root_list(vm, R_IMMEDIATES)), list_len(vm, root_list(vm, R_IO)));
    vm_fact(vm, "%s", b.data);
    buf_free(&b);
  }
  res->steps_exceeded = res->drain_exceeded = true;
  root_num_set(vm, R_STATE, LS_DONE);
  return true;
}

static bool run_microtasks(Vm *vm, HostResult *res) {
  while (promise_jobs_pending(vm)) {
    bool ran;
    if (starved(vm, res)) return false;
    new_task(vm);
    if (host_of(vm)->trace) trace(vm, HE_JOB, promise_job_at(vm, 0), NULL);
    host_of(vm)->micro = HT_MICROTASK;
    VmStatus st = promise_run_job(vm, &ran);
    if (st == VS_EXIT) {
      if (vm->steps_exceeded && !res->steps_exceeded && vm->record_facts) steps_fact(vm);
      if (vm->steps_exceeded) res->steps_exceeded = true;
      root_num_set(vm, R_STATE, LS_DONE);
      return false;
    }
    if (st == VS_THROW) {
      Value exc = vm->exc;
      vm->has_exc = false;
      if (!uncaught(vm, exc, false, true, res)) return false;
    }
  }
  return true;
}

/* Drains ticks and microtasks after a callback, by route; returns false
 * when the process ended. */
static bool drain_via(Vm *vm, Host *host, HostResult *res, DrainRoute route) {
  uint32_t ticks = root_list(vm, R_TICKS);
  host->drained = 0;
  host->drain_route = (uint8_t)route;
  host->drain_ptr = false;
  for (;;) {
    while (list_len(vm, ticks)) {
      if (starved(vm, res)) return false;
      host->drain_ptr = true;
      host->micro = HT_TICK;
      uint32_t t = val_obj_idx(heap_get_data(HEAPV, ticks, 0));
      trace(vm, HE_TICK, t, NULL);
      heap_data_remove(HEAPV, ticks, 0, 1);
      Value fn = heap_get_data(HEAPV, t, 0), args = heap_get_data(HEAPV, t, 1);
      uint32_t argc = val_is_obj(args) ? arr_len(vm, val_obj_idx(args)) : 0;
      Value *a = argc ? heap_data(HEAPV, val_obj_idx(args)) : NULL;
      Value copy[16];
      if (argc > 16) argc = 16;
      for (uint32_t i = 0; i < argc; i++) copy[i] = a[i];
      if (!after_callback(vm, call(vm, fn, VAL_UNDEF, copy, argc, NULL), res)) return false;
    }
    if (!run_microtasks(vm, res)) return false;
    if (list_len(vm, ticks)) continue;
    host->micro = HT_NONE;
    bool over = false;
    bool more = process_rejections(vm, host, res, &over);
    if (over) return false;
    if (!more && !list_len(vm, ticks) && !promise_jobs_pending(vm)) {
      host->drain_route = DR_CALLBACK;
      return true;
    }
    host->drain_ptr = true; /* processPromiseRejections ran inside processTicksAndRejections */
  }
}

static bool drain(Vm *vm, Host *host, HostResult *res) { return drain_via(vm, host, res, DR_CALLBACK); }

/* --- loop phases ---------------------------------------------------------------------------------- */

static bool io_pending(Vm *vm) { return list_len(vm, root_list(vm, R_IO)) > 0; }

static bool loop_alive(Vm *vm) { return any_ref_timer(vm) || any_ref_immediate(vm) || io_pending(vm) || hw_alive(vm); }

static bool run_io(Vm *vm, Host *host, HostResult *res, uint32_t index) {
  uint32_t io = root_list(vm, R_IO);
  uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, index));
  trace(vm, HE_IO, r, NULL);
  heap_data_remove(HEAPV, io, index, 1);
  Value *d = heap_data(HEAPV, r);
  int kind = (int)val_to_double(d[0]);
  Value target = d[1], a[2] = {d[4], d[5]};
  new_task(vm);
  task_begin(vm, HT_IO, io_is_callback(kind) ? target : VAL_UNDEF);
  host->io_kind = kind;
  if (io_is_callback(kind)) {
    if (!after_callback(vm, call(vm, target, VAL_UNDEF, a, 2, NULL), res)) return false;
  } else if (kind == IO_REJECT) {
    promise_reject(vm, val_obj_idx(target), a[0]);
  } else {
    VmStatus st = promise_resolve(vm, val_obj_idx(target), a[0]);
    if (st == VS_CALL) st = vm_run(vm, 0);
    if (!after_callback(vm, st, res)) return false;
  }
  return drain(vm, host, res);
}

/* The list whose first timer this timers phase runs next, as node's
 * listOnTimeout and processTimers find it (now is the phase's): empty
 * lists leave, a list whose first timer is not due gets its new expiry;
 * 0 when the phase is over.  Idempotent once it has found one. */
static uint32_t timers_next(Vm *vm, Tm now) {
  for (;;) {
    uint32_t l = tlist_peek(vm);
    if (!l || hs_lt(vm, now, hs_tm(vm, heap_get_data(HEAPV, l, 1)))) return 0;
    if (heap_obj(HEAPV, l)->ndata == 3) {
      tlist_remove(vm, l);
      continue;
    }
    Tm msecs = hs_tm(vm, heap_get_data(HEAPV, l, 0));
    uint32_t t = val_obj_idx(heap_get_data(HEAPV, l, 3));
    Tm due = hs_plus(vm, hs_tm(vm, heap_get_data(HEAPV, t, TD_START)), msecs);
    if (hs_lt(vm, now, due)) { /* now - start < msecs */
      Tm later = hs_plus(vm, now, hs_num(1));
      heap_set_data(HEAPV, l, 1, hs_val(vm, hs_le(vm, later, due) ? due : later));
      heap_set_data(HEAPV, l, 2, val_num(next_counter(vm, R_LIST_ID)));
      continue;
    }
    return l;
  }
}

/* Runs the next due timer of this timers phase; false when there is none. */
static bool timers_step(Vm *vm, Host *host, HostResult *res, bool *ran) {
  Tm now = hs_tm(vm, root_get(vm, R_NOW));
  *ran = false;
  uint32_t l = timers_next(vm, now);
  if (!l) return true;
  uint32_t t = val_obj_idx(heap_get_data(HEAPV, l, 3));
  trace(vm, HE_TIMER, t, NULL);
  timer_unenroll(vm, t);
  heap_set_data(HEAPV, t, TD_ACTIVE, VAL_FALSE);
  Value repeat = heap_get_data(HEAPV, t, TD_REPEAT);
  Tm restart = hs_clock(vm);
  Value cb = heap_get_data(HEAPV, t, TD_CB), args = heap_get_data(HEAPV, t, TD_ARGS);
  uint32_t argc = val_is_obj(args) ? arr_len(vm, val_obj_idx(args)) : 0;
  Value copy[16];
  if (argc > 16) argc = 16;
  for (uint32_t i = 0; i < argc; i++) copy[i] = arr_get(vm, val_obj_idx(args), i);
  *ran = true;
  task_begin(vm, val_is_num(repeat) ? HT_INTERVAL : HT_TIMER, cb);
  VmStatus st = call(vm, cb, val_obj(t), copy, argc, NULL);
  Value idle;
  obj_get_own(vm, t, bi_str(vm, "_idleTimeout"), &idle);
  if (val_is_num(repeat) && val_to_double(idle) != -1) {
    obj_define_cstr(vm, t, "_idleTimeout", repeat, PA_DEFAULT);
    timer_insert(vm, t, repeat, restart);
  } else if (heap_get_data(HEAPV, t, TD_ACTIVE) != VAL_TRUE) {
    obj_define_cstr(vm, t, "_destroyed", VAL_TRUE, PA_DEFAULT);
  }
  if (st == VS_THROW) {
    /* node re-enters processTimers after an uncaught exception, so the
     * next due timer usually runs before this callback's ticks (S57) */
    if (!after_callback(vm, st, res)) return false;
    if (choose(vm, CH_QUIRK, 2) == 1) return drain_via(vm, host, res, DR_UNKNOWN);
    root_set(vm, R_SKIP_DRAIN, VAL_TRUE);
    return true;
  }
  if (!after_callback(vm, st, res)) return false;
  if (root_get(vm, R_SKIP_DRAIN) == VAL_TRUE) {
    root_set(vm, R_SKIP_DRAIN, VAL_FALSE);
    /* the deferred drain happens now, after this timer */
    return drain_via(vm, host, res, DR_UNKNOWN);
  }
  /* node looks for the next due timer before it drains: the route (and
   * its frames) depends on what it finds */
  uint32_t next = timers_next(vm, now);
  return drain_via(vm, host, res, !next ? DR_CALLBACK : next == l ? DR_LIST : DR_TIMERS);
}

/* The completion window of request i of the I/O list io. */
static void io_at(Vm *vm, uint32_t io, uint32_t i, Tm *earliest, Tm *latest) {
  uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, i));
  *earliest = hs_tm(vm, heap_get_data(HEAPV, r, 2));
  *latest = hs_tm(vm, heap_get_data(HEAPV, r, 6));
}

static bool any_timer(Vm *vm) { return list_len(vm, root_list(vm, R_TLISTS)) > 0; }

/* The poll phase decides what happens next (libuv's uv__io_poll):
 *   - the I/O requests that may complete by the horizon (now, when an
 *     immediate keeps the poll from blocking; the next timer expiry
 *     otherwise), in (earliest completion, start order);
 *   - or nothing: the poll returns (after waiting for the next timer when
 *     it blocks); allowed unless some request must complete first.
 * In the default schedule a request completes at its earliest time, so
 * option 0 is the first request if it is due by the horizon, else nothing.
 * Returns the index of the request to complete, or -1. */
enum { POLL_NONE = -1, POLL_PASS = -2 }; /* poll_choice results besides I/O indices */

static int64_t poll_choice(Vm *vm, bool first) {
  uint32_t io = root_list(vm, R_IO), n = list_len(vm, io);
  /* with workers, waiting is the scheduler's business (host_worker.c) */
  bool block = first && list_len(vm, root_list(vm, R_IMMEDIATES)) == 0 && !hw_threads(vm);
  uint32_t l = tlist_peek(vm);
  Tm timer = l ? hs_tm(vm, heap_get_data(HEAPV, l, 1)) : hs_num(INFINITY);
  Tm horizon = block ? timer : hs_clock(vm);
  int64_t cand[64];
  Tm early[64]; /* cand's earliest completions */
  uint32_t nc = 0;
  bool may_wait = true;
  for (uint32_t i = 0; i < n && nc < 64; i++) {
    Tm ea, la;
    io_at(vm, io, i, &ea, &la);
    if ((block && !isfinite(timer.off)) || hs_lt(vm, la, horizon)) may_wait = false; /* it must complete first */
    if (hs_lt(vm, horizon, ea)) continue;
    uint32_t k = nc++; /* stable insertion sort by earliest: ties in start order */
    while (k > 0 && !hs_le(vm, early[k - 1], ea)) {
      cand[k] = cand[k - 1];
      early[k] = early[k - 1];
      k--;
    }
    cand[k] = i;
    early[k] = ea;
  }
  if (hp_pass_ready(vm) && nc < 64) { /* messages wait on ports: due now, before any I/O */
    memmove(cand + 1, cand, sizeof cand[0] * nc++);
    cand[0] = POLL_PASS;
    may_wait = false;
  }
  Host *h = host_of(vm);
  if (!h->explore) return nc ? cand[0] : POLL_NONE;
  uint32_t options = nc + (may_wait || nc == 0 ? 1 : 0);
  for (uint32_t k = 0; k < options; k++)
    h->poll_opt[k] = k < nc && cand[k] >= 0 ? val_obj_idx(heap_get_data(HEAPV, io, (uint32_t)cand[k])) : 0;
  h->npoll_opt = options;
  h->poll_forced = block && !isfinite(timer.off);
  uint32_t c = choose(vm, CH_POLL, options);
  if (nc == 0) return POLL_NONE;
  if (options == nc) return cand[c];
  /* option 0 is the default schedule's pick, the last option is "nothing" */
  if (c == options - 1) return POLL_NONE;
  return cand[c];
}

/* Lets time pass while the poll blocks, up to the next timer expiry. */
static void poll_wait(Vm *vm) {
  if (list_len(vm, root_list(vm, R_IMMEDIATES))) return;
  /* libuv does not block when no ref'd handle or request is active: with
   * only unref'd timers left the loop goes on (and ends) at once */
  if (!any_ref_timer(vm) && !io_pending(vm)) return;
  uint32_t l = tlist_peek(vm);
  if (!l) return;
  Tm next = hs_tm(vm, heap_get_data(HEAPV, l, 1));
  if (isfinite(next.off) && hs_lt(vm, hs_clock(vm), next)) {
    hs_set_clock(vm, next);
    /* the poll returns late, 1 ms as often as not and up to several ms now
     * and then (the slowness S33 sees at the first timer): timers due
     * that much later are then due in the same timers phase
     * (tests/run/timer_late_wakeup*) */
    uint32_t late = host_of(vm)->opts->first_stall;
    /* (not for a deadline that depends on Math.random(): the zone already
     * leaves every spacing of those open, and the lateness would multiply
     * its states) */
    if (late && next.v == 0 && !hs_symbolic(vm)) vm->clock += choose(vm, CH_WAKE, late + 1);
  }
}

/* One poll decision: completes an I/O request (running its callback) or
 * leaves the poll phase. */
static bool poll_step(Vm *vm, Host *host, HostResult *res, bool first) {
  if (first) hp_poll_enter(vm);
  hp_poll_arrivals(vm, first && !list_len(vm, root_list(vm, R_IMMEDIATES))); /* messages from other threads */
  int64_t i = poll_choice(vm, first);
  if (host->probe) return true; /* the explorer only wanted the options */
  if (i == POLL_PASS) {
    hp_pass_begin(vm);
    return true;
  }
  if (i < 0) {
    if (first && !list_len(vm, root_list(vm, R_IMMEDIATES)) && loop_alive(vm) && hw_poll_block(vm, res)) return true;
    if (first) poll_wait(vm);
    root_num_set(vm, R_STATE, LS_CHECK_ENTER);
    return true;
  }
  Tm ea, la;
  io_at(vm, root_list(vm, R_IO), (uint32_t)i, &ea, &la);
  if (hs_lt(vm, hs_clock(vm), ea)) hs_set_clock(vm, ea); /* the poll waited for it */
  root_num_set(vm, R_STATE, LS_POLL);
  bool ok = run_io(vm, host, res, (uint32_t)i);
  /* With no immediate and no timer the rest of this loop iteration is
   * empty, so polling on and polling in the next iteration are the same
   * schedule: say so, or every completion would count twice. */
  if ((int)root_num(vm, R_STATE) == LS_POLL && !list_len(vm, root_list(vm, R_IMMEDIATES)) && !any_timer(vm) &&
      !hp_closing(vm))
    root_num_set(vm, R_STATE, LS_POLL_ENTER);
  return ok;
}

static bool check_step(Vm *vm, Host *host, HostResult *res) {
  uint32_t q = root_list(vm, R_IMMEDIATES);
  uint32_t im = val_obj_idx(heap_get_data(HEAPV, q, 0));
  trace(vm, HE_IMMEDIATE, im, NULL);
  heap_data_remove(HEAPV, q, 0, 1);
  root_num_set(vm, R_CHECK_LEFT, root_num(vm, R_CHECK_LEFT) - 1);
  heap_set_data(HEAPV, im, ID_ACTIVE, VAL_FALSE);
  obj_define_cstr(vm, im, "_destroyed", VAL_TRUE, PA_DEFAULT);
  Value cb = heap_get_data(HEAPV, im, ID_CB), args = heap_get_data(HEAPV, im, ID_ARGS);
  uint32_t argc = val_is_obj(args) ? arr_len(vm, val_obj_idx(args)) : 0;
  Value copy[16];
  if (argc > 16) argc = 16;
  for (uint32_t i = 0; i < argc; i++) copy[i] = arr_get(vm, val_obj_idx(args), i);
  task_begin(vm, HT_IMMEDIATE, cb);
  if (!after_callback(vm, call(vm, cb, val_obj(im), copy, argc, NULL), res)) return false;
  /* processImmediate drains with runNextTicks while its batch goes on */
  return drain_via(vm, host, res, root_num(vm, R_CHECK_LEFT) > 0 ? DR_IMMEDIATE : DR_CALLBACK);
}

static Value exit_code_value(Vm *vm) {
  Value proc = process_obj(vm), code = VAL_UNDEF;
  if (val_is_obj(proc)) obj_lookup(vm, val_obj_idx(proc), val_str(ATOM_exitCode), &code);
  return val_is_num(code) ? code : val_num(val_is_nullish(code) ? 0 : val_to_number_nothrow(vm, code));
}

/* Natural end: 'beforeExit' may revive the loop; otherwise 'exit'. */
static bool before_exit(Vm *vm, Host *host, HostResult *res) {
  VmStatus st;
  if (vm->exiting) {
    root_num_set(vm, R_STATE, LS_EXIT);
    return true;
  }
  emit_event(vm, "beforeExit", exit_code_value(vm), VAL_UNDEF, 1, &st);
  if (!after_callback(vm, st, res) || !drain(vm, host, res)) return false;
  if (!loop_alive(vm)) root_num_set(vm, R_STATE, LS_EXIT);
  return true;
}

static void natural_exit(Vm *vm, HostResult *res) {
  VmStatus st;
  vm->exiting = true;
  Value proc = process_obj(vm);
  if (val_is_obj(proc)) obj_define_cstr(vm, val_obj_idx(proc), "_exiting", VAL_TRUE, PA_DEFAULT);
  Value code = exit_code_value(vm);
  emit_event(vm, "exit", code, VAL_UNDEF, 1, &st);
  if (st == VS_THROW) {
    Value exc = vm->exc;
    vm->has_exc = false;
    if (vm->record_facts) uncaught_fact(vm, exc);
    fatal_exit(vm, exc, true, res);
    return;
  }
  if (st != VS_EXIT) {
    /* promise jobs queued by 'exit' listeners still run, and their
     * unhandled rejections are still fatal */
    bool over = !run_microtasks(vm, res);
    if (!over) process_rejections(vm, host_of(vm), res, &over);
    if (over) return;
    vm->exit_code = (int)val_to_double(exit_code_value(vm));
    res->natural = st == VS_OK;
  }
  root_num_set(vm, R_STATE, LS_DONE);
}

/* --- the step machine ------------------------------------------------------------------------------ */

static bool run_main(Vm *vm, Host *host, HostResult *res) {
  Value main = root_get(vm, R_MAIN), module = root_get(vm, R_MODULE);
  FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(HEAPV, val_obj_idx(main), FD_PROTO))];
  if (p->flags & FPF_MODULE) { /* an ES module body runs inside a microtask (S29) */
    promise_enqueue_callback(vm, main);
    return drain(vm, host, res);
  }
  Value exports;
  obj_lookup(vm, val_obj_idx(module), val_str(ATOM_exports), &exports);
  Value args[5] = {exports, realm_hook(vm, "require"), module, bi_str(vm, vm->prog->abspath), VAL_UNDEF};
  const char *slash = strrchr(vm->prog->abspath, '/');
  args[4] = val_str(str_from_utf8(vm->strs, vm->prog->abspath, slash ? (size_t)(slash - vm->prog->abspath) : 0));
  trace(vm, HE_MAIN, 0, NULL);
  task_begin(vm, HT_MAIN, main);
  if (!after_callback(vm, call(vm, main, exports, args, 5, NULL), res)) return false;
  return drain(vm, host, res);
}

void hn_loop_step(Vm *vm, Host *host, HostResult *res) {
  int state = (int)root_num(vm, R_STATE);
  bool ran = false;
  switch (state) {
    case LS_MAIN:
      root_num_set(vm, R_STATE, LS_ITERATION);
      run_main(vm, host, res);
      ran = true;
      break;
    case LS_ITERATION:
      if (!loop_alive(vm)) {
        before_exit(vm, host, res);
        ran = true;
        break;
      }
      root_set(vm, R_NOW, hs_val(vm, hs_clock(vm)));
      root_num_set(vm, R_STATE, LS_TIMERS);
      break;
    case LS_TIMERS:
      timers_step(vm, host, res, &ran);
      if (!ran && (int)root_num(vm, R_STATE) == LS_TIMERS) root_num_set(vm, R_STATE, LS_POLL_ENTER);
      break;
    case LS_POLL_ENTER:
    case LS_POLL:
      poll_step(vm, host, res, state == LS_POLL_ENTER);
      ran = (int)root_num(vm, R_STATE) == LS_POLL;
      break;
    case LS_CHECK_ENTER:
      if (hp_exits_pending(vm)) { /* node's native immediates (a worker's end) come first */
        ran = hp_exit_step(vm, host, res);
        break;
      }
      root_num_set(vm, R_CHECK_LEFT, list_len(vm, root_list(vm, R_IMMEDIATES)));
      root_num_set(vm, R_STATE, LS_CHECK);
      break;
    case LS_CHECK:
      if (root_num(vm, R_CHECK_LEFT) > 0 && list_len(vm, root_list(vm, R_IMMEDIATES))) {
        check_step(vm, host, res);
        ran = true;
      } else {
        root_num_set(vm, R_STATE, hp_closing(vm) ? LS_CLOSE : LS_ITERATION);
      }
      break;
    case LS_EXIT: natural_exit(vm, res); break;
    case LS_PASS: ran = hp_pass_step(vm, host, res); break;
    case LS_POLL_WAIT: hw_wait_step(vm); break;
    case LS_CLOSE: ran = hp_close_step(vm, host, res); break;
    default: break;
  }
  /* the synchronous run may end after a millisecond boundary (observable
   * only through timers) */
  if (ran && any_timer(vm) && !host_done(vm)) maybe_cross(vm);
  if (vm->heap_exceeded) { /* reported by vm_heap_room; nothing more can run */
    vm->exit_code = 2;
    root_num_set(vm, R_STATE, LS_DONE);
    res->unsupported = true;
  }
}

bool host_step(Vm *vm, Host *host, HostResult *res) {
  host->boundary_left = host->explore ? host->opts->jitter : 0;
  /* --max-steps bounds a step (a callback and the microtasks drained after
   * it), not each job: an endless microtask chain blocks the loop too */
  vm->steps = 0;
  if (hw_threads(vm)) { /* the scheduler picks a thread; it works with plain times */
    hs_clock_concrete(vm);
    hw_step(vm, host, res);
  }
  else hn_loop_step(vm, host, res);
  if (root_get(vm, R_WARNED) == bi_str(vm, "unsupported")) res->unsupported = true;
  if (host_done(vm)) {
    res->exit_code = vm->exit_code;
    return false;
  }
  return true;
}

bool host_done(Vm *vm) { return (int)root_num(vm, R_STATE) == LS_DONE; }

uint32_t host_io_list(Vm *vm) { return root_list(vm, R_IO); }

int host_timer_status(Vm *vm, uint32_t obj) {
  if (!is_host_obj(vm, val_obj(obj), HOST_TIMEOUT)) return 0;
  Value idle;
  obj_get_own(vm, obj, bi_str(vm, "_idleTimeout"), &idle);
  return val_is_num(idle) && val_to_double(idle) == -1 ? 2 : 1;
}

/* Rank-normalises the values of slot `slot` of the records in list `l`
 * (keeping their order) and returns how many there are. */
static uint32_t rank_slot(Vm *vm, uint32_t l, uint32_t slot) {
  uint32_t n = list_len(vm, l);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t ri = val_obj_idx(heap_get_data(HEAPV, l, i));
    double v = val_to_double(heap_get_data(HEAPV, ri, slot)), rank = 0;
    for (uint32_t j = 0; j < n; j++) {
      uint32_t rj = val_obj_idx(heap_get_data(HEAPV, l, j));
      if (val_to_double(heap_get_data(HEAPV, rj, slot)) < v) rank++;
    }
    heap_set_data(HEAPV, ri, slot, val_num(rank));
  }
  return n;
}

static void shift_slot(Vm *vm, uint32_t obj, uint32_t slot, double by) {
  Value v = heap_get_data(HEAPV, obj, slot);
  if (val_is_num(v)) heap_set_data(HEAPV, obj, slot, val_num(val_to_double(v) - by));
  if (val_is_time(v)) heap_set_data(HEAPV, obj, slot, hs_val(vm, hs_plus(vm, hs_tm(vm, v), hs_num(-by))));
}

/* Time values (deadlines, list expiries, I/O bounds) collected for
 * compress_overdue. */
typedef struct Times {
  double v[256];
  uint32_t n;
  bool full;
} Times;

static void times_add(Times *t, double v, double limit) {
  if (!(v <= limit)) return;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->v[i] == v) return;
  if (t->n == 256) t->full = true;
  else t->v[t->n++] = v;
}

static double times_map(const Times *t, double v, double limit) {
  if (!(v <= limit)) return v;
  uint32_t above = 0;
  for (uint32_t i = 0; i < t->n; i++) above += t->v[i] > v;
  return limit - above;
}

/* Whether times_map is the identity: the (distinct) values are limit,
 * limit - 1, ... already, as in most states after the first compression. */
static bool times_compressed(const Times *t, double limit) {
  if (limit != floor(limit)) return false;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->v[i] != floor(t->v[i]) || limit - t->v[i] >= t->n) return false;
  return true;
}

/* Deadlines that have passed are only ever compared with each other (to
 * order what is due) and found due; their distances do not matter.  Maps
 * them, order preserved, onto limit, limit-1, ... so that states that
 * differ only in how long ago something became due are one state (this
 * is what makes the S33 stall cheap).  limit: the timers phase's `now`
 * while it runs, else the clock. */
static void compress_overdue(Vm *vm) {
  if (hs_symbolic(vm)) return; /* sound without: fewer states merge */
  int state = (int)root_num(vm, R_STATE);
  double limit = state == LS_TIMERS ? root_num(vm, R_NOW) : vm->clock;
  uint32_t lists = root_list(vm, R_TLISTS), io = root_list(vm, R_IO);
  Times t = {.n = 0};
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    double msecs = val_to_double(heap_get_data(HEAPV, l, 0));
    times_add(&t, val_to_double(heap_get_data(HEAPV, l, 1)), limit);
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++)
      times_add(&t, val_to_double(heap_get_data(HEAPV, val_obj_idx(heap_get_data(HEAPV, l, k)), TD_START)) + msecs, limit);
  }
  for (uint32_t i = 0; i < list_len(vm, io); i++) {
    uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, i));
    times_add(&t, val_to_double(heap_get_data(HEAPV, r, 2)), limit);
    times_add(&t, val_to_double(heap_get_data(HEAPV, r, 6)), limit);
  }
  if (t.n == 0 || t.full || times_compressed(&t, limit)) return;
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    double msecs = val_to_double(heap_get_data(HEAPV, l, 0));
    heap_set_data(HEAPV, l, 1, val_num(times_map(&t, val_to_double(heap_get_data(HEAPV, l, 1)), limit)));
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++) {
      uint32_t tm = val_obj_idx(heap_get_data(HEAPV, l, k));
      double due = val_to_double(heap_get_data(HEAPV, tm, TD_START)) + msecs;
      heap_set_data(HEAPV, tm, TD_START, val_num(times_map(&t, due, limit) - msecs));
    }
  }
  for (uint32_t i = 0; i < list_len(vm, io); i++) {
    uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, i));
    heap_set_data(HEAPV, r, 2, val_num(times_map(&t, val_to_double(heap_get_data(HEAPV, r, 2)), limit)));
    heap_set_data(HEAPV, r, 6, val_num(times_map(&t, val_to_double(heap_get_data(HEAPV, r, 6)), limit)));
  }
}

void hn_normalize_realm(Vm *vm, bool compress) {
  uint32_t lists = root_list(vm, R_TLISTS), io = root_list(vm, R_IO);
  root_num_set(vm, R_LIST_ID, rank_slot(vm, lists, 2));
  for (uint32_t i = 0; i < list_len(vm, io); i++) /* names only (see io_add) */
    heap_set_data(HEAPV, val_obj_idx(heap_get_data(HEAPV, io, i)), 3, val_num(0));
  root_num_set(vm, R_SEQ, 0);
  hs_normalize(vm);
  if (compress) compress_overdue(vm);
}

void host_normalize(Vm *vm) {
  if (hw_normalize(vm)) return; /* every thread's realm */
  bool seen = root_get(vm, R_CLOCK_SEEN) == VAL_TRUE;
  hn_normalize_realm(vm, !seen);
  if (seen || vm->clock == 0) return;
  double by = vm->clock;
  vm->clock = 0;
  hn_shift_times(vm, by);
}

void hn_shift_times(Vm *vm, double by) {
  uint32_t lists = root_list(vm, R_TLISTS), io = root_list(vm, R_IO);
  shift_slot(vm, vm->root, R_NOW, by);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    shift_slot(vm, l, 1, by);
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++) shift_slot(vm, val_obj_idx(heap_get_data(HEAPV, l, k)), TD_START, by);
  }
  for (uint32_t i = 0; i < list_len(vm, io); i++) {
    uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, i));
    shift_slot(vm, r, 2, by);
    shift_slot(vm, r, 6, by);
  }
}

HostResult host_run(Vm *vm, Host *host) {
  HostResult res = {0};
  while (host_step(vm, host, &res)) {
    if (vm->heap.nslot > vm->gc_threshold || vm->heap.nobj > vm->gc_threshold / 4) vm_gc(vm);
  }
  return res;
}

/* --- setup -------------------------------------------------------------------------------------------- */

void host_opts_default(HostOpts *o) {
  memset(o, 0, sizeof *o);
  o->unhandled = UR_THROW;
  o->random_value = 0.5;
  o->jitter = 1;        /* calibrated on the conformance nd_* cases; see README */
  o->first_stall = 8;   /* S33; see README "Time model" for the calibration */
  o->random_points = 5;
  o->max_heap = (uint64_t)1 << 30; /* far above what a model-checked program needs */
  o->io_latency_min = 1;
  o->io_latency_max = -1;
  o->fetch_latency_min = 1;
  o->fetch_latency_max = -1;
  o->block_warn = 100;
  /* node boots a worker (isolate, bootstrap) in tens of ms: 77-170 ms on
   * the machine that recorded the tests, hardly under 5 ms anywhere */
  o->worker_start_min = 5;
  o->worker_start = 50;
  o->worker_start_max = 1000; /* keeps programs that tick while waiting finite */
  o->worker_lag = 100;        /* a worker's first message round trip took > 40 ms there */
}

uint32_t hn_new_root(Vm *vm) {
  uint32_t saved = vm->root;
  vm->root = heap_alloc(HEAPV, OK_RECORD, 0, 0, R__COUNT);
  heap_obj(HEAPV, vm->root)->aux = REC_LIST;
  static const int lists[] = {R_TICKS, R_TLISTS, R_IMMEDIATES, R_IO, R_LATE};
  for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) root_set(vm, lists[i], val_obj(new_list(vm)));
  static const int counters[] = {R_STATE, R_NOW, R_LIST_ID, R_SEQ, R_CHECK_LEFT, R_REJECTION_ID};
  for (size_t i = 0; i < sizeof counters / sizeof counters[0]; i++) root_num_set(vm, counters[i], 0);
  root_num_set(vm, R_ASYNC_ID, 2);
  root_set(vm, R_SKIP_DRAIN, VAL_FALSE);
  root_set(vm, R_CLOCK_SEEN, VAL_FALSE);
  root_set(vm, R_WARNED, VAL_FALSE);
  root_set(vm, R_SYM, VAL_UNDEF);
  uint32_t root = vm->root;
  vm->root = saved;
  return root;
}

void host_init(Vm *vm, Host *host, uint32_t main_proto) {
  vm->hooks.ctx = host;
  vm->hooks.write = host_write;
  vm->hooks.task_frames = task_frames;
  vm->hooks.promise_handled_late = late_handled;
  vm->hooks.sym_live = &host->sym_live;
  vm->hooks.sym_arith = hs_arith;
  vm->hooks.sym_concrete = hs_concrete_value;
  vm->root = hn_new_root(vm);
  root_set(vm, R_MAIN, val_obj(op_closure(vm, main_proto, 0)));
  uint32_t module = obj_new(vm), exports = obj_new(vm);
  obj_define_cstr(vm, module, "id", bi_str(vm, "."), PA_DEFAULT);
  obj_define_cstr(vm, module, "exports", val_obj(exports), PA_DEFAULT);
  obj_define_cstr(vm, module, "filename", bi_str(vm, vm->prog->abspath), PA_DEFAULT);
  obj_define_cstr(vm, module, "loaded", VAL_FALSE, PA_DEFAULT);
  root_set(vm, R_MODULE, val_obj(module));
  Value proc = process_obj(vm);
  if (val_is_obj(proc)) {
    Value argv[2] = {bi_str(vm, "/usr/local/bin/node"), bi_str(vm, vm->prog->abspath)};
    obj_define_cstr(vm, val_obj_idx(proc), "argv", val_obj(arr_from(vm, argv, 2)), PA_DEFAULT);
  }
  vm->frame_limit = host->opts->frame_limit;
  vm->max_steps = host->opts->max_steps;
  vm->max_heap = host->opts->max_heap;
  vm->rng = host->opts->seed * 2654435761u + 0x9E3779B97F4A7C15ull;
  if (!vm->rng) vm->rng = 1;
  vm->exc_pc_proto = UINT32_MAX;
}

/* --- for host_worker.c (host_int.h) ------------------------------------------------------------ */

int hn_state(Vm *vm) { return (int)root_num(vm, R_STATE); }
void hn_set_state(Vm *vm, int state) { root_num_set(vm, R_STATE, state); }
Value hn_hw(Vm *vm) { return root_get(vm, R_HW); }
void hn_set_hw(Vm *vm, Value v) { root_set(vm, R_HW, v); }

bool hn_callback(Vm *vm, Host *host, HostResult *res, Value fn, Value this_v, const Value *args, uint32_t argc) {
  if (!after_callback(vm, call(vm, fn, this_v, args, argc, NULL), res)) return false;
  return drain(vm, host, res);
}

VmStatus hn_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc, Value *out) {
  return call(vm, fn, this_v, args, argc, out);
}

double hn_next_timer(Vm *vm) {
  uint32_t l = tlist_peek(vm);
  return l ? hs_concrete(vm, hs_tm(vm, heap_get_data(HEAPV, l, 1))) : INFINITY;
}

double hn_next_io(Vm *vm) {
  double next = INFINITY;
  uint32_t io = root_list(vm, R_IO);
  for (uint32_t i = 0; i < list_len(vm, io); i++) {
    Tm ea, la;
    io_at(vm, io, i, &ea, &la);
    next = fmin(next, hs_concrete(vm, ea));
  }
  return next;
}

bool hn_has_immediates(Vm *vm) { return list_len(vm, root_list(vm, R_IMMEDIATES)) > 0; }
bool hn_has_timers(Vm *vm) { return any_timer(vm); }
bool hn_io_pending(Vm *vm) { return io_pending(vm); }
bool hn_unsupported(Vm *vm) { return root_get(vm, R_WARNED) == bi_str(vm, "unsupported"); }
bool hn_clock_seen(Vm *vm) { return root_get(vm, R_CLOCK_SEEN) == VAL_TRUE; }
Value hn_sym(Vm *vm) { return root_get(vm, R_SYM); }
void hn_set_sym(Vm *vm, Value v) { root_set(vm, R_SYM, v); }

void hn_each_time(Vm *vm, void (*fn)(Vm *vm, uint32_t obj, uint32_t slot, void *ctx), void *ctx) {
  uint32_t lists = root_list(vm, R_TLISTS), io = root_list(vm, R_IO);
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    fn(vm, l, 0, ctx);
    fn(vm, l, 1, ctx);
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++) {
      fn(vm, val_obj_idx(heap_get_data(HEAPV, l, k)), TD_START, ctx);
      fn(vm, val_obj_idx(heap_get_data(HEAPV, l, k)), TD_MSECS, ctx);
    }
  }
  for (uint32_t i = 0; i < list_len(vm, io); i++) {
    fn(vm, val_obj_idx(heap_get_data(HEAPV, io, i)), 2, ctx);
    fn(vm, val_obj_idx(heap_get_data(HEAPV, io, i)), 6, ctx);
  }
  fn(vm, vm->root, R_NOW, ctx);
}
uint32_t hn_choose(Vm *vm, ChoiceKind kind, uint32_t n) { return choose(vm, kind, n); }
Host *hn_host(Vm *vm) { return host_of(vm); }
void hn_errf(Vm *vm, const char *text) { vm_write(vm, 2, text, strlen(text)); }

/* --- read-only description (ticktock explain) ------------------------------------------------------ */

/* Copies at most cap-1 bytes of src, never cutting a UTF-8 sequence. */
static void copy_utf8(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap) {
    n = cap - 1;
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

void host_describe_fn(Vm *vm, Value fn, HostItem *out) {
  const char *prefix = "";
  out->name[0] = '\0';
  out->line = out->col = 0;
  out->builtin = out->main = false;
  for (int hops = 0; hops < 8 && val_is_obj(fn); hops++) { /* bound functions: describe the target */
    uint32_t o = val_obj_idx(fn);
    if (heap_obj(HEAPV, o)->kind == OK_BOUND) {
      prefix = "bound ";
      fn = heap_get_data(HEAPV, o, 0);
      continue;
    }
    size_t pl = strlen(prefix); /* "bound " fits: name is 64 bytes */
    memcpy(out->name, prefix, pl + 1);
    if (heap_obj(HEAPV, o)->kind == OK_NATIVE) {
      copy_utf8(out->name + pl, sizeof out->name - pl, realm_native_def(heap_obj(HEAPV, o)->aux)->name);
      out->builtin = true;
    } else if (heap_obj(HEAPV, o)->kind == OK_FUNC) {
      const FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(HEAPV, o, FD_PROTO))];
      copy_utf8(out->name + pl, sizeof out->name - pl, str_cstr_tmp(vm->strs, p->name));
      out->builtin = (p->flags & FPF_PRELUDE) != 0;
      out->main = root_get(vm, R_MAIN) == fn;
      if (!out->builtin) out->line = p->span.line, out->col = p->span.col;
    }
    return;
  }
}

/* The next item of a queue, or NULL once max items are listed (the queue's
 * length is counted either way). */
static HostItem *view_push(HostView *v, HostItemKind kind, uint32_t id, uint32_t max) {
  v->total[kind]++;
  if (max && v->count[kind] >= max) return NULL;
  if (v->n == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 32;
    v->items = xrealloc(v->items, sizeof *v->items * v->cap);
  }
  HostItem *it = &v->items[v->n++];
  memset(it, 0, sizeof *it);
  it->kind = (uint8_t)kind;
  it->id = id;
  v->count[kind]++;
  return it;
}

static void describe_jobs(Vm *vm, HostView *v, uint32_t max) {
  static const uint8_t subs[] = {[PJ_REACTION] = HS_REACTION, [PJ_PASS] = HS_PASS, [PJ_AWAIT] = HS_AWAIT,
                                 [PJ_THENABLE] = HS_THENABLE, [PJ_CALLBACK] = HS_CALL};
  uint32_t n = promise_jobs_count(vm);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t job = promise_job_at(vm, i);
    HostItem *it = view_push(v, HI_JOB, job, max);
    if (!it) continue;
    PromiseJobInfo info;
    promise_job_info(vm, job, &info);
    it->sub = subs[info.kind];
    it->rejected = info.rejected;
    if (info.kind != PJ_AWAIT) {
      host_describe_fn(vm, info.fn, it);
      continue;
    }
    const FuncProto *p = vm->prog->protos[info.proto];
    copy_utf8(it->name, sizeof it->name, str_cstr_tmp(vm->strs, p->name));
    it->builtin = (p->flags & FPF_PRELUDE) != 0;
    it->main = (p->flags & FPF_MODULE) != 0;
    if (!it->builtin) {
      LineEntry pos = proto_pos(p, info.pc);
      it->line = pos.line, it->col = pos.col;
    }
  }
}

/* A timer's place in node's order: its list's (expiry, id), then its position. */
typedef struct TimerKey {
  double expiry, list_id;
  uint32_t pos, timer, list;
} TimerKey;

static int timer_key_cmp(const void *a, const void *b) {
  const TimerKey *x = a, *y = b;
  if (x->expiry != y->expiry) return x->expiry < y->expiry ? -1 : 1;
  if (x->list_id != y->list_id) return x->list_id < y->list_id ? -1 : 1;
  return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static void describe_timers(Vm *vm, HostView *v, uint32_t max) {
  uint32_t lists = root_list(vm, R_TLISTS), n = 0;
  for (uint32_t i = 0; i < list_len(vm, lists); i++) n += heap_obj(HEAPV, val_obj_idx(heap_get_data(HEAPV, lists, i)))->ndata - 3;
  TimerKey *keys = xmalloc(sizeof *keys * (n ? n : 1));
  n = 0;
  for (uint32_t i = 0; i < list_len(vm, lists); i++) {
    uint32_t l = val_obj_idx(heap_get_data(HEAPV, lists, i));
    for (uint32_t k = 3; k < heap_obj(HEAPV, l)->ndata; k++)
      keys[n++] = (TimerKey){hs_earliest(vm, hs_tm(vm, heap_get_data(HEAPV, l, 1))), val_to_double(heap_get_data(HEAPV, l, 2)), k,
                             val_obj_idx(heap_get_data(HEAPV, l, k)), l};
  }
  qsort(keys, n, sizeof *keys, timer_key_cmp);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t t = keys[i].timer;
    HostItem *it = view_push(v, HI_TIMER, t, max);
    if (!it) continue;
    host_describe_fn(vm, heap_get_data(HEAPV, t, TD_CB), it);
    it->msecs = hs_earliest(vm, hs_tm(vm, heap_get_data(HEAPV, keys[i].list, 0)));
    it->due = hs_earliest(vm, hs_tm(vm, heap_get_data(HEAPV, t, TD_START))) + it->msecs;
    it->repeat = val_is_num(heap_get_data(HEAPV, t, TD_REPEAT));
    it->refed = heap_get_data(HEAPV, t, TD_REFED) == VAL_TRUE;
    it->timer_id = val_to_double(heap_get_data(HEAPV, t, TD_ID));
  }
  free(keys);
}

/* Pending I/O in the order the poll phase takes it: (earliest completion, start order). */
typedef struct IoKey {
  double earliest;
  uint32_t at, rec; /* at: place in R_IO (start order) */
} IoKey;

static int io_key_cmp(const void *a, const void *b) {
  const IoKey *x = a, *y = b;
  if (x->earliest != y->earliest) return x->earliest < y->earliest ? -1 : 1;
  return x->at < y->at ? -1 : x->at > y->at;
}

static void describe_io(Vm *vm, HostView *v, uint32_t max) {
  uint32_t io = root_list(vm, R_IO), n = list_len(vm, io);
  IoKey *keys = xmalloc(sizeof *keys * (n ? n : 1));
  for (uint32_t i = 0; i < n; i++) {
    uint32_t r = val_obj_idx(heap_get_data(HEAPV, io, i));
    keys[i] = (IoKey){hs_earliest(vm, hs_tm(vm, heap_get_data(HEAPV, r, 2))), i, r};
  }
  qsort(keys, n, sizeof *keys, io_key_cmp);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t r = keys[i].rec;
    HostItem *it = view_push(v, HI_IO, r, max);
    if (!it) continue;
    int kind = (int)val_to_double(heap_get_data(HEAPV, r, 0));
    it->sub = io_is_callback(kind) ? HS_CALL : kind == IO_REJECT ? HS_IO_REJECT : HS_IO_RESOLVE;
    if (io_is_callback(kind)) host_describe_fn(vm, heap_get_data(HEAPV, r, 1), it);
    it->due = keys[i].earliest;
    it->seq = (uint32_t)val_to_double(heap_get_data(HEAPV, r, 3)) + 1;
    /* the default schedule completes I/O at its earliest time */
    it->latest = host_of(vm)->explore ? hs_earliest(vm, hs_tm(vm, heap_get_data(HEAPV, r, 6))) : it->due;
  }
  free(keys);
}

static const char *phase_name(int state) {
  switch (state) {
    case LS_MAIN: return "main";
    case LS_ITERATION: return "loop";
    case LS_TIMERS: return "timers";
    case LS_POLL_ENTER:
    case LS_POLL: return "poll";
    case LS_CHECK_ENTER:
    case LS_CHECK: return "check";
    case LS_PASS: /* delivering port messages */
    case LS_POLL_WAIT: return "poll";
    case LS_CLOSE: return "close";
    case LS_EXIT: return "exit";
    default: return "done";
  }
}

void host_describe(Vm *vm, HostView *v, uint32_t max) {
  v->n = 0;
  memset(v->first, 0, sizeof v->first);
  memset(v->count, 0, sizeof v->count);
  memset(v->total, 0, sizeof v->total);
  int state = (int)root_num(vm, R_STATE);
  v->phase = phase_name(state);
  v->waiting = state == LS_POLL_WAIT;
  hw_describe_thread(vm, v);
  v->clock = hs_earliest(vm, hs_clock(vm));
  v->now = hs_earliest(vm, hs_tm(vm, root_get(vm, R_NOW)));
  v->nframes = vm->nframes;
  v->check_left = state == LS_CHECK ? (uint32_t)root_num(vm, R_CHECK_LEFT) : 0;
  uint32_t ticks = root_list(vm, R_TICKS);
  for (uint32_t i = 0; i < list_len(vm, ticks); i++) {
    uint32_t t = val_obj_idx(heap_get_data(HEAPV, ticks, i));
    HostItem *it = view_push(v, HI_TICK, t, max);
    if (it) host_describe_fn(vm, heap_get_data(HEAPV, t, 0), it);
  }
  v->first[HI_JOB] = v->n;
  describe_jobs(vm, v, max);
  v->first[HI_TIMER] = v->n;
  describe_timers(vm, v, max);
  v->first[HI_IMMEDIATE] = v->n;
  uint32_t q = root_list(vm, R_IMMEDIATES);
  for (uint32_t i = 0; i < list_len(vm, q); i++) {
    uint32_t im = val_obj_idx(heap_get_data(HEAPV, q, i));
    HostItem *it = view_push(v, HI_IMMEDIATE, im, max);
    if (!it) continue;
    host_describe_fn(vm, heap_get_data(HEAPV, im, ID_CB), it);
    it->refed = heap_get_data(HEAPV, im, ID_REFED) == VAL_TRUE;
  }
  v->first[HI_IO] = v->n;
  describe_io(vm, v, max);
}

void host_describe_thread(Vm *vm, uint32_t thread, HostView *v, uint32_t max) {
  uint32_t root = vm->root, jobs = vm->jobs, head = vm->jobs_head;
  hw_peek_realm(vm, thread, &vm->root, &vm->jobs, &vm->jobs_head); /* unchanged when current or unknown */
  host_describe(vm, v, max);
  vm->root = root, vm->jobs = jobs, vm->jobs_head = head;
}

void host_view_free(HostView *v) {
  free(v->items);
  memset(v, 0, sizeof *v);
}

