/* narrate.c - recording one schedule step by step and explaining it; see
 * narrate.h.
 *
 * The recorder sits on the host's trace hook: each call announces the item
 * the loop is about to run, still in its queue.  That is also the moment
 * the previous step is over (exactly one callback runs between two calls),
 * so the hook closes the previous step (queues after it, its output) and
 * opens the next one (queues before it).  The end of each host step closes
 * the open step too, before the garbage collector may renumber objects:
 * both views of a step are taken without a collection in between, except
 * when one runs inside a callback, which is why additions are found by
 * content (and FIFO position) rather than by heap index.
 */
#include "narrate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "explore.h"

const char *const nr_queue_names[HI__COUNT] = {"nextTick queue", "job queue", "timers", "immediates", "I/O"};
const char *const nr_item_kinds[HI__COUNT] = {"tick", "job", "timer", "immediate", "io"};

/* --- recording ---------------------------------------------------------------------- */

typedef struct Rec {
  NrRun *run;
  uint32_t limit;
  bool open;           /* the last step is still running */
  uint32_t task;       /* the last step that was not part of a drain */
  XpReplay replay;
  bool replaying;
  double clock;        /* the clock when the last choice was asked for */
  Vm *vm;
  uint32_t thread_choice; /* index + 1 of a t choice the scheduler has not told yet */
} Rec;

static uint32_t rec_choose(void *ctx, ChoiceKind kind, uint32_t n) {
  Rec *r = ctx;
  NrRun *run = r->run;
  uint32_t c = r->replaying ? xp_replay_choose(&r->replay, kind, n) : 0;
  if (run->nchoices == run->cchoices) {
    run->cchoices = run->cchoices ? run->cchoices * 2 : 16;
    run->choices = xrealloc(run->choices, sizeof *run->choices * run->cchoices);
  }
  NrChoice *ch = &run->choices[run->nchoices++];
  ch->letter = choice_letters[kind];
  ch->option = c;
  ch->options = n;
  ch->during = r->open;
  ch->step = r->open ? run->n - 1 : run->n;
  /* the options that move the clock move it by their number of ms */
  ch->clock = r->vm->clock + ((kind == CH_BOUNDARY || kind == CH_STALL || kind == CH_WAKE) ? c : 0);
  ch->text = NULL;
  r->thread_choice = kind == CH_THREAD ? run->nchoices : 0;
  return c;
}

static HostItemKind item_kind_of(HostEventKind k) {
  switch (k) {
    case HE_TICK: return HI_TICK;
    case HE_JOB: return HI_JOB;
    case HE_TIMER: return HI_TIMER;
    case HE_IMMEDIATE: return HI_IMMEDIATE;
    default: return HI_IO;
  }
}

static bool is_queued_kind(HostEventKind k) { return k >= HE_TICK && k <= HE_IO; }

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

/* The worker scheduler decided: a note before the next step, and the words
 * of the t choice it took, if any. */
static void rec_sched(void *ctx, Vm *vm, const HostSched *hs) {
  (void)vm;
  Rec *r = ctx;
  NrRun *run = r->run;
  run->threads = true;
  if (r->thread_choice) run->choices[r->thread_choice - 1].text = dup_str(hs->text);
  r->thread_choice = 0;
  if (run->nnotes == run->cnotes) {
    run->cnotes = run->cnotes ? run->cnotes * 2 : 16;
    run->notes = xrealloc(run->notes, sizeof *run->notes * run->cnotes);
  }
  run->notes[run->nnotes++] = (NrNote){run->n, hs->thread, hs->runs, dup_str(hs->text), dup_str(hs->others)};
}

/* The job that starts an ES module's body (not one resuming it). */
static bool is_module_start(const HostItem *it) { return it->kind == HI_JOB && it->main && it->sub == HS_CALL; }

/* Equal as far as a reader can tell (heap indices may have changed). */
static bool same_item(const HostItem *a, const HostItem *b) {
  return a->kind == b->kind && a->sub == b->sub && a->rejected == b->rejected && a->line == b->line &&
         a->col == b->col && a->due == b->due && a->msecs == b->msecs && a->timer_id == b->timer_id &&
         a->repeat == b->repeat && a->latest == b->latest && a->seq == b->seq && strcmp(a->name, b->name) == 0;
}

static void push_index(uint32_t **arr, uint32_t *n, uint32_t v) {
  *arr = xrealloc(*arr, sizeof **arr * (*n + 1));
  (*arr)[(*n)++] = v;
}

/* FIFO queues (ticks, jobs) only lose their head to the drain, one item
 * per step: whatever follows the old items was queued by this step. */
static void diff_fifo(NrStep *s, HostItemKind k) {
  uint32_t old = s->before.total[k];
  if (is_queued_kind(s->kind) && item_kind_of(s->kind) == k && old > 0) old--;
  if (s->after.total[k] > old) s->queued[k] = s->after.total[k] - old;
  for (uint32_t i = old; i < s->after.count[k]; i++) push_index(&s->added, &s->nadded, s->after.first[k] + i);
}

enum { DIFF_MAX_PAIRS = 1000000 }; /* larger queues are not compared (no additions shown) */

/* Timers, immediates and I/O can be cancelled anywhere in their queue:
 * match items by content, each at most once. */
