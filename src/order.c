/* order.c - outputs, counts and orders from the state graph; see order.h.
 *
 * The graph is read as a nondeterministic automaton over tokens: each
 * transition's stdout split into lines (a line keeps its newline; text
 * after the last newline is a token too), and at a final state one more
 * token standing for the exit code.  A lazily built subset construction
 * (the DFA) merges runs that printed the same tokens; paths in the DFA are
 * exactly the distinct outputs, so counting them is a memoised sum.
 */
#include "order.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* --- tokens ------------------------------------------------------------------- */

typedef struct Tok {
  const char *p;
  uint32_t len;
} Tok;

typedef struct Toks {
  Tok *v;
  uint32_t n, cap;
  uint32_t *table, tcap;
} Toks;

static uint64_t hash_mem(const char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
  return h ^ (h >> 31);
}

static uint32_t tok_intern(Toks *t, const char *p, uint32_t len) {
  if ((t->n + 1) * 2 > t->tcap) {
    uint32_t cap = t->tcap ? t->tcap * 2 : 256;
    uint32_t *tab = xmalloc(sizeof(uint32_t) * cap);
    memset(tab, 0xFF, sizeof(uint32_t) * cap);
    for (uint32_t id = 0; id < t->n; id++) {
      uint32_t i = (uint32_t)hash_mem(t->v[id].p, t->v[id].len) & (cap - 1);
      while (tab[i] != UINT32_MAX) i = (i + 1) & (cap - 1);
      tab[i] = id;
    }
    free(t->table);
    t->table = tab;
    t->tcap = cap;
  }
  uint32_t i = (uint32_t)hash_mem(p, len) & (t->tcap - 1);
  for (; t->table[i] != UINT32_MAX; i = (i + 1) & (t->tcap - 1)) {
    Tok *k = &t->v[t->table[i]];
    if (k->len == len && memcmp(k->p, p, len) == 0) return t->table[i];
  }
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->v = xrealloc(t->v, sizeof(Tok) * t->cap);
  }
  t->v[t->n] = (Tok){p, len};
  t->table[i] = t->n;
  return t->n++;
}

/* --- the automaton ---------------------------------------------------------------- */

typedef struct Nfa {
  const XpGraph *g;
  Toks toks;
  uint32_t *ltok_off, *ltok_len; /* per stdout label: its tokens in etoks (UINT32_MAX: not
                                    tokenized, not the stdout of any edge) */
  uint32_t *etoks, netoks;
  uint32_t *epos;    /* per edge: NFA node of its position 1 (NULL: no edge prints two tokens) */
  uint64_t *inode_edge; /* internal node - nstates -> its edge */
  uint32_t *exit_tok;/* per state: exit token or UINT32_MAX */
  uint8_t *eps;      /* per state: has an epsilon move (closures skip the others) */
  uint32_t nnodes, accept;
  bool *coreach;
  bool all_coreach;  /* every state can reach an end (most graphs): no need to look */
  bool any_eps;      /* some state has an epsilon move */
  char **exit_text;  /* owned exit token texts */
  uint32_t nexit;
} Nfa;

/* Tokens are interned in the order edges first print them (the order of
 * lines and listed outputs depends on it); each stdout label is split once
 * (labels are few, edges many). */
static void tokenize(Nfa *a, const XpStrings *s) {
  const XpGraph *g = a->g;
  a->ltok_off = xmalloc(sizeof(uint32_t) * (s->n + 1));
  a->ltok_len = xmalloc(sizeof(uint32_t) * (s->n + 1));
  memset(a->ltok_off, 0xFF, sizeof(uint32_t) * (s->n + 1));
  uint32_t cap = 1024;
  a->etoks = xmalloc(sizeof(uint32_t) * cap);
  for (uint64_t e = 0; e < g->nedges; e++) {
    uint32_t id = xp_edge_label(g, e)->out;
    if (a->ltok_off[id] != UINT32_MAX) continue;
    const char *p = xp_str(s, id);
    uint32_t len = xp_str_len(s, id), start = 0;
    a->ltok_off[id] = a->netoks;
    for (uint32_t i = 0; i < len; i++) {
      if (p[i] != '\n' && i + 1 < len) continue;
      if (a->netoks == cap) a->etoks = xrealloc(a->etoks, sizeof(uint32_t) * (cap *= 2));
      a->etoks[a->netoks++] = tok_intern(&a->toks, p + start, i + 1 - start);
      start = i + 1;
    }
    a->ltok_len[id] = a->netoks - a->ltok_off[id];
  }
}

/* Number of tokens edge e prints, and its k-th token. */
static inline uint32_t etok_len(const Nfa *a, uint64_t e) { return a->ltok_len[xp_edge_label(a->g, e)->out]; }
static inline uint32_t etok(const Nfa *a, uint64_t e, uint32_t k) {
  return a->etoks[a->ltok_off[xp_edge_label(a->g, e)->out] + k];
}

static void exits(Nfa *a) {
  const XpGraph *g = a->g;
  a->exit_tok = xmalloc(sizeof(uint32_t) * g->nstates);
  a->exit_text = xmalloc(sizeof(char *) * (g->nstates + 1));
  for (uint32_t s = 0; s < g->nstates; s++) {
    a->exit_tok[s] = UINT32_MAX;
    if (!(g->states[s].flags & XS_TERMINAL)) continue;
    char buf[64];
    int n = snprintf(buf, sizeof buf, "\001exit %d %u", g->states[s].exit_code, g->states[s].flags & 0xF0u);
    uint32_t before = a->toks.n;
    char *text = xmalloc((size_t)n + 1);
    memcpy(text, buf, (size_t)n + 1);
    a->exit_tok[s] = tok_intern(&a->toks, text, (uint32_t)n);
    if (a->toks.n > before) a->exit_text[a->nexit++] = text;
    else free(text);
  }
}

/* Which states can reach an end: from cnt (xp_topo_counts' counts, when it
 * found no cycle and they fit), else in rounds to a fixpoint. */
static void co_reach(Nfa *a, const uint64_t *cnt) {
  const XpGraph *g = a->g;
  a->coreach = xcalloc(g->nstates, sizeof(bool));
  if (cnt) {
    for (uint32_t s = 0; s < g->nstates; s++) a->coreach[s] = cnt[s] != 0;
  } else {
    for (uint32_t s = 0; s < g->nstates; s++) a->coreach[s] = g->states[s].flags & XS_TERMINAL;
    bool changed = true;
    while (changed) { /* few rounds in practice; edges are grouped by source */
      changed = false;
      for (uint32_t s = g->nstates; s > 0; s--) {
        const XpState *st = &g->states[s - 1];
        if (a->coreach[s - 1]) continue;
        for (uint32_t k = 0; k < st->nedges; k++)
          if (a->coreach[g->edges[st->first_edge + k].to]) {
            a->coreach[s - 1] = true;
            changed = true;
            break;
          }
      }
    }
  }
  a->all_coreach = true;
  for (uint32_t s = 0; s < g->nstates && a->all_coreach; s++) a->all_coreach = a->coreach[s];
}

