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
  uint32_t *etok_off, *etok_len; /* per edge: its tokens in etoks */
  uint32_t *etoks, netoks;
  uint32_t *epos;    /* per edge: NFA node of its position 1 */
  uint64_t *inode_edge; /* internal node - nstates -> its edge */
  uint32_t *exit_tok;/* per state: exit token or UINT32_MAX */
  uint32_t nnodes, accept;
  bool *coreach;
  char **exit_text;  /* owned exit token texts */
  uint32_t nexit;
} Nfa;

static void tokenize(Nfa *a, const XpStrings *s) {
  const XpGraph *g = a->g;
  a->etok_off = xmalloc(sizeof(uint32_t) * (g->nedges + 1));
  a->etok_len = xmalloc(sizeof(uint32_t) * (g->nedges + 1));
  uint32_t cap = 1024;
  a->etoks = xmalloc(sizeof(uint32_t) * cap);
  for (uint64_t e = 0; e < g->nedges; e++) {
    const char *p = xp_str(s, g->edges[e].out);
    uint32_t len = xp_str_len(s, g->edges[e].out), start = 0;
    a->etok_off[e] = a->netoks;
    for (uint32_t i = 0; i < len; i++) {
      if (p[i] != '\n' && i + 1 < len) continue;
      if (a->netoks == cap) a->etoks = xrealloc(a->etoks, sizeof(uint32_t) * (cap *= 2));
      a->etoks[a->netoks++] = tok_intern(&a->toks, p + start, i + 1 - start);
      start = i + 1;
    }
    a->etok_len[e] = a->netoks - a->etok_off[e];
  }
}

static void exits(Nfa *a) {
  const XpGraph *g = a->g;
  a->exit_tok = xmalloc(sizeof(uint32_t) * g->nstates);
  a->exit_text = xmalloc(sizeof(char *) * (g->nstates + 1));
  for (uint32_t s = 0; s < g->nstates; s++) {
    a->exit_tok[s] = UINT32_MAX;
    if (!(g->states[s].flags & XS_TERMINAL)) continue;
    char buf[64];
    int n = snprintf(buf, sizeof buf, "\x01exit %d %u", g->states[s].exit_code, g->states[s].flags & 0xF0u);
    uint32_t before = a->toks.n;
    char *text = xmalloc((size_t)n + 1);
    memcpy(text, buf, (size_t)n + 1);
    a->exit_tok[s] = tok_intern(&a->toks, text, (uint32_t)n);
    if (a->toks.n > before) a->exit_text[a->nexit++] = text;
    else free(text);
  }
}