static void diff_set(NrStep *s, HostItemKind k) {
  uint32_t nb = s->before.count[k], na = s->after.count[k];
  /* a queue longer than its listing cannot be compared item by item */
  if (nb < s->before.total[k] || na < s->after.total[k] || (uint64_t)nb * na > DIFF_MAX_PAIRS) return;
  bool *used = xcalloc(nb + 1, sizeof *used);
  const HostItem *taken = is_queued_kind(s->kind) && item_kind_of(s->kind) == k ? &s->item : NULL;
  bool taken_seen = false;
  for (uint32_t i = 0; i < nb; i++) /* the item that ran leaves its queue: not a cancellation */
    if (taken && !taken_seen && s->before.items[s->before.first[k] + i].id == taken->id) used[i] = taken_seen = true;
  for (uint32_t j = 0; j < na; j++) {
    const HostItem *a = &s->after.items[s->after.first[k] + j];
    uint32_t i = 0;
    while (i < nb && (used[i] || !same_item(a, &s->before.items[s->before.first[k] + i]))) i++;
    if (i < nb) {
      used[i] = true;
      continue;
    }
    push_index(&s->added, &s->nadded, s->after.first[k] + j);
    s->queued[k]++;
    if (taken && k == HI_TIMER && a->timer_id == taken->timer_id) s->rearmed = s->after.first[k] + j + 1;
  }
  for (uint32_t i = 0; i < nb; i++)
    if (!used[i]) push_index(&s->removed, &s->nremoved, s->before.first[k] + i);
  if (taken && k == HI_TIMER && taken->repeat) {
    s->stopped = true;
    for (uint32_t j = 0; j < na; j++)
      if (s->after.items[s->after.first[k] + j].timer_id == taken->timer_id) s->stopped = false;
  }
  free(used);
}

/* Closes the open step: the queues and output after it. */
static void rec_finish(Rec *r, Vm *vm) {
  NrStep *s = &r->run->steps[r->run->n - 1];
  host_describe_thread(vm, s->before.thread, &s->after, NR_VIEW_ITEMS);
  s->out_len = vm->out.len - s->out_off;
  s->err_len = vm->err.len - s->err_off;
  diff_fifo(s, HI_TICK);
  diff_fifo(s, HI_JOB);
  diff_set(s, HI_TIMER);
  diff_set(s, HI_IMMEDIATE);
  diff_set(s, HI_IO);
  r->open = false;
}

/* Output written between two steps belongs to the one before. */
static void rec_extend(Rec *r, Vm *vm) {
  if (!r->run->n || r->open) return;
  NrStep *s = &r->run->steps[r->run->n - 1];
  s->out_len = vm->out.len - s->out_off;
  s->err_len = vm->err.len - s->err_off;
}

/* Stops the machine soon: its next call or backward jump ends the run
 * (the `--max-steps` mechanism, reused). */
static void rec_stop(Vm *vm) {
  vm->max_steps = 1;
  vm->steps = 2;
}

static bool find_item(const HostView *v, HostItemKind k, uint32_t id, HostItem *out) {
  for (uint32_t i = 0; i < v->count[k]; i++)
    if (v->items[v->first[k] + i].id == id) {
      *out = v->items[v->first[k] + i];
      return true;
    }
  return false;
}

static void rec_event(void *ctx, Vm *vm, const HostEvent *ev) {
  Rec *r = ctx;
  NrRun *run = r->run;
  if (r->open) rec_finish(r, vm);
  rec_extend(r, vm);
  if (run->n >= r->limit) {
    run->truncated = true;
    rec_stop(vm);
    return;
  }
  if (run->n == run->cap) {
    run->cap = run->cap ? run->cap * 2 : 32;
    run->steps = xrealloc(run->steps, sizeof *run->steps * run->cap);
  }
  uint32_t idx = run->n++;
  NrStep *s = &run->steps[idx];
  memset(s, 0, sizeof *s);
  s->kind = ev->kind;
  s->msg = ev->msg;
  s->peer = ev->peer;
  s->exit_code = ev->exit_code;
  host_describe(vm, &s->before, NR_VIEW_ITEMS);
  if (s->before.thread) run->threads = true;
  if (is_queued_kind(ev->kind)) {
    HostItemKind k = item_kind_of(ev->kind);
    if (!find_item(&s->before, k, ev->id, &s->item)) { /* beyond the listing: look at the whole queue */
      HostView all = {0};
      host_describe(vm, &all, 0);
      find_item(&all, k, ev->id, &s->item);
      host_view_free(&all);
    }
  } else {
    s->item.main = ev->kind == HE_MAIN;
    if (ev->name) snprintf(s->event, sizeof s->event, "%s", ev->name);
  }
  bool drain_item = (ev->kind == HE_TICK || ev->kind == HE_JOB) && !is_module_start(&s->item);
  if (!drain_item) r->task = idx;
  s->task = r->task;
  s->out_off = vm->out.len;
  s->err_off = vm->err.len;
  r->open = true;
}