static void nfa_build(Nfa *a, const XpGraph *g, const uint64_t *cnt) {
  memset(a, 0, sizeof *a);
  a->g = g;
  tokenize(a, &g->strings);
  exits(a);
  co_reach(a, cnt);
  a->nnodes = g->nstates;
  bool multi = false; /* some edge prints two tokens or more: edge-internal nodes */
  for (uint32_t id = 0; id < g->strings.n && !multi; id++) multi = a->ltok_off[id] != UINT32_MAX && a->ltok_len[id] > 1;
  if (multi) {
    a->epos = xmalloc(sizeof(uint32_t) * (g->nedges + 1));
    for (uint64_t e = 0; e < g->nedges; e++) {
      a->epos[e] = a->nnodes;
      if (etok_len(a, e) > 1) a->nnodes += etok_len(a, e) - 1;
    }
  }
  a->inode_edge = xmalloc(sizeof(uint64_t) * (a->nnodes - g->nstates + 1));
  for (uint64_t e = 0; multi && e < g->nedges; e++)
    for (uint32_t k = 1; k < etok_len(a, e); k++) a->inode_edge[a->epos[e] + k - 1 - g->nstates] = e;
  a->accept = a->nnodes++;
  a->eps = xcalloc(g->nstates + 1, 1);
  for (uint32_t st = 0; st < g->nstates; st++)
    for (uint32_t i = 0; i < g->states[st].nedges; i++) {
      uint64_t e = g->states[st].first_edge + i;
      if (etok_len(a, e) == 0 && a->coreach[g->edges[e].to]) a->eps[st] = 1, a->any_eps = true;
    }
}

static void nfa_free(Nfa *a) {
  free(a->toks.v);
  free(a->toks.table);
  free(a->ltok_off);
  free(a->ltok_len);
  free(a->etoks);
  free(a->epos);
  free(a->inode_edge);
  free(a->exit_tok);
  free(a->eps);
  for (uint32_t i = 0; i < a->nexit; i++) free(a->exit_text[i]);
  free(a->exit_text);
  free(a->coreach);
}

/* Node -> (edge, position) for edge-internal nodes. */
static bool internal_pos(const Nfa *a, uint32_t node, uint64_t *edge, uint32_t *k) {
  if (node < a->g->nstates || node == a->accept) return false;
  *edge = a->inode_edge[node - a->g->nstates];
  *k = node - a->epos[*edge] + 1;
  return true;
}

typedef struct Move {
  uint32_t tok, to;
  uint64_t edge; /* the graph edge this move belongs to */
} Move;

typedef struct Moves {
  Move *v;
  uint32_t n, cap;
} Moves;

static void moves_push(Moves *m, uint32_t tok, uint32_t to, uint64_t edge) {
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 16;
    m->v = xrealloc(m->v, sizeof(Move) * m->cap);
  }
  m->v[m->n++] = (Move){tok, to, edge};
}

static uint32_t edge_target_after(const Nfa *a, uint64_t e, uint32_t k) {
  return k >= etok_len(a, e) ? a->g->edges[e].to : a->epos[e] + k - 1;
}

/* The token moves and epsilon moves (tok = UINT32_MAX) out of a node. */
static void node_moves(const Nfa *a, uint32_t node, Moves *m) {
  const XpGraph *g = a->g;
  m->n = 0;
  uint64_t e;
  uint32_t k;
  if (internal_pos(a, node, &e, &k)) {
    moves_push(m, etok(a, e, k), edge_target_after(a, e, k + 1), e);
    return;
  }
  if (node >= g->nstates) return;
  const XpState *s = &g->states[node];
  for (uint32_t i = 0; i < s->nedges; i++) {
    uint64_t ei = s->first_edge + i;
    if (!a->all_coreach && !a->coreach[g->edges[ei].to]) continue;
    uint32_t len = etok_len(a, ei);
    if (len == 0) moves_push(m, UINT32_MAX, g->edges[ei].to, ei);
    else moves_push(m, etok(a, ei, 0), edge_target_after(a, ei, 1), ei);
  }
  if ((s->flags & XS_TERMINAL) && a->exit_tok[node] != UINT32_MAX) /* (exits(): only ends have one) */
    moves_push(m, a->exit_tok[node], a->accept, UINT64_MAX);
}

/* --- the lazy DFA ---------------------------------------------------------------- */

typedef struct DState {
  uint32_t off, len;     /* NFA nodes in Dfa.nodes (sorted) */
  uint32_t trans_off, ntrans;
  bool expanded;
  uint8_t mark;          /* counting: 0 new, 1 on stack, 2 done */
  uint64_t small;        /* the count while it fits 64 bits (dfa_count; else Dfa.bc) */
  bool infinite;
} DState;

typedef struct DTrans {
  uint32_t tok, to;
} DTrans;

typedef struct Dfa {
  const Nfa *a;
  DState *s;
  uint32_t n, cap;
  uint32_t *nodes;
  uint64_t nnodes, cnodes;
  DTrans *t;
  uint64_t nt, ct;
  uint32_t *table, tcap;   /* the states of other than one node */
  uint32_t nmulti;
  uint64_t limit;        /* total NFA nodes stored before giving up */
  bool overflow;
  Moves moves, all;       /* scratch of closure and dfa_expand */
  uint32_t *work;
  uint32_t nwork, cwork;
  uint8_t *seen;
  uint32_t *single;       /* NFA node -> DFA state of the set {node}, or UINT32_MAX
                             (most sets are one node: no hashing, no table entry) */
  uint32_t *post;         /* the states in the order dfa_count finished them: */
  uint32_t npost, cpost;  /* successors first, unless a cycle */
  BigNum *bc;             /* per state: the count when one does not fit 64 bits */
  uint32_t bcap;
  BigNum start_count;     /* dfa_count's result */
} Dfa;

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

static uint64_t hash_set(const uint32_t *v, uint32_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (uint32_t i = 0; i < n; i++) h = (h ^ v[i]) * 0x100000001b3ull;
  return h ^ (h >> 33);
}

static void work_push(Dfa *d, uint32_t v) {
  if (d->nwork == d->cwork) {
    d->cwork = d->cwork ? d->cwork * 2 : 64;
    d->work = xrealloc(d->work, sizeof(uint32_t) * d->cwork);
  }
  d->work[d->nwork++] = v;
}

static bool has_eps(const Nfa *a, uint32_t node) { return a->any_eps && node < a->g->nstates && a->eps[node]; }

/* Epsilon closure of work[0..nwork) in place (sorted, unique). */
static void closure(Dfa *d) {
  bool any = false, sorted = true;
  for (uint32_t i = 0; i < d->nwork; i++) {
    any = any || has_eps(d->a, d->work[i]);
    sorted = sorted && (i == 0 || d->work[i - 1] < d->work[i]);
  }
  if (any) {
    Moves *m = &d->moves;
    for (uint32_t i = 0; i < d->nwork; i++) d->seen[d->work[i]] = 1;
    for (uint32_t i = 0; i < d->nwork; i++) {
      if (!has_eps(d->a, d->work[i])) continue;
      node_moves(d->a, d->work[i], m);
      for (uint32_t k = 0; k < m->n; k++)
        if (m->v[k].tok == UINT32_MAX && !d->seen[m->v[k].to]) {
          d->seen[m->v[k].to] = 1;
          work_push(d, m->v[k].to);
          sorted = false;
        }
    }
    for (uint32_t i = 0; i < d->nwork; i++) d->seen[d->work[i]] = 0;
  }
  if (!sorted) qsort(d->work, d->nwork, sizeof(uint32_t), cmp_u32);
}

