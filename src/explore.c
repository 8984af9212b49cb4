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
#include "por.h"
#include "state.h"

void xp_opts_default(XpOpts *o) {
  memset(o, 0, sizeof *o);
  host_opts_default(&o->host);
  o->host.max_steps = 50000000;
  o->host.max_drain = 1000000;
  o->max_states = 2000000;
  o->max_chain = 512;
  o->por = true;
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

/* Partial-order reduction (por.h).  An edge S --x--> of the state being
 * expanded, as its children will need it. */
typedef struct EdgeInfo {
  bool foot;          /* an I/O completion with a footprint f */
  PorFoot f;          /* in *fa */
  const PorArena *fa; /* Xp.foot, or the arena of the state's ZList */
  uint32_t map;       /* the numbering map of the state it found (Xp.maps), or NONE */
  uint32_t rest;      /* the witness fragment after the poll choice (string id) */
} EdgeInfo;

#define NONE UINT32_MAX /* no edge, map, state */

/* What a state T reached from S by an I/O completion c inherits: for each
 * other completion x of S that commutes with c, the edge T --x--> is
 * T·x = S·x·c, found among the edges of S·x once that state is expanded;
 * its label is x's at S (the same output, facts and later choices; only
 * the poll choice's number may differ). */
typedef struct ZEntry {
  PorFoot f;          /* x at T (in T's numbering; in the list's arena) */
  uint32_t label;     /* x's label at S (the same but for its poll choice's number) */
  uint32_t rest;      /* its choices after the poll choice (string id) */
  uint32_t u;         /* S·x */
  uint32_t d;         /* the edge of U closing the diamond (resolve), or NONE */
  int32_t io_c;       /* c's request at S·x (I/O list position) */
  uint32_t rest_c;    /* and the rest of c's witness fragment */
} ZEntry;

typedef struct ZList {
  ZEntry *e;
  uint32_t n, cap;
  PorArena a;
  /* T's poll options when they follow from S's (predict): npred requests at
   * these I/O list positions, every one inherited; 0: unknown */
  uint32_t npred;
  int32_t pred[64];
} ZList;

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
  /* partial-order reduction */
  bool por;
  HeapTrack trk;
  PorArena foot;       /* footprints of the edges of the state being expanded */
  PorMarks marks;
  EdgeInfo *info;      /* per edge of that state */
  uint32_t ninfo, cinfo;
  uint32_t *maps;      /* numbering maps of its edges that found new states */
  uint32_t nmaps, cmaps;
  ZList **z;           /* per state: what it inherits (NULL: nothing) */
  uint32_t cz;
  uint32_t *lrest;     /* per label: its witness fragment after the first choice */
  uint32_t nl, cl;
  uint32_t *ekey;      /* per edge: what diamond_edge looks for (ekey_make) */
  uint64_t cekey;
  /* expanding a state that inherited edges (expand_reduced): its list, its
   * machine, whether the first choice is still to be decided (decide),
   * the poll choice's options (0: the first choice is no poll choice) and
   * their requests' I/O list positions, whether every option was inferred,
   * and inferred edges still to be checked (--check-reduction) */
  uint32_t spoll;      /* the expanded state's poll options (0: its first choice is none) */
  int32_t sio[64];     /* ... their requests' I/O list positions (-1: none) */
  bool sforced;        /* ... and whether the poll had to complete one whatever the requests */
  ZList *zl;
  Vm *zpre;
  uint32_t zstate;
  bool zdecide, zall;
  uint32_t zpoll;
  int32_t zio[64];
  uint64_t zverify[64];
  uint32_t zverk[64], nzverify;
  uint64_t *lc_key;    /* (source label, poll option) -> label of an inferred edge */
  uint32_t *lc_val;
  uint32_t lc_n, lc_cap;
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

/* The I/O list positions at pre of the n requests r (-1: none, r 0, or
 * not pending there).  They usually come in list order (the poll orders them by earliest completion, ties in start
 * order, and most are ties): each search starts after the last find. */
static void io_positions(Vm *pre, const uint32_t *r, uint32_t n, int32_t *io) {
  const Heap *h = &pre->heap;
  const Obj *l = &h->objs[host_io_list(pre)];
  const Value *v = &h->slots[l->data];
  uint32_t len = l->ndata < INT16_MAX ? l->ndata : INT16_MAX, at = 0;
  for (uint32_t k = 0; k < n; k++) {
    io[k] = -1;
    for (uint32_t j = 0; r[k] && j < len; j++) {
      uint32_t i = (at + j) % len;
      if (val_is_obj(v[i]) && val_obj_idx(v[i]) == r[k]) {
        io[k] = (int32_t)i;
        at = i + 1;
        break;
      }
    }
  }
}

/* Notes the options of the expanded state's poll choice (its first),
 * once per expansion (predict uses them). */
static void note_options(Xp *x, Vm *pre, uint32_t n) {
  if (x->spoll || x->host.npoll_opt != n || n > 64) return;
  io_positions(pre, x->host.poll_opt, n, x->sio);
  x->spoll = n;
  x->sforced = x->host.poll_forced;
}

/* The witness fragment after its first choice. */
static const char *fragment_rest(const char *f) {
  if (*f) f++;
  while (*f >= '0' && *f <= '9') f++;
  return f;
}

static bool has_dead_fact(const char *facts) {
  return facts[0] == 'D' || strstr(facts, "\nD\t") != NULL;
}

static void info_push(Xp *x, EdgeInfo info) {
  if (x->ninfo == x->cinfo) {
    x->cinfo = x->cinfo ? x->cinfo * 2 : 64;
    x->info = xrealloc(x->info, sizeof(EdgeInfo) * x->cinfo);
  }
  x->info[x->ninfo++] = info;
}

/* An edge's key: the I/O list position (+ 1) of the request its first
 * choice completes in the low 16 bits (0: not a completion), the string id
 * (+ 1) of its later choices in the next 15 (all ones: too large to hold,
 * look at the label), and bit 31 when it cannot close a diamond (its
 * facts tell of a dead promise, or it ends the program).  One word per
 * edge, so that looking for an edge of a state reads one cache line. */
#define EK_REST_BIG 0x7FFFu
#define EK_BLOCKED 0x80000000u

static uint32_t ekey_make(int32_t io, uint32_t rest, bool blocked) {
  if (io < 0 || io >= 0xFFFF) return 0;
  uint32_t r = rest + 1 < EK_REST_BIG ? rest + 1 : EK_REST_BIG;
  return (uint32_t)(io + 1) | r << 16 | (blocked ? EK_BLOCKED : 0);
}

static void ekey_set(Xp *x, uint64_t e, uint32_t key) {
  if (e >= x->cekey) {
    x->cekey = x->cekey ? x->cekey * 2 : 4096;
    while (x->cekey <= e) x->cekey *= 2;
    x->ekey = xrealloc(x->ekey, sizeof(uint32_t) * x->cekey);
  }
  x->ekey[e] = key;
}

/* The numbering the last encoding gave pre's objects (por_translate's map). */
static uint32_t save_map(Xp *x, const Vm *pre) {
  uint32_t nbase = pre->heap.nbase, n = pre->heap.nobj - nbase, at = x->nmaps;
  if (x->nmaps + n > x->cmaps) {
    x->cmaps = x->cmaps ? x->cmaps : 1024;
    while (x->nmaps + n > x->cmaps) x->cmaps *= 2;
    x->maps = xrealloc(x->maps, sizeof(uint32_t) * x->cmaps);
  }
  const StEnc *e = &x->enc;
  for (uint32_t i = 0; i < n; i++) x->maps[at + i] = e->stamp[nbase + i] == e->gen ? e->num[nbase + i] : NONE;
  x->nmaps += n;
  return at;
}

static void resolve(Xp *x, ZList *z);

/* Runs one choice vector from the state pre and records the edge (or,
 * with check an edge index, only checks that the run gives that edge:
 * --verify-por).  The machine is pre restored over the last one (only
 * what the two may differ in is copied: both descend from the pristine
 * realm). */
static void explore_vector(Xp *x, uint32_t from, Vm *pre, uint64_t check) {
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
  if (x->zdecide) resolve(x, x->zl); /* (now: its loads overlap the run up to the choice) */
  vm->hooks.ctx = &x->host;
  vm->frame_limit = x->o->host.frame_limit; /* --stack-limit: not part of the state */
  buf_clear(&vm->out);
  buf_clear(&vm->err);
  x->trans.n = 0;
  x->trans.overflow = false;
  if (x->por) por_track_begin(&x->trk, vm, pre);
  HostResult res = {0};
  bool more = run_transition(x, vm, &res, &g->stats.steps);
  if (x->zall && check == UINT64_MAX) { /* decide() inferred every option: the run stopped at the choice */
    vm->heap.trk = NULL;
    x->host.probe = false;
    return;
  }
  if (more) host_normalize(vm); /* (garbage is never encoded: no GC needed) */
  vm->heap.trk = NULL; /* (the normalisation is part of the transition's footprint) */
  EdgeInfo info = {.foot = false, .fa = &x->foot, .map = NONE, .rest = 0};
  int32_t io = -1;
  if (x->por && x->trans.n && x->trans.kind[0] == CH_POLL) {
    note_options(x, pre, x->trans.arity[0]);
    io_positions(pre, &x->host.poll_opt[x->trans.taken[0]], 1, &io);
    /* (a drain that ran too long reports the pending requests: not a
     * function of this transition's footprint) */
    if (io >= 0 && more && !res.fatal && !res.unsupported && !res.steps_exceeded && !res.drain_exceeded &&
        !res.hung && !x->trans.overflow)
      info.foot = por_capture(pre, vm, &x->trk, host_io_list(pre), host_io_list(vm), io, &info.f, &x->foot);
  }
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
  uint32_t lid = xp_label_intern(&g->labels, label);
  if (check != UINT64_MAX) {
    const Pool *tops = &g->store->tops;
    uint32_t want = g->edges[check].to;
    if (g->edges[check].label != lid || pool_len(tops, want) != x->enc.ntop ||
        memcmp(pool_seq(tops, want), x->enc.top, sizeof(uint32_t) * x->enc.ntop) != 0) {
      fprintf(stderr, "ticktock: internal error: an edge added by the partial-order reduction (%s) is not "
                      "the one its run gives\n", xp_str(&g->strings, label.choices));
      abort();
    }
    return;
  }
  if (io >= 0) {
    const char *f = x->frag.data ? x->frag.data : "";
    const char *r = fragment_rest(f);
    info.rest = intern(&g->strings, r, x->frag.len - (size_t)(r - f));
  }
  bool added;
  uint32_t depth = g->states[from].depth + 1;
  uint32_t to = visit(g, &x->enc, h, depth, &added);
  add_edge(g, (XpEdge){from, to, lid});
  if (x->por) {
    bool blocked = !more || (g->states[to].flags & XS_TERMINAL) || has_dead_fact(xp_str(&g->strings, label.facts));
    ekey_set(x, g->nedges - 1, ekey_make(io, info.rest, blocked));
    if (added && info.foot && more) info.map = save_map(x, pre);
    info_push(x, info);
  }
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

static bool overflowed(Xp *x) {
  if (!x->trans.overflow) return false;
  x->g->complete = false;
  snprintf(x->g->incomplete_reason, sizeof x->g->incomplete_reason, "a transition takes more than %d choices",
           MAX_CHOICES);
  return true;
}

/* After a vector ran, the ones that follow it in the choice tree: to the
 * end of its option of the first choice (per_option), or to the end of
 * all (*exhausted).  False when the expansion must stop (a bound, an
 * overflow). */
static bool next_vectors(Xp *x, uint32_t id, Vm *pre, bool per_option, bool *exhausted) {
  for (;;) {
    if (!next_vector(&x->trans)) {
      *exhausted = true;
      return true;
    }
    if (per_option && x->trans.nprefix == 1) return true; /* on to the next option */
    /* the vectors of one state can be exponentially many (Math.random() in
     * a loop): the bounds hold within an expansion too */
    if (out_of_bounds(x)) {
      x->g->complete = false;
      return false;
    }
    explore_vector(x, id, pre, UINT64_MAX);
    if (overflowed(x)) return false;
  }
}

/* Every vector whose first choice is option k (all vectors when k is
 * NONE); false when the expansion must stop. */
static bool run_option(Xp *x, uint32_t id, Vm *pre, uint32_t k, bool *exhausted) {
  x->trans.nprefix = 0;
  if (k != NONE) x->trans.prefix[0] = k, x->trans.nprefix = 1;
  explore_vector(x, id, pre, UINT64_MAX);
  if (overflowed(x)) return false;
  return next_vectors(x, id, pre, k != NONE, exhausted);
}

/* Extends the per-label caches to every label interned so far. */
static void label_cache(Xp *x) {
  XpGraph *g = x->g;
  if (x->nl == g->labels.n) return;
  if (g->labels.n > x->cl) {
    x->cl = g->labels.cap;
    x->lrest = xrealloc(x->lrest, sizeof(uint32_t) * x->cl);
  }
  for (; x->nl < g->labels.n; x->nl++) {
    const XpLabel *l = &g->labels.v[x->nl];
    const char *f = xp_str(&g->strings, l->choices), *r = fragment_rest(f);
    x->lrest[x->nl] = intern(&g->strings, r, xp_str_len(&g->strings, l->choices) - (size_t)(r - f));
  }
}

/* The edge of U that completes the request at position io with the later
 * choices rest, if there is exactly one and it can close a diamond. */
static uint32_t diamond_edge(Xp *x, uint32_t u, int32_t io, uint32_t rest) {
  XpGraph *g = x->g;
  const XpState *s = &g->states[u];
  if ((s->flags & (XS_EXPANDED | XS_TERMINAL)) != XS_EXPANDED) return NONE;
  uint32_t want = ekey_make(io, rest, false), mask = want >> 16 == EK_REST_BIG ? 0xFFFF : 0x7FFFFFFF;
  uint32_t found = NONE;
  for (uint32_t e = s->first_edge; e < s->first_edge + s->nedges; e++) {
    uint32_t k = x->ekey[e];
    if ((k & mask) != (want & mask)) continue;
    if (mask == 0xFFFF) {
      label_cache(x);
      if (x->lrest[g->edges[e].label] != rest) continue;
    }
    if (found != NONE || (k & EK_BLOCKED)) return NONE;
    found = e;
  }
  return found;
}

/* Sets the choice vector k, then the choices of the witness fragment rest. */
static void set_vector(Trans *t, uint32_t k, const char *rest) {
  t->prefix[0] = k;
  t->nprefix = 1;
  while (*rest && t->nprefix < MAX_CHOICES) {
    char *end;
    t->prefix[t->nprefix++] = (uint32_t)strtoul(rest + 1, &end, 10);
    rest = end;
  }
}

/* The label of entry e's edge when its poll choice is option k: the
 * source edge's, with "p<k>" for its first choice (cached: a few labels
 * serve millions of edges). */
static uint32_t inferred_label(Xp *x, const ZEntry *e, uint32_t k) {
  XpGraph *g = x->g;
  uint64_t key = (uint64_t)e->label << 16 | k;
  if ((x->lc_n + 1) * 2 > x->lc_cap) {
    uint32_t cap = x->lc_cap ? x->lc_cap * 2 : 1024;
    uint64_t *keys = xmalloc(sizeof(uint64_t) * cap);
    uint32_t *vals = xmalloc(sizeof(uint32_t) * cap);
    memset(keys, 0xFF, sizeof(uint64_t) * cap);
    for (uint32_t i = 0; i < x->lc_cap; i++) {
      if (x->lc_key[i] == UINT64_MAX) continue;
      uint32_t j = (uint32_t)(x->lc_key[i] * 0x9E3779B97F4A7C15ull >> 32) & (cap - 1);
      while (keys[j] != UINT64_MAX) j = (j + 1) & (cap - 1);
      keys[j] = x->lc_key[i];
      vals[j] = x->lc_val[i];
    }
    free(x->lc_key);
    free(x->lc_val);
    x->lc_key = keys;
    x->lc_val = vals;
    x->lc_cap = cap;
  }
  uint32_t j = (uint32_t)(key * 0x9E3779B97F4A7C15ull >> 32) & (x->lc_cap - 1);
  for (; x->lc_key[j] != UINT64_MAX; j = (j + 1) & (x->lc_cap - 1))
    if (x->lc_key[j] == key) return x->lc_val[j];
  char head[12];
  uint32_t hl = sizeof head, v = k; /* "p<k>", formatted by hand as fragment() does */
  do head[--hl] = (char)('0' + v % 10); while ((v /= 10) != 0);
  head[--hl] = choice_letters[CH_POLL];
  const XpLabel *src = &g->labels.v[e->label];
  const char *rest = fragment_rest(xp_str(&g->strings, src->choices));
  buf_clear(&x->frag);
  buf_append(&x->frag, head + hl, sizeof head - hl);
  buf_append(&x->frag, rest, strlen(rest));
  XpLabel label = {src->out, src->err, intern(&g->strings, x->frag.data, x->frag.len), src->facts};
  uint32_t id = xp_label_intern(&g->labels, label);
  x->lc_key[j] = key;
  x->lc_val[j] = id;
  x->lc_n++;
  return id;
}

/* What T inherited is a few dozen edges of states explored long before
 * it: cache misses, three in a row per edge (the state, its edges' keys,
 * the edge).  expand() starts each one's first early (prefetch_states),
 * the second once T is decoded (prefetch_keys), the third as T's first
 * run starts (resolve, from explore_vector), so that they have arrived
 * when that run reaches its poll choice (decide). */
static void prefetch_states(Xp *x, const ZList *z) {
  for (uint32_t i = 0; i < z->n; i++) __builtin_prefetch(&x->g->states[z->e[i].u]);
}

static void prefetch_keys(Xp *x, const ZList *z) {
  for (uint32_t i = 0; i < z->n; i++) {
    const XpState *s = &x->g->states[z->e[i].u];
    if (!(s->flags & XS_EXPANDED)) continue;
    __builtin_prefetch(&x->ekey[s->first_edge]);
    if (s->nedges > 8) __builtin_prefetch(&x->ekey[s->first_edge + s->nedges - 1]);
  }
}

static void resolve(Xp *x, ZList *z) {
  for (uint32_t i = 0; i < z->n; i++) {
    ZEntry *e = &z->e[i];
    e->d = diamond_edge(x, e->u, e->io_c, e->rest_c);
    if (e->d != NONE) __builtin_prefetch(&x->g->edges[e->d]);
  }
}

/* Adds the edges of option k (completing the request at position io)
 * from what T inherited, if every one closes a diamond. */
static bool infer_option(Xp *x, uint32_t id, const ZList *z, uint32_t k, int32_t io) {
  XpGraph *g = x->g;
  uint32_t to[64], n = 0;
  for (uint32_t i = 0; i < z->n; i++) {
    const ZEntry *e = &z->e[i];
    if (e->f.io != io) continue;
    if (e->d == NONE || n == 64) return false;
    to[n++] = g->edges[e->d].to;
  }
  if (n == 0) return false;
  for (uint32_t i = 0, j = 0; i < z->n; i++) {
    const ZEntry *e = &z->e[i];
    if (e->f.io != io) continue;
    add_edge(g, (XpEdge){id, to[j++], inferred_label(x, e, k)});
    ekey_set(x, g->nedges - 1, ekey_make(io, e->rest, false));
    EdgeInfo info = {.foot = true, .f = e->f, .fa = &z->a, .map = NONE, .rest = e->rest};
    info_push(x, info);
    g->stats.transitions++;
    g->stats.matched++;
    g->stats.inferred++;
    if (x->o->verify_por && x->nzverify < 64) {
      x->zverify[x->nzverify] = g->nedges - 1;
      x->zverk[x->nzverify++] = k;
    }
  }
  return true;
}

/* --check-reduction: runs the edges inferred since the last call and
 * checks each is the one its run gives (the enumeration's place in the
 * choice tree is kept). */
static void verify_inferred(Xp *x, uint32_t id, Vm *pre) {
  if (!x->nzverify) return;
  Trans *keep = xmalloc(sizeof *keep);
  *keep = x->trans;
  bool all = x->zall;
  x->zall = false;
  for (uint32_t i = 0; i < x->nzverify; i++) {
    const XpLabel *l = xp_edge_label(x->g, x->zverify[i]);
    set_vector(&x->trans, x->zverk[i], fragment_rest(xp_str(&x->g->strings, l->choices)));
    explore_vector(x, id, pre, x->zverify[i]);
  }
  x->zall = all;
  x->nzverify = 0;
  x->trans = *keep;
  free(keep);
}

/* A state whose poll options follow from its parent's (predict) and all
 * close diamonds needs no run, and so no decoding: its edges are added
 * here.  False (nothing added) when some diamond does not close yet. */
static bool infer_predicted(Xp *x, uint32_t id, ZList *z) {
  prefetch_keys(x, z);
  resolve(x, z);
  for (uint32_t i = 0; i < z->n; i++)
    if (z->e[i].d == NONE) return false;
  for (uint32_t k = 0; k < z->npred; k++)
    if (!infer_option(x, id, z, k, z->pred[k])) return false; /* (not after the first: checked above) */
  return true;
}

/* The chooser's first choice when the state inherited edges: if it is a
 * poll choice, the options that close diamonds are added here, in order,
 * up to the first that does not, which the run then takes (so no run is
 * spent on finding out what the options are); when every one does, the
 * run stops right after the choice (Host.probe) and adds nothing. */
static uint32_t decide(Xp *x, ChoiceKind kind, uint32_t n) {
  x->zdecide = false;
  if (kind != CH_POLL || x->host.npoll_opt != n || n > 64) return 0;
  io_positions(x->zpre, x->host.poll_opt, n, x->zio);
  x->zpoll = n;
  note_options(x, x->zpre, n);
  if (x->zl->npred && x->o->verify_por &&
      (x->zl->npred != n || memcmp(x->zl->pred, x->zio, sizeof(int32_t) * n) != 0)) {
    fprintf(stderr, "ticktock: internal error: a state's poll options are not the ones the partial-order "
                    "reduction predicted\n");
    abort();
  }
  uint32_t k = 0;
  while (k < n && x->zio[k] >= 0 && infer_option(x, x->zstate, x->zl, k, x->zio[k])) k++;
  if (k < n) return k;
  x->zall = true;
  x->host.probe = true;
  return 0;
}

static uint32_t xp_choose(void *ctx, ChoiceKind kind, uint32_t n) {
  Xp *x = ctx;
  if (x->zdecide && x->trans.n == 0) {
    x->trans.prefix[0] = decide(x, kind, n);
    x->trans.nprefix = 1;
  }
  return trans_choose(&x->trans, kind, n);
}

/* Expands a state that inherited edges: runs only the options of its poll
 * choice that no diamond closes (all of its transitions when its first
 * choice is no poll choice).  False when a bound stopped it. */
static bool expand_reduced(Xp *x, uint32_t id, Vm *pre, ZList *z) {
  x->zl = z;
  x->zpre = pre;
  x->zstate = id;
  x->zdecide = true;
  x->zall = false;
  x->zpoll = 0;
  x->nzverify = 0;
  x->trans.nprefix = 0;
  explore_vector(x, id, pre, UINT64_MAX);
  x->zdecide = false;
  verify_inferred(x, id, pre);
  bool all = x->zall, exhausted = false;
  x->zall = false;
  if (all) return true;
  if (overflowed(x)) return false;
  if (!x->zpoll) return next_vectors(x, id, pre, false, &exhausted);
  for (;;) {
    if (!next_vectors(x, id, pre, true, &exhausted)) return false;
    if (exhausted) return true;
    uint32_t k = x->trans.prefix[0];
    while (k < x->zpoll && x->zio[k] >= 0 && infer_option(x, id, z, k, x->zio[k])) k++;
    verify_inferred(x, id, pre);
    if (k >= x->zpoll) return true;
    if (out_of_bounds(x)) {
      x->g->complete = false;
      return false;
    }
    x->trans.prefix[0] = k;
    x->trans.nprefix = 1;
    explore_vector(x, id, pre, UINT64_MAX);
    if (overflowed(x)) return false;
  }
}

/* The poll options of S·c from those of S, when they follow: S's first
 * choice was the poll's, every option a request, the poll bound to
 * complete one whatever the requests (so the "nothing" option cannot
 * appear once c's request is gone), c started no request, and every other
 * request's edges commute with c (so c changed nothing the run up to the
 * poll reads: they all read it).  Then S·c's options are S's without c's,
 * in the same order, and at least two remain (a choice).  --check-reduction
 * compares them with the run's (decide). */
static void predict(Xp *x, ZList *z, const PorFoot *c) {
  z->npred = 0;
  if (!x->spoll || !x->sforced || x->spoll < 3 || c->io_added) return;
  uint32_t n = 0;
  bool mine = false;
  for (uint32_t k = 0; k < x->spoll; k++) {
    int32_t io = x->sio[k];
    if (io < 0) return;
    if (io == c->io) {
      mine = true;
      continue;
    }
    io -= io > c->io;
    bool inherited = false;
    for (uint32_t i = 0; i < z->n && !inherited; i++) inherited = z->e[i].f.io == io;
    if (!inherited) return;
    z->pred[n++] = io;
  }
  if (mine) z->npred = n;
}

/* Gives each state that an I/O completion c of state id found what it
 * inherits: the other completions of id that commute with c (all the
 * edges of one request, or none of them). */
static void inherit(Xp *x, uint32_t id, uint32_t nbase, uint32_t nobj) {
  XpGraph *g = x->g;
  uint32_t first = g->states[id].first_edge, n = x->ninfo;
  for (uint32_t j = 0; j < n; j++) {
    const EdgeInfo *c = &x->info[j];
    if (c->map == NONE || (x->ekey[first + j] & EK_BLOCKED)) continue;
    ZList *z = NULL;
    por_mark(&x->marks, &c->f, &x->foot, nobj);
    for (uint32_t i = 0; i < n;) {
      uint32_t end = i + 1; /* the edges of one request are consecutive */
      int32_t io = x->info[i].foot ? x->info[i].f.io : -1;
      while (end < n && x->info[end].foot && x->info[end].f.io == io && io >= 0) end++;
      bool ok = io >= 0 && io != c->f.io;
      for (uint32_t t = i; ok && t < end; t++)
        ok = x->info[t].foot && por_commutes(&x->marks, &x->info[t].f, x->info[t].fa) &&
             !(x->ekey[first + t] & EK_BLOCKED);
      for (uint32_t t = i; ok && t < end; t++) {
        if (!z) z = xcalloc(1, sizeof *z);
        if (z->n == z->cap) {
          z->cap = z->cap ? z->cap * 2 : 16;
          z->e = xrealloc(z->e, sizeof(ZEntry) * z->cap);
        }
        ZEntry *e = &z->e[z->n++];
        por_translate(&x->info[t].f, x->info[t].fa, &c->f, x->maps + c->map, nbase, &e->f, &z->a);
        e->label = g->edges[first + t].label;
        e->rest = x->info[t].rest;
        e->u = g->edges[first + t].to;
        e->io_c = c->f.io - (c->f.io > x->info[t].f.io);
        e->rest_c = c->rest;
      }
      i = end;
    }
    if (z) predict(x, z, &c->f);
    if (z) x->z[g->edges[first + j].to] = z;
  }
}

static void zlist_free(ZList *z) {
  if (!z) return;
  free(z->e);
  por_arena_free(&z->a);
  free(z);
}

static void expand(Xp *x, uint32_t id) {
  XpGraph *g = x->g;
  g->states[id].flags |= XS_EXPANDED;
  const Pool *tops = &g->store->tops;
  ZList *z = NULL;
  if (x->por && id < x->cz) {
    z = x->z[id];
    x->z[id] = NULL;
  }
  if (z) prefetch_states(x, z);
  g->states[id].first_edge = (uint32_t)g->nedges;
  x->ninfo = x->nmaps = x->foot.n = x->spoll = 0;
  if (z && z->npred && !x->o->verify_por && infer_predicted(x, id, z)) { /* nothing to run: no decoding */
    g->states[id].nedges = (uint32_t)(g->nedges - g->states[id].first_edge);
    zlist_free(z);
    return;
  }
  Vm *pre = st_decode(x->base, &g->store->st, pool_seq(tops, id), pool_len(tops, id), x->pre, &x->enc);
  if (z) prefetch_keys(x, z);
  pre->hooks.ctx = &x->host;
  bool exhausted = false;
  bool stop = z ? !expand_reduced(x, id, pre, z) : !run_option(x, id, pre, NONE, &exhausted);
  g->states[id].nedges = (uint32_t)(g->nedges - g->states[id].first_edge);
  if (x->por && !stop) {
    if (x->cz < g->nstates) {
      uint32_t c = x->cz ? x->cz : 1024;
      while (c < g->nstates) c *= 2;
      x->z = xrealloc(x->z, sizeof(ZList *) * c);
      memset(x->z + x->cz, 0, sizeof(ZList *) * (c - x->cz));
      x->cz = c;
    }
    inherit(x, id, pre->heap.nbase, pre->heap.nobj);
  }
  zlist_free(z); /* (the edges' footprints pointed into it) */
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
  Xp x = {.e = e, .o = o, .por = o->por};
  clock_gettime(CLOCK_MONOTONIC, &x.t0);
  XpGraph *g = xcalloc(1, sizeof *g);
  x.g = g;
  g->store = xmalloc(sizeof *g->store);
  st_store_init(&g->store->st);
  pool_init(&g->store->tops, 0);
  buf_init(&g->strings.text);
  intern(&g->strings, "", 0);
  x.host = (Host){.opts = &o->host, .capture = true, .explore = true, .shadow = fd_shadow};
  x.chooser = (Chooser){xp_choose, &x};
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
  x.enc.lazy = x.por;
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
  for (uint32_t i = 0; i < x.cz; i++) zlist_free(x.z[i]);
  free(x.z);
  free(x.info);
  free(x.maps);
  free(x.ekey);
  free(x.lc_key);
  free(x.lc_val);
  free(x.lrest);
  por_arena_free(&x.foot);
  por_track_free(&x.trk);
  por_marks_free(&x.marks);
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
  bool wide;
  return xp_topo_counts(g, keep, order, norder, NULL, &wide);
}

bool xp_topo_counts(const XpGraph *g, const bool *keep, uint32_t *order, uint32_t *norder, uint64_t *cnt,
                    bool *wide) {
  *norder = 0;
  *wide = false;
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
      /* the last edge first: the explorer numbered the states it found
       * from a state's last new successor on (a stack), so the walk meets
       * them mostly in number order (a third of the cache misses) */
      uint32_t to = g->edges[x->first_edge + x->nedges - 1 - k].to;
      if (keep && !keep[to]) continue;
      if (mark[to] == 1) acyclic = false;
      if (mark[to] == 0) {
        mark[to] = 1;
        st[n++] = to, st[n++] = 0;
      }
      continue;
    }
    if (cnt) { /* the successors are done (unless on a cycle) */
      uint64_t c = (x->flags & XS_TERMINAL) ? 1 : 0;
      for (uint32_t e = x->first_edge; e < x->first_edge + x->nedges && acyclic; e++)
        if ((!keep || keep[g->edges[e].to]) && __builtin_add_overflow(c, cnt[g->edges[e].to], &c)) *wide = true;
      cnt[s] = c;
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
