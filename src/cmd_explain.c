/* cmd_explain.c - `ticktock explain FILE`: one schedule narrated step by
 * step, the way the seed article walks through its examples: what runs on
 * the call stack, what waits in the nextTick queue, the job (microtask)
 * queue, the timers, the immediates and the pending I/O, and why the event
 * loop takes the next item.  --witness narrates the schedule behind an
 * output `check` printed; --diff shows where two schedules part.
 *
 * The recording and the sentences are narrate.c; this file lays them out
 * as text blocks (one per step, a few lines each, long queues abbreviated)
 * or as JSON:
 *
 *   explain --format json:  [STEP, ..., END]
 *   STEP = {"step": 1-based number, "kind": "main"|"tick"|"job"|"timer"|
 *           "immediate"|"io"|"emit"|"message"|"worker_end"|"close", "where":
 *           "timers phase" | "job queue, draining after step 1" | ...,
 *           "thread": {"id": 0 main | N worker N, "name", "source": null |
 *           the file | {"eval": true, "line", "col"}}, "scheduler": [{"text",
 *           "others"}] (worker scheduler decisions before the step),
 *           "message": "port"|"parentPort"|"worker"|"online"|"error"|"stdio"|
 *           "load"|"ack" and "worker": N (kind "message"), "worker", "exit_code"
 *           (kind "worker_end"), "phase": host phase when taken ("main","loop",
 *           "timers","poll","check","close","exit","done"),
 *           "clock": ms when taken, "clock_after": ms when it returned,
 *           "call_stack": frames on the stack when taken (0: empty),
 *           "task": the step whose drain it belongs to (itself for a task),
 *           "event": process event name (kind "emit") or null,
 *           "runs": what it runs (text), "item": ITEM that ran or null,
 *           "note": why the clock moved before it, or null, "why": text,
 *           "choices": [CHOICE], "stdout": text, "stderr": text,
 *           "queued": [ITEM] (added by this step; "rearmed": true for an
 *           interval put back), "cancelled": [ITEM],
 *           "queues": {"nextTick","jobs","timers","immediates","io": [ITEM]}
 *           after the step, each at most 100 items, "queue_sizes": the
 *           same keys with the full lengths}
 *   END  = {"step": n+1, "kind": "end", "clock": ms, "exit_code": n (null
 *           when --max-steps or --max-drain stopped the run),
 *           "fatal": bool, "truncated": bool, "why": text}
 *   ITEM = {"kind": "tick"|"job"|"timer"|"immediate"|"io", "what": "call"|
 *           "reaction"|"pass"|"await"|"thenable"|"resolve"|"reject",
 *           "name": function name ("" anonymous), "line", "col" (0: not in
 *           the file), "builtin": bool, "label": text, and per kind
 *           "rejected" (job), "delay", "due", "repeat", "refed" (timer),
 *           "refed" (immediate), "due", "latest" (io; null: unbounded),
 *           "request" (io: 1 for the program's first I/O request, ...)}
 *   CHOICE = {"choice": "b1", "option": 1, "options": 2, "during": bool
 *           (taken while the step ran, else just before it), "text": text}
 *
 *   explain --diff A B --format json:
 *     {"file", "a": RUN, "b": RUN, "diverge": null | {"choice": 1-based
 *      index, "step": 1-based step, "a": CHOICE, "b": CHOICE},
 *      "first_different_line": 1-based line or null}
 *   RUN = {"witness", "stdout", "steps": [STEP, ..., END]}
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "cli.h"
#include "narrate.h"
#include "report.h"

enum { EX_WIDTH = 96, EX_LABEL = 8, EX_QUEUE_ITEMS = 4, EX_OUT_LINES = 8 };

static void explain_help(void) {
  printf("usage: ticktock explain [OPTIONS] FILE\n\n"
         "Narrates one schedule of FILE step by step, the way an event-loop tutorial\n"
         "walks through an example: each step is one callback the loop runs (the main\n"
         "script, a nextTick callback, a promise job, a timer, an immediate, an I/O\n"
         "completion, a process event), with why the loop takes it now, what it prints,\n"
         "and the queues after it: the nextTick queue, the job (microtask) queue, the\n"
         "timers handed to the host with their deadlines, the immediates and the pending\n"
         "I/O.  Items marked + were queued by that step.  Times are the virtual clock in\n"
         "ms since the program started.  Positions are LINE:COL in FILE.\n\n"
         "By default the schedule is `ticktock run`'s: synchronous code takes no time,\n"
         "I/O completes 1 ms after it starts, Math.random() returns 0.5.\n\n"
         "  --witness W        narrate the schedule W (a witness printed by `ticktock\n"
         "                     check`, e.g. b0s0b1; also --schedule W): its choices, then\n"
         "                     the default ones\n"
         "  --diff W1 W2       explain where two schedules part: the first choice that\n"
         "                     differs and what each schedule does next (W may be \"\" for\n"
         "                     the explorer's all-default schedule)\n"
         "  --format FMT       text (default) or json (a JSON array of steps; schema in\n"
         "                     src/cmd_explain.c and the README)\n"
         "  --limit N          narrate at most N steps (default 200; 0: no limit)\n"
         "  --unhandled-rejections=MODE, --stack-limit N, --max-steps N, --seed N\n"
         "                     as for run\n"
         "  --jitter MS, --first-timer-stall MS, --ideal-time\n"
         "                     the time model a witness was found with (as for check)\n"
         "  -h, --help         show this help\n\n"
         "exit status: 0 narrated (whatever the program's own exit code, which the\n"
         "narration states), 2 bad usage, a FILE that cannot be run, or a witness that\n"
         "does not fit FILE\n");
}

/* --- options ------------------------------------------------------------------------------- */