/* A new DFA state for the set work[0..nwork). */
static uint32_t dfa_add(Dfa *d) {
  if (d->n == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 1024;
    d->s = xrealloc(d->s, sizeof(DState) * d->cap);
  }
  if (d->nnodes + d->nwork > d->cnodes) {
    while (d->nnodes + d->nwork > d->cnodes) d->cnodes = d->cnodes ? d->cnodes * 2 : 4096;
    d->nodes = xrealloc(d->nodes, sizeof(uint32_t) * d->cnodes);
  }
  if (d->nnodes + d->nwork > d->limit) d->overflow = true;
  DState *s = &d->s[d->n];
  memset(s, 0, sizeof *s);
  s->off = (uint32_t)d->nnodes;
  s->len = d->nwork;
  memcpy(d->nodes + d->nnodes, d->work, sizeof(uint32_t) * d->nwork);
  d->nnodes += d->nwork;
  return d->n++;
}

static uint32_t dfa_state(Dfa *d) {
  closure(d);
  if (d->nwork == 1) {
    uint32_t *id = &d->single[d->work[0]];
    if (*id == UINT32_MAX) *id = dfa_add(d);
    return *id;
  }
  if ((d->nmulti + 1) * 2 > d->tcap) {
    uint32_t cap = d->tcap ? d->tcap * 2 : 1024;
    uint32_t *tab = xmalloc(sizeof(uint32_t) * cap);
    memset(tab, 0xFF, sizeof(uint32_t) * cap);
    for (uint32_t id = 0; id < d->n; id++) {
      if (d->s[id].len == 1) continue;
      uint32_t i = (uint32_t)hash_set(d->nodes + d->s[id].off, d->s[id].len) & (cap - 1);
      while (tab[i] != UINT32_MAX) i = (i + 1) & (cap - 1);
      tab[i] = id;
    }
    free(d->table);
    d->table = tab;
    d->tcap = cap;
  }
  uint32_t i = (uint32_t)hash_set(d->work, d->nwork) & (d->tcap - 1);
  for (; d->table[i] != UINT32_MAX; i = (i + 1) & (d->tcap - 1)) {
    DState *s = &d->s[d->table[i]];
    if (s->len == d->nwork && memcmp(d->nodes + s->off, d->work, sizeof(uint32_t) * d->nwork) == 0)
      return d->table[i];
  }
  uint32_t id = dfa_add(d);
  d->table[i] = id;
  d->nmulti++;
  return id;
}

static int cmp_move_tok(const void *x, const void *y) {
  const Move *a = x, *b = y;
  if (a->tok != b->tok) return a->tok < b->tok ? -1 : 1;
  return a->to < b->to ? -1 : a->to > b->to;
}

/* Sorts moves by (token, target).  A state has few moves (one per pending
 * event): insertion sort beats qsort's indirect compares there. */
static void sort_moves(Move *v, uint32_t n) {
  if (n > 32) {
    qsort(v, n, sizeof(Move), cmp_move_tok);
    return;
  }
  for (uint32_t i = 1; i < n; i++) {
    Move m = v[i];
    uint32_t j = i;
    for (; j > 0 && (v[j - 1].tok > m.tok || (v[j - 1].tok == m.tok && v[j - 1].to > m.to)); j--) v[j] = v[j - 1];
    v[j] = m;
  }
}

/* Computes the transitions of DFA state id. */
static void dfa_expand(Dfa *d, uint32_t id) {
  Moves all = d->all, *m = &d->moves;
  all.n = 0;
  for (uint32_t i = 0; i < d->s[id].len; i++) {
    node_moves(d->a, d->nodes[d->s[id].off + i], m);
    for (uint32_t k = 0; k < m->n; k++)
      if (m->v[k].tok != UINT32_MAX) {
        moves_push(&all, m->v[k].tok, m->v[k].to, m->v[k].edge);
        __builtin_prefetch(&d->single[m->v[k].to]); /* (dfa_state's lookups below: random) */
      }
  }
  sort_moves(all.v, all.n);
  uint64_t first = d->nt;
  for (uint32_t i = 0; i < all.n;) {
    uint32_t j = i;
    d->nwork = 0;
    while (j < all.n && all.v[j].tok == all.v[i].tok) {
      if (d->nwork == 0 || d->work[d->nwork - 1] != all.v[j].to) work_push(d, all.v[j].to);
      j++;
    }
    uint32_t to = dfa_state(d);
    if (d->nt == d->ct) {
      d->ct = d->ct ? d->ct * 2 : 4096;
      d->t = xrealloc(d->t, sizeof(DTrans) * d->ct);
    }
    d->t[d->nt++] = (DTrans){all.v[i].tok, to};
    i = j;
  }
  d->all = all; /* (dfa_state does not use it: the buffer is kept for the next expansion) */
  d->s[id].trans_off = (uint32_t)first;
  d->s[id].ntrans = (uint32_t)(d->nt - first);
  d->s[id].expanded = true;
}

/* State id's big count (Dfa.bc grows with the states). */
static BigNum *bcount(Dfa *d, uint32_t id) {
  if (id >= d->bcap) {
    uint32_t cap = d->bcap ? d->bcap : 1024;
    while (cap <= id || cap < d->n) cap *= 2;
    d->bc = xrealloc(d->bc, sizeof(BigNum) * cap);
    memset(d->bc + d->bcap, 0, sizeof(BigNum) * (cap - d->bcap)); /* big_init */
    d->bcap = cap;
  }
  return &d->bc[id];
}

/* One depth-first counting pass from start: in 64-bit words (big false),
 * giving up with *wide set when a sum does not fit, or in big numbers.
 * Most counts fit, and a million big numbers are a million allocations. */
static void dfa_count_pass(Dfa *d, uint32_t start, bool big, bool *wide) {
  typedef struct Fr {
    uint32_t id, next;
  } Fr;
  Fr *st = xmalloc(sizeof(Fr) * 64);
  uint32_t n = 0, cap = 64;
  st[n++] = (Fr){start, 0};
  d->s[start].mark = 1;
  d->npost = 0;
  while (n && !d->overflow && !*wide) {
    Fr *f = &st[n - 1];
    if (!d->s[f->id].expanded) {
      dfa_expand(d, f->id);
      const DState *e = &d->s[f->id]; /* its successors' states are read next: random */
      for (uint32_t k = 0; k < e->ntrans; k++) __builtin_prefetch(&d->s[d->t[e->trans_off + k].to]);
    }
    DState *s = &d->s[f->id];
    if (f->next < s->ntrans) {
      uint32_t to = d->t[s->trans_off + s->ntrans - 1 - f->next++].to; /* (last first: see xp_topo_counts) */
      if (d->s[to].mark == 1) {
        d->s[f->id].infinite = true;
      } else if (d->s[to].mark == 0) {
        if (n == cap) st = xrealloc(st, sizeof(Fr) * (cap *= 2));
        d->s[to].mark = 1;
        st[n++] = (Fr){to, 0};
      }
      continue;
    }
    /* all children done: sum them */
    s->mark = 2;
    if (d->npost == d->cpost) {
      d->cpost = d->cpost ? 2 * d->cpost : 1024;
      d->post = xrealloc(d->post, sizeof(uint32_t) * d->cpost);
    }
    d->post[d->npost++] = f->id;
    bool accepting = s->len == 1 && d->nodes[s->off] == d->a->accept;
    s->small = accepting;
    if (big) {
      bcount(d, d->n - 1); /* room for every state so far: the pointers below stay valid */
      if (accepting) big_set_u64(&d->bc[f->id], 1);
    }
    for (uint32_t k = 0; k < s->ntrans; k++) {
      uint32_t to = d->t[s->trans_off + k].to;
      DState *c = &d->s[to];
      if (c->infinite || c->mark != 2) s->infinite = true;
      else if (big) big_add(&d->bc[f->id], &d->bc[to]);
      else if (__builtin_add_overflow(s->small, c->small, &s->small)) *wide = true;
    }
    n--;
  }
  free(st);
}