bool nr_record(Engine *e, const HostOpts *opts, const char *witness, uint32_t limit, NrRun *run) {
  memset(run, 0, sizeof *run);
  buf_init(&run->out);
  buf_init(&run->err);
  run->file = e->path;
  run->witness = witness;
  run->unhandled = opts->unhandled;
  Rec r = {.run = run, .limit = limit ? limit : UINT32_MAX, .replaying = witness != NULL};
  r.replay.witness = witness ? witness : "";
  Chooser chooser = {rec_choose, &r};
  Host host = {.opts = opts, .out = stdout, .err = stderr, .capture = true, .trace = rec_event, .trace_ctx = &r,
               .trace_sched = rec_sched};
  if (witness) { /* the explorer's host: the same choice points, in the same order */
    host.explore = true;
    host.chooser = &chooser;
  }
  Vm *vm = engine_machine(e, &host);
  if (!vm) return false;
  r.vm = vm;
  HostResult res = {0};
  while (!run->truncated && host_step(vm, &host, &res)) {
    if (r.open) rec_finish(&r, vm);
    if (vm->heap.nslot > vm->gc_threshold || vm->heap.nobj > vm->gc_threshold / 4) vm_gc(vm);
  }
  if (r.open) rec_finish(&r, vm);
  rec_extend(&r, vm);
  run->res = res;
  run->end_clock = vm->clock;
  buf_append(&run->out, vm->out.data ? vm->out.data : "", vm->out.len);
  buf_append(&run->err, vm->err.data ? vm->err.data : "", vm->err.len);
  run->mismatch = r.replay.mismatch || (witness && witness[r.replay.pos] && !run->truncated);
  run->witness_used = r.replay.pos;
  vm_free(vm);
  return true;
}

void nr_free(NrRun *r) {
  for (uint32_t i = 0; i < r->n; i++) {
    host_view_free(&r->steps[i].before);
    host_view_free(&r->steps[i].after);
    free(r->steps[i].added);
    free(r->steps[i].removed);
  }
  free(r->steps);
  for (uint32_t i = 0; i < r->nchoices; i++) free(r->choices[i].text);
  free(r->choices);
  for (uint32_t i = 0; i < r->nnotes; i++) {
    free(r->notes[i].text);
    free(r->notes[i].others);
  }
  free(r->notes);
  buf_free(&r->out);
  buf_free(&r->err);
  memset(r, 0, sizeof *r);
}

/* --- words ----------------------------------------------------------------------------- */

static void put_ms(Buf *out, double ms) {
  if (isinf(ms)) buf_puts(out, "never");
  else if (ms == floor(ms) && fabs(ms) < 1e15) buf_printf(out, "%.0f ms", ms);
  else buf_printf(out, "%g ms", ms);
}

void nr_fn(const HostItem *it, Buf *out) {
  if (it->main) {
    buf_puts(out, it->kind == HI_JOB ? "the module body" : "the main script");
    if (it->sub == HS_AWAIT) buf_printf(out, " (%u:%u)", it->line, it->col);
    return;
  }
  if (it->builtin) {
    if (!strcmp(it->name, "$resolveFunction") || !strcmp(it->name, "$rejectFunction")) {
      buf_printf(out, "the %s function of a promise", it->name[2] == 'e' ? "resolve" : "reject");
      return;
    }
    /* the element functions of the combinators (promise.c) */
    static const char *const elements[][2] = {{"$allResolveElement", "Promise.all"},
                                              {"$allSettledResolveElement", "Promise.allSettled"},
                                              {"$allSettledRejectElement", "Promise.allSettled"},
                                              {"$anyRejectElement", "Promise.any"}};
    for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++)
      if (!strcmp(it->name, elements[i][0])) {
        buf_printf(out, "the element function of %s", elements[i][1]);
        return;
      }
    const char *n = it->name[0] == '$' ? it->name + 1 : it->name;
    buf_printf(out, "built-in %s", n[0] ? n : "function");
    return;
  }
  buf_puts(out, it->name[0] ? it->name : "anonymous");
  if (it->line) buf_printf(out, " (%u:%u)", it->line, it->col);
}

void nr_item(const HostItem *it, Buf *out) {
  switch (it->kind) {
    case HI_JOB:
      if (it->sub == HS_PASS) {
        buf_puts(out, it->rejected ? "pass the rejection on" : "pass the value on");
        return;
      }
      if (it->sub == HS_AWAIT && !it->main && !it->builtin) {
        buf_printf(out, "resume async function %s (%u:%u)", it->name[0] ? it->name : "(anonymous)", it->line, it->col);
        return;
      }
      if (it->sub == HS_AWAIT) buf_puts(out, "resume ");
      else if (it->sub == HS_THENABLE && it->builtin) {
        buf_puts(out, "adopt the state of a promise (then)");
        return;
      } else if (it->sub == HS_THENABLE) buf_puts(out, "then() of a thenable: ");
      else if (it->sub == HS_REACTION) buf_puts(out, it->rejected ? "on-rejected handler " : "then-handler ");
      else if (it->sub == HS_CALL && !it->main) buf_puts(out, "queueMicrotask callback ");
      nr_fn(it, out);
      return;
    case HI_TIMER:
      nr_fn(it, out);
      buf_puts(out, it->repeat ? " every " : " after ");
      put_ms(out, it->msecs);
      buf_puts(out, ", due at ");
      put_ms(out, it->due);
      if (!it->refed) buf_puts(out, " (unref'd)");
      return;
    case HI_IO:
      buf_printf(out, "request #%u: ", it->seq);
      if (it->sub == HS_CALL) nr_fn(it, out);
      else buf_puts(out, it->sub == HS_IO_REJECT ? "a promise to reject" : "a promise to fulfil");
      buf_puts(out, ", completes at ");
      put_ms(out, it->due);
      if (!isinf(it->latest) && it->latest > it->due) {
        buf_puts(out, " to ");
        put_ms(out, it->latest);
      } else if (isinf(it->latest) && it->latest > 0) {
        buf_puts(out, " or later");
      }
      return;
    default:
      nr_fn(it, out);
      if (it->kind == HI_IMMEDIATE && !it->refed) buf_puts(out, " (unref'd)");
      return;
  }
}