typedef struct ExOpts {
  HostOpts host;
  const char *file, *witness, *diff[2];
  bool json, diffing;
  uint32_t limit;
} ExOpts;

/* A witness is choice letters each followed by a number. */
static bool ex_witness_ok(const char *w) {
  for (const char *p = w; *p;) {
    if (!memchr(choice_letters, *p, CH__COUNT)) return false; /* (not a C string) */
    p++;
    if (*p < '0' || *p > '9') return false;
    while (*p >= '0' && *p <= '9') p++;
  }
  return true;
}

static int ex_bad_witness(const char *w) {
  return cli_bad_witness("explain", w);
}

/* Returns -1 to go on, else the exit status (help printed, usage error). */
static int ex_parse(int argc, char **argv, ExOpts *o) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      explain_help();
      return EXIT_OK;
    }
    if (!strcmp(a, "--witness") || !strcmp(a, "--schedule")) {
      if (i + 1 >= argc) return cli_usage_error("explain", "%s needs a witness (e.g. b0s0b1)", a);
      o->witness = argv[++i];
      if (!ex_witness_ok(o->witness)) return ex_bad_witness(o->witness);
    } else if (!strcmp(a, "--diff")) {
      if (i + 2 >= argc) return cli_usage_error("explain", "%s", "--diff needs two witnesses");
      o->diff[0] = argv[++i];
      o->diff[1] = argv[++i];
      for (int k = 0; k < 2; k++)
        if (!ex_witness_ok(o->diff[k])) return ex_bad_witness(o->diff[k]);
      o->diffing = true;
    } else if (!strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
      const char *v = a[8] == '=' ? a + 9 : i + 1 < argc ? argv[++i] : NULL;
      if (!v || (strcmp(v, "text") && strcmp(v, "json")))
        return cli_usage_error("explain", "--format is text or json, not '%s'", v ? v : "");
      o->json = !strcmp(v, "json");
    } else if (!strcmp(a, "--limit")) {
      char *end = NULL;
      const char *v = i + 1 < argc ? argv[++i] : "";
      unsigned long n = strtoul(v, &end, 10);
      if (!*v || *end || *v == '-') return cli_usage_error("explain", "%s", "--limit needs a number of steps");
      o->limit = (uint32_t)(n > UINT32_MAX ? UINT32_MAX : n);
    } else {
      int r = cli_host_option(argc, argv, &i, &o->host);
      if (r < 0) return EXIT_BAD_INPUT;
      if (r > 0) continue;
      if (a[0] == '-' && a[1]) return cli_usage_error("explain", "unknown option '%s'", a);
      if (o->file) return cli_usage_error("explain", "%s", "explain takes one FILE");
      o->file = a;
    }
  }
  if (!o->file) return cli_usage_error("explain", "%s", "no input file");
  if (o->witness && o->diffing) return cli_usage_error("explain", "%s", "--witness and --diff do not go together");
  return -1;
}

/* --- text layout ---------------------------------------------------------------------------- */

/* Prints text word-wrapped from column col (already printed), continuation
 * lines indented to column start. */
static void ex_fill(FILE *f, const char *text, int col, int start) {
  const char *p = text;
  bool line_start = true; /* nothing written on this line yet */
  while (*p) {
    const char *w = p;
    int width = 0; /* in characters: UTF-8 continuation bytes take no column */
    for (; *p && *p != ' '; p++) width += ((unsigned char)*p & 0xC0) != 0x80;
    if (!line_start && col + 1 + width > EX_WIDTH) {
      fprintf(f, "\n%*s", start, "");
      col = start;
    } else if (!line_start) {
      fputc(' ', f);
      col++;
    }
    fwrite(w, 1, (size_t)(p - w), f);
    col += width;
    line_start = false;
    while (*p == ' ') p++;
  }
  fputc('\n', f);
}

