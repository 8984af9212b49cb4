/* findings_facts.c - what the facts on the transitions say: one draft
 * finding per (kind, place), with the edges that show it.
 *
 * Facts (vm.h vm_fact; written by vm_fact.c, promise.c, host_node.c and
 * findings_scan.c), fields after the tag:
 *   D  died|end, await|then, where, promise created at, creator, why
 *      (dropped|held|cycle|race-empty|timer-cleared), other awaits, cycle
 *   S  overflow at, depth, cycle|deep, "f@l:c g@l:c" (outermost first)
 *   U  thrown at, reason, micro, task, task at, lost callbacks, -, lost lines
 *   R  outcome (fatal|exitcode|warn|none|listener), rejected at, created
 *      at, creator, reason, micro, task, task at, lost callbacks,
 *      handled late at, lost lines
 *   M  rejected at, created at, creator, reason (never reported: the
 *      process ended first), "chain" when the promise is the end of a
 *      chain a queued reaction job would have rejected (not yet rejected)
 *   L  handler added at, rejected at, created at (too late)
 *   2  call at, resolve|reject, created at, resolved|fulfilled|rejected
 *   N  call at, onFulfilled|onRejected, type
 *   T  timer|interval|immediate|io, callback at, name
 *   W  limit, queued callbacks, timers, immediates, I/O requests
 *   B  clock|steps, at, limit, micro, task, task at
 * Lists inside a field are separated by \x1f (shadow runs) or ','.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "findings_int.h"

/* --- drafts ------------------------------------------------------------------------ */

FdDraft *fd_draft(FdDrafts *d, FindingKind kind, const char *key, bool *fresh) {
  for (uint32_t i = 0; i < d->n; i++)
    if (d->v[i].kind == kind && !strcmp(d->v[i].key, key)) {
      *fresh = false;
      return &d->v[i];
    }
  if (d->n == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 16;
    d->v = xrealloc(d->v, sizeof(FdDraft) * d->cap);
  }
  FdDraft *x = &d->v[d->n++];
  memset(x, 0, sizeof *x);
  x->kind = kind;
  x->key = xmalloc(strlen(key) + 1);
  strcpy(x->key, key);
  buf_init(&x->message);
  *fresh = true;
  return x;
}

void fd_draft_edge(FdDraft *d, uint64_t edge) {
  if (d->nedges && d->edges[d->nedges - 1] == edge) return;
  if (d->nedges == d->cedges) {
    d->cedges = d->cedges ? d->cedges * 2 : 16;
    d->edges = xrealloc(d->edges, sizeof(uint64_t) * d->cedges);
  }
  d->edges[d->nedges++] = edge;
}

void fd_draft_head(FdDraft *d) { d->head = d->message.len + 1; }

void fd_draft_related(FdDraft *d, uint32_t line, uint32_t col, const char *fmt, ...) {
  Buf b;
  buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  for (uint32_t i = 0; i < d->nrelated; i++)
    if (d->related[i].line == line && d->related[i].col == col && !strcmp(d->related[i].note, b.data)) {
      buf_free(&b);
      return;
    }
  if (d->nrelated == d->crelated) {
    d->crelated = d->crelated ? d->crelated * 2 : 4;
    d->related = xrealloc(d->related, sizeof(FdRelated) * d->crelated);
  }
  d->related[d->nrelated++] = (FdRelated){line, col, buf_take(&b, NULL)};
}

bool fd_pos(const char *s, uint32_t *line, uint32_t *col) {
  char *end;
  *line = *col = 0;
  unsigned long l = strtoul(s, &end, 10);
  if (*end != ':') return false;
  unsigned long c = strtoul(end + 1, &end, 10);
  if (*end != '\0') return false;
  *line = (uint32_t)l;
  *col = (uint32_t)c;
  return true;
}

/* --- parsing ------------------------------------------------------------------------- */