/* Counts the outputs from start (d->start_count): a memoised sum over
 * the DFA (each DFA path is one output; a cycle means infinitely many). */
static void dfa_count(Dfa *d, uint32_t start) {
  bool wide = false;
  dfa_count_pass(d, start, false, &wide);
  if (!wide) {
    big_set_u64(&d->start_count, d->s[start].small);
    return;
  }
  for (uint32_t i = 0; i < d->n; i++) d->s[i].mark = 0, d->s[i].infinite = false;
  wide = false;
  dfa_count_pass(d, start, true, &wide);
  big_copy(&d->start_count, bcount(d, start));
}

static void dfa_free(Dfa *d) {
  for (uint32_t i = 0; i < d->bcap; i++) big_free(&d->bc[i]);
  free(d->bc);
  big_free(&d->start_count);
  free(d->s);
  free(d->nodes);
  free(d->t);
  free(d->table);
  free(d->work);
  free(d->seen);
  free(d->single);
  free(d->post);
  free(d->moves.v);
  free(d->all.v);
}

/* --- topological order, schedules --------------------------------------------------- */

/* Schedules from the initial state to final states, summed along the
 * topological order in 64-bit words; false if a sum does not fit. */
static bool count_schedules_u64(const Nfa *a, const uint32_t *order, uint32_t norder, uint64_t *total) {
  const XpGraph *g = a->g;
  uint64_t *c = xcalloc(g->nstates, sizeof(uint64_t));
  bool fits = true;
  c[0] = 1;
  *total = 0;
  for (uint32_t i = 0; i < norder && fits; i++) {
    uint32_t s = order[i];
    const XpState *x = &g->states[s];
    if (x->flags & XS_TERMINAL) fits = !__builtin_add_overflow(*total, c[s], total);
    for (uint32_t k = 0; k < x->nedges; k++) __builtin_prefetch(&c[g->edges[x->first_edge + k].to], 1);
    for (uint32_t k = 0; k < x->nedges && fits; k++) {
      uint32_t to = g->edges[x->first_edge + k].to;
      if (a->all_coreach || a->coreach[to]) fits = !__builtin_add_overflow(c[to], c[s], &c[to]);
    }
  }
  free(c);
  return fits;
}

/* The same in big numbers (a million of them are a million allocations:
 * only when the counts do not fit). */
static void count_schedules(const Nfa *a, const uint32_t *order, uint32_t norder, BigNum *total) {
  uint64_t small;
  big_init(total);
  if (count_schedules_u64(a, order, norder, &small)) {
    big_set_u64(total, small);
    return;
  }
  const XpGraph *g = a->g;
  BigNum *c = xcalloc(g->nstates, sizeof(BigNum));
  big_set_u64(&c[0], 1);
  for (uint32_t i = 0; i < norder; i++) {
    uint32_t s = order[i];
    const XpState *x = &g->states[s];
    if (x->flags & XS_TERMINAL) big_add(total, &c[s]);
    for (uint32_t k = 0; k < x->nedges; k++) {
      uint32_t to = g->edges[x->first_edge + k].to;
      if (a->all_coreach || a->coreach[to]) big_add(&c[to], &c[s]);
    }
  }
  for (uint32_t s = 0; s < g->nstates; s++) big_free(&c[s]);
  free(c);
}

/* --- listing outputs ------------------------------------------------------------------ */

/* Token paths of enumerated outputs, back to back. */
typedef struct Paths {
  uint32_t *tok;
  uint64_t n, cap;
  uint64_t *off;     /* path k is tok[off[k] .. off[k+1]) */
  uint32_t count, ocap;
} Paths;

typedef struct Lister {
  const Nfa *a;
  Dfa *d;
  const XaOpts *o;
  XaResult *r;
  uint32_t *path;   /* tokens of the output being built */
  uint32_t npath, cpath;
  Paths paths;
  uint32_t cap_outputs;
  bool stop;
  const uint32_t *rank;  /* topological rank of states (acyclic only) */
} Lister;

/* Finds a schedule printing the tokens path[0..n): breadth-first over
 * (NFA node, tokens read) pairs; the graph edges of the path found are
 * stored in *edges.  Returns false if there is none. */
typedef struct Pair {
  uint32_t node, pos;
  uint32_t parent;  /* index of the previous pair */
  uint64_t edge;    /* graph edge started by the move into this pair */
} Pair;

static uint64_t pair_key(uint32_t node, uint32_t pos) { return (uint64_t)node << 32 | pos; }

/* Every bit of the key reaches the low bits the table uses (a product's
 * middle bits alone ignored the node: the pairs of one position of a
 * graph with hundreds of branches all collided). */
static uint64_t pair_hash(uint64_t key) {
  key ^= key >> 33;
  key *= 0xFF51AFD7ED558CCDull;
  key ^= key >> 33;
  key *= 0xC4CEB9FE1A85EC53ull;
  return key ^ (key >> 33);
}

static bool find_path(const Nfa *a, const uint32_t *path, uint32_t n, uint64_t **edges, uint32_t *nedges) {
  uint32_t cap = 1024, np = 0, tcap = 4096;
  Pair *q = xmalloc(sizeof(Pair) * cap);
  uint64_t *seen = xmalloc(sizeof(uint64_t) * tcap);
  memset(seen, 0xFF, sizeof(uint64_t) * tcap);
  uint32_t nseen = 0, found = UINT32_MAX;
  Moves m = {0};
  q[np++] = (Pair){0, 0, UINT32_MAX, UINT64_MAX};
  for (uint32_t h = 0; h < np && found == UINT32_MAX; h++) {
    Pair p = q[h];
    if (p.pos == n && p.node == a->accept) {
      found = h;
      break;
    }
    if (p.pos > n) continue;
    node_moves(a, p.node, &m);
    for (uint32_t i = 0; i < m.n; i++) {
      bool eps = m.v[i].tok == UINT32_MAX;
      if (!eps && (p.pos >= n || m.v[i].tok != path[p.pos])) continue;
      Pair nx = {m.v[i].to, eps ? p.pos : p.pos + 1, h, UINT64_MAX};
      uint64_t e;
      uint32_t k;
      if (!internal_pos(a, p.node, &e, &k)) nx.edge = m.v[i].edge;
      if ((nseen + 1) * 2 > tcap) { /* grow the seen set */
        uint64_t *old = seen;
        uint32_t ocap = tcap;
        tcap *= 2;
        seen = xmalloc(sizeof(uint64_t) * tcap);
        memset(seen, 0xFF, sizeof(uint64_t) * tcap);
        for (uint32_t j = 0; j < ocap; j++) {
          if (old[j] == UINT64_MAX) continue;
          uint64_t x = pair_hash(old[j]);
          while (seen[x & (tcap - 1)] != UINT64_MAX) x++;
          seen[x & (tcap - 1)] = old[j];
        }
        free(old);
      }
      uint64_t key = pair_key(nx.node, nx.pos), x = pair_hash(key);
      bool dup = false;
      while (seen[x & (tcap - 1)] != UINT64_MAX) {
        if (seen[x & (tcap - 1)] == key) {
          dup = true;
          break;
        }
        x++;
      }
      if (dup) continue;
      seen[x & (tcap - 1)] = key;
      nseen++;
      if (np == cap) q = xrealloc(q, sizeof(Pair) * (cap *= 2));
      q[np++] = nx;
    }
  }
  bool ok = found != UINT32_MAX;
  *nedges = 0;
  if (ok) {
    uint32_t len = 0;
    for (uint32_t i = found; i != UINT32_MAX; i = q[i].parent)
      if (q[i].edge != UINT64_MAX) len++;
    *edges = xmalloc(sizeof(uint64_t) * (len + 1));
    *nedges = len;
    for (uint32_t i = found; i != UINT32_MAX; i = q[i].parent)
      if (q[i].edge != UINT64_MAX) (*edges)[--len] = q[i].edge;
  }
  free(q);
  free(seen);
  free(m.v);
  return ok;
}