/* Prints text word-wrapped after a label column. */
static void ex_wrap(FILE *f, const char *label, const char *text) {
  int col = fprintf(f, "  %-*s", EX_LABEL, label);
  ex_fill(f, text, col, col);
}

static void ex_wrap_buf(FILE *f, const char *label, Buf *b) {
  ex_wrap(f, label, b->data ? b->data : "");
  buf_clear(b);
}

/* The program's output, verbatim, a few lines at most. */
static void ex_output(FILE *f, const char *label, const char *s, size_t n) {
  if (!n) return;
  uint32_t lines = 0;
  for (size_t i = 0; i < n; i++) lines += s[i] == '\n';
  if (s[n - 1] != '\n') lines++;
  const char *p = s, *end = s + n;
  for (uint32_t k = 0; p < end; k++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (k == EX_OUT_LINES && lines > EX_OUT_LINES + 1) {
      fprintf(f, "  %-*s… %u more lines\n", EX_LABEL, "", lines - k);
      return;
    }
    size_t shown = len > 160 ? 160 : len;
    while (shown < len && shown > 0 && ((unsigned char)p[shown] & 0xC0) == 0x80) shown--;
    fprintf(f, "  %-*s%.*s%s\n", EX_LABEL, k ? "" : label, (int)shown, p, shown < len ? "…" : "");
    p += len + 1;
  }
}

static bool ex_is_added(const NrStep *s, uint32_t idx) {
  for (uint32_t i = 0; i < s->nadded; i++)
    if (s->added[i] == idx) return true;
  return false;
}

/* The queues of one side after the step: one line per non-empty queue,
 * the empty ones named together. */
static void ex_queue_group(FILE *f, const NrStep *s, const char *label, int from, int to) {
  Buf b, empty;
  buf_init(&b);
  buf_init(&empty);
  for (int k = from; k < to; k++) {
    uint32_t n = s->after.total[k], listed = s->after.count[k];
    if (!n) {
      buf_printf(&empty, "%s%s", empty.len ? ", " : "", nr_queue_names[k]);
      continue;
    }
    buf_printf(&b, "%s: ", nr_queue_names[k]);
    for (uint32_t i = 0; i < listed && i < EX_QUEUE_ITEMS; i++) {
      uint32_t idx = s->after.first[k] + i;
      if (i) buf_puts(&b, "; ");
      if (ex_is_added(s, idx)) buf_putc(&b, '+');
      nr_item(&s->after.items[idx], &b);
      if (s->rearmed == idx + 1) buf_puts(&b, " (re-armed)");
    }
    if (n > EX_QUEUE_ITEMS) {
      uint32_t fresh = s->queued[k];
      for (uint32_t i = 0; i < listed && i < EX_QUEUE_ITEMS; i++) fresh -= ex_is_added(s, s->after.first[k] + i);
      buf_printf(&b, "; … %u more", n - EX_QUEUE_ITEMS);
      if (fresh) buf_printf(&b, " (%u new)", fresh);
    }
    ex_wrap_buf(f, label, &b);
    label = "";
  }
  if (empty.len) {
    buf_printf(&b, "empty: %s", empty.data);
    ex_wrap_buf(f, label, &b);
  }
  buf_free(&b);
  buf_free(&empty);
}

/* After the step: the queues JavaScript-side (nextTicks, jobs), then what
 * the host holds (timers, immediates, I/O). */
static void ex_queues(FILE *f, const NrStep *s) {
  ex_queue_group(f, s, "queues", HI_TICK, HI_TIMER);
  ex_queue_group(f, s, "host", HI_TIMER, HI__COUNT);
}

static void ex_choices(FILE *f, const NrRun *r, uint32_t step, bool during, Buf *b) {
  for (uint32_t k = 0; k < r->nchoices; k++) {
    const NrChoice *c = &r->choices[k];
    if (c->step != step || c->during != during || (!c->option && !r->witness)) continue;
    if (!c->option && (c->letter == 'b' || c->letter == 'w')) continue; /* "no boundary here" everywhere would drown the rest */
    buf_printf(b, "%c%u (of %u): ", c->letter, c->option, c->options);
    nr_choice(r, k, b);
    buf_putc(b, '.');
    ex_wrap_buf(f, "choice", b);
  }
}

/* With workers: the thread the step runs in, and the scheduler's decisions
 * since the previous step. */
static void ex_threads(FILE *f, const NrRun *r, uint32_t i, Buf *b) {
  if (!r->threads) return;
  if (i < r->n && (i == 0 || r->steps[i - 1].before.thread != r->steps[i].before.thread)) {
    buf_puts(b, "runs in ");
    nr_thread(r, i, true, b);
    buf_putc(b, '.');
  }
  Buf t;
  buf_init(&t);
  nr_sched(r, i, &t);
  if (t.len) buf_printf(b, "%s%s", b->len ? " " : "", t.data);
  buf_free(&t);
  if (b->len) ex_wrap_buf(f, "thread", b);
}