uint32_t fd_parse_facts(const char *label, FdFact **facts, char **store) {
  size_t len = strlen(label);
  char *s = xmalloc(len + 1);
  memcpy(s, label, len + 1);
  uint32_t n = 0, cap = 4;
  FdFact *v = xmalloc(sizeof(FdFact) * cap);
  for (char *line = s; *line;) {
    char *end = strchr(line, '\n');
    if (end) *end = '\0';
    if (n == cap) v = xrealloc(v, sizeof(FdFact) * (cap *= 2));
    FdFact *f = &v[n++];
    memset(f, 0, sizeof *f);
    f->tag = line[0];
    char *p = line[0] && line[1] == '\t' ? line + 2 : NULL;
    while (p && f->nf < FD_MAX_FIELDS) {
      f->f[f->nf++] = p;
      p = strchr(p, '\t');
      if (p) *p++ = '\0';
    }
    for (uint32_t k = f->nf; k < FD_MAX_FIELDS; k++) f->f[k] = "";
    if (!end) break;
    line = end + 1;
  }
  *facts = v;
  *store = s;
  return n;
}

/* --- words for messages ------------------------------------------------------------------ */

static const char *fld(const FdFact *f, uint32_t i) { return i < f->nf ? f->f[i] : ""; }

static const char *const task_words[][3] = {
    {"main", "the main script", "main script"},     {"timer", "a timer callback", "timer callback"},
    {"interval", "an interval callback", "interval callback"}, {"immediate", "an immediate callback", "immediate callback"},
    {"io", "an I/O callback", "I/O callback"},       {"tick", "a process.nextTick callback", "nextTick callback"},
    {"microtask", "a microtask", "microtask"},       {"listener", "an event listener", "event listener"}};

/* "a timer callback" (noun: "timer callback") */
static const char *task_word(const char *kind, int noun) {
  for (size_t i = 0; i < sizeof task_words / sizeof task_words[0]; i++)
    if (!strcmp(kind, task_words[i][0])) return task_words[i][1 + noun];
  return noun ? "callback" : "a callback";
}

static const char *task_phrase(const char *kind) { return task_word(kind, 0); }

/* "in a timer callback (4:3)", "in a microtask after the main script" */
static void where_thrown(Buf *b, const char *micro, const char *task, const char *task_at) {
  uint32_t l, c;
  bool pos = fd_pos(task_at, &l, &c) && l && strcmp(task, "main");
  if (strcmp(micro, "-") && *micro) {
    buf_printf(b, "in %s run after %s", task_phrase(micro), task_phrase(task));
  } else {
    buf_printf(b, "in %s", task_phrase(task));
  }
  if (pos) buf_printf(b, " (%u:%u)", l, c);
}

/* Appends `"a", "b" and "c"` or `"a", "b" and 3 more lines` from a
 * \x1f-separated list; returns how many it has. */
static uint32_t quoted_list(Buf *b, const char *list, uint32_t max) {
  const char *item[64];
  size_t len[64];
  uint32_t n = 0;
  for (const char *p = list; *p && n < 64;) {
    const char *e = strchr(p, '\x1f');
    item[n] = p;
    len[n++] = e ? (size_t)(e - p) : strlen(p);
    if (!e) break;
    p = e + 1;
  }
  uint32_t shown = n <= max ? n : max;
  for (uint32_t i = 0; i < shown; i++) {
    if (i) buf_puts(b, i + 1 == shown && shown == n ? " and " : ", ");
    buf_printf(b, "\"%.*s\"", (int)len[i], item[i]);
  }
  if (n > shown) buf_printf(b, " and %u more line%s", n - shown, n - shown == 1 ? "" : "s");
  return n;
}

/* What a crash loses, from a shadow run: "(process exits; "done" is never
 * printed; 2 callbacks never run)". */
static void lost(Buf *b, const char *tasks, const char *lines) {
  buf_puts(b, " (the process exits");
  if (*lines) {
    buf_puts(b, "; ");
    uint32_t n = quoted_list(b, lines, 2);
    buf_puts(b, n == 1 ? " is never printed" : " are never printed");
  }
  uint32_t nt = 0;
  for (const char *p = tasks; *p; p++) nt += *p == '\x1f';
  if (*tasks) nt++;
  if (nt) buf_printf(b, "; %u pending callback%s never run%s", nt, nt == 1 ? "" : "s", nt == 1 ? "s" : "");
  buf_puts(b, ")");
}

static void related_tasks(FdDraft *d, const char *tasks) {
  for (const char *p = tasks; *p;) {
    const char *e = strchr(p, '\x1f');
    char one[200];
    snprintf(one, sizeof one, "%.*s", (int)(e ? (size_t)(e - p) : strlen(p)), p);
    char *at = strchr(one, '@');
    uint32_t l = 0, c = 0;
    if (at) {
      char pos[40];
      snprintf(pos, sizeof pos, "%.*s", (int)strcspn(at + 1, " "), at + 1);
      fd_pos(pos, &l, &c);
      *at = '\0';
      const char *name = strchr(at + 1, ' ');
      fd_draft_related(d, l, c, "%s callback%s%s never runs", one, name ? " " : "", name ? name + 1 : "");
    }
    if (!e) break;
    p = e + 1;
  }
}

