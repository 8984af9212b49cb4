/* explore.c - depth-first construction of the state graph; see explore.h. */
#define _POSIX_C_SOURCE 200809L
#include "explore.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "findings_scan.h"
#include "state.h"

void xp_opts_default(XpOpts *o) {
  memset(o, 0, sizeof *o);
  host_opts_default(&o->host);
  o->host.max_steps = 50000000;
  o->host.max_drain = 1000000;
  o->max_states = 2000000;
  o->max_chain = 512;
}

/* --- interned strings ------------------------------------------------------------ */

static uint64_t hash_bytes(const char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
  return h ^ (h >> 29);
}

const char *xp_str(const XpStrings *s, uint32_t id) { return s->text.data + s->off[id]; }
uint32_t xp_str_len(const XpStrings *s, uint32_t id) { return s->len[id]; }

static void strings_rehash(XpStrings *s) {
  free(s->table);
  s->tcap = s->tcap ? s->tcap * 2 : 1024;
  s->table = xmalloc(sizeof(uint32_t) * s->tcap);
  memset(s->table, 0xFF, sizeof(uint32_t) * s->tcap);
  for (uint32_t id = 0; id < s->n; id++) {
    uint32_t i = (uint32_t)hash_bytes(xp_str(s, id), s->len[id]) & (s->tcap - 1);
    while (s->table[i] != UINT32_MAX) i = (i + 1) & (s->tcap - 1);
    s->table[i] = id;
  }
}

static uint32_t intern(XpStrings *s, const char *p, size_t n) {
  if (n == 0 && s->n) return 0; /* "" is id 0 (xp_explore interns it first); most labels have an empty part */
  if ((s->n + 1) * 2 > s->tcap) strings_rehash(s);
  uint32_t i = (uint32_t)hash_bytes(p, n) & (s->tcap - 1);
  for (; s->table[i] != UINT32_MAX; i = (i + 1) & (s->tcap - 1)) {
    uint32_t id = s->table[i];
    if (s->len[id] == n && memcmp(xp_str(s, id), p, n) == 0) return id;
  }
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 256;
    s->off = xrealloc(s->off, sizeof(uint64_t) * s->cap);
    s->len = xrealloc(s->len, sizeof(uint32_t) * s->cap);
  }
  uint32_t id = s->n++;
  s->off[id] = s->text.len;
  s->len[id] = (uint32_t)n;
  buf_append(&s->text, p, n);
  buf_putc(&s->text, '\0');
  s->table[i] = id;
  return id;
}

/* --- labels ------------------------------------------------------------------------- */

static uint32_t label_hash(XpLabel x) {
  uint64_t h = ((uint64_t)x.out * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)x.err * 0xC2B2AE3D27D4EB4Full) ^
               ((uint64_t)x.choices * 0x165667B19E3779F9ull) ^ ((uint64_t)x.facts * 0x27D4EB2F165667C5ull);
  return (uint32_t)(h ^ (h >> 32));
}

static bool label_eq(XpLabel a, XpLabel b) {
  return a.out == b.out && a.err == b.err && a.choices == b.choices && a.facts == b.facts;
}

uint32_t xp_label_intern(XpLabels *l, XpLabel x) {
  if ((l->n + 1) * 2 > l->tcap) {
    free(l->table);
    l->tcap = l->tcap ? l->tcap * 2 : 256;
    l->table = xmalloc(sizeof(uint32_t) * l->tcap);
    memset(l->table, 0xFF, sizeof(uint32_t) * l->tcap);
    for (uint32_t id = 0; id < l->n; id++) {
      uint32_t i = label_hash(l->v[id]) & (l->tcap - 1);
      while (l->table[i] != UINT32_MAX) i = (i + 1) & (l->tcap - 1);
      l->table[i] = id;
    }
  }
  uint32_t i = label_hash(x) & (l->tcap - 1);
  for (; l->table[i] != UINT32_MAX; i = (i + 1) & (l->tcap - 1))
    if (label_eq(l->v[l->table[i]], x)) return l->table[i];
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = xrealloc(l->v, sizeof(XpLabel) * l->cap);
  }
  l->v[l->n] = x;
  l->table[i] = l->n;
  return l->n++;
}

