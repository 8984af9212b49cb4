/* findings_scan.c - facts about dead promises, the end of a run (with
 * rejections still on their way down a chain), and shadow runs; see
 * findings_scan.h.
 *
 * Dead promises.  The candidates are pending promises with reactions that
 * nothing live can reach (or, at the natural end of a run, all of them).
 * From each candidate's reactions we walk what only they keep alive and
 * note which other candidates that could settle: a resolve function of
 * Q, a suspended frame whose async function's promise is Q, a reaction
 * whose derived promise is Q.  Candidates settled only by others are
 * consequences (an async function awaiting a dead promise has a dead
 * promise of its own); the rest are reported, one fact per group, a group
 * of more than one being a wait cycle.  A group whose reactions do nothing
 * user code asked for (a Promise.race loser's internal handlers) is no
 * finding.
 */
#include "findings_scan.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "promise.h"
#include "vm_int.h"

enum { MAX_CAND = 64, MAX_VISIT = 200000, F_LIVE = 1, F_HELD = 2 };

typedef struct Scan {
  Vm *vm;
  Heap *h;
  bool end;            /* the run is over: every pending promise is dead */
  uint8_t *flag;       /* per object: F_LIVE, F_HELD (a resolver of it is live) */
  uint32_t *seen, gen; /* per object: visited by walk number gen */
  uint32_t *stack, nstack, cstack;
  uint32_t cand[MAX_CAND], ncand;
  uint32_t *index;     /* object -> candidate + 1 */
  uint64_t reach[MAX_CAND]; /* reach[i] bit j: i can settle j */
} Scan;

static Value str_value(Vm *vm, const char *s) { return val_str(str_cstr(vm->strs, s)); }

static void push(Scan *s, uint32_t idx) {
  if (s->nstack == s->cstack) {
    s->cstack = s->cstack ? s->cstack * 2 : 256;
    s->stack = xrealloc(s->stack, sizeof(uint32_t) * s->cstack);
  }
  s->stack[s->nstack++] = idx;
}

static bool is_pending_with_reactions(const Obj *o) {
  return o->kind == OK_PROMISE && (o->aux & PS_STATE_MASK) == PS_PENDING && o->ndata > PR_REACTIONS;
}

/* --- what is live ------------------------------------------------------------------ */

static void live_value(Scan *s, Value v) {
  if (!heap_is_ref(v)) return;
  uint32_t idx = val_payload(v);
  if (idx == 0 || idx >= s->h->nobj || (s->flag[idx] & F_LIVE)) return;
  s->flag[idx] |= F_LIVE;
  push(s, idx);
}

static void live_root(Value *v, void *ctx) { live_value(ctx, *v); }

/* Marks what the roots reach.  With skip_reactions the reactions of
 * pending promises are not followed (at the end of a run they never run,
 * so what only they hold is as good as garbage). */
static void mark_live(Scan *s, bool skip_reactions) {
  for (uint32_t i = 1; i < s->h->nbase; i++) live_value(s, val_obj(i));
  vm_each_root(s->vm, live_root, s);
  while (s->nstack) {
    uint32_t idx = s->stack[--s->nstack];
    const Obj *o = heap_obj(s->h, idx);
    live_value(s, val_obj(o->proto));
    for (uint32_t i = 0; i < 2 * o->nprops; i++) live_value(s, val_key_strip(s->h->slots[o->props + i]));
    uint32_t nd = skip_reactions && is_pending_with_reactions(o) ? PR_REACTIONS : o->ndata;
    for (uint32_t i = 0; i < nd; i++) live_value(s, s->h->slots[heap_obj(s->h, idx)->data + i]);
    if (o->kind == OK_NATIVE) {
      uint32_t q = promise_settles(s->vm, idx);
      if (q) s->flag[q] |= F_HELD;
    }
  }
}

/* --- walks from a candidate ---------------------------------------------------------- */