static void message_runs(const NrStep *s, Buf *out) {
  switch (s->msg) {
    case HM_PARENT: buf_puts(out, "the 'message' listeners of parentPort (a message from the parent thread)"); return;
    case HM_WORKER: buf_printf(out, "the 'message' listeners of worker %u's Worker object (a message the worker posted)", s->peer); return;
    case HM_ONLINE: buf_printf(out, "the 'online' listeners of worker %u's Worker object", s->peer); return;
    case HM_ERROR:
      buf_printf(out, "the 'error' listeners of worker %u's Worker object (an uncaught exception ended the worker)", s->peer);
      return;
    case HM_STDIO:
      buf_printf(out, "the output of worker %u: its console writes travel to this thread as a message, which "
                      "writes them",
                 s->peer);
      return;
    case HM_LOAD: buf_puts(out, "the worker's script: its first message (load) runs it"); return;
    case HM_ACK: buf_puts(out, "no code of the program: the parent asks for more of the worker's output"); return;
    default: buf_puts(out, "the 'message' listeners of a MessagePort"); return;
  }
}

void nr_runs(const NrStep *s, Buf *out) {
  const HostItem *it = &s->item;
  switch (s->kind) {
    case HE_MAIN: buf_puts(out, "the main script"); return;
    case HE_EMIT:
      buf_printf(out, "the '%s' listeners of %s, if any", s->event, s->before.thread ? "the worker's process" : "process");
      return;
    case HE_MESSAGE: message_runs(s, out); return;
    case HE_WORKER_END:
      buf_printf(out, "the end of worker %u (exit code %d): what is left on its ports is delivered, then the "
                      "Worker's 'exit' listeners run",
                 s->peer, s->exit_code);
      return;
    case HE_CLOSE: buf_puts(out, "the 'close' listeners of a MessagePort"); return;
    case HE_TICK: buf_puts(out, "nextTick callback "); break;
    case HE_TIMER: buf_puts(out, it->repeat ? "setInterval callback " : "setTimeout callback "); break;
    case HE_IMMEDIATE: buf_puts(out, "setImmediate callback "); break;
    case HE_IO:
      if (it->sub == HS_CALL) {
        buf_printf(out, "callback of I/O request #%u: ", it->seq);
        break;
      }
      buf_printf(out, "nothing: the host %s the promise of I/O request #%u, queueing its reactions",
                 it->sub == HS_IO_REJECT ? "rejects" : "fulfils", it->seq);
      return;
    case HE_JOB:
      if (is_module_start(it)) {
        buf_puts(out, "the module body (an ES module runs as a job)");
        return;
      }
      switch (it->sub) {
        case HS_PASS:
          buf_puts(out, it->rejected ? "no code: a reaction without an on-rejected handler passes the rejection on"
                                     : "no code: a reaction without a handler passes the value on");
          return;
        case HS_AWAIT:
          if (it->main) buf_printf(out, "the module body, resumed at its top-level await (%u:%u)", it->line, it->col);
          else if (it->builtin) buf_printf(out, "built-in async function %s, resumed", it->name[0] ? it->name : "");
          else buf_printf(out, "async function %s, resumed at its await (%u:%u)", it->name[0] ? it->name : "(anonymous)",
                          it->line, it->col);
          if (it->rejected) buf_puts(out, ", which throws: the awaited promise rejected");
          return;
        case HS_THENABLE:
          if (it->builtin) {
            buf_puts(out, "then() of the promise another promise was resolved with (adopting its state takes this extra job)");
            return;
          }
          buf_puts(out, "then() of a thenable: ");
          break;
        case HS_REACTION: buf_puts(out, it->rejected ? "on-rejected handler " : "then-handler "); break;
        default: buf_puts(out, "queueMicrotask callback "); break;
      }
      break;
  }
  nr_fn(it, out);
}

void nr_where(const NrRun *r, uint32_t i, Buf *out) {
  const NrStep *s = &r->steps[i];
  switch (s->kind) {
    case HE_MAIN: buf_puts(out, "main script"); return;
    case HE_TIMER: buf_puts(out, "timers phase"); return;
    case HE_IMMEDIATE: buf_puts(out, "check phase"); return;
    case HE_IO: buf_puts(out, "poll phase"); return;
    case HE_EMIT: buf_printf(out, "process event '%s'", s->event); return;
    case HE_MESSAGE: buf_puts(out, "poll phase, port message"); return;
    case HE_WORKER_END:
      buf_puts(out, strcmp(s->before.phase, "check") ? "poll phase, worker end" : "check phase, worker end");
      return;
    case HE_CLOSE: buf_puts(out, "close-callbacks phase"); return;
    default: break;
  }
  if (is_module_start(&s->item)) {
    buf_puts(out, "module body");
    return;
  }
  buf_printf(out, "%s, draining after step %u", s->kind == HE_TICK ? "nextTick queue" : "job queue", s->task + 1);
}

/* A poll choice picked the I/O of its step unless a later poll choice
 * came before the same step (then this one completed nothing). */