static bool ex_is_quiet(const NrStep *s) {
  return s->kind == HE_EMIT && !s->out_len && !s->err_len && !s->nadded && !s->nremoved;
}

/* "step 3 · 1 ms · timers phase" */
static void ex_header(Buf *b, const NrRun *r, uint32_t i) {
  const NrStep *s = &r->steps[i];
  buf_printf(b, "step %u · ", i + 1);
  buf_printf(b, s->before.clock == floor(s->before.clock) ? "%.0f ms · " : "%g ms · ", s->before.clock);
  if (r->threads) {
    nr_thread(r, i, false, b);
    buf_puts(b, " · ");
  }
  nr_where(r, i, b);
}

/* True when step i is told in one line (nothing of the program runs or
 * nothing happens). */
static bool ex_brief(const NrRun *r, uint32_t i) {
  if (!ex_is_quiet(&r->steps[i]) && !nr_internal(r, i)) return false;
  Buf t; /* the scheduler's decisions before it need the full form */
  buf_init(&t);
  nr_sched(r, i, &t);
  bool brief = t.len == 0;
  buf_free(&t);
  return brief;
}

/* The one-line form of a step: header, what runs, what it queued or printed. */
static void ex_line(FILE *f, const NrRun *r, uint32_t i) {
  const NrStep *s = &r->steps[i];
  Buf b;
  buf_init(&b);
  ex_header(&b, r, i);
  if (ex_is_quiet(s)) {
    buf_puts(&b, ": nothing is printed or queued");
  } else {
    buf_puts(&b, ": ");
    nr_runs(s, &b);
    if (s->out_len) {
      const char *p = r->out.data + s->out_off;
      size_t len = s->out_len - (p[s->out_len - 1] == '\n');
      buf_printf(&b, "; prints \"%.*s\"", (int)(len > 120 ? 120 : len), p);
    } else if (nr_internal(r, i)) {
      buf_puts(&b, s->nadded ? "; queues" : "; queues nothing");
      for (uint32_t k = 0; k < s->nadded; k++) {
        buf_puts(&b, k ? ", +" : " +");
        nr_item(&s->after.items[s->added[k]], &b);
      }
    }
  }
  ex_fill(f, b.data, 0, 4);
  buf_free(&b);
}

static void ex_step_text(FILE *f, const NrRun *r, uint32_t i) {
  const NrStep *s = &r->steps[i];
  if (ex_brief(r, i)) {
    ex_line(f, r, i);
    return;
  }
  Buf b;
  buf_init(&b);
  ex_header(&b, r, i);
  fprintf(f, "%s\n", b.data);
  buf_clear(&b);
  nr_time_note(r, i, &b);
  if (b.len) ex_wrap_buf(f, "note", &b);
  ex_threads(f, r, i, &b);
  ex_choices(f, r, i, false, &b);
  nr_why(r, i, &b);
  ex_wrap_buf(f, "why", &b);
  nr_runs(s, &b);
  ex_wrap_buf(f, "stack", &b);
  ex_output(f, "prints", r->out.data + s->out_off, s->out_len);
  ex_output(f, "stderr", r->err.data + s->err_off, s->err_len);
  ex_choices(f, r, i, true, &b);
  for (uint32_t k = 0; k < s->nremoved; k++) {
    buf_printf(&b, "%s: ", nr_queue_names[s->before.items[s->removed[k]].kind]);
    nr_item(&s->before.items[s->removed[k]], &b);
    ex_wrap_buf(f, "cleared", &b);
  }
  if (s->stopped) ex_wrap(f, "cleared", "this interval: its callback cleared it, so it is not re-armed");
  if (s->after.clock > s->before.clock) {
    buf_puts(&b, "the clock reads ");
    buf_printf(&b, s->after.clock == floor(s->after.clock) ? "%.0f ms" : "%g ms", s->after.clock);
    buf_puts(&b, " when this step returns");
    ex_wrap_buf(f, "time", &b);
  }
  ex_queues(f, s);
  buf_free(&b);
}

static void ex_end_text(FILE *f, const NrRun *r) {
  Buf b;
  buf_init(&b);
  fprintf(f, "end · %s%.0f ms\n", r->end_clock == floor(r->end_clock) ? "" : "~", r->end_clock);
  ex_threads(f, r, r->n, &b);
  nr_ending(r, &b);
  ex_wrap_buf(f, "why", &b);
  buf_free(&b);
}