static bool is_overflow(const char *reason) { return !strcmp(reason, "RangeError('Maximum call stack size exceeded')"); }

static bool async_creator(const char *creator) { return !strncmp(creator, "async ", 6); }

/* --- one fact ------------------------------------------------------------------------------- */

typedef struct Ctx {
  FdDrafts *d;
  const uint64_t *edges;
  uint64_t nedges;
} Ctx;

static FdDraft *draft_at(Ctx *c, FindingKind kind, const char *key, const char *pos, bool *fresh) {
  FdDraft *d = fd_draft(c->d, kind, key, fresh);
  if (*fresh) fd_pos(pos, &d->line, &d->col);
  for (uint64_t i = 0; i < c->nedges; i++) fd_draft_edge(d, c->edges[i]);
  return d;
}

static const char *why_text(const char *why, bool await) {
  if (!strcmp(why, "cycle") && !await) return "wait cycle: the promises involved can only be settled by code that waits for one another";
  if (!strcmp(why, "held")) return "its resolve function is still referenced, but nothing calls it before the program ends";
  if (!strcmp(why, "race-empty")) return "it comes from Promise.race with no inputs, which never settles";
  if (!strcmp(why, "timer-cleared")) return "the timer that would have settled it was cleared";
  if (!strcmp(why, "cycle")) return "wait cycle: each of the awaits involved waits for a promise only another one can settle";
  return "nothing can call its resolve functions any more (they were dropped)";
}

static void fact_dead(Ctx *c, const FdFact *f) {
  bool await = !strcmp(fld(f, 1), "await"), fresh;
  FdDraft *d = draft_at(c, await ? FK_DEADLOCK : FK_DEAD_PROMISE, fld(f, 2), fld(f, 2), &fresh);
  if (!fresh) return;
  const char *creator = fld(f, 4);
  Buf what;
  buf_init(&what);
  buf_printf(&what, "the promise %s", await ? "it waits for" : "it is registered on");
  if (*creator) buf_printf(&what, " (from %s at %s)", creator, fld(f, 3));
  else buf_printf(&what, " (created at %s)", fld(f, 3));
  buf_puts(&d->message, await ? "await never resumes" : "dead promise");
  fd_draft_head(d);
  if (await) buf_printf(&d->message, ": %s never settles: %s", what.data, why_text(fld(f, 5), await));
  else buf_printf(&d->message, ": the handler registered here never runs: %s never settles: %s", what.data, why_text(fld(f, 5), await));
  buf_free(&what);
  uint32_t l, col;
  if (fd_pos(fld(f, 3), &l, &col) && l) fd_draft_related(d, l, col, "the promise is created here");
  char list[512];
  snprintf(list, sizeof list, "%s", fld(f, 7));
  for (char *p = strtok(list, ","); p; p = strtok(NULL, ","))
    if (fd_pos(p, &l, &col) && (l != d->line || col != d->col)) fd_draft_related(d, l, col, "this await is part of the cycle");
  snprintf(list, sizeof list, "%s", fld(f, 6));
  for (char *p = strtok(list, ","); p; p = strtok(NULL, ","))
    if (fd_pos(p, &l, &col) && (l != d->line || col != d->col) && !strstr(fld(f, 7), p))
      fd_draft_related(d, l, col, "this await never resumes either");
}

static void overflow_text(FdDraft *d, const FdFact *s) {
  const char *cyc = fld(s, 3);
  buf_printf(&d->message, "Maximum call stack size exceeded at depth %s", fld(s, 1));
  fd_draft_head(d);
  buf_puts(&d->message, ": ");
  if (!strcmp(fld(s, 2), "cycle")) buf_puts(&d->message, "unbounded recursion ");
  else buf_puts(&d->message, "deep recursion in ");
  char list[1024];
  snprintf(list, sizeof list, "%s", cyc);
  bool first = true;
  for (char *p = strtok(list, " "); p; p = strtok(NULL, " ")) {
    char *at = strchr(p, '@');
    if (!at) continue;
    *at = '\0';
    buf_printf(&d->message, "%s%s", first ? "" : " -> ", p);
    uint32_t l, c;
    if (fd_pos(at + 1, &l, &c) && l) fd_draft_related(d, l, c, "%s calls the next function of the cycle here", p);
    first = false;
  }
}