static bool poll_picked(const NrRun *r, uint32_t k) {
  const NrChoice *c = &r->choices[k];
  for (uint32_t j = k + 1; j < r->nchoices && r->choices[j].step == c->step && !r->choices[j].during; j++)
    if (r->choices[j].letter == 'p') return false;
  return c->step < r->n && r->steps[c->step].kind == HE_IO && !c->during;
}

void nr_choice(const NrRun *r, uint32_t k, Buf *out) {
  const NrChoice *c = &r->choices[k];
  switch (c->letter) {
    case 'b':
      if (c->option) buf_printf(out, "a millisecond boundary passes during this synchronous run: the clock reaches %.0f ms", c->clock);
      else buf_puts(out, "no millisecond boundary passes at this point of the run");
      return;
    case 'w':
      if (c->option)
        buf_printf(out, "the loop wakes up %u ms late for the timer: the clock reaches %.0f ms", c->option, c->clock);
      else buf_puts(out, "the loop wakes up for the timer at its expiry");
      return;
    case 's':
      if (c->option)
        buf_printf(out, "creating the process's first timer takes %u ms (node sets its timers up lazily): the clock "
                        "reaches %.0f ms",
                   c->option, c->clock);
      else buf_puts(out, "creating the process's first timer takes no time");
      return;
    case 'p':
      if (poll_picked(r, k))
        buf_printf(out, "of the I/O requests that can complete now (earliest first), the poll phase completes "
                        "number %u, the one this step runs",
                   c->option + 1);
      else
        buf_puts(out, "the poll phase completes no I/O this time: what is pending completes later");
      return;
    case 'r':
      buf_printf(out, "a value that depends on Math.random() is needed as a number: it takes representative value "
                      "%u of %u (%s)",
                 c->option + 1, c->options, c->option ? "an approximation" : "the one `ticktock run` uses");
      return;
    case 'z':
      if (c->option == 0)
        buf_printf(out, "a test that depends on Math.random() (the order of two deadlines, a comparison, a whole "
                        "number) can go %u ways: it goes the way `ticktock run` takes",
                   c->options);
      else
        buf_printf(out, "a test that depends on Math.random() (the order of two deadlines, a comparison, a whole "
                        "number) can go %u ways: it goes way %u, not the one `ticktock run` takes",
                   c->options, c->option + 1);
      return;
    case 'q':
      buf_puts(out, c->option ? "after the uncaught exception, node drains nextTicks and jobs before the next timer"
                              : "after the uncaught exception, node re-enters its timer list: the next due timer runs "
                                "before this callback's nextTicks and jobs");
      return;
    case 't':
      if (c->text) buf_printf(out, "the worker scheduler: %s", c->text);
      else buf_printf(out, "the worker scheduler takes option %u of %u", c->option, c->options);
      return;
    default: buf_printf(out, "option %u of %u", c->option, c->options); return;
  }
}

/* --- why -------------------------------------------------------------------------------- */

static uint32_t count_other(const NrStep *s, HostItemKind k) {
  uint32_t n = s->before.total[k];
  return is_queued_kind(s->kind) && item_kind_of(s->kind) == k && n ? n - 1 : n;
}

static void plural(Buf *out, uint32_t n, const char *one, const char *many) {
  buf_printf(out, "%u %s", n, n == 1 ? one : many);
}

/* "The call stack is empty" - checked, not assumed. */
static void stack_clause(const NrStep *s, Buf *out) {
  if (s->before.nframes == 0) buf_puts(out, "The call stack is empty");
  else buf_printf(out, "The call stack holds %u frames", s->before.nframes);
}

static bool clock_choice_before(const NrRun *r, uint32_t i) {
  for (uint32_t k = 0; k < r->nchoices; k++) {
    const NrChoice *c = &r->choices[k];
    bool between = (c->step == i && !c->during) || (i > 0 && c->step == i - 1 && c->during);
    if (between && (c->letter == 'b' || c->letter == 's' || c->letter == 'w') && c->option) return true;
  }
  return false;
}

void nr_time_note(const NrRun *r, uint32_t i, Buf *out) {
  const NrStep *s = &r->steps[i];
  double prev = i ? r->steps[i - 1].after.clock : 0;
  if (!(s->before.clock > prev)) return;
  if (clock_choice_before(r, i)) {
    buf_puts(out, "The clock moved from ");
    put_ms(out, prev);
    buf_puts(out, " to ");
    put_ms(out, s->before.clock);
    buf_puts(out, " (schedule choices, listed below).");
  } else if (s->kind == HE_TIMER) {
    buf_puts(out, "Nothing could run, so the loop waited in its poll phase until ");
    put_ms(out, s->before.clock);
    buf_puts(out, ", when the next timer is due.");
  } else if (s->kind == HE_IO) {
    buf_puts(out, "Nothing could run before the I/O completed, so the loop waited in its poll phase until ");
    put_ms(out, s->before.clock);
    buf_puts(out, ".");
  } else {
    buf_puts(out, "Time passed: the clock moved from ");
    put_ms(out, prev);
    buf_puts(out, " to ");
    put_ms(out, s->before.clock);
    buf_puts(out, ".");
  }
}

/* Why a waiting timer did not run before this step: timers run only in a
 * timers phase, and this iteration's is over. */