/* "schedule: ..." after prefix ("" or "A: "). */
static void ex_schedule_line(FILE *f, const char *prefix, const char *witness) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "%sschedule: ", prefix);
  if (!witness)
    buf_puts(&b, "the default one of `ticktock run`: synchronous code takes no time, I/O takes 1 ms, "
                 "Math.random() returns 0.5");
  else if (!*witness) buf_puts(&b, "the explorer's default choices (option 0 at every choice point)");
  else buf_printf(&b, "%s (as `ticktock run --schedule %s`)", witness, witness);
  ex_fill(f, b.data, 0, (int)strlen(prefix) + 10);
  buf_free(&b);
}

static void ex_text(FILE *f, const NrRun *r) {
  fprintf(f, "ticktock explain %s\n", r->file);
  ex_schedule_line(f, "", r->witness);
  for (uint32_t i = 0; i < r->n; i++) {
    if (!(i > 0 && ex_brief(r, i) && ex_brief(r, i - 1))) fputc('\n', f); /* brief steps go together */
    ex_step_text(f, r, i);
  }
  fputc('\n', f);
  ex_end_text(f, r);
}

/* --- JSON ---------------------------------------------------------------------------------------- */

static void js_str(Buf *b, const char *s) { rp_json_string(b, s, strlen(s)); }

static void js_num(Buf *b, double v) {
  if (isinf(v) || isnan(v)) buf_puts(b, "null");
  else if (v == floor(v) && fabs(v) < 1e15) buf_printf(b, "%.0f", v);
  else buf_printf(b, "%.17g", v);
}

static void js_item(Buf *b, const HostItem *it, bool rearmed) {
  static const char *const what[] = {"call", "reaction", "pass", "await", "thenable", "resolve", "reject"};
  buf_printf(b, "{\"kind\": \"%s\", \"what\": \"%s\", \"name\": ", nr_item_kinds[it->kind], what[it->sub]);
  js_str(b, it->main ? (it->kind == HI_JOB ? "module body" : "main script") : it->name);
  buf_printf(b, ", \"line\": %u, \"col\": %u, \"builtin\": %s, \"label\": ", it->line, it->col,
             it->builtin ? "true" : "false");
  Buf l;
  buf_init(&l);
  nr_item(it, &l);
  js_str(b, l.data ? l.data : "");
  buf_free(&l);
  if (it->kind == HI_JOB) buf_printf(b, ", \"rejected\": %s", it->rejected ? "true" : "false");
  if (it->kind == HI_TIMER) {
    buf_puts(b, ", \"delay\": ");
    js_num(b, it->msecs);
    buf_puts(b, ", \"due\": ");
    js_num(b, it->due);
    buf_printf(b, ", \"repeat\": %s", it->repeat ? "true" : "false");
  }
  if (it->kind == HI_TIMER || it->kind == HI_IMMEDIATE) buf_printf(b, ", \"refed\": %s", it->refed ? "true" : "false");
  if (it->kind == HI_IO) {
    buf_puts(b, ", \"due\": ");
    js_num(b, it->due);
    buf_puts(b, ", \"latest\": ");
    js_num(b, it->latest);
    buf_printf(b, ", \"request\": %u", it->seq);
  }
  if (rearmed) buf_puts(b, ", \"rearmed\": true");
  buf_putc(b, '}');
}

static void js_text_field(Buf *b, const char *key, Buf *text) {
  buf_printf(b, ", \"%s\": ", key);
  if (text->len) rp_json_string(b, text->data, text->len);
  else buf_puts(b, "null");
  buf_clear(text);
}

static void js_choice(Buf *b, const NrRun *r, uint32_t k) {
  const NrChoice *c = &r->choices[k];
  Buf t;
  buf_init(&t);
  nr_choice(r, k, &t);
  buf_printf(b, "{\"choice\": \"%c%u\", \"option\": %u, \"options\": %u, \"during\": %s, \"text\": ", c->letter,
             c->option, c->option, c->options, c->during ? "true" : "false");
  js_str(b, t.data ? t.data : "");
  buf_putc(b, '}');
  buf_free(&t);
}

static void js_queues(Buf *b, const NrStep *s) {
  static const char *const keys[HI__COUNT] = {"nextTick", "jobs", "timers", "immediates", "io"};
  buf_puts(b, ", \"queues\": {");
  for (int k = 0; k < HI__COUNT; k++) {
    buf_printf(b, "%s\"%s\": [", k ? ", " : "", keys[k]);
    for (uint32_t i = 0; i < s->after.count[k]; i++) {
      uint32_t idx = s->after.first[k] + i;
      if (i) buf_puts(b, ", ");
      js_item(b, &s->after.items[idx], s->rearmed == idx + 1);
    }
    buf_putc(b, ']');
  }
  buf_puts(b, "}, \"queue_sizes\": {");
  for (int k = 0; k < HI__COUNT; k++) buf_printf(b, "%s\"%s\": %u", k ? ", " : "", keys[k], s->after.total[k]);
  buf_putc(b, '}');
}