static void walk_push(Scan *s, Value v) {
  if (!heap_is_ref(v)) return;
  uint32_t idx = val_payload(v);
  if (idx < s->h->nbase || idx >= s->h->nobj || s->seen[idx] == s->gen) return;
  if (s->flag[idx] & F_LIVE) return;
  s->seen[idx] = s->gen;
  push(s, idx);
}

/* The promise an object settles when it runs (0: none). */
static void settles(Scan *s, uint32_t idx, uint32_t *out, uint32_t *n) {
  Vm *vm = s->vm;
  const Obj *o = heap_obj(s->h, idx);
  *n = 0;
  if (o->kind == OK_NATIVE) {
    uint32_t q = promise_settles(vm, idx);
    if (q) out[(*n)++] = q;
  } else if (o->kind == OK_FRAME) {
    Value c = vm_frame_obj_coroutine(vm, idx);
    if (promise_is_native(vm, c)) out[(*n)++] = val_obj_idx(c);
  } else if (o->kind == OK_RECORD && o->aux == REC_REACTION) {
    Value t = heap_get_data(s->h, idx, 3);
    if (promise_is_native(vm, t)) out[(*n)++] = val_obj_idx(t);
  } else if (o->kind == OK_RECORD && o->aux == REC_ASYNCGEN_REQ && o->ndata > 2) {
    Value t = heap_get_data(s->h, idx, 2);
    if (promise_is_native(vm, t)) out[(*n)++] = val_obj_idx(t);
  }
}

/* Walks from the values of object `from` (its data from `first` on)
 * through what is not live; calls hit for every promise settled on the
 * way.  Returns true when hit asked to stop. */
typedef bool (*HitFn)(Scan *s, uint32_t promise, void *ctx);

static bool walk(Scan *s, uint32_t from, uint32_t first, HitFn hit, void *ctx) {
  s->gen++;
  s->nstack = 0;
  const Obj *o = heap_obj(s->h, from);
  for (uint32_t i = first; i < o->ndata; i++) walk_push(s, s->h->slots[heap_obj(s->h, from)->data + i]);
  uint32_t visits = 0;
  while (s->nstack && visits++ < MAX_VISIT) {
    uint32_t idx = s->stack[--s->nstack], q[1], nq;
    settles(s, idx, q, &nq);
    if (nq && hit(s, q[0], ctx)) {
      s->nstack = 0;
      return true;
    }
    o = heap_obj(s->h, idx);
    if (o->kind == OK_PROMISE) continue; /* its reactions are its own */
    walk_push(s, val_obj(o->proto));
    for (uint32_t i = 0; i < 2 * o->nprops; i++) walk_push(s, val_key_strip(s->h->slots[heap_obj(s->h, idx)->props + i]));
    for (uint32_t i = 0; i < heap_obj(s->h, idx)->ndata; i++) walk_push(s, s->h->slots[heap_obj(s->h, idx)->data + i]);
  }
  s->nstack = 0;
  return false;
}

static bool note_reach(Scan *s, uint32_t q, void *ctx) {
  uint32_t i = *(uint32_t *)ctx;
  if (s->index[q]) s->reach[i] |= 1ull << (s->index[q] - 1);
  return false;
}

static bool is_target(Scan *s, uint32_t q, void *ctx) {
  (void)s;
  return q == *(uint32_t *)ctx;
}

/* A cleared timer is what held p's resolve function. */
static bool cleared_timer_held(Scan *s, uint32_t p) {
  for (uint32_t t = s->h->nbase; t < s->h->nobj; t++) {
    if ((s->flag[t] & F_LIVE) || host_timer_status(s->vm, t) != 2) continue;
    if (walk(s, t, 0, is_target, &p)) return true;
  }
  return false;
}

/* --- reporting a group ----------------------------------------------------------------- */

static uint32_t count_bits(uint64_t m) {
  uint32_t n = 0;
  for (; m; m &= m - 1) n++;
  return n;
}