static void pending_timers_clause(const NrStep *s, Buf *out) {
  uint32_t n = s->before.count[HI_TIMER];
  if (!n) return;
  const HostItem *next = &s->before.items[s->before.first[HI_TIMER]];
  for (uint32_t i = 1; i < n; i++)
    if (s->before.items[s->before.first[HI_TIMER] + i].due < next->due) next = &s->before.items[s->before.first[HI_TIMER] + i];
  if (next->due <= s->before.now) return;
  buf_puts(out, " Timers run only in a timers phase: this loop iteration's ran at ");
  put_ms(out, s->before.now);
  buf_puts(out, " and the next one comes after this phase, so the timer due at ");
  put_ms(out, next->due);
  buf_puts(out, " waits.");
}

static void why_drain(const NrRun *r, uint32_t i, Buf *out) {
  const NrStep *s = &r->steps[i];
  uint32_t ticks = count_other(s, HI_TICK), jobs = count_other(s, HI_JOB);
  const NrStep *prev = i ? &r->steps[i - 1] : NULL;
  bool continuing = prev && prev->task == s->task && prev->kind == s->kind;
  stack_clause(s, out);
  if (s->kind == HE_TICK) {
    if (continuing) {
      buf_puts(out, " and the nextTick queue is not empty yet, so its next callback runs");
    } else if (prev && prev->task == s->task && prev->kind == HE_JOB) {
      buf_puts(out, " and the job queue is drained, but a job queued a nextTick callback: node empties the "
                    "nextTick queue again before the loop goes on");
    } else {
      buf_printf(out, " (step %u is over). Node drains the nextTick queue first: process.nextTick callbacks run "
                      "before promise jobs",
                 s->task + 1);
    }
    if (jobs) {
      buf_puts(out, " (");
      plural(out, jobs, "job waits", "jobs wait");
      buf_puts(out, " in the job queue)");
    }
    buf_putc(out, '.');
    return;
  }
  if (ticks) {
    buf_puts(out, " and the job queue is being drained: V8 runs every job, including the ones queued meanwhile, "
                  "before node looks at the nextTick queue again (");
    plural(out, ticks, "callback waits", "callbacks wait");
    buf_puts(out, " there).");
    return;
  }
  if (continuing) {
    buf_puts(out, ", and the job queue is not empty yet: it is drained completely, jobs queued meanwhile "
                  "included, before anything else runs.");
    return;
  }
  buf_puts(out, " and the nextTick queue is empty, so the next job in the job (microtask) queue runs.");
}

/* " and the nextTick and job queues are drained." - checked, not assumed. */
static void drained_clause(const NrStep *s, Buf *out) {
  uint32_t ticks = count_other(s, HI_TICK), jobs = count_other(s, HI_JOB);
  if (!ticks && !jobs) {
    buf_puts(out, " and the nextTick and job queues are drained.");
    return;
  }
  buf_puts(out, ", but ");
  if (ticks) plural(out, ticks, "nextTick callback", "nextTick callbacks");
  if (ticks && jobs) buf_puts(out, " and ");
  if (jobs) plural(out, jobs, "job", "jobs");
  buf_puts(out, ticks + jobs == 1 ? " still waits" : " still wait");
  if (s->kind == HE_TIMER)
    buf_puts(out, ": after an uncaught exception in a timer callback, node goes back to its timer list "
                  "(processTimers) before it drains them.");
  else
    buf_putc(out, '.');
}

static void why_timer(const NrStep *s, Buf *out) {
  stack_clause(s, out);
  drained_clause(s, out);
  buf_puts(out, " The event loop is in its timers phase, which started at ");
  put_ms(out, s->before.now);
  buf_puts(out, ", and this timer (");
  put_ms(out, s->item.msecs);
  buf_puts(out, ", due at ");
  put_ms(out, s->item.due);
  buf_puts(out, ") is due");
  uint32_t more = 0;
  for (uint32_t i = 0; i < s->before.count[HI_TIMER]; i++) {
    const HostItem *t = &s->before.items[s->before.first[HI_TIMER] + i];
    if (t->id != s->item.id && t->due <= s->before.now) more++;
  }
  if (more) {
    buf_puts(out, "; ");
    plural(out, more, "other due timer runs", "other due timers run");
    buf_puts(out, " after it in this phase");
  }
  buf_putc(out, '.');
  if (s->item.msecs == 1) buf_puts(out, " (Node turns a delay below 1 ms, such as 0, into 1 ms.)");
}

/* What is still waiting in v: callbacks that keep the process alive (or
 * would run), and unref'd timers and immediates, which do not. */
static void leftovers(const HostView *v, uint32_t *alive, uint32_t *unrefd) {
  *alive = v->total[HI_TICK] + v->total[HI_JOB] + v->total[HI_IO];
  *unrefd = 0;
  for (uint32_t i = 0; i < v->n; i++)
    if (v->items[i].kind == HI_TIMER || v->items[i].kind == HI_IMMEDIATE) {
      if (v->items[i].refed) ++*alive;
      else ++*unrefd;
    }
}

/* " (an unref'd timer is left; it does not count)" */
static void unref_clause(const HostView *v, Buf *out) {
  uint32_t alive, unrefd;
  leftovers(v, &alive, &unrefd);
  if (!unrefd) return;
  if (unrefd == 1) buf_puts(out, " (an unref'd timer or immediate is left, which does not count)");
  else buf_printf(out, " (%u unref'd timers or immediates are left, which do not count)", unrefd);
}