/* --- schedules of one output ------------------------------------------------------------ */

/* A sparse map NFA node -> schedule count, for the frontier of one token
 * position (outputs can be long and the NFA large, so nothing here is
 * proportional to the NFA). */
typedef struct Front {
  uint32_t *node;
  BigNum *cnt;
  uint32_t n, cap;
  uint32_t *table, tcap;
} Front;

static uint32_t front_slot(Front *f, uint32_t node, bool *fresh) {
  if ((f->n + 1) * 2 > f->tcap) {
    uint32_t cap = f->tcap ? f->tcap * 2 : 64;
    free(f->table);
    f->table = xmalloc(sizeof(uint32_t) * cap);
    memset(f->table, 0xFF, sizeof(uint32_t) * cap);
    for (uint32_t k = 0; k < f->n; k++) {
      uint32_t i = (f->node[k] * 2654435761u) & (cap - 1);
      while (f->table[i] != UINT32_MAX) i = (i + 1) & (cap - 1);
      f->table[i] = k;
    }
    f->tcap = cap;
  }
  uint32_t i = (node * 2654435761u) & (f->tcap - 1);
  for (; f->table[i] != UINT32_MAX; i = (i + 1) & (f->tcap - 1))
    if (f->node[f->table[i]] == node) {
      *fresh = false;
      return f->table[i];
    }
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 32;
    f->node = xrealloc(f->node, sizeof(uint32_t) * f->cap);
    f->cnt = xrealloc(f->cnt, sizeof(BigNum) * f->cap);
  }
  f->node[f->n] = node;
  big_init(&f->cnt[f->n]);
  f->table[i] = f->n;
  *fresh = true;
  return f->n++;
}

static void front_clear(Front *f) {
  for (uint32_t k = 0; k < f->n; k++) big_free(&f->cnt[k]);
  f->n = 0;
  if (f->table) memset(f->table, 0xFF, sizeof(uint32_t) * f->tcap);
}

static void front_free(Front *f) {
  front_clear(f);
  free(f->node);
  free(f->cnt);
  free(f->table);
}

/* Where a node sits in the order epsilon moves respect: graph states by
 * topological rank; edge-internal nodes and the accepting node have no
 * epsilon moves in or out, so they simply go last. */
static uint64_t node_key(const Lister *l, uint32_t node) {
  uint64_t rank = node < l->a->g->nstates ? l->rank[node] : UINT32_MAX;
  return rank << 32 | node;
}

/* A binary min-heap of node keys. */
typedef struct KeyHeap {
  uint64_t *v;
  uint32_t n, cap;
} KeyHeap;