static bool proto_is_builtin(Vm *vm, uint32_t pid) { return vm->prog->protos[pid]->flags & FPF_PRELUDE; }

static bool user_function(Vm *vm, Value f) {
  if (!obj_is_kind(vm, f, OK_FUNC)) return false;
  return !proto_is_builtin(vm, (uint32_t)val_to_double(heap_get_data(&vm->heap, val_obj_idx(f), FD_PROTO)));
}

/* Registered through catch() or finally(): the user's handler is inside
 * the built-in's own closures. */
static bool user_api(Vm *vm, uint32_t creator) {
  if (creator < PC_PROTO || creator - PC_PROTO >= vm->prog->nprotos) return false;
  const char *name = str_cstr_tmp(vm->strs, vm->prog->protos[creator - PC_PROTO]->name);
  return !strcmp(name, "catch") || !strcmp(name, "finally");
}

/* Reaction k of promise p: an await in user code (*at its position), a
 * then user code asked for, or neither (built-in plumbing). */
enum { RX_NONE, RX_AWAIT, RX_THEN };

static int reaction_kind(Scan *s, uint32_t p, uint32_t k, LineEntry *at) {
  Vm *vm = s->vm;
  Value *r = heap_data(s->h, val_obj_idx(heap_get_data(s->h, p, k)));
  if ((int)val_to_double(r[0]) == RT_AWAIT) {
    uint32_t proto;
    *at = vm_frame_obj_pos(vm, val_obj_idx(r[1]), &proto);
    return proto_is_builtin(vm, proto) ? RX_NONE : RX_AWAIT;
  }
  uint32_t line, col, by;
  vm_site_unpack(val_to_double(r[4]), &line, &col, &by);
  *at = (LineEntry){0, line, col};
  return by == PC_USER || user_api(vm, by) || user_function(vm, r[1]) || user_function(vm, r[2]) ? RX_THEN : RX_NONE;
}

typedef struct Group {
  uint64_t members, closure;
  uint32_t rep;            /* candidate whose promise is named */
  int kind;                /* RX_AWAIT or RX_THEN; RX_NONE: no finding */
  LineEntry at;
  Buf awaits, cycle;       /* other awaits that never resume; the cycle's */
} Group;

static void add_pos(Buf *b, LineEntry at) {
  char t[32];
  snprintf(t, sizeof t, "%u:%u", at.line, at.col);
  if (b->len && strstr(b->data, t)) return;
  if (b->len) buf_putc(b, ',');
  buf_puts(b, t);
}

/* Looks at the reactions of the candidates in set (members first). */
static void group_reactions(Scan *s, Group *g, uint64_t set, bool members) {
  for (uint32_t i = 0; i < s->ncand; i++) {
    if (!(set >> i & 1)) continue;
    uint32_t p = s->cand[i];
    for (uint32_t k = PR_REACTIONS; k < heap_obj(s->h, p)->ndata; k++) {
      LineEntry at;
      int rk = reaction_kind(s, p, k, &at);
      if (rk == RX_NONE) continue;
      bool first = g->kind == RX_NONE || (rk == RX_AWAIT && g->kind == RX_THEN);
      if (first) {
        if (g->kind == RX_AWAIT) add_pos(&g->awaits, g->at);
        g->kind = rk;
        g->at = at;
        if (members) g->rep = i;
      } else if (rk == RX_AWAIT && (at.line != g->at.line || at.col != g->at.col)) {
        add_pos(&g->awaits, at);
      }
      if (rk == RX_AWAIT && members && count_bits(g->members) > 1) add_pos(&g->cycle, at);
    }
  }
}

static const char *why(Scan *s, const Group *g, uint32_t p) {
  /* (one promise reaching its own resolver, through a scope its handler
   * shares with the resolver's holder, is no wait cycle) */
  if (count_bits(g->members) > 1) return "cycle";
  if (s->end && (s->flag[p] & F_HELD)) return "held";
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(s->vm, p), &line, &col, &creator);
  Buf c;
  buf_init(&c);
  vm_fact_creator(s->vm, creator, &c);
  bool race = c.len && !strcmp(c.data, "Promise.race");
  buf_free(&c);
  if (race) return "race-empty";
  return cleared_timer_held(s, p) ? "timer-cleared" : "dropped";
}