/* States that can reach a final state. */
static void co_reach(Nfa *a) {
  const XpGraph *g = a->g;
  a->coreach = xcalloc(g->nstates, sizeof(bool));
  bool changed = true;
  for (uint32_t s = 0; s < g->nstates; s++) a->coreach[s] = g->states[s].flags & XS_TERMINAL;
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

static void nfa_build(Nfa *a, const XpGraph *g) {
  memset(a, 0, sizeof *a);
  a->g = g;
  tokenize(a, &g->strings);
  exits(a);
  co_reach(a);
  a->epos = xmalloc(sizeof(uint32_t) * (g->nedges + 1));
  a->nnodes = g->nstates;
  for (uint64_t e = 0; e < g->nedges; e++) {
    a->epos[e] = a->nnodes;
    if (a->etok_len[e] > 1) a->nnodes += a->etok_len[e] - 1;
  }
  a->inode_edge = xmalloc(sizeof(uint64_t) * (a->nnodes - g->nstates + 1));
  for (uint64_t e = 0; e < g->nedges; e++)
    for (uint32_t k = 1; k < a->etok_len[e]; k++) a->inode_edge[a->epos[e] + k - 1 - g->nstates] = e;
  a->accept = a->nnodes++;
}

static void nfa_free(Nfa *a) {
  free(a->toks.v);
  free(a->toks.table);
  free(a->etok_off);
  free(a->etok_len);
  free(a->etoks);
  free(a->epos);
  free(a->inode_edge);
  free(a->exit_tok);
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
  return k >= a->etok_len[e] ? a->g->edges[e].to : a->epos[e] + k - 1;
}

/* The token moves and epsilon moves (tok = UINT32_MAX) out of a node. */
static void node_moves(const Nfa *a, uint32_t node, Moves *m) {
  const XpGraph *g = a->g;
  m->n = 0;
  uint64_t e;
  uint32_t k;
  if (internal_pos(a, node, &e, &k)) {
    moves_push(m, a->etoks[a->etok_off[e] + k], edge_target_after(a, e, k + 1), e);
    return;
  }
  if (node >= g->nstates) return;
  const XpState *s = &g->states[node];
  for (uint32_t i = 0; i < s->nedges; i++) {
    uint64_t ei = s->first_edge + i;
    if (!a->coreach[g->edges[ei].to]) continue;
    if (a->etok_len[ei] == 0) moves_push(m, UINT32_MAX, g->edges[ei].to, ei);
    else moves_push(m, a->etoks[a->etok_off[ei]], edge_target_after(a, ei, 1), ei);
  }
  if (a->exit_tok[node] != UINT32_MAX) moves_push(m, a->exit_tok[node], a->accept, UINT64_MAX);
}

/* --- the lazy DFA ---------------------------------------------------------------- */

typedef struct DState {
  uint32_t off, len;     /* NFA nodes in Dfa.nodes (sorted) */
  uint32_t trans_off, ntrans;
  bool expanded;
  uint8_t mark;          /* counting: 0 new, 1 on stack, 2 done */
  BigNum count;
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
  uint32_t *table, tcap;
  uint64_t limit;        /* total NFA nodes stored before giving up */
  bool overflow;
  Moves moves;
  uint32_t *work;
  uint32_t nwork, cwork;
  uint8_t *seen;
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

/* Epsilon closure of work[0..nwork) in place (sorted, unique). */
static void closure(Dfa *d) {
  Moves m = {0};
  for (uint32_t i = 0; i < d->nwork; i++) d->seen[d->work[i]] = 1;
  for (uint32_t i = 0; i < d->nwork; i++) {
    node_moves(d->a, d->work[i], &m);
    for (uint32_t k = 0; k < m.n; k++)
      if (m.v[k].tok == UINT32_MAX && !d->seen[m.v[k].to]) {
        d->seen[m.v[k].to] = 1;
        work_push(d, m.v[k].to);
      }
  }
  for (uint32_t i = 0; i < d->nwork; i++) d->seen[d->work[i]] = 0;
  free(m.v);
  qsort(d->work, d->nwork, sizeof(uint32_t), cmp_u32);
}

static uint32_t dfa_state(Dfa *d) {
  closure(d);
  if ((d->n + 1) * 2 > d->tcap) {
    uint32_t cap = d->tcap ? d->tcap * 2 : 1024;
    uint32_t *tab = xmalloc(sizeof(uint32_t) * cap);
    memset(tab, 0xFF, sizeof(uint32_t) * cap);
    for (uint32_t id = 0; id < d->n; id++) {
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
  d->table[i] = d->n;
  return d->n++;
}

static int cmp_move_tok(const void *x, const void *y) {
  const Move *a = x, *b = y;
  if (a->tok != b->tok) return a->tok < b->tok ? -1 : 1;
  return a->to < b->to ? -1 : a->to > b->to;
}

/* Computes the transitions of DFA state id. */
static void dfa_expand(Dfa *d, uint32_t id) {
  Moves all = {0}, m = {0};
  for (uint32_t i = 0; i < d->s[id].len; i++) {
    node_moves(d->a, d->nodes[d->s[id].off + i], &m);
    for (uint32_t k = 0; k < m.n; k++)
      if (m.v[k].tok != UINT32_MAX) moves_push(&all, m.v[k].tok, m.v[k].to, m.v[k].edge);
  }
  free(m.v);
  qsort(all.v, all.n, sizeof(Move), cmp_move_tok);
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
  free(all.v);
  d->s[id].trans_off = (uint32_t)first;
  d->s[id].ntrans = (uint32_t)(d->nt - first);
  d->s[id].expanded = true;
}

/* Number of accepted token strings from each DFA state (iterative DFS,
 * memoised; a cycle means infinitely many). */
static void dfa_count(Dfa *d, uint32_t start) {
  typedef struct Fr {
    uint32_t id, next;
  } Fr;
  Fr *st = xmalloc(sizeof(Fr) * 64);
  uint32_t n = 0, cap = 64;
  st[n++] = (Fr){start, 0};
  d->s[start].mark = 1;
  while (n && !d->overflow) {
    Fr *f = &st[n - 1];
    if (!d->s[f->id].expanded) dfa_expand(d, f->id);
    DState *s = &d->s[f->id];
    if (f->next < s->ntrans) {
      uint32_t to = d->t[s->trans_off + f->next++].to;
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
    big_init(&s->count);
    bool accepting = s->len == 1 && d->nodes[s->off] == d->a->accept;
    if (accepting) big_set_u64(&s->count, 1);
    for (uint32_t k = 0; k < s->ntrans; k++) {
      DState *c = &d->s[d->t[s->trans_off + k].to];
      if (c->infinite || c->mark != 2) s->infinite = true;
      else big_add(&d->s[f->id].count, &c->count);
      s = &d->s[f->id];
    }
    n--;
  }
  free(st);
}

static void dfa_free(Dfa *d) {
  for (uint32_t i = 0; i < d->n; i++) big_free(&d->s[i].count);
  free(d->s);
  free(d->nodes);
  free(d->t);
  free(d->table);
  free(d->work);
  free(d->seen);
  free(d->moves.v);
}

/* --- topological order, schedules --------------------------------------------------- */

/* Topological order of the co-reachable states from the initial one;
 * false if there is a cycle among them. */
static bool topo(const Nfa *a, uint32_t *order, uint32_t *norder) {
  const XpGraph *g = a->g;
  uint8_t *mark = xcalloc(g->nstates, 1);
  uint32_t *st = xmalloc(sizeof(uint32_t) * g->nstates * 2 + 2), n = 0;
  bool acyclic = true;
  *norder = 0;
  if (!a->coreach[0]) {
    free(mark);
    free(st);
    return true;
  }
  st[n++] = 0;
  st[n++] = 0;
  mark[0] = 1;
  while (n) {
    uint32_t s = st[n - 2], k = st[n - 1];
    const XpState *x = &g->states[s];
    if (k < x->nedges) {
      st[n - 1]++;
      uint32_t to = g->edges[x->first_edge + k].to;
      if (!a->coreach[to]) continue;
      if (mark[to] == 1) acyclic = false;
      if (mark[to] == 0) {
        mark[to] = 1;
        st[n++] = to;
        st[n++] = 0;
      }
      continue;
    }
    mark[s] = 2;
    order[(*norder)++] = s;
    n -= 2;
  }
  /* reverse postorder */
  for (uint32_t i = 0; i < *norder / 2; i++) {
    uint32_t t = order[i];
    order[i] = order[*norder - 1 - i];
    order[*norder - 1 - i] = t;
  }
  free(mark);
  free(st);
  return acyclic;
}

static void count_schedules(const Nfa *a, const uint32_t *order, uint32_t norder, BigNum *total) {
  const XpGraph *g = a->g;
  BigNum *c = xcalloc(g->nstates, sizeof(BigNum));
  big_set_u64(&c[0], 1);
  big_init(total);
  for (uint32_t i = 0; i < norder; i++) {
    uint32_t s = order[i];
    const XpState *x = &g->states[s];
    if (x->flags & XS_TERMINAL) big_add(total, &c[s]);
    for (uint32_t k = 0; k < x->nedges; k++) {
      uint32_t to = g->edges[x->first_edge + k].to;
      if (a->coreach[to]) big_add(&c[to], &c[s]);
    }
  }
  for (uint32_t s = 0; s < g->nstates; s++) big_free(&c[s]);
  free(c);
}

/* --- listing outputs ------------------------------------------------------------------ */

typedef struct Lister {
  const Nfa *a;
  Dfa *d;
  const XaOpts *o;
  XaResult *r;
  uint32_t *path;   /* tokens of the output being built */
  uint32_t npath, cpath;
  uint32_t enumerated;
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
          uint64_t x = (old[j] * 0x9E3779B97F4A7C15ull) >> 20;
          while (seen[x & (tcap - 1)] != UINT64_MAX) x++;
          seen[x & (tcap - 1)] = old[j];
        }
        free(old);
      }
      uint64_t key = pair_key(nx.node, nx.pos), x = (key * 0x9E3779B97F4A7C15ull) >> 20;
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

/* Where a node sits in the order epsilon moves respect: graph states by
 * topological rank; edge-internal nodes and the accepting node have no
 * epsilon moves in or out, so they simply go last. */
static uint64_t node_key(const Lister *l, uint32_t node) {
  uint64_t rank = node < l->a->g->nstates ? l->rank[node] : UINT32_MAX;
  return rank << 32 | node;
}

static int cmp_u64(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return a < b ? -1 : a > b;
}

/* Sorts live[0..n) by node_key. */
static void sort_live(const Lister *l, uint32_t *live, uint32_t n) {
  uint64_t *k = xmalloc(sizeof(uint64_t) * (n + 1));
  for (uint32_t i = 0; i < n; i++) k[i] = node_key(l, live[i]);
  qsort(k, n, sizeof(uint64_t), cmp_u64);
  for (uint32_t i = 0; i < n; i++) live[i] = (uint32_t)k[i];
  free(k);
}

/* Schedules printing exactly path[0..n): counts over NFA nodes, moved
 * token by token, epsilon moves taken in topological order. */
static void schedules_of(Lister *l, const uint32_t *path, uint32_t n, BigNum *out) {
  const Nfa *a = l->a;
  BigNum *cnt = xcalloc(a->nnodes, sizeof(BigNum));
  uint8_t *in = xcalloc(a->nnodes, 1);
  uint32_t *live = xmalloc(sizeof(uint32_t) * a->nnodes), nlive = 0;
  Moves m = {0};
  big_set_u64(&cnt[0], 1);
  in[0] = 1;
  live[nlive++] = 0;
  for (uint32_t pos = 0;; pos++) {
    /* epsilon closure: graph states in topological order */
    sort_live(l, live, nlive);
    for (uint32_t i = 0; i < nlive; i++) {
      node_moves(a, live[i], &m);
      for (uint32_t k = 0; k < m.n; k++) {
        if (m.v[k].tok != UINT32_MAX) continue;
        uint32_t to = m.v[k].to;
        big_add(&cnt[to], &cnt[live[i]]);
        if (!in[to]) {
          in[to] = 1;
          /* insert keeping topological order of the remainder */
          uint32_t at = nlive++;
          while (at > i + 1 && node_key(l, live[at - 1]) > node_key(l, to)) live[at] = live[at - 1], at--;
          live[at] = to;
        }
      }
    }
    if (pos == n) break;
    uint32_t *next = xmalloc(sizeof(uint32_t) * a->nnodes), nnext = 0;
    BigNum *ncnt = xcalloc(a->nnodes, sizeof(BigNum));
    uint8_t *nin = xcalloc(a->nnodes, 1);
    for (uint32_t i = 0; i < nlive; i++) {
      node_moves(a, live[i], &m);
      for (uint32_t k = 0; k < m.n; k++) {
        if (m.v[k].tok != path[pos]) continue;
        uint32_t to = m.v[k].to;
        big_add(&ncnt[to], &cnt[live[i]]);
        if (!nin[to]) nin[to] = 1, next[nnext++] = to;
      }
    }
    for (uint32_t i = 0; i < a->nnodes; i++) big_free(&cnt[i]);
    free(cnt);
    free(in);
    free(live);
    cnt = ncnt;
    in = nin;
    live = next;
    nlive = nnext;
  }
  big_init(out);
  big_copy(out, &cnt[a->accept]);
  for (uint32_t i = 0; i < a->nnodes; i++) big_free(&cnt[i]);
  free(cnt);
  free(in);
  free(live);
  free(m.v);
}

static void record_output(Lister *l) {
  const Nfa *a = l->a;
  const XpGraph *g = a->g;
  XaResult *r = l->r;
  if (r->noutputs == l->cap_outputs) {
    l->cap_outputs = l->cap_outputs ? l->cap_outputs * 2 : 16;
    r->outputs = xrealloc(r->outputs, sizeof(XaOutput) * l->cap_outputs);
  }
  XaOutput *o = &r->outputs[r->noutputs++];
  memset(o, 0, sizeof *o);
  Buf out;
  buf_init(&out);
  for (uint32_t i = 0; i + 1 < l->npath; i++) buf_append(&out, a->toks.v[l->path[i]].p, a->toks.v[l->path[i]].len);
  o->out = buf_take(&out, &o->out_len);
  uint64_t *edges = NULL;
  uint32_t nedges = 0;
  Buf w, err;
  buf_init(&w);
  buf_init(&err);
  if (find_path(a, l->path, l->npath, &edges, &nedges)) {
    for (uint32_t i = 0; i < nedges; i++) {
      const XpEdge *e = &g->edges[edges[i]];
      buf_append(&w, xp_str(&g->strings, e->choices), xp_str_len(&g->strings, e->choices));
      buf_append(&err, xp_str(&g->strings, e->err), xp_str_len(&g->strings, e->err));
    }
    uint32_t last = nedges ? g->edges[edges[nedges - 1]].to : 0;
    o->exit_code = g->states[last].exit_code;
    o->flags = g->states[last].flags;
  }
  o->witness = buf_take(&w, NULL);
  o->err = buf_take(&err, &o->err_len);
  free(edges);
  if (l->rank) schedules_of(l, l->path, l->npath, &o->schedules);
  else big_init(&o->schedules);
}

/* Depth-first over DFA paths to acceptance (iterative: outputs can be
 * long).  path[] holds the tokens of the current prefix. */
static void list_outputs(Lister *l, uint32_t start) {
  Dfa *d = l->d;
  typedef struct Fr {
    uint32_t id, next;
  } Fr;
  uint32_t cap = 64, n = 0;
  Fr *st = xmalloc(sizeof(Fr) * cap);
  st[n++] = (Fr){start, 0};
  while (n && !l->stop) {
    Fr *f = &st[n - 1];
    if (!d->s[f->id].expanded) dfa_expand(d, f->id);
    if (f->next == 0 && d->s[f->id].len == 1 && d->nodes[d->s[f->id].off] == l->a->accept) {
      record_output(l);
      if (++l->enumerated >= l->o->max_enumerate) l->stop = true;
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

static int cmp_outputs(const void *x, const void *y) {
  const XaOutput *a = x, *b = y;
  int c = big_cmp(&b->schedules, &a->schedules);
  if (c) return c;
  size_t n = a->out_len < b->out_len ? a->out_len : b->out_len;
  int m = memcmp(a->out, b->out, n);
  if (m) return m;
  return a->out_len < b->out_len ? -1 : a->out_len > b->out_len;
}

/* --- lines and the guaranteed order ------------------------------------------------------- */

static uint32_t line_index(XaResult *r, const char *text, size_t len, uint32_t occ, uint32_t *cap) {
  for (uint32_t i = 0; i < r->nlines; i++)
    if (r->lines[i].occ == occ && strlen(r->lines[i].text) == len && memcmp(r->lines[i].text, text, len) == 0) return i;
  if (r->nlines == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    r->lines = xrealloc(r->lines, sizeof(XaLine) * *cap);
  }
  XaLine *l = &r->lines[r->nlines];
  l->text = xmalloc(len + 1);
  memcpy(l->text, text, len);
  l->text[len] = '\0';
  l->occ = occ;
  l->always = false;
  return r->nlines++;
}

/* Splits an output into line indices (with occurrence numbers). */
static uint32_t output_lines(XaResult *r, const XaOutput *o, uint32_t *idx, uint32_t *cap) {
  uint32_t n = 0;
  size_t start = 0;
  for (size_t i = 0; i <= o->out_len; i++) {
    if (i < o->out_len && o->out[i] != '\n') continue;
    if (i == o->out_len && i == start) break;
    size_t len = i - start;
    uint32_t occ = 1;
    for (uint32_t k = 0; k < n; k++)
      if (strlen(r->lines[idx[k]].text) == len && memcmp(r->lines[idx[k]].text, o->out + start, len) == 0) occ++;
    idx[n++] = line_index(r, o->out + start, len, occ, cap);
    start = i + 1;
  }
  return n;
}

static void hasse(XaResult *r) {
  uint32_t n = r->nlines, cap = 0;
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++) {
      if (r->rel[i * n + j] != REL_BEFORE) continue;
      bool covered = false;
      for (uint32_t k = 0; k < n && !covered; k++)
        covered = k != i && k != j && r->rel[i * n + k] == REL_BEFORE && r->rel[k * n + j] == REL_BEFORE;
      if (covered) continue;
      if (r->nhasse == cap) {
        cap = cap ? cap * 2 : 16;
        r->hasse = xrealloc(r->hasse, sizeof(uint32_t[2]) * cap);
      }
      r->hasse[r->nhasse][0] = i;
      r->hasse[r->nhasse][1] = j;
      r->nhasse++;
    }
}

/* Exact orders from the complete list of outputs. */
static void orders_from_outputs(XaResult *r) {
  uint32_t cap = 0;
  uint32_t **lines = xmalloc(sizeof(uint32_t *) * (r->noutputs + 1));
  uint32_t *nl = xmalloc(sizeof(uint32_t) * (r->noutputs + 1));
  for (uint32_t k = 0; k < r->noutputs; k++) {
    lines[k] = xmalloc(sizeof(uint32_t) * (r->outputs[k].out_len + 1));
    nl[k] = output_lines(r, &r->outputs[k], lines[k], &cap);
  }
  uint32_t n = r->nlines;
  r->rel = xcalloc((size_t)n * n + 1, 1);
  uint32_t *count = xcalloc(n + 1, sizeof(uint32_t));
  uint32_t *pos = xmalloc(sizeof(uint32_t) * (n + 1));
  for (uint32_t k = 0; k < r->noutputs; k++) {
    for (uint32_t i = 0; i < n; i++) pos[i] = UINT32_MAX;
    for (uint32_t i = 0; i < nl[k]; i++) {
      pos[lines[k][i]] = i;
      count[lines[k][i]]++;
    }
    for (uint32_t i = 0; i < n; i++)
      for (uint32_t j = 0; j < n; j++) {
        if (i == j || pos[i] == UINT32_MAX || pos[j] == UINT32_MAX) continue;
        uint8_t *c = &r->rel[i * n + j];
        uint8_t now = pos[i] < pos[j] ? REL_BEFORE : REL_AFTER;
        *c = *c == REL_NONE ? now : *c == now ? now : REL_UNORDERED;
      }
  }
  for (uint32_t i = 0; i < n; i++) r->lines[i].always = count[i] == r->noutputs;
  for (uint32_t k = 0; k < r->noutputs; k++) free(lines[k]);
  free(lines);
  free(nl);
  free(count);
  free(pos);
  r->order_exact = true;
  hasse(r);
}

/* --- driver ------------------------------------------------------------------------------------ */

XaResult *xa_analyze(const XpGraph *g, const XaOpts *o) {
  XaResult *r = xcalloc(1, sizeof *r);
  big_init(&r->output_count);
  big_init(&r->schedules);
  Nfa a;
  nfa_build(&a, g);
  for (uint32_t s = 0; s < g->nstates; s++) {
    if (g->states[s].flags & XS_TERMINAL) r->final_states++;
    if ((g->states[s].flags & XS_EXPANDED) && !a.coreach[s]) r->nonterminating = true;
  }
  uint32_t *order = xmalloc(sizeof(uint32_t) * (g->nstates + 1)), norder = 0;
  uint32_t *rank = NULL;
  r->cyclic = !topo(&a, order, &norder);
  if (!r->cyclic) {
    count_schedules(&a, order, norder, &r->schedules);
    rank = xmalloc(sizeof(uint32_t) * (g->nstates + 1));
    for (uint32_t s = 0; s < g->nstates; s++) rank[s] = UINT32_MAX;
    for (uint32_t i = 0; i < norder; i++) rank[order[i]] = i;
  } else {
    r->schedules_infinite = true;
  }
  Dfa d = {.a = &a, .limit = 50000000};
  d.seen = xcalloc(a.nnodes, 1);
  if (a.coreach[0]) {
    d.nwork = 0;
    work_push(&d, 0);
    uint32_t start = dfa_state(&d);
    dfa_count(&d, start);
    r->count_exact = !d.overflow;
    r->count_infinite = d.s[start].infinite;
    big_copy(&r->output_count, &d.s[start].count);
    Lister l = {.a = &a, .d = &d, .o = o, .r = r, .rank = r->cyclic ? NULL : rank};
    list_outputs(&l, start);
    free(l.path);
    qsort(r->outputs, r->noutputs, sizeof(XaOutput), cmp_outputs);
    if (!l.stop && !r->count_infinite) orders_from_outputs(r);
  } else {
    r->count_exact = true;
  }
  dfa_free(&d);
  free(order);
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
  free(r);
}