static void heap_push_key(KeyHeap *h, uint64_t k) {
  if (h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 64;
    h->v = xrealloc(h->v, sizeof(uint64_t) * h->cap);
  }
  uint32_t i = h->n++;
  while (i > 0 && h->v[(i - 1) / 2] > k) {
    h->v[i] = h->v[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h->v[i] = k;
}

static uint64_t heap_pop_key(KeyHeap *h) {
  uint64_t top = h->v[0], last = h->v[--h->n];
  uint32_t i = 0;
  for (;;) {
    uint32_t c = 2 * i + 1;
    if (c >= h->n) break;
    if (c + 1 < h->n && h->v[c + 1] < h->v[c]) c++;
    if (h->v[c] >= last) break;
    h->v[i] = h->v[c];
    i = c;
  }
  if (h->n) h->v[i] = last;
  return top;
}

/* Adds the epsilon successors of every frontier node, in topological
 * order so that a node's count is complete before it is passed on. */
static void front_close(Lister *l, Front *f, Moves *m, KeyHeap *h) {
  h->n = 0;
  for (uint32_t k = 0; k < f->n; k++) heap_push_key(h, node_key(l, f->node[k]));
  BigNum c;
  big_init(&c);
  while (h->n) {
    uint32_t node = (uint32_t)heap_pop_key(h);
    node_moves(l->a, node, m);
    for (uint32_t i = 0; i < m->n; i++) {
      if (m->v[i].tok != UINT32_MAX) continue;
      bool fresh;
      uint32_t from = front_slot(f, node, &fresh);
      big_copy(&c, &f->cnt[from]);
      uint32_t to = front_slot(f, m->v[i].to, &fresh); /* may move f->cnt */
      big_add(&f->cnt[to], &c);
      if (fresh) heap_push_key(h, node_key(l, m->v[i].to));
    }
  }
  big_free(&c);
}

/* Schedules printing exactly path[0..n): path counts over the NFA, moved
 * token by token. */
static void schedules_of(Lister *l, const uint32_t *path, uint32_t n, BigNum *out) {
  Front cur = {0}, next = {0};
  Moves m = {0};
  KeyHeap h = {0};
  bool fresh;
  uint32_t k0 = front_slot(&cur, 0, &fresh); /* (front_slot may move cnt) */
  big_set_u64(&cur.cnt[k0], 1);
  for (uint32_t pos = 0;; pos++) {
    front_close(l, &cur, &m, &h);
    if (pos == n) break;
    front_clear(&next);
    for (uint32_t k = 0; k < cur.n; k++) {
      node_moves(l->a, cur.node[k], &m);
      for (uint32_t i = 0; i < m.n; i++)
        if (m.v[i].tok == path[pos]) {
          uint32_t to = front_slot(&next, m.v[i].to, &fresh);
          big_add(&next.cnt[to], &cur.cnt[k]);
        }
    }
    Front t = cur;
    cur = next;
    next = t;
  }
  big_init(out);
  uint32_t acc = front_slot(&cur, l->a->accept, &fresh);
  big_copy(out, &cur.cnt[acc]);
  front_free(&cur);
  front_free(&next);
  free(m.v);
  free(h.v);
}

/* The text of an output: its tokens but the exit token. */
static char *path_text(const Nfa *a, const uint32_t *path, uint32_t n, size_t *len) {
  Buf out;
  buf_init(&out);
  for (uint32_t i = 0; i < n; i++) {
    const Tok *t = &a->toks.v[path[i]];
    if (t->len && t->p[0] == '\x01') continue;
    buf_append(&out, t->p, t->len);
  }
  return buf_take(&out, len);
}

static void record_output(Lister *l, const uint32_t *path, uint32_t npath, uint32_t seq) {
  const Nfa *a = l->a;
  const XpGraph *g = a->g;
  XaResult *r = l->r;
  if (r->noutputs == l->cap_outputs) {
    l->cap_outputs = l->cap_outputs ? l->cap_outputs * 2 : 16;
    r->outputs = xrealloc(r->outputs, sizeof(XaOutput) * l->cap_outputs);
  }
  XaOutput *o = &r->outputs[r->noutputs++];
  memset(o, 0, sizeof *o);
  o->seq = seq;
  o->out = path_text(a, path, npath, &o->out_len);
  uint64_t *edges = NULL;
  uint32_t nedges = 0;
  Buf w, err;
  buf_init(&w);
  buf_init(&err);
  if (find_path(a, path, npath, &edges, &nedges)) {
    for (uint32_t i = 0; i < nedges; i++) {
      const XpLabel *e = xp_edge_label(g, edges[i]);
      buf_append(&w, xp_str(&g->strings, e->choices), xp_str_len(&g->strings, e->choices));
      buf_append(&err, xp_str(&g->strings, e->err), xp_str_len(&g->strings, e->err));
    }
    uint32_t last = nedges ? g->edges[edges[nedges - 1]].to : 0;
    o->exit_code = g->states[last].exit_code;
    o->flags = g->states[last].flags;
  }
  if (!w.data) buf_puts(&w, "");
  w.len = xp_witness_trim(w.data, w.len);
  w.data[w.len] = '\0';
  o->witness = buf_take(&w, NULL);
  o->err = buf_take(&err, &o->err_len);
  free(edges);
  if (l->rank) schedules_of(l, path, npath, &o->schedules);
  else big_init(&o->schedules);
}

static void paths_add(Paths *p, const uint32_t *t, uint32_t n) {
  if (p->count + 1 >= p->ocap) {
    p->ocap = p->ocap ? p->ocap * 2 : 64;
    p->off = xrealloc(p->off, sizeof(uint64_t) * p->ocap);
  }
  if (p->count == 0) p->off[0] = 0;
  if (p->n + n > p->cap) {
    while (p->n + n > p->cap) p->cap = p->cap ? p->cap * 2 : 1024;
    p->tok = xrealloc(p->tok, sizeof(uint32_t) * p->cap);
  }
  memcpy(p->tok + p->n, t, sizeof(uint32_t) * n);
  p->n += n;
  p->off[++p->count] = p->n;
}

/* Depth-first over DFA paths to acceptance (iterative: outputs can be
 * long), collecting at most `limit` token paths. */
static void list_outputs(Lister *l, uint32_t start, uint32_t limit) {
  Dfa *d = l->d;
  typedef struct Fr {
    uint32_t id, next;
  } Fr;
  uint32_t cap = 64, n = 0;
  Fr *st = xmalloc(sizeof(Fr) * cap);
  st[n++] = (Fr){start, 0};
  l->stop = limit == 0;
  while (n && !l->stop) {
    Fr *f = &st[n - 1];
    if (!d->s[f->id].expanded) dfa_expand(d, f->id);
    if (f->next == 0 && d->s[f->id].len == 1 && d->nodes[d->s[f->id].off] == l->a->accept) {
      paths_add(&l->paths, l->path, l->npath);
      if (l->paths.count >= limit) l->stop = true;
      n--;
      l->npath--;
      continue;
    }
    if (f->next >= d->s[f->id].ntrans || n > 1000000) {
      n--;
      if (n) l->npath--;
      continue;
    }
    DTrans t = d->t[d->s[f->id].trans_off + f->next++];
    if (d->s[t.to].infinite && n > 2000) continue;
    if (l->npath == l->cpath) {
      l->cpath = l->cpath ? l->cpath * 2 : 64;
      l->path = xrealloc(l->path, sizeof(uint32_t) * l->cpath);
    }
    l->path[l->npath++] = t.tok;
    if (n == cap) st = xrealloc(st, sizeof(Fr) * (cap *= 2));
    st[n++] = (Fr){t.to, 0};
  }
  free(st);
}

/* Most schedules first, then enumeration order (deterministic). */
static int cmp_outputs(const void *x, const void *y) {
  const XaOutput *a = x, *b = y;
  int c = big_cmp(&b->schedules, &a->schedules);
  if (c) return c;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* --- lines and the guaranteed order ------------------------------------------------------- */

typedef struct Lines {
  XaResult *r;
  uint32_t cap;
  uint32_t *table, tcap;   /* (text, occ) -> line index */
  uint32_t *seen, nseen;   /* path_lines: occurrences so far, by first-occurrence index */
} Lines;

static uint64_t line_hash(const char *text, size_t len, uint32_t occ) {
  return hash_mem(text, len) * 31 + occ;
}

static uint32_t line_index(Lines *ls, const char *text, size_t len, uint32_t occ) {
  XaResult *r = ls->r;
  if ((r->nlines + 1) * 2 > ls->tcap) {
    uint32_t cap = ls->tcap ? ls->tcap * 2 : 64;
    free(ls->table);
    ls->table = xmalloc(sizeof(uint32_t) * cap);
    memset(ls->table, 0xFF, sizeof(uint32_t) * cap);
    for (uint32_t k = 0; k < r->nlines; k++) {
      uint32_t i = (uint32_t)line_hash(r->lines[k].text, strlen(r->lines[k].text), r->lines[k].occ) & (cap - 1);
      while (ls->table[i] != UINT32_MAX) i = (i + 1) & (cap - 1);
      ls->table[i] = k;
    }
    ls->tcap = cap;
  }
  uint32_t i = (uint32_t)line_hash(text, len, occ) & (ls->tcap - 1);
  for (; ls->table[i] != UINT32_MAX; i = (i + 1) & (ls->tcap - 1)) {
    XaLine *l = &r->lines[ls->table[i]];
    if (l->occ == occ && strlen(l->text) == len && memcmp(l->text, text, len) == 0) return ls->table[i];
  }
  if (r->nlines == ls->cap) {
    ls->cap = ls->cap ? ls->cap * 2 : 16;
    r->lines = xrealloc(r->lines, sizeof(XaLine) * ls->cap);
  }
  XaLine *l = &r->lines[r->nlines];
  l->text = xmalloc(len + 1);
  memcpy(l->text, text, len);
  l->text[len] = '\0';
  l->occ = occ;
  l->always = false;
  ls->table[i] = r->nlines;
  return r->nlines++;
}

/* Splits a token path into line indices (with occurrence numbers).  The
 * occurrences of a text are counted on the index of its first occurrence
 * (comparing each line with every earlier one was quadratic: found by
 * fuzzing, an output of thousands of long lines took minutes). */
static uint32_t path_lines(Lines *ls, const Nfa *a, const uint32_t *path, uint32_t n, uint32_t *idx) {
  uint32_t k = 0;
  uint32_t *first = xmalloc(sizeof(uint32_t) * (n + 1));
  for (uint32_t i = 0; i < n; i++) {
    const Tok *t = &a->toks.v[path[i]];
    if (t->len && t->p[0] == '\x01') continue;
    uint32_t len = t->len && t->p[t->len - 1] == '\n' ? t->len - 1 : t->len;
    uint32_t f = line_index(ls, t->p, len, 1);
    if (f >= ls->nseen) {
      uint32_t cap = ls->nseen ? ls->nseen : 64;
      while (cap <= f) cap *= 2;
      ls->seen = xrealloc(ls->seen, sizeof(uint32_t) * cap);
      memset(ls->seen + ls->nseen, 0, sizeof(uint32_t) * (cap - ls->nseen));
      ls->nseen = cap;
    }
    uint32_t occ = ++ls->seen[f];
    first[k] = f;
    idx[k++] = occ == 1 ? f : line_index(ls, t->p, len, occ);
  }
  for (uint32_t j = 0; j < k; j++) ls->seen[first[j]] = 0;
  free(first);
  return k;
}

enum { MAX_ORDER_LINES = 4096 }; /* beyond this the order is not computed */

/* Covering pairs of the "before" relation (a before b with nothing in
 * between), with rows as bitsets. */
static void hasse(XaResult *r) {
  uint32_t n = r->nlines, w = (n + 63) / 64, cap = 0;
  uint64_t *before = xcalloc((size_t)n * w + 1, sizeof(uint64_t)), *after = xcalloc((size_t)n * w + 1, sizeof(uint64_t));
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++)
      if (r->rel[(size_t)i * n + j] == REL_BEFORE) {
        before[(size_t)i * w + j / 64] |= 1ull << (j % 64);
        after[(size_t)j * w + i / 64] |= 1ull << (i % 64);
      }
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++) {
      if (r->rel[(size_t)i * n + j] != REL_BEFORE) continue;
      bool covered = false;
      for (uint32_t k = 0; k < w && !covered; k++) covered = (before[(size_t)i * w + k] & after[(size_t)j * w + k]) != 0;
      if (covered) continue;
      if (r->nhasse == cap) {
        cap = cap ? cap * 2 : 16;
        r->hasse = xrealloc(r->hasse, sizeof(uint32_t[2]) * cap);
      }
      r->hasse[r->nhasse][0] = i;
      r->hasse[r->nhasse][1] = j;
      r->nhasse++;
    }
  free(before);
  free(after);
}

/* Exact orders from the complete list of outputs (handles lines printed
 * more than once: each occurrence is a line of its own). */
static void orders_from_paths(XaResult *r, const Nfa *a, const Paths *p) {
  Lines ls = {.r = r, .cap = r->nlines};
  uint32_t **lines = xmalloc(sizeof(uint32_t *) * (p->count + 1));
  uint32_t *nl = xmalloc(sizeof(uint32_t) * (p->count + 1));
  for (uint32_t k = 0; k < p->count; k++) {
    uint32_t len = (uint32_t)(p->off[k + 1] - p->off[k]);
    lines[k] = xmalloc(sizeof(uint32_t) * (len + 1));
    nl[k] = path_lines(&ls, a, p->tok + p->off[k], len, lines[k]);
  }
  uint32_t n = r->nlines;
  if (n <= MAX_ORDER_LINES) {
    r->rel = xcalloc((size_t)n * n + 1, 1);
    uint32_t *count = xcalloc(n + 1, sizeof(uint32_t));
    uint32_t *pos = xmalloc(sizeof(uint32_t) * (n + 1));
    for (uint32_t i = 0; i < n; i++) pos[i] = UINT32_MAX;
    for (uint32_t k = 0; k < p->count; k++) {
      for (uint32_t i = 0; i < nl[k]; i++) {
        pos[lines[k][i]] = i;
        count[lines[k][i]]++;
      }
      for (uint32_t x = 0; x < nl[k]; x++)
        for (uint32_t y = 0; y < nl[k]; y++) {
          uint32_t i = lines[k][x], j = lines[k][y];
          if (i == j) continue;
          uint8_t *c = &r->rel[(size_t)i * n + j];
          uint8_t now = pos[i] < pos[j] ? REL_BEFORE : REL_AFTER;
          *c = *c == REL_NONE ? now : *c == now ? now : REL_UNORDERED;
        }
      for (uint32_t i = 0; i < nl[k]; i++) pos[lines[k][i]] = UINT32_MAX;
    }
    for (uint32_t i = 0; i < n; i++) r->lines[i].always = count[i] == p->count;
    free(count);
    free(pos);
    r->order_exact = true;
    hasse(r);
  }
  for (uint32_t k = 0; k < p->count; k++) free(lines[k]);
  free(lines);
  free(nl);
  free(ls.table);
  free(ls.seen);
}

/* Orders by dataflow over the output automaton, without listing outputs:
 * can[s] = lines printed on some path from DFA state s to the end,
 * must[s] = lines printed on every such path.  Line i can come before j
 * iff some transition printing i leads to a state whose can holds j.
 * Exact for lines no path prints twice; those lines are left out (and the
 * result is marked inexact). */
static void orders_from_dfa(XaResult *r, const Nfa *a, const Dfa *d, uint32_t start) {
  Lines ls = {.r = r};
  uint32_t *tline = xmalloc(sizeof(uint32_t) * (a->toks.n + 1));
  bool clash = false;
  for (uint32_t t = 0; t < a->toks.n; t++) {
    const Tok *k = &a->toks.v[t];
    tline[t] = UINT32_MAX;
    if (k->len && k->p[0] == '\x01') continue;
    uint32_t len = k->len && k->p[k->len - 1] == '\n' ? k->len - 1 : k->len;
    uint32_t before = r->nlines;
    tline[t] = line_index(&ls, k->p, len, 1);
    if (r->nlines == before) clash = true; /* "x\n" and a final "x" */
  }
  uint32_t n = r->nlines, w = (n + 63) / 64;
  if (n > MAX_ORDER_LINES || (uint64_t)d->n * w * 16 > (1ull << 30)) {
    free(tline);
    free(ls.table);
    return;
  }
  uint64_t *can = xcalloc((size_t)d->n * w + 1, sizeof(uint64_t)), *must = xmalloc(sizeof(uint64_t) * ((size_t)d->n * w + 1));
  uint64_t *row = xmalloc(sizeof(uint64_t) * (w + 1));
  memset(must, 0xFF, sizeof(uint64_t) * ((size_t)d->n * w + 1));
  /* a fixed point; visiting the states successors first (dfa_count's
   * order) makes it two passes on an acyclic automaton, where the order of
   * ids took about one pass per line */
  bool post = d->npost == d->n;
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < d->n; i++) {
      uint32_t s = post ? d->post[i] : d->n - 1 - i;
      const DState *st = &d->s[s];
      uint64_t *c = can + (size_t)s * w, *m = must + (size_t)s * w;
      if (st->ntrans == 0) memset(row, 0, sizeof(uint64_t) * w);
      else memset(row, 0xFF, sizeof(uint64_t) * w);
      for (uint32_t k = 0; k < st->ntrans; k++) {
        DTrans t = d->t[st->trans_off + k];
        const uint64_t *cc = can + (size_t)t.to * w, *mm = must + (size_t)t.to * w;
        uint32_t li = tline[t.tok];
        for (uint32_t x = 0; x < w; x++) {
          uint64_t bit = li != UINT32_MAX && li / 64 == x ? 1ull << (li % 64) : 0;
          uint64_t nc = c[x] | cc[x] | bit;
          if (nc != c[x]) c[x] = nc, changed = true;
          row[x] &= mm[x] | bit;
        }
      }
      for (uint32_t x = 0; x < w; x++)
        if (row[x] != m[x]) m[x] = row[x], changed = true;
    }
  }
  /* may[i] = lines that can follow line i; a line that can follow itself repeats */
  uint64_t *may = xcalloc((size_t)n * w + 1, sizeof(uint64_t));
  for (uint32_t s = 0; s < d->n; s++)
    for (uint32_t k = 0; k < d->s[s].ntrans; k++) {
      DTrans t = d->t[d->s[s].trans_off + k];
      uint32_t li = tline[t.tok];
      if (li == UINT32_MAX) continue;
      for (uint32_t x = 0; x < w; x++) may[(size_t)li * w + x] |= can[(size_t)t.to * w + x];
    }
  r->rel = xcalloc((size_t)n * n + 1, 1);
  bool exact = !clash;
  for (uint32_t i = 0; i < n; i++) {
    bool rep_i = may[(size_t)i * w + i / 64] >> (i % 64) & 1;
    exact &= !rep_i;
    r->lines[i].always = must[(size_t)start * w + i / 64] >> (i % 64) & 1;
    for (uint32_t j = 0; j < n; j++) {
      bool rep_j = may[(size_t)j * w + j / 64] >> (j % 64) & 1;
      if (i == j || rep_i || rep_j) continue;
      bool ij = may[(size_t)i * w + j / 64] >> (j % 64) & 1, ji = may[(size_t)j * w + i / 64] >> (i % 64) & 1;
      r->rel[(size_t)i * n + j] = ij && ji ? REL_UNORDERED : ij ? REL_BEFORE : ji ? REL_AFTER : REL_NONE;
    }
  }
  r->order_exact = exact;
  hasse(r);
  free(may);
  free(can);
  free(must);
  free(row);
  free(tline);
  free(ls.table);
}