static void report_group(Scan *s, Group *g) {
  uint32_t p = s->cand[g->rep];
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(s->vm, p), &line, &col, &creator);
  Buf b;
  buf_init(&b);
  buf_printf(&b, "D\t%s\t%s\t%u:%u\t%u:%u\t", s->end ? "end" : "died", g->kind == RX_AWAIT ? "await" : "then",
             g->at.line, g->at.col, line, col);
  vm_fact_creator(s->vm, creator, &b);
  buf_printf(&b, "\t%s\t%s\t%s", why(s, g, p), g->awaits.len ? g->awaits.data : "", g->cycle.len ? g->cycle.data : "");
  vm_fact(s->vm, "%s", b.data);
  buf_free(&b);
}

/* The candidates i is in a cycle with (itself included). */
static uint64_t scc_of(const Scan *s, uint32_t i) {
  uint64_t m = 1ull << i;
  for (uint32_t j = 0; j < s->ncand; j++)
    if ((s->reach[i] >> j & 1) && (s->reach[j] >> i & 1)) m |= 1ull << j;
  return m;
}

static void report_all(Scan *s) {
  for (uint32_t k = 0; k < s->ncand; k++) /* transitive closure */
    for (uint32_t i = 0; i < s->ncand; i++)
      if (s->reach[i] >> k & 1) s->reach[i] |= s->reach[k];
  uint64_t done = 0;
  for (uint32_t i = 0; i < s->ncand; i++) {
    if (done >> i & 1) continue;
    uint64_t scc = scc_of(s, i);
    bool consequence = false;
    for (uint32_t j = 0; j < s->ncand && !consequence; j++)
      consequence = !(scc >> j & 1) && (s->reach[j] >> i & 1);
    if (consequence) continue;
    done |= scc;
    Group g = {.members = scc, .rep = i, .kind = RX_NONE};
    buf_init(&g.awaits);
    buf_init(&g.cycle);
    for (uint32_t j = 0; j < s->ncand; j++)
      if (scc >> j & 1) g.closure |= s->reach[j];
    g.closure &= ~scc;
    group_reactions(s, &g, scc, true);
    group_reactions(s, &g, g.closure, false);
    if (g.kind != RX_NONE) report_group(s, &g);
    buf_free(&g.awaits);
    buf_free(&g.cycle);
  }
}

/* --- the scans ----------------------------------------------------------------------------- */

static void scan_init(Scan *s, Vm *vm, bool end) {
  memset(s, 0, sizeof *s);
  s->vm = vm;
  s->h = &vm->heap;
  s->end = end;
  s->flag = xcalloc(s->h->nobj + 1, 1);
  s->seen = xcalloc(s->h->nobj + 1, sizeof(uint32_t));
  s->index = xcalloc(s->h->nobj + 1, sizeof(uint32_t));
}

static void scan_free(Scan *s) {
  free(s->flag);
  free(s->seen);
  free(s->index);
  free(s->stack);
}

/* Candidates: pending promises with reactions that are dead (all of them
 * at the end of a run); then their relations and the facts. */
static void scan_dead(Scan *s) {
  for (uint32_t p = s->h->nbase; p < s->h->nobj && s->ncand < MAX_CAND; p++) {
    if (!is_pending_with_reactions(heap_obj(s->h, p)) || (!s->end && (s->flag[p] & F_LIVE))) continue;
    s->index[p] = s->ncand + 1;
    s->cand[s->ncand++] = p;
  }
  for (uint32_t i = 0; i < s->ncand; i++) walk(s, s->cand[i], PR_REACTIONS, note_reach, &i);
  report_all(s);
}