static void why_unhandled(const NrRun *r, Buf *out) {
  buf_puts(out, "The drain is over and a promise rejected without a handler is still unhandled, so node emits "
                "'unhandledRejection'");
  switch (r->unhandled) {
    case UR_THROW:
      buf_puts(out, "; with no listener, the default mode (throw) raises the reason as an uncaught exception, "
                    "which ends the process unless 'uncaughtException' listeners handle it.");
      return;
    case UR_STRICT:
      buf_puts(out, " after raising the reason as an uncaught exception (--unhandled-rejections=strict).");
      return;
    case UR_WARN: buf_puts(out, " and prints a warning (--unhandled-rejections=warn)."); return;
    case UR_NONE: buf_puts(out, "; nothing else happens (--unhandled-rejections=none)."); return;
    default:
      buf_puts(out, "; with no listener it prints a warning and sets the exit code to 1 "
                    "(--unhandled-rejections=warn-with-error-code).");
      return;
  }
}

/* A port delivers: the pass over the thread's ports in its poll phase. */
static void why_message(const NrStep *s, Buf *out) {
  stack_clause(s, out);
  drained_clause(s, out);
  buf_puts(out, " In its poll phase the event loop visits the thread's message ports in the order they were made "
                "and delivers each one's messages, one at a time with a drain after each;");
  switch (s->msg) {
    case HM_LOAD:
      buf_puts(out, " the worker has just started and the first message on its internal port tells it to load its "
                    "script (it tells its parent it is online first).");
      return;
    case HM_ONLINE:
    case HM_STDIO:
    case HM_ERROR:
      buf_printf(out, " worker %u's internal port has a message: node sends %s this way.", s->peer,
                 s->msg == HM_ONLINE ? "'online' (its thread started)"
                 : s->msg == HM_STDIO ? "a worker's console output" : "a worker's uncaught exception");
      return;
    case HM_ACK: buf_puts(out, " the internal port has an acknowledgement of the worker's output."); return;
    default: buf_puts(out, " this port has a message waiting."); return;
  }
}

static void why_task(const NrRun *r, uint32_t i, Buf *out) {
  const NrStep *s = &r->steps[i];
  switch (s->kind) {
    case HE_MAIN:
      buf_puts(out, "Node runs the main script first, top to bottom, on an empty call stack. Whatever it hands "
                    "to the host (timers, I/O) or queues (nextTicks, jobs) waits until the stack is empty again.");
      return;
    case HE_TIMER: why_timer(s, out); return;
    case HE_IMMEDIATE:
      stack_clause(s, out);
      drained_clause(s, out);
      buf_puts(out, " The event loop is in its check phase, which runs, in order, the immediates queued before it "
                    "began.");
      pending_timers_clause(s, out);
      return;
    case HE_IO:
      stack_clause(s, out);
      drained_clause(s, out);
      buf_puts(out, " The event loop is in its poll phase, and this I/O has completed (at ");
      put_ms(out, s->before.clock);
      buf_puts(out, "), so the host hands its result back.");
      pending_timers_clause(s, out);
      return;
    case HE_MESSAGE: why_message(s, out); return;
    case HE_WORKER_END:
      stack_clause(s, out);
      drained_clause(s, out);
      buf_printf(out, " Worker %u has ended and its end has reached this thread, which handles it (node's kOnExit) %s: "
                      "the messages left on the worker's ports are delivered at once, without drains between them, "
                      "then the Worker emits 'exit'.",
                 s->peer, strcmp(s->before.phase, "check") ? "in its poll phase, before its ports"
                                                           : "first in its check phase, before the immediates");
      return;
    case HE_CLOSE:
      stack_clause(s, out);
      drained_clause(s, out);
      buf_puts(out, " A MessagePort was closed (or its peer was): its 'close' event runs in the close-callbacks "
                    "phase, after the check phase.");
      return;
    default: break;
  }
  if (s->before.thread && !strcmp(s->event, "beforeExit")) {
    buf_printf(out, "Worker %u's call stack and queues are empty and nothing keeps its loop alive, so its process "
                    "emits 'beforeExit' (a listener could still schedule more work).",
               s->before.thread);
  } else if (s->before.thread && !strcmp(s->event, "exit")) {
    buf_printf(out, "Worker %u's loop has nothing left to do, so the worker ends: its process emits 'exit'; "
                    "its parent learns of the end later (the Worker's 'exit' event).",
               s->before.thread);
  } else if (!strcmp(s->event, "beforeExit")) {
    buf_puts(out, "The call stack and the queues are empty and nothing keeps the loop alive");
    unref_clause(&s->before, out);
    buf_puts(out, ", so node emits 'beforeExit' (a listener could still schedule more work).");
  }
  else if (!strcmp(s->event, "exit"))
    buf_puts(out, r->res.fatal ? "The process is ending after an uncaught error, so node emits 'exit'."
                               : "The loop has nothing left to do, so the process ends: node emits 'exit'.");
  else if (!strcmp(s->event, "uncaughtException") && i > 0)
    buf_printf(out, "Step %u threw an exception that nothing caught, and process has 'uncaughtException' "
                    "listeners, so node calls them instead of crashing.",
               i);
  else if (!strcmp(s->event, "uncaughtException"))
    buf_puts(out, "An exception was not caught, and process has 'uncaughtException' listeners, so node calls them "
                  "instead of crashing.");
  else if (!strcmp(s->event, "unhandledRejection"))
    why_unhandled(r, out);
  else if (!strcmp(s->event, "rejectionHandled"))
    buf_puts(out, "A handler was attached to a rejection node had already reported, so node emits "
                  "'rejectionHandled'.");
  else buf_printf(out, "Node emits process '%s'.", s->event);
}