void xp_labels_free(XpLabels *l) {
  free(l->v);
  free(l->table);
  memset(l, 0, sizeof *l);
}

/* --- the visited set ---------------------------------------------------------------- */

/* The visited set is the pool of top vectors: a state's id is its top
 * vector's id, so XpGraph.states grows in step with it. */
struct XpStore {
  StStore st;
  Pool tops;
};

/* Finds the state with this encoding or adds it; *added tells which. */
static uint32_t visit(XpGraph *g, const StEnc *e, uint64_t hash, uint32_t depth, bool *added) {
  uint32_t id = pool_intern(&g->store->tops, e->top, e->ntop, hash, added);
  if (!*added) return id;
  if (g->nstates == g->cstates) {
    g->cstates = g->cstates ? g->cstates * 2 : 1024;
    g->states = xrealloc(g->states, sizeof(XpState) * g->cstates);
  }
  XpState *s = &g->states[g->nstates++];
  memset(s, 0, sizeof *s);
  s->depth = depth;
  return id;
}

static void add_edge(XpGraph *g, XpEdge edge) {
  if (g->nedges == g->cedges) {
    g->cedges = g->cedges ? g->cedges * 2 : 4096;
    g->edges = xrealloc(g->edges, sizeof(XpEdge) * g->cedges);
  }
  g->edges[g->nedges++] = edge;
}

/* --- choice vectors of one transition ------------------------------------------------- */

enum { MAX_CHOICES = 4096 };

typedef struct Trans {
  uint32_t prefix[MAX_CHOICES], nprefix;
  uint32_t taken[MAX_CHOICES], arity[MAX_CHOICES];
  uint8_t kind[MAX_CHOICES];
  uint32_t n;
  bool overflow;
} Trans;

static uint32_t trans_choose(void *ctx, ChoiceKind kind, uint32_t n) {
  Trans *t = ctx;
  if (t->n >= MAX_CHOICES) {
    t->overflow = true;
    return 0;
  }
  uint32_t c = t->n < t->nprefix ? t->prefix[t->n] : 0;
  t->taken[t->n] = c;
  t->arity[t->n] = n;
  t->kind[t->n] = (uint8_t)kind;
  t->n++;
  return c;
}

/* The next vector in depth-first order of the choice tree, as a prefix;
 * false when every vector has been tried. */
static bool next_vector(Trans *t) {
  for (uint32_t i = t->n; i > 0; i--) {
    if (t->taken[i - 1] + 1 < t->arity[i - 1]) {
      memcpy(t->prefix, t->taken, sizeof(uint32_t) * (i - 1));
      t->prefix[i - 1] = t->taken[i - 1] + 1;
      t->nprefix = i;
      return true;
    }
  }
  return false;
}

/* The witness fragment of the choices taken, "p3b0..." (formatted by hand:
 * printf per choice was a visible cost of a transition). */
static void fragment(const Trans *t, Buf *out) {
  buf_clear(out);
  for (uint32_t i = 0; i < t->n; i++) {
    char d[12];
    uint32_t k = sizeof d, v = t->taken[i];
    do d[--k] = (char)('0' + v % 10); while ((v /= 10) != 0);
    d[--k] = choice_letters[t->kind[i]];
    buf_append(out, d + k, sizeof d - k);
  }
}

/* --- the explorer ----------------------------------------------------------------------- */

typedef struct Xp {
  Engine *e;
  const XpOpts *o;
  XpGraph *g;
  Vm *base;        /* pristine realm: decoding starts from it */
  Vm *pre;         /* the state being expanded, decoded */
  Vm *work;        /* the machine each transition runs on */
  Host host;
  Chooser chooser;
  Trans trans;
  StEnc enc;
  Buf frag;
  uint32_t *stack;
  uint32_t nstack, cstack;
  struct timespec t0;
} Xp;

static double elapsed(const Xp *x) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - x->t0.tv_sec) + (double)(t.tv_nsec - x->t0.tv_nsec) / 1e9;
}