/* A pending promise with reactions the encoder did not reach. */
static bool any_dead(Vm *vm, const StEnc *enc) {
  const Heap *h = &vm->heap;
  for (uint32_t p = h->nbase; p < h->nobj; p++)
    if (is_pending_with_reactions(&h->objs[p]) && enc->stamp[p] != enc->gen) return true;
  return false;
}

/* "M": rejections the process never got to report (it ended first). */
static void unreported_rejections(Vm *vm) {
  uint32_t list = vm->rejections;
  for (uint32_t i = 0; i < heap_obj(&vm->heap, list)->ndata; i++) {
    uint32_t p = val_obj_idx(heap_get_data(&vm->heap, list, i));
    if (heap_obj(&vm->heap, p)->aux & PS_HANDLED) continue;
    uint32_t line, col, creator;
    vm_site_unpack(promise_created(vm, p), &line, &col, &creator);
    Buf b;
    buf_init(&b);
    buf_puts(&b, "M\t");
    vm_fact_site(&b, promise_rejected_at(vm, p));
    buf_printf(&b, "\t%u:%u\t", line, col);
    vm_fact_creator(vm, creator, &b);
    buf_putc(&b, '\t');
    vm_fact_value(vm, promise_result(vm, p), &b);
    vm_fact(vm, "%s", b.data);
    buf_free(&b);
  }
}

/* --- rejections still travelling down a chain ----------------------------------------------- */

/* When the process ends with reaction jobs still queued (process.exit, a
 * crash in the main script or a callback), a rejection those jobs carry
 * never reaches the end of its chain, so node never reports it.  We follow
 * it: a reaction without a rejection handler (or a finally, which throws
 * the reason again) passes it to its derived promise; a promise without
 * reactions is the chain's end and gets an "M" fact with a fifth field
 * "chain".  A handler that could recover (then's onRejected, catch, an
 * await in an async function) ends the walk: what it does is not known
 * without running it. */

enum { CHAIN_MAX_DEPTH = 256 };

typedef struct Chain {
  Vm *vm;
  Value reason;
  double origin;   /* where the rejection was made (a site), 0: unknown */
} Chain;

static void chain_end(Chain *c, uint32_t q) {
  Vm *vm = c->vm;
  uint32_t line, col, creator;
  vm_site_unpack(promise_created(vm, q), &line, &col, &creator);
  Buf b;
  buf_init(&b);
  buf_puts(&b, "M\t");
  if (c->origin) vm_fact_site(&b, c->origin);
  else buf_printf(&b, "%u:%u", line, col);
  buf_printf(&b, "\t%u:%u\t", line, col);
  vm_fact_creator(vm, creator, &b);
  buf_putc(&b, '\t');
  vm_fact_value(vm, c->reason, &b);
  buf_puts(&b, "\tchain");
  vm_fact(vm, "%s", b.data);
  buf_free(&b);
}

/* A reaction registered through finally(): its handler rethrows. */
static bool reaction_by_finally(Vm *vm, const Value *r) {
  uint32_t line, col, by;
  vm_site_unpack(val_to_double(r[RX_SITE]), &line, &col, &by);
  if (by < PC_PROTO || by - PC_PROTO >= vm->prog->nprotos) return false;
  return !strcmp(str_cstr_tmp(vm->strs, vm->prog->protos[by - PC_PROTO]->name), "finally");
}

/* The derived promise a rejection passes to through reaction r, else 0. */
static uint32_t chain_next(Vm *vm, uint32_t r) {
  const Value *d = heap_data(&vm->heap, r);
  if ((int)val_to_double(d[RX_TYPE]) != RT_THEN || !promise_is_native(vm, d[RX_TARGET])) return 0;
  if (d[RX_ON_REJECTED] != VAL_UNDEF && !reaction_by_finally(vm, d)) return 0;
  return val_obj_idx(d[RX_TARGET]);
}