void nr_why(const NrRun *r, uint32_t i, Buf *out) {
  const NrStep *s = &r->steps[i];
  if (s->kind == HE_JOB && is_module_start(&s->item)) {
    buf_puts(out, "An ES module's body runs as a job once node has loaded it: it is the first thing on the empty "
                  "call stack.");
    return;
  }
  if (s->kind == HE_TICK || s->kind == HE_JOB) why_drain(r, i, out);
  else why_task(r, i, out);
}

void nr_ending(const NrRun *r, Buf *out) {
  const HostResult *res = &r->res;
  if (r->truncated) {
    buf_printf(out, "Stopped after %u steps (--limit N narrates more); the rest of the run is not shown.", r->n);
    return;
  }
  if (res->unsupported) {
    buf_puts(out, "The program used something ticktock does not model (see stderr); the run stopped there.");
    return;
  }
  if (res->drain_exceeded) {
    buf_puts(out, "A microtask/nextTick drain exceeded --max-drain: the queues keep refilling themselves, so timers, "
                  "I/O and immediates starve; the run stopped there.");
    return;
  }
  if (res->steps_exceeded) {
    buf_puts(out, "A synchronous run exceeded --max-steps: the program blocks the event loop; the run stopped "
                  "there.");
    return;
  }
  if (res->fatal) {
    buf_printf(out, "The process ended after an uncaught error, with exit code %d.", res->exit_code);
    return;
  }
  uint32_t alive = 0, unrefd = 0;
  if (r->n) leftovers(&r->steps[r->n - 1].after, &alive, &unrefd);
  if (alive) {
    buf_printf(out, "The process exited with code %d (process.exit) while ", res->exit_code);
    plural(out, alive, "callback", "callbacks");
    buf_puts(out, " still waited.");
    return;
  }
  buf_puts(out, "Nothing is left: the call stack and the queues are empty and nothing keeps the loop alive");
  if (r->n) unref_clause(&r->steps[r->n - 1].after, out);
  buf_printf(out, ", so the process exits with code %d.", res->exit_code);
}

bool nr_internal(const NrRun *r, uint32_t i) {
  const NrStep *s = &r->steps[i];
  if (s->kind == HE_MESSAGE && s->msg == HM_ACK && !s->out_len && !s->err_len) return true;
  if (s->kind != HE_JOB || s->out_len || s->err_len || is_module_start(&s->item)) return false;
  for (uint32_t k = 0; k < r->nchoices; k++)
    if (r->choices[k].step == i && r->choices[k].option) return false;
  return s->item.sub == HS_PASS || s->item.builtin;
}

const char *nr_phase(const NrRun *r, uint32_t i) {
  const NrStep *task = &r->steps[r->steps[i].task];
  if (task->kind == HE_MAIN || (task->kind == HE_JOB && is_module_start(&task->item))) return "main";
  return r->steps[i].before.phase;
}

void nr_thread(const NrRun *r, uint32_t i, bool full, Buf *out) {
  const HostView *v = &r->steps[i].before;
  if (!v->thread) {
    buf_puts(out, full ? "the main thread" : "main thread");
    return;
  }
  buf_printf(out, "worker %u", v->thread);
  if (!full) return;
  if (v->thread_eval) buf_printf(out, " (eval code at %u:%u)", v->thread_line, v->thread_col);
  else buf_printf(out, " (%s)", r->file);
}

/* A note worth telling: a switch to another thread (with the options the
 * scheduler had), a start, an end, time passing, a message received; not
 * the thread of the previous step going on, nor a message not seen yet
 * (a witness's choices tell those). */
static bool note_told(const NrRun *r, const NrNote *n) {
  if (strstr(n->text, " does not see ")) return false;
  if (!n->runs || n->step == 0 || n->step > r->n || strstr(n->text, ", wakes")) return true;
  return r->steps[n->step - 1].before.thread != n->thread;
}

void nr_sched(const NrRun *r, uint32_t i, Buf *out) {
  uint32_t told = 0, first = 0, k;
  for (k = 0; k < r->nnotes && r->notes[k].step < i; k++) {}
  first = k;
  for (; k < r->nnotes && r->notes[k].step == i; k++) told += note_told(r, &r->notes[k]);
  if (!told) return;
  enum { SHOWN = 6 };
  uint32_t skip = told > SHOWN ? told - SHOWN : 0, seen = 0;
  if (skip) buf_printf(out, "(%u earlier scheduler decisions) ", skip);
  for (k = first; k < r->nnotes && r->notes[k].step == i; k++) {
    const NrNote *n = &r->notes[k];
    if (!note_told(r, n) || seen++ < skip) continue;
    char c = n->text[0];
    buf_putc(out, c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c); /* a sentence */
    buf_puts(out, n->text + 1);
    if (n->others[0] && n->runs) buf_printf(out, " (the scheduler could also have: %s)", n->others);
    buf_puts(out, ". ");
  }
  if (out->len && out->data[out->len - 1] == ' ') out->data[--out->len] = '\0';
}