static void js_step(Buf *b, const NrRun *r, uint32_t i) {
  static const char *const kinds[] = {"main", "tick", "job", "timer", "immediate", "io", "emit", "message",
                                      "worker_end", "close"};
  static const char *const msgs[] = {"port", "parentPort", "worker", "online", "error", "stdio", "load", "ack",
                                     "close"};
  const NrStep *s = &r->steps[i];
  Buf t;
  buf_init(&t);
  nr_where(r, i, &t);
  buf_printf(b, "{\"step\": %u, \"kind\": \"%s\", \"where\": ", i + 1, kinds[s->kind]);
  js_str(b, t.data);
  buf_clear(&t);
  buf_printf(b, ", \"thread\": {\"id\": %u, \"name\": ", s->before.thread);
  nr_thread(r, i, false, &t);
  js_str(b, t.data);
  buf_clear(&t);
  buf_puts(b, ", \"source\": ");
  if (s->before.thread && s->before.thread_eval)
    buf_printf(b, "{\"eval\": true, \"line\": %u, \"col\": %u}", s->before.thread_line, s->before.thread_col);
  else if (s->before.thread) js_str(b, r->file);
  else buf_puts(b, "null");
  buf_puts(b, "}");
  if (s->kind == HE_MESSAGE) buf_printf(b, ", \"message\": \"%s\", \"worker\": %u", msgs[s->msg], s->peer);
  if (s->kind == HE_WORKER_END) buf_printf(b, ", \"worker\": %u, \"exit_code\": %d", s->peer, s->exit_code);
  buf_puts(b, ", \"scheduler\": [");
  bool any = false;
  for (uint32_t k = 0; k < r->nnotes; k++) {
    const NrNote *n = &r->notes[k];
    if (n->step != i) continue;
    buf_puts(b, any ? ", {\"text\": " : "{\"text\": ");
    js_str(b, n->text);
    buf_puts(b, ", \"others\": ");
    js_str(b, n->others);
    buf_putc(b, '}');
    any = true;
  }
  buf_putc(b, ']');
  buf_printf(b, ", \"phase\": \"%s\", \"clock\": ", nr_phase(r, i));
  js_num(b, s->before.clock);
  buf_puts(b, ", \"clock_after\": ");
  js_num(b, s->after.clock);
  buf_printf(b, ", \"call_stack\": %u, \"task\": %u, \"event\": ", s->before.nframes, s->task + 1);
  if (s->kind == HE_EMIT) js_str(b, s->event);
  else buf_puts(b, "null");
  nr_runs(s, &t);
  js_text_field(b, "runs", &t);
  buf_puts(b, ", \"item\": ");
  if (s->kind == HE_MAIN || s->kind == HE_EMIT) buf_puts(b, "null");
  else js_item(b, &s->item, false);
  nr_time_note(r, i, &t);
  js_text_field(b, "note", &t);
  nr_why(r, i, &t);
  js_text_field(b, "why", &t);
  buf_puts(b, ", \"choices\": [");
  bool first = true;
  for (uint32_t k = 0; k < r->nchoices; k++) {
    if (r->choices[k].step != i) continue;
    if (!first) buf_puts(b, ", ");
    js_choice(b, r, k);
    first = false;
  }
  buf_puts(b, "], \"stdout\": ");
  rp_json_string(b, r->out.data + s->out_off, s->out_len);
  buf_puts(b, ", \"stderr\": ");
  rp_json_string(b, r->err.data + s->err_off, s->err_len);
  buf_puts(b, ", \"queued\": [");
  for (uint32_t k = 0; k < s->nadded; k++) {
    if (k) buf_puts(b, ", ");
    js_item(b, &s->after.items[s->added[k]], s->rearmed == s->added[k] + 1);
  }
  buf_puts(b, "], \"cancelled\": [");
  for (uint32_t k = 0; k < s->nremoved; k++) {
    if (k) buf_puts(b, ", ");
    js_item(b, &s->before.items[s->removed[k]], false);
  }
  buf_putc(b, ']');
  js_queues(b, s);
  buf_putc(b, '}');
  buf_free(&t);
}

static void js_run_steps(Buf *b, const NrRun *r) {
  buf_puts(b, "[\n");
  for (uint32_t i = 0; i < r->n; i++) {
    buf_puts(b, "  ");
    js_step(b, r, i);
    buf_puts(b, ",\n");
  }
  Buf t;
  buf_init(&t);
  nr_ending(r, &t);
  buf_printf(b, "  {\"step\": %u, \"kind\": \"end\", \"clock\": ", r->n + 1);
  js_num(b, r->end_clock);
  /* stopped at --max-steps/--max-drain: the program never exits (null) */
  if (r->res.steps_exceeded || r->res.drain_exceeded) buf_puts(b, ", \"exit_code\": null");
  else buf_printf(b, ", \"exit_code\": %d", r->res.exit_code);
  buf_printf(b, ", \"fatal\": %s, \"truncated\": %s, \"why\": ", r->res.fatal ? "true" : "false",
             r->truncated ? "true" : "false");
  js_str(b, t.data ? t.data : "");
  buf_puts(b, "}\n]");
  buf_free(&t);
}