static void chain_follow(Chain *c, uint32_t q, uint32_t depth) {
  Heap *h = &c->vm->heap;
  if (depth > CHAIN_MAX_DEPTH || promise_state(c->vm, q) != PS_PENDING) return;
  if (heap_obj(h, q)->ndata <= PR_REACTIONS) {
    chain_end(c, q);
    return;
  }
  for (uint32_t k = PR_REACTIONS; k < heap_obj(h, q)->ndata; k++) {
    uint32_t next = chain_next(c->vm, val_obj_idx(heap_get_data(h, q, k)));
    if (next) chain_follow(c, next, depth + 1);
  }
}

/* Where a rejection with this reason was made: where its Error was
 * created (as for a rejection node reports), else where a promise was
 * rejected with it. */
static double chain_origin(Vm *vm, Value reason) {
  if (obj_is_kind(vm, reason, OK_ERROR)) {
    uint32_t e = val_obj_idx(reason);
    double line = val_to_double(heap_get_data(&vm->heap, e, ED_LINE)), col = val_to_double(heap_get_data(&vm->heap, e, ED_COL));
    if (line > 0) return vm_site_pack((uint32_t)line, (uint32_t)col, PC_USER);
  }
  const Heap *h = &vm->heap;
  for (uint32_t p = h->nbase; p < h->nobj; p++)
    if (h->objs[p].kind == OK_PROMISE && promise_state(vm, p) == PS_REJECTED && promise_result(vm, p) == reason &&
        promise_rejected_at(vm, p))
      return promise_rejected_at(vm, p);
  return 0;
}

/* A thenable job that adopts a rejected native promise through the
 * built-in then rejects its promise. */
static uint32_t thenable_rejects(Vm *vm, uint32_t job, Value *reason) {
  const Value *d = heap_data(&vm->heap, job);
  Value then = VAL_UNDEF;
  obj_lookup(vm, vm->intr[INTR_PROMISE_PROTO], val_str(ATOM_then), &then);
  if (!promise_is_native(vm, d[0]) || !promise_is_native(vm, d[1]) || d[2] != then) return 0;
  if (promise_state(vm, val_obj_idx(d[1])) != PS_REJECTED) return 0;
  *reason = promise_result(vm, val_obj_idx(d[1]));
  return val_obj_idx(d[0]);
}

static void pending_chains(Vm *vm) {
  uint32_t n = promise_jobs_count(vm);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t job = promise_job_at(vm, i), q = 0;
    PromiseJobInfo info;
    promise_job_info(vm, job, &info);
    Value reason = VAL_UNDEF;
    if ((info.kind == PJ_PASS || info.kind == PJ_REACTION) && info.rejected) {
      q = chain_next(vm, job);
      reason = heap_get_data(&vm->heap, job, RX_ARG);
    } else if (info.kind == PJ_THENABLE) {
      q = thenable_rejects(vm, job, &reason);
    }
    if (!q) continue;
    Chain c = {vm, reason, chain_origin(vm, reason)};
    chain_follow(&c, q, 0);
  }
}

static bool chains_matter(const HostResult *res) {
  return !res->natural && !res->steps_exceeded && !res->drain_exceeded && !res->unsupported && !res->hung;
}

void fd_scan_transition(Vm *vm, const StEnc *enc, bool terminal, const HostResult *res) {
  if (!vm->record_facts) return;
  bool end = terminal && res->natural;
  if (end || any_dead(vm, enc)) {
    Scan s;
    scan_init(&s, vm, end);
    mark_live(&s, end);
    scan_dead(&s);
    scan_free(&s);
  }
  if (terminal) unreported_rejections(vm);
  if (terminal && chains_matter(res)) pending_chains(vm);
}

void fd_before_gc(void *ctx, Vm *vm) {
  (void)ctx;
  if (!vm->record_facts) return;
  Scan s;
  scan_init(&s, vm, false);
  mark_live(&s, false);
  scan_dead(&s);
  scan_free(&s);
}

/* --- shadow runs ---------------------------------------------------------------------------- */