/* --- driver ------------------------------------------------------------------------------------ */

/* Outputs to list and orders: the orders by dataflow when that is exact,
 * else from the enumerated outputs when they are all enumerated. */
static void outputs_and_orders(XaResult *r, const Nfa *a, Dfa *d, uint32_t start, const XaOpts *o,
                               const uint32_t *rank) {
  Lister l = {.a = a, .d = d, .o = o, .r = r, .rank = rank};
  if (!d->overflow) orders_from_dfa(r, a, d, start);
  bool need_all = !r->order_exact && !r->count_infinite && !d->overflow;
  uint32_t limit = o->max_outputs;
  if (need_all && o->max_enumerate > limit) limit = o->max_enumerate;
  list_outputs(&l, start, limit);
  if (need_all && !l.stop) {
    for (uint32_t i = 0; i < r->nlines; i++) free(r->lines[i].text);
    free(r->lines);
    free(r->rel);
    free(r->hasse);
    r->lines = NULL;
    r->rel = NULL;
    r->hasse = NULL;
    r->nlines = r->nhasse = 0;
    orders_from_paths(r, a, &l.paths);
  }
  uint32_t show = l.paths.count < o->max_outputs ? l.paths.count : o->max_outputs;
  for (uint32_t k = 0; k < show; k++)
    record_output(&l, l.paths.tok + l.paths.off[k], (uint32_t)(l.paths.off[k + 1] - l.paths.off[k]), k);
  if (r->noutputs > 1) qsort(r->outputs, r->noutputs, sizeof(XaOutput), cmp_outputs);
  free(l.path);
  free(l.paths.tok);
  free(l.paths.off);
}