/* --- diff ---------------------------------------------------------------------------------------- */

/* Index of the first choice the two runs take differently, or UINT32_MAX. */
static uint32_t ex_diverge(const NrRun *a, const NrRun *b) {
  uint32_t n = a->nchoices < b->nchoices ? a->nchoices : b->nchoices;
  for (uint32_t k = 0; k < n; k++)
    if (a->choices[k].letter != b->choices[k].letter || a->choices[k].option != b->choices[k].option) return k;
  return a->nchoices == b->nchoices ? UINT32_MAX : n;
}

/* 1-based number of the first output line that differs, 0 when equal. */
static uint32_t ex_first_diff_line(const Buf *a, const Buf *b) {
  size_t i = 0;
  uint32_t line = 1;
  while (i < a->len && i < b->len && a->data[i] == b->data[i]) {
    if (a->data[i] == '\n') line++;
    i++;
  }
  return i == a->len && i == b->len ? 0 : line;
}

/* The stdout written by steps [0, upto). */
static size_t ex_out_upto(const NrRun *r, uint32_t upto) {
  return upto == 0 ? 0 : upto > r->n ? r->out.len : r->steps[upto - 1].out_off + r->steps[upto - 1].out_len;
}

/* What one schedule does from step `from`: full blocks until its output
 * differs from the other's (at most 4), then one line per step (at most 8). */
static void ex_branch(FILE *f, const char *name, const NrRun *r, const NrRun *other, uint32_t from) {
  fprintf(f, "\n%s next:\n", name);
  uint32_t full = 0, brief = 0, i = from;
  bool differs = false;
  for (; i < r->n && full < 4 && !differs; i++, full++) {
    fputc('\n', f);
    ex_step_text(f, r, i);
    size_t n = ex_out_upto(r, i + 1);
    differs = n > other->out.len || memcmp(r->out.data, other->out.data, n) != 0;
  }
  if (i < r->n) fputc('\n', f);
  for (; i < r->n && brief < 8; i++, brief++) ex_line(f, r, i);
  if (i < r->n) fprintf(f, "… %u more steps\n", r->n - i);
  fputc('\n', f);
  ex_end_text(f, r);
}