enum { SHADOW_STEPS = 100, SHADOW_MAX_STEPS = 100000, SHADOW_LINES = 4 }; /* a few ms at most */

typedef struct Shadow {
  Host host;             /* first: the machine's hooks.ctx points here */
  uint32_t watch;
  LineEntry late;
  bool seen;
} Shadow;

static void shadow_late(void *ctx, Vm *vm, uint32_t p) {
  Shadow *sh = ctx;
  if (p != sh->watch || sh->seen) return;
  sh->seen = true;
  sh->late = promise_last_job_pos(vm); /* the reaction just queued, await or then */
  if (!sh->late.line) sh->late = vm_current_pos(vm);
}

/* The callbacks a shadow run ran: its "T" facts as "kind@line:col name". */
static void shadow_tasks(const Buf *facts, Buf *out) {
  const char *p = facts->data;
  uint32_t n = 0;
  while (p && *p) {
    const char *end = strchr(p, '\n');
    if (!end) break;
    if (p[0] == 'T' && p[1] == '\t' && n < 8) {
      const char *kind = p + 2, *pos = strchr(kind, '\t'), *name = pos ? strchr(pos + 1, '\t') : NULL;
      if (name && name < end) {
        if (n++) buf_putc(out, '\x1f');
        buf_append(out, kind, (size_t)(pos - kind));
        buf_putc(out, '@');
        buf_append(out, pos + 1, (size_t)(name - pos - 1));
        if (end > name + 1) {
          buf_putc(out, ' ');
          buf_append(out, name + 1, (size_t)(end - name - 1));
        }
      }
    }
    p = end + 1;
  }
}

static void shadow_lines(const Buf *text, Buf *out) {
  size_t start = 0;
  uint32_t n = 0;
  for (size_t i = 0; i < text->len && n < SHADOW_LINES; i++) {
    if (text->data[i] != '\n') continue;
    if (n++) buf_putc(out, '\x1f');
    vm_fact_text(out, text->data + start, i - start, 120);
    start = i + 1;
  }
}

/* The process that crashes still emits 'exit'; what its listeners print
 * is not lost, so the shadow run goes without them. */
static void drop_exit_listeners(Vm *s) {
  Value proc = realm_hook(s, "process"), fn = VAL_UNDEF, res;
  if (val_is_obj(proc)) obj_lookup(s, val_obj_idx(proc), str_value(s, "removeAllListeners"), &fn);
  Value name = str_value(s, "exit");
  if (val_is_callable(s, fn) && vm_call(s, fn, proc, &name, 1, &res) != VS_OK) s->has_exc = false;
}

void fd_shadow(const Host *h, Vm *vm, uint32_t promise, Buf *out) {
  HostOpts o = *h->opts;
  o.unhandled = UR_NONE;
  o.max_steps = SHADOW_MAX_STEPS;
  if (!o.max_drain || o.max_drain > SHADOW_MAX_STEPS) o.max_drain = SHADOW_MAX_STEPS;
  Shadow sh = {.host = {.opts = &o, .capture = true, .explore = true}, .watch = promise};
  Vm *s = vm_clone(vm);
  s->hooks.ctx = &sh.host;
  s->hooks.promise_handled_late = shadow_late;
  s->hooks.before_gc = NULL;
  s->max_steps = o.max_steps;
  s->steps = 0;
  drop_exit_listeners(s);
  buf_clear(&s->out);
  buf_clear(&s->err);
  HostResult r = {0};
  for (int i = 0; i < SHADOW_STEPS && host_step(s, &sh.host, &r); i++)
    if (s->heap.nslot > s->gc_threshold) vm_gc(s);
  shadow_tasks(&s->facts, out);
  buf_putc(out, '\t');
  if (sh.seen && sh.late.line != UINT32_MAX) buf_printf(out, "%u:%u", sh.late.line, sh.late.col);
  buf_putc(out, '\t');
  shadow_lines(&s->out, out);
  vm_free(s);
}