/* Runs one transition from vm: host steps until one takes a choice.
 * Returns the host result of the last step. */
static bool run_transition(Xp *x, Vm *vm, HostResult *res, uint64_t *steps) {
  for (uint32_t k = 0; k < x->o->max_chain; k++) {
    uint32_t before = x->trans.n;
    bool more = host_step(vm, &x->host, res);
    (*steps)++;
    if (!more) return false;
    if (x->trans.n > before) return true;
    if (vm->heap.nslot > vm->gc_threshold) vm_gc(vm);
  }
  return true;
}

static void push(Xp *x, uint32_t id) {
  if (x->nstack == x->cstack) {
    x->cstack = x->cstack ? x->cstack * 2 : 256;
    x->stack = xrealloc(x->stack, sizeof(uint32_t) * x->cstack);
  }
  x->stack[x->nstack++] = id;
}

static void mark_terminal(XpGraph *g, uint32_t id, const HostResult *res) {
  XpState *s = &g->states[id];
  s->flags |= XS_TERMINAL | XS_EXPANDED;
  s->exit_code = res->exit_code;
  if (res->fatal) s->flags |= XS_FATAL;
  if (res->unsupported) s->flags |= XS_UNSUPPORTED;
  if (res->steps_exceeded) s->flags |= XS_BLOCKED;
}

/* Runs one choice vector from the state pre and records the edge.  The
 * machine is pre restored over the last one (only what the two may differ
 * in is copied: both descend from the pristine realm). */
static void explore_vector(Xp *x, uint32_t from, Vm *pre) {
  XpGraph *g = x->g;
  Vm *vm = x->work;
  vm_restore(vm, pre, x->base->heap.nslot);
#ifdef XP_VERIFY /* -DXP_VERIFY: check every restore against a full copy */
  {
    Vm *full = vm_clone(pre);
    Heap *a = &full->heap, *b = &vm->heap;
    if (a->nobj != b->nobj || a->nslot != b->nslot || memcmp(a->objs, b->objs, sizeof(Obj) * a->nobj) ||
        memcmp(a->slots, b->slots, sizeof(Value) * a->nslot)) {
      fprintf(stderr, "ticktock: internal error: restored machine differs from its state\n");
      abort();
    }
    vm_free(full);
  }
#endif
  vm->hooks.ctx = &x->host;
  vm->frame_limit = x->o->host.frame_limit; /* --stack-limit: not part of the state */
  buf_clear(&vm->out);
  buf_clear(&vm->err);
  x->trans.n = 0;
  x->trans.overflow = false;
  HostResult res = {0};
  bool more = run_transition(x, vm, &res, &g->stats.steps);
  if (more) host_normalize(vm); /* (garbage is never encoded: no GC needed) */
  uint64_t h = st_encode(vm, &x->enc, &g->store->st);
#ifdef XP_VERIFY /* ... and every encoding against one made without hints */
  {
    StEnc plain;
    st_enc_init(&plain);
    st_encode(vm, &plain, &g->store->st);
    if (plain.ntop != x->enc.ntop || memcmp(plain.top, x->enc.top, sizeof(uint32_t) * plain.ntop) != 0) {
      fprintf(stderr, "ticktock: internal error: encodings with and without hints differ\n");
      abort();
    }
    st_enc_free(&plain);
  }
#endif
  /* the label first, while the visited set's slot is loaded */
  pool_prefetch(&g->store->tops, h);
  fragment(&x->trans, &x->frag);
  fd_scan_transition(vm, &x->enc, !more, &res); /* findings: facts the encoding tells */
  XpLabel label = {intern(&g->strings, vm->out.data ? vm->out.data : "", vm->out.len),
                   intern(&g->strings, vm->err.data ? vm->err.data : "", vm->err.len),
                   intern(&g->strings, x->frag.data ? x->frag.data : "", x->frag.len),
                   intern(&g->strings, vm->facts.data ? vm->facts.data : "", vm->facts.len)};
  bool added;
  uint32_t depth = g->states[from].depth + 1;
  uint32_t to = visit(g, &x->enc, h, depth, &added);
  add_edge(g, (XpEdge){from, to, xp_label_intern(&g->labels, label)});
  g->stats.transitions++;
  if (added) {
    g->stats.states++;
    if (depth > g->stats.max_depth) g->stats.max_depth = depth;
    if (!more) mark_terminal(g, to, &res);
    else push(x, to);
  } else {
    g->stats.matched++;
  }
}