static void fact_overflow(Ctx *c, const FdFact *f) {
  bool fresh;
  FdDraft *d = draft_at(c, FK_STACK_OVERFLOW, fld(f, 0), fld(f, 0), &fresh);
  if (!d->built) {
    overflow_text(d, f);
    d->built = true;
  }
}

/* A fatal U or R whose reason is an overflow: the overflow was not caught. */
static void overflow_fatal(Ctx *c, const char *at) {
  bool fresh;
  FdDraft *d = draft_at(c, FK_STACK_OVERFLOW, at, at, &fresh);
  d->upgrade = true;
}

static void fact_uncaught(Ctx *c, const FdFact *f) {
  if (is_overflow(fld(f, 1))) {
    overflow_fatal(c, fld(f, 0));
    return;
  }
  bool fresh;
  FdDraft *d = draft_at(c, FK_UNCAUGHT_EXCEPTION, fld(f, 0), fld(f, 0), &fresh);
  if (!fresh) return;
  buf_printf(&d->message, "uncaught %s thrown ", fld(f, 1));
  where_thrown(&d->message, fld(f, 2), fld(f, 3), fld(f, 4));
  fd_draft_head(d);
  lost(&d->message, fld(f, 5), fld(f, 7));
  related_tasks(d, fld(f, 5));
}

/* A floating promise is about the call that dropped it: its place is
 * the call; other rejections are about where they reject. */
static FdDraft *floating_draft(Ctx *c, FindingKind kind, const char *rejected, const char *created, bool *fresh) {
  const char *at = kind == FK_FLOATING_PROMISE && strcmp(created, "0:0") ? created : rejected;
  return draft_at(c, kind, at, at, fresh);
}

static void floating_text(FdDraft *d, const char *creator, const char *reason, const char *rejected) {
  buf_printf(&d->message, "the promise of this call (%s) is dropped, and it rejects with %s", creator, reason);
  fd_draft_head(d);
  buf_puts(&d->message, ": nothing handles it");
  uint32_t l, c;
  if (fd_pos(rejected, &l, &c) && l) fd_draft_related(d, l, c, "it rejects here");
}

static void floating_note(FdDraft *d, const char *creator, const char *created) {
  uint32_t l, c;
  if (d->kind == FK_FLOATING_PROMISE) return;
  if (async_creator(creator) && fd_pos(created, &l, &c) && l)
    fd_draft_related(d, l, c, "the promise of this call (%s) is dropped: nothing awaits it or handles its rejection", creator);
  else if (fd_pos(created, &l, &c) && l)
    fd_draft_related(d, l, c, "the promise is created here");
}

static void fact_rejection(Ctx *c, const FdFact *f) {
  const char *outcome = fld(f, 0);
  if (!strcmp(outcome, "listener")) return;
  bool fatal = !strcmp(outcome, "fatal") || !strcmp(outcome, "exitcode");
  if (fatal && is_overflow(fld(f, 4))) {
    overflow_fatal(c, fld(f, 1));
    return;
  }
  FindingKind kind = fatal ? FK_UNHANDLED_REJECTION : async_creator(fld(f, 3)) ? FK_FLOATING_PROMISE : FK_MISSING_REJECT_HANDLER;
  bool fresh;
  FdDraft *d = floating_draft(c, kind, fld(f, 1), fld(f, 2), &fresh);
  if (!fresh) return;
  if (kind == FK_FLOATING_PROMISE) floating_text(d, fld(f, 3), fld(f, 4), fld(f, 1));
  else {
    buf_printf(&d->message, "unhandled rejection of %s", fld(f, 4));
    fd_draft_head(d);
  }
  if (!strcmp(outcome, "fatal")) lost(&d->message, fld(f, 8), fld(f, 10));
  else if (!strcmp(outcome, "exitcode")) buf_puts(&d->message, " (the exit code becomes 1)");
  else buf_printf(&d->message, " (--unhandled-rejections=%s: node %s)", outcome, !strcmp(outcome, "warn") ? "only warns" : "says nothing");
  floating_note(d, fld(f, 3), fld(f, 2));
  uint32_t l, col;
  if (fd_pos(fld(f, 7), &l, &col) && l && strcmp(fld(f, 6), "main"))
    fd_draft_related(d, l, col, "node detects the rejection when the queues have drained after this %s", task_word(fld(f, 6), 1));
  else if (!strcmp(fld(f, 6), "main")) /* the detection point has no place of its own */
    fd_draft_related(d, 0, 0, "node detects the rejection when the queues have drained after the main script");
  if (fd_pos(fld(f, 9), &l, &col) && l) fd_draft_related(d, l, col, "a handler is attached here, too late");
  related_tasks(d, fld(f, 8));
}

