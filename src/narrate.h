/* narrate.h - one schedule of a program recorded step by step, and the
 * sentences that explain it (ticktock explain).
 *
 * A step is one callback the event loop runs (the main script, a timer,
 * an immediate, an I/O completion, a process event) or one item of a
 * drain (a nextTick callback, a promise job).  For each step the record
 * keeps the queues just before it was taken (HostView, the item itself
 * still queued) and just after it ran, what it printed, and the schedule
 * choices taken meanwhile.  The recorder runs the host with its trace hook
 * (host_node.h) and output capture; it never changes what the program
 * does, so the recorded output is exactly `ticktock run`'s for the same
 * schedule.
 *
 * Ownership: an NrRun owns its steps, views and output (nr_free).
 */
#ifndef TT_NARRATE_H
#define TT_NARRATE_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "engine.h"
#include "host_node.h"

/* Items listed per queue in the recorded views (longer queues are counted,
 * not listed). */
enum { NR_VIEW_ITEMS = 100 };

/* A schedule choice the host took (see ChoiceKind). */
typedef struct NrChoice {
  char letter;               /* choice_letters: b, p, r, q, s */
  uint32_t option, options;  /* taken option, number of options */
  uint32_t step;             /* index of the step it belongs to */
  bool during;               /* taken while that step ran (else: just before it) */
  double clock;              /* the clock right after the choice */
  char *text;                /* t: what the option taken does (the host's words), or NULL */
} NrChoice;

/* A decision of the worker scheduler (HostSched), told before a step. */
typedef struct NrNote {
  uint32_t step;             /* the step it comes before (n: after the last one) */
  uint32_t thread;           /* the thread it concerns */
  bool runs;                 /* that thread runs now */
  char *text, *others;       /* what happened; the other options ("" none) */
} NrNote;

typedef struct NrStep {
  HostEventKind kind;
  HostItem item;             /* what ran (HE_MAIN, HE_EMIT: name only) */
  char event[24];            /* HE_EMIT: the event name */
  HostMsgKind msg;           /* HE_MESSAGE: what the message is */
  uint32_t peer;             /* HE_MESSAGE, HE_WORKER_END: the worker concerned */
  int exit_code;             /* HE_WORKER_END: the worker's */
  uint32_t task;             /* index of the step whose drain this is (itself for a task) */
  HostView before, after;    /* queues when it was taken (item included) and after it ran */
  uint32_t *added;           /* indices into after.items: queued by this step (listed ones) */
  uint32_t nadded;
  uint32_t queued[HI__COUNT];/* how many items this step queued, listed or not */
  uint32_t *removed;         /* indices into before.items: cancelled by this step */
  uint32_t nremoved;
  uint32_t rearmed;          /* index into after.items + 1 of a re-armed interval, or 0 */
  bool stopped;              /* the interval that ran was cleared in its callback (not re-armed) */
  size_t out_off, out_len;   /* stdout written, in NrRun.out */
  size_t err_off, err_len;   /* stderr written, in NrRun.err */
} NrStep;

typedef struct NrRun {
  const char *file;          /* as given (borrowed) */
  const char *witness;       /* NULL: the default schedule of `run` (borrowed) */
  NrStep *steps;
  uint32_t n, cap;
  NrChoice *choices;
  uint32_t nchoices, cchoices;
  NrNote *notes;             /* the worker scheduler's decisions, in order */
  uint32_t nnotes, cnotes;
  bool threads;              /* the program created workers: steps name their thread */
  Buf out, err;              /* everything the program wrote */
  HostResult res;
  UnhandledMode unhandled;   /* the --unhandled-rejections mode it ran with */
  double end_clock;
  bool truncated;            /* stopped after the step limit */
  bool mismatch;             /* the witness does not fit the program */
  size_t witness_used;       /* characters of the witness consumed */
} NrRun;

/* Runs e's program on the schedule `witness` (NULL: run's default
 * schedule; "" : the explorer's option-0 schedule) and records at most
 * limit steps.  Returns false only if the machine cannot be made (an
 * internal error). */
bool nr_record(Engine *e, const HostOpts *opts, const char *witness, uint32_t limit, NrRun *out);
void nr_free(NrRun *r);

/* Sentences, appended to out (no trailing newline). */
/* Why the loop takes step i now: the call stack, the queues, the phase. */
void nr_why(const NrRun *r, uint32_t i, Buf *out);
/* What happened to the clock between step i-1 and step i, or nothing. */
void nr_time_note(const NrRun *r, uint32_t i, Buf *out);
/* What step i runs: "then-handler anonymous (4:25)". */
void nr_runs(const NrStep *s, Buf *out);
/* The context of step i: "main script", "timers phase", "job queue (after ...)". */
void nr_where(const NrRun *r, uint32_t i, Buf *out);
/* A queued item: "anonymous (2:12) due at 1 ms". */
void nr_item(const HostItem *it, Buf *out);
/* A function: "name (L:C)", "anonymous (L:C)", "built-in name". */
void nr_fn(const HostItem *it, Buf *out);
/* What choice k of r means: "a millisecond boundary passes ...". */
void nr_choice(const NrRun *r, uint32_t k, Buf *out);
/* True when step i runs no code of the program (a built-in's own job, a
 * reaction without handler) and prints nothing. */
bool nr_internal(const NrRun *r, uint32_t i);
/* How the program ended: exit code, and why the loop stopped. */
void nr_ending(const NrRun *r, Buf *out);

/* The thread step i runs in: "the main thread", "worker 1 (eval code at
 * 5:23)"; short: "main thread", "worker 1". */
void nr_thread(const NrRun *r, uint32_t i, bool full, Buf *out);
/* The scheduler's decisions before step i (i == n: after the last step),
 * joined into sentences; nothing when there are none worth telling. */
void nr_sched(const NrRun *r, uint32_t i, Buf *out);

/* The loop phase step i belongs to: "main" for the main script (or module
 * body) and its drain, else the host's phase when it was taken. */
const char *nr_phase(const NrRun *r, uint32_t i);

/* Queue names, indexed by HostItemKind ("nextTick queue", "job queue", ...). */
extern const char *const nr_queue_names[HI__COUNT];
/* Short kind names for JSON ("tick", "job", "timer", "immediate", "io"). */
extern const char *const nr_item_kinds[HI__COUNT];

#endif