static bool out_of_bounds(Xp *x) {
  const XpOpts *o = x->o;
  XpGraph *g = x->g;
  if (o->max_states && g->stats.states >= o->max_states) {
    snprintf(g->incomplete_reason, sizeof g->incomplete_reason, "--max-states %llu reached",
             (unsigned long long)o->max_states);
    return true;
  }
  if (o->max_seconds > 0 && elapsed(x) > o->max_seconds) {
    snprintf(g->incomplete_reason, sizeof g->incomplete_reason, "--max-seconds %g reached", o->max_seconds);
    return true;
  }
  return false;
}

static void expand(Xp *x, uint32_t id) {
  XpGraph *g = x->g;
  g->states[id].flags |= XS_EXPANDED;
  const Pool *tops = &g->store->tops;
  Vm *pre = st_decode(x->base, &g->store->st, pool_seq(tops, id), pool_len(tops, id), x->pre, &x->enc);
  pre->hooks.ctx = &x->host;
  g->states[id].first_edge = (uint32_t)g->nedges;
  x->trans.nprefix = 0;
  for (;;) {
    explore_vector(x, id, pre);
    if (x->trans.overflow) {
      g->complete = false;
      snprintf(g->incomplete_reason, sizeof g->incomplete_reason,
               "a transition takes more than %d choices", MAX_CHOICES);
      break;
    }
    if (!next_vector(&x->trans)) break;
    /* the vectors of one state can be exponentially many (Math.random() in
     * a loop): the bounds hold within an expansion too */
    if (out_of_bounds(x)) {
      g->complete = false;
      break;
    }
  }
  g->states[id].nedges = (uint32_t)(g->nedges - g->states[id].first_edge);
  st_hints_drop(&x->enc);
}

static void progress(Xp *x, double *last) {
  if (!x->o->progress) return;
  double t = elapsed(x);
  if (t - *last < 1.0) return;
  *last = t;
  fprintf(stderr, "\rticktock: %llu states, %llu transitions, %.0f states/s, %.1fs   ",
          (unsigned long long)x->g->stats.states, (unsigned long long)x->g->stats.transitions,
          (double)x->g->stats.states / t, t);
  fflush(stderr);
}

XpGraph *xp_explore(Engine *e, const XpOpts *o) {
  Xp x = {.e = e, .o = o};
  clock_gettime(CLOCK_MONOTONIC, &x.t0);
  XpGraph *g = xcalloc(1, sizeof *g);
  x.g = g;
  g->store = xmalloc(sizeof *g->store);
  st_store_init(&g->store->st);
  pool_init(&g->store->tops, 0);
  buf_init(&g->strings.text);
  intern(&g->strings, "", 0);
  x.host = (Host){.opts = &o->host, .capture = true, .explore = true, .shadow = fd_shadow};
  x.chooser = (Chooser){trans_choose, &x.trans};
  x.host.chooser = &x.chooser;
  Vm *start = engine_machine(e, &x.host);
  if (!start) {
    xp_free(g);
    return NULL;
  }
  /* findings: the machines record facts (findings_scan.h) */
  start->record_facts = true;
  start->hooks.before_gc = fd_before_gc;
  x.base = engine_realm(e);
  x.base->hooks = start->hooks;
  /* states are decoded into copies of base: they need the limits host_init
   * gave start (an encoding holds only the program's state) */
  x.base->max_steps = start->max_steps;
  x.base->frame_limit = start->frame_limit;
  x.base->max_heap = start->max_heap;
  x.base->record_facts = true;
  st_enc_init(&x.enc);
  buf_init(&x.frag);
  bool added;
  uint64_t h = st_encode(start, &x.enc, &g->store->st);
  visit(g, &x.enc, h, 0, &added);
  g->stats.states = 1;
  vm_free(start);
  x.pre = vm_clone(x.base); /* both descend from base (vm_restore) */
  x.work = vm_clone(x.base);
  push(&x, 0);
  g->complete = true;
  double last = 0;
  while (x.nstack) {
    uint32_t id = x.stack[--x.nstack];
    if (g->states[id].flags & XS_EXPANDED) continue;
    if (o->max_depth && g->states[id].depth >= o->max_depth) {
      g->complete = false;
      snprintf(g->incomplete_reason, sizeof g->incomplete_reason, "--max-depth %u reached", o->max_depth);
      continue;
    }
    if (out_of_bounds(&x)) {
      g->complete = false;
      break;
    }
    expand(&x, id);
    progress(&x, &last);
  }
  if (o->progress && last > 0) fputc('\n', stderr);
  g->random_approx = x.host.sym_approx; /* some Math.random() value had to be a number */
  g->stats.seconds = elapsed(&x);
  g->stats.memory = sizeof(XpState) * g->cstates + sizeof(XpEdge) * g->cedges + st_store_bytes(&g->store->st) +
                    g->store->tops.bytes + g->strings.text.cap + sizeof(XpLabel) * g->labels.cap;
  vm_free(x.base);
  vm_free(x.pre);
  vm_free(x.work);
  st_enc_free(&x.enc);
  buf_free(&x.frag);
  free(x.stack);
  return g;
}