/* The end of a chain a pending rejection would reach ("M" with "chain"). */
static void chain_note(FdDraft *d, const char *created) {
  uint32_t l, c;
  if (fd_pos(created, &l, &c) && l)
    fd_draft_related(d, l, c, "the rejection would travel down the chain to the promise made here, which has no rejection handler");
}

static void fact_unreported(Ctx *c, const FdFact *f) {
  FindingKind kind = async_creator(fld(f, 2)) ? FK_FLOATING_PROMISE : FK_MISSING_REJECT_HANDLER;
  bool fresh, chain = !strcmp(fld(f, 4), "chain");
  FdDraft *d = floating_draft(c, kind, fld(f, 0), fld(f, 1), &fresh);
  if (chain && kind == FK_MISSING_REJECT_HANDLER) chain_note(d, fld(f, 1)); /* every end of the chain */
  if (!fresh) return;
  if (kind == FK_FLOATING_PROMISE) floating_text(d, fld(f, 2), fld(f, 3), fld(f, 0));
  else {
    buf_printf(&d->message, "rejection of %s is never handled", fld(f, 3));
    fd_draft_head(d);
  }
  if (chain) buf_puts(&d->message, " (the process ends while reaction jobs still carry it down a chain without a rejection handler)");
  else buf_puts(&d->message, " (the process ends before node would report it)");
  if (!chain) floating_note(d, fld(f, 2), fld(f, 1));
}

/* A handler attached after node reported the rejection (warn and none
 * modes, or with a listener): a note on the rejection's finding. */
static void fact_late(Ctx *c, const FdFact *f) {
  uint32_t l, col;
  if (!fd_pos(fld(f, 0), &l, &col) || !l) return;
  static const FindingKind kinds[] = {FK_UNHANDLED_REJECTION, FK_MISSING_REJECT_HANDLER, FK_FLOATING_PROMISE};
  for (uint32_t i = 0; i < c->d->n; i++)
    for (size_t k = 0; k < 3; k++)
      if (c->d->v[i].kind == kinds[k] && !strcmp(c->d->v[i].key, fld(f, 1)))
        fd_draft_related(&c->d->v[i], l, col, "a handler is attached here, too late");
}

static void fact_double(Ctx *c, const FdFact *f) {
  bool fresh;
  FdDraft *d = draft_at(c, FK_DOUBLE_SETTLE, fld(f, 0), fld(f, 0), &fresh);
  if (!fresh) return;
  buf_printf(&d->message, "%s() called on a promise that is already %s", fld(f, 1), fld(f, 3));
  fd_draft_head(d);
  buf_puts(&d->message, "; the call is ignored");
  uint32_t l, col;
  if (fd_pos(fld(f, 2), &l, &col) && l) fd_draft_related(d, l, col, "the promise is created here");
}

static void fact_not_function(Ctx *c, const FdFact *f) {
  bool fresh;
  FdDraft *d = draft_at(c, FK_THEN_NOT_FUNCTION, fld(f, 0), fld(f, 0), &fresh);
  if (!fresh) return;
  const char *type = fld(f, 2);
  buf_printf(&d->message, "then() ignores the %s handler", fld(f, 1));
  fd_draft_head(d);
  buf_printf(&d->message, ": it is %s %s, not a function, so the %s passes through", strchr("aeiou", type[0]) ? "an" : "a", type,
             strcmp(fld(f, 1), "onRejected") ? "value" : "rejection");
}