XaResult *xa_analyze(const XpGraph *g, const XaOpts *o) {
  XaResult *r = xcalloc(1, sizeof *r);
  big_init(&r->output_count);
  big_init(&r->schedules);
  /* the depth-first pass first: without a cycle it decides which states
   * can reach an end and counts the schedules, and when all can, its
   * order is the order of the co-reachable states */
  uint32_t *order = xmalloc(sizeof(uint32_t) * (g->nstates + 1)), norder = 0;
  uint64_t *cnt = xmalloc(sizeof(uint64_t) * (g->nstates + 1));
  bool wide, acyclic = xp_topo_counts(g, NULL, order, &norder, cnt, &wide);
  bool counted = acyclic && !wide;
  Nfa a;
  nfa_build(&a, g, counted ? cnt : NULL);
  for (uint32_t s = 0; s < g->nstates; s++) {
    if (g->states[s].flags & XS_TERMINAL) r->final_states++;
    if ((g->states[s].flags & XS_EXPANDED) && !a.coreach[s]) r->nonterminating = true;
  }
  uint32_t *rank = NULL;
  r->cyclic = !acyclic;
  if (!acyclic || !a.all_coreach) r->cyclic = !xp_topo_order(a.g, a.coreach, order, &norder); /* the co-reachable states */
  if (!r->cyclic) {
    if (counted && a.all_coreach) big_set_u64(&r->schedules, g->nstates ? cnt[0] : 0);
    else count_schedules(&a, order, norder, &r->schedules);
    rank = xmalloc(sizeof(uint32_t) * (g->nstates + 1));
    for (uint32_t s = 0; s < g->nstates; s++) rank[s] = UINT32_MAX;
    for (uint32_t i = 0; i < norder; i++) rank[order[i]] = i;
  } else {
    r->schedules_infinite = true;
  }
  Dfa d = {.a = &a, .limit = 50000000};
  d.seen = xcalloc(a.nnodes, 1);
  d.single = xmalloc(sizeof(uint32_t) * (a.nnodes + 1));
  memset(d.single, 0xFF, sizeof(uint32_t) * (a.nnodes + 1));
  if (a.coreach[0]) {
    d.nwork = 0;
    work_push(&d, 0);
    uint32_t start = dfa_state(&d);
    dfa_count(&d, start);
    r->count_exact = !d.overflow;
    r->count_infinite = d.s[start].infinite;
    big_copy(&r->output_count, &d.start_count);
    outputs_and_orders(r, &a, &d, start, o, r->cyclic ? NULL : rank);
  } else {
    r->count_exact = true;
  }
  dfa_free(&d);
  free(cnt);
  if (!r->cyclic && norder == g->nstates) r->topo = order; /* every state (all are reachable) */
  else free(order);
  free(rank);
  nfa_free(&a);
  return r;
}

void xa_free(XaResult *r) {
  if (!r) return;
  big_free(&r->output_count);
  big_free(&r->schedules);
  for (uint32_t i = 0; i < r->noutputs; i++) {
    free(r->outputs[i].out);
    free(r->outputs[i].err);
    free(r->outputs[i].witness);
    big_free(&r->outputs[i].schedules);
  }
  free(r->outputs);
  for (uint32_t i = 0; i < r->nlines; i++) free(r->lines[i].text);
  free(r->lines);
  free(r->rel);
  free(r->hasse);
  free(r->topo);
  free(r);
}