void xp_free(XpGraph *g) {
  if (!g) return;
  free(g->states);
  free(g->edges);
  if (g->store) {
    st_store_free(&g->store->st);
    pool_free(&g->store->tops);
    free(g->store);
  }
  buf_free(&g->strings.text);
  free(g->strings.off);
  free(g->strings.len);
  free(g->strings.table);
  xp_labels_free(&g->labels);
  free(g);
}

/* --- replay -------------------------------------------------------------------------------- */

uint32_t xp_replay_choose(void *ctx, ChoiceKind kind, uint32_t n) {
  XpReplay *r = ctx;
  const char *w = r->witness + r->pos;
  if (!*w || r->mismatch) return 0; /* pos stays at the choice that did not fit */
  if (*w != choice_letters[kind]) {
    r->mismatch = true;
    return 0;
  }
  char *end;
  unsigned long v = strtoul(w + 1, &end, 10);
  if (v >= n) {
    r->mismatch = true;
    return 0;
  }
  r->pos = (size_t)(end - r->witness);
  return (uint32_t)v;
}

size_t xp_witness_trim(const char *w, size_t len) {
  while (len > 2 && w[len - 1] == '0' && w[len - 2] >= 'a' && w[len - 2] <= 'z') len -= 2;
  return len;
}

/* --- graph order --------------------------------------------------------------------- */

bool xp_topo_order(const XpGraph *g, const bool *keep, uint32_t *order, uint32_t *norder) {
  *norder = 0;
  if (!g->nstates || (keep && !keep[0])) return true;
  uint8_t *mark = xcalloc(g->nstates, 1); /* 1: on the stack, 2: done */
  uint32_t *st = xmalloc(sizeof(uint32_t) * 2 * g->nstates), n = 0;
  bool acyclic = true;
  st[n++] = 0, st[n++] = 0;
  mark[0] = 1;
  while (n) {
    uint32_t s = st[n - 2], k = st[n - 1];
    const XpState *x = &g->states[s];
    if (k < x->nedges) {
      st[n - 1]++;
      uint32_t to = g->edges[x->first_edge + k].to;
      if (keep && !keep[to]) continue;
      if (mark[to] == 1) acyclic = false;
      if (mark[to] == 0) {
        mark[to] = 1;
        st[n++] = to, st[n++] = 0;
      }
      continue;
    }
    mark[s] = 2;
    order[(*norder)++] = s;
    n -= 2;
  }
  for (uint32_t i = 0; i < *norder / 2; i++) {
    uint32_t t = order[i];
    order[i] = order[*norder - 1 - i];
    order[*norder - 1 - i] = t;
  }
  free(mark);
  free(st);
  return acyclic;
}