static void fact_starved(Ctx *c, const FdFact *f) {
  bool fresh;
  char key[200];
  snprintf(key, sizeof key, "%.*s", (int)strcspn(fld(f, 1), " "), fld(f, 1));
  const char *at = strchr(key, '@');
  FdDraft *d = draft_at(c, FK_STARVATION, key, at ? at + 1 : "0:0", &fresh);
  if (!fresh) return;
  buf_puts(&d->message, "the microtask and nextTick queues never empty");
  fd_draft_head(d);
  buf_printf(&d->message, " (still refilling after %s callbacks in one drain): %s", fld(f, 0), fld(f, 1));
  unsigned t = (unsigned)atoi(fld(f, 2)), im = (unsigned)atoi(fld(f, 3)), io = (unsigned)atoi(fld(f, 4));
  if (t || im || io) {
    buf_puts(&d->message, "; never run:");
    if (t) buf_printf(&d->message, " %u timer%s", t, t == 1 ? "" : "s");
    if (im) buf_printf(&d->message, "%s %u immediate%s", t ? "," : "", im, im == 1 ? "" : "s");
    if (io) buf_printf(&d->message, "%s %u I/O callback%s", t || im ? "," : "", io, io == 1 ? "" : "s");
  } else {
    buf_puts(&d->message, "; the event loop never gets to run");
  }
  char list[512];
  snprintf(list, sizeof list, "%s", fld(f, 1));
  for (char *p = strtok(list, " "); p; p = strtok(NULL, " ")) {
    char *a = strchr(p, '@');
    uint32_t l, col;
    if (!a || !fd_pos(a + 1, &l, &col) || !l) continue;
    *a = '\0';
    fd_draft_related(d, l, col, "%s is queued again and again", p);
  }
}

static void fact_blocking(Ctx *c, const FdFact *f) {
  bool fresh;
  FdDraft *d = draft_at(c, FK_BLOCKING, fld(f, 1), fld(f, 1), &fresh);
  if (!fresh) return;
  if (!strcmp(fld(f, 0), "clock")) buf_printf(&d->message, "busy-waits on the clock for more than %s ms ", fld(f, 2));
  else buf_printf(&d->message, "a synchronous run exceeds %s steps (--max-steps) ", fld(f, 2));
  where_thrown(&d->message, fld(f, 3), fld(f, 4), fld(f, 5));
  fd_draft_head(d);
  buf_puts(&d->message, ": nothing else can run meanwhile");
}

static void one_fact(Ctx *c, const FdFact *f) {
  switch (f->tag) {
    case 'D': fact_dead(c, f); break;
    case 'S': fact_overflow(c, f); break;
    case 'U': fact_uncaught(c, f); break;
    case 'R': fact_rejection(c, f); break;
    case 'M': fact_unreported(c, f); break;
    case '2': fact_double(c, f); break;
    case 'N': fact_not_function(c, f); break;
    case 'W': fact_starved(c, f); break;
    case 'B': fact_blocking(c, f); break;
    default: break; /* T and L are read elsewhere / later */
  }
}

/* --- all edges -------------------------------------------------------------------------------- */

void fd_collect(const XpGraph *g, FdDrafts *d) {
  /* edges grouped by label: each distinct label is parsed once */
  uint32_t nl = g->strings.n;
  uint64_t *start = xcalloc((size_t)nl + 2, sizeof(uint64_t));
  for (uint64_t e = 0; e < g->nedges; e++) start[xp_edge_label(g, e)->facts + 1]++;
  for (uint32_t i = 0; i < nl; i++) start[i + 1] += start[i];
  uint64_t *byl = xmalloc(sizeof(uint64_t) * (g->nedges + 1)), *fill = xmalloc(sizeof(uint64_t) * ((size_t)nl + 1));
  memcpy(fill, start, sizeof(uint64_t) * nl);
  for (uint64_t e = 0; e < g->nedges; e++) byl[fill[xp_edge_label(g, e)->facts]++] = e;
  for (int pass = 0; pass < 2; pass++) /* late handlers annotate the rejections of pass 0 */
    for (uint32_t id = 1; id < nl; id++) {
      if (start[id] == start[id + 1]) continue;
      FdFact *facts;
      char *store;
      uint32_t n = fd_parse_facts(xp_str(&g->strings, id), &facts, &store);
      Ctx c = {d, byl + start[id], start[id + 1] - start[id]};
      for (uint32_t k = 0; k < n; k++) {
        if (pass == 0) one_fact(&c, &facts[k]);
        else if (facts[k].tag == 'L') fact_late(&c, &facts[k]);
      }
      free(facts);
      free(store);
    }
  free(start);
  free(byl);
  free(fill);
}