static void ex_quote_line(FILE *f, const Buf *out, uint32_t line) {
  const char *p = out->data ? out->data : "", *end = p + out->len;
  for (uint32_t l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  if (p >= end) {
    fputs("nothing (its output ends)", f);
    return;
  }
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
  fprintf(f, "\"%.*s\"", (int)(len > 120 ? 120 : len), p);
}

static void ex_diff_text(FILE *f, const NrRun *a, const NrRun *b) {
  fprintf(f, "ticktock explain --diff %s\n", a->file);
  ex_schedule_line(f, "A: ", a->witness);
  ex_schedule_line(f, "B: ", b->witness);
  uint32_t k = ex_diverge(a, b), line = ex_first_diff_line(&a->out, &b->out);
  if (k == UINT32_MAX) {
    fprintf(f, "\nThe two schedules take the same %u choices: they run the same %u steps and print the same "
               "output.\n", a->nchoices, a->n);
    return;
  }
  uint32_t step = k < a->nchoices ? a->choices[k].step : a->n;
  bool during = k < a->nchoices && a->choices[k].during;
  Buf t;
  buf_init(&t);
  fprintf(f, "\nBoth take the same %u choice%s", k, k == 1 ? "" : "s");
  for (uint32_t i = 0; i < k && i < 24; i++) fprintf(f, "%s%c%u", i ? "" : " (", a->choices[i].letter, a->choices[i].option);
  if (k) fprintf(f, "%s)", k > 24 ? "…" : "");
  if (step) fprintf(f, " and run the same %u step%s:\n", step, step == 1 ? "" : "s");
  else fprintf(f, ".\n");
  uint32_t shown = step > 6 ? step - 6 : 0;
  if (shown) fprintf(f, "… %u earlier steps\n", shown);
  for (uint32_t i = shown; i < step; i++) ex_line(f, a, i);
  fprintf(f, "\nThey part at choice %u, %s step %u", k + 1, during ? "while" : "just before", step + 1);
  if (step < a->n) {
    nr_where(a, step, &t);
    fprintf(f, " (%s)%s", t.data, during ? " runs" : "");
    buf_clear(&t);
  }
  fprintf(f, ":\n");
  const NrRun *runs[2] = {a, b};
  for (int r = 0; r < 2; r++) {
    if (k < runs[r]->nchoices) {
      const NrChoice *c = &runs[r]->choices[k];
      buf_printf(&t, "%c%u (of %u): ", c->letter, c->option, c->options);
      nr_choice(runs[r], k, &t);
      buf_putc(&t, '.');
    } else {
      buf_puts(&t, "no further choice point.");
    }
    ex_wrap_buf(f, r ? "B takes" : "A takes", &t);
  }
  buf_free(&t);
  ex_branch(f, "A", a, b, step);
  ex_branch(f, "B", b, a, step);
  fputc('\n', f);
  if (!line) {
    fprintf(f, "The outputs are the same all the same.\n");
    return;
  }
  fprintf(f, "The outputs first differ at line %u: A prints ", line);
  ex_quote_line(f, &a->out, line);
  fprintf(f, ", B prints ");
  ex_quote_line(f, &b->out, line);
  fprintf(f, ".\n");
}

static void ex_diff_json(FILE *f, const NrRun *a, const NrRun *b) {
  Buf j;
  buf_init(&j);
  buf_puts(&j, "{\"file\": ");
  js_str(&j, a->file);
  const NrRun *runs[2] = {a, b};
  for (int r = 0; r < 2; r++) {
    buf_printf(&j, ",\n\"%s\": {\"witness\": ", r ? "b" : "a");
    js_str(&j, runs[r]->witness);
    buf_puts(&j, ", \"stdout\": ");
    rp_json_string(&j, runs[r]->out.data ? runs[r]->out.data : "", runs[r]->out.len);
    buf_puts(&j, ", \"steps\": ");
    js_run_steps(&j, runs[r]);
    buf_putc(&j, '}');
  }
  uint32_t k = ex_diverge(a, b), line = ex_first_diff_line(&a->out, &b->out);
  buf_puts(&j, ",\n\"diverge\": ");
  if (k == UINT32_MAX || k >= a->nchoices || k >= b->nchoices) {
    buf_puts(&j, "null");
  } else {
    buf_printf(&j, "{\"choice\": %u, \"step\": %u, \"a\": ", k + 1, a->choices[k].step + 1);
    js_choice(&j, a, k);
    buf_puts(&j, ", \"b\": ");
    js_choice(&j, b, k);
    buf_putc(&j, '}');
  }
  buf_puts(&j, ",\n\"first_different_line\": ");
  if (line) buf_printf(&j, "%u", line);
  else buf_puts(&j, "null");
  buf_puts(&j, "}\n");
  fwrite(j.data, 1, j.len, f);
  buf_free(&j);
}

/* --- the command ------------------------------------------------------------------------------------ */

static bool ex_record(Engine *e, const ExOpts *o, const char *witness, NrRun *run) {
  if (!nr_record(e, &o->host, witness, o->limit, run)) {
    fprintf(stderr, "ticktock: internal error: the built-ins failed to load\n");
    return false;
  }
  if (run->mismatch) {
    fprintf(stderr,
            "ticktock: error: the schedule '%s' does not fit this program (stopped at choice %zu); was it found "
            "with other options or another version of the file?\n",
            witness, cli_witness_choice(witness, run->witness_used));
    return false;
  }
  return true;
}

int cmd_explain(int argc, char **argv) {
  ExOpts o = {.limit = 200};
  host_opts_default(&o.host);
  int st = ex_parse(argc, argv, &o);
  if (st >= 0) return st;
  Engine e;
  DiagList d;
  diag_init(&d);
  char io_err[512] = "";
  if (!engine_load(&e, o.file, &d, io_err, sizeof io_err)) {
    int status = cli_report_load_failure(&e, &d, io_err);
    diag_free(&d);
    engine_free(&e);
    return status;
  }
  diag_free(&d);
  cli_apply_pragmas(&e, &o.host);
  NrRun runs[2];
  memset(runs, 0, sizeof runs);
  int code = EXIT_OK;
  if (!o.diffing) {
    if (!ex_record(&e, &o, o.witness, &runs[0])) code = EXIT_BAD_INPUT;
    else if (o.json) {
      Buf j;
      buf_init(&j);
      js_run_steps(&j, &runs[0]);
      buf_putc(&j, '\n');
      fwrite(j.data, 1, j.len, stdout);
      buf_free(&j);
    } else {
      ex_text(stdout, &runs[0]);
    }
  } else if (!ex_record(&e, &o, o.diff[0], &runs[0]) || !ex_record(&e, &o, o.diff[1], &runs[1])) {
    code = EXIT_BAD_INPUT;
  } else if (o.json) {
    ex_diff_json(stdout, &runs[0], &runs[1]);
  } else {
    ex_diff_text(stdout, &runs[0], &runs[1]);
  }
  nr_free(&runs[0]);
  nr_free(&runs[1]);
  fflush(stdout);
  cli_free_pragma_opts(&o.host);
  engine_free(&e);
  return code;
}
