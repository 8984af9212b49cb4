/* findings.c - findings over the state graph; see findings.h.
 *
 * The machine records facts while the explorer runs it (vm.h vm_fact,
 * findings_scan.h); each transition of the graph carries the facts
 * recorded on it as a label.  findings_facts.c turns the facts into draft
 * findings, each with the edges that show it; this file decides, over the
 * graph, on how many complete schedules each happens (a schedule counts
 * when its path takes one of the edges), whether that is all of them, and
 * a witness: the choices along a shortest path through such an edge to an
 * end.  Findings the graph itself shows (a cycle: the program can run
 * forever; several outputs) are added here.
 */
#include "findings.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "findings_int.h"

#define FD_NAME(id, name, error) name,
static const char *const kind_names[FK__COUNT] = {FD_KINDS(FD_NAME)};
#undef FD_NAME
#define FD_ERR(id, name, error) error,
static const bool kind_errors[FK__COUNT] = {FD_KINDS(FD_ERR)};
#undef FD_ERR

void fd_policy_default(FdPolicy *p) {
  memset(p, 0, sizeof *p);
  for (int k = 0; k < FK__COUNT; k++) p->error[k] = kind_errors[k];
}

bool fd_kind_from_name(const char *name, FindingKind *out) {
  for (int k = 0; k < FK__COUNT; k++)
    if (!strcmp(kind_names[k], name)) {
      *out = (FindingKind)k;
      return true;
    }
  return false;
}

const char *fd_kind_name(FindingKind k) { return k < FK__COUNT ? kind_names[k] : "?"; }

void fd_list_free(FdList *l) {
  for (uint32_t i = 0; i < l->n; i++) {
    Finding *f = &l->v[i];
    free(f->message);
    free(f->witness);
    big_free(&f->schedules);
    for (uint32_t k = 0; k < f->nrelated; k++) free(f->related[k].note);
    free(f->related);
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

/* Keeps u (owning what) in out[0..*n), sorted by position, without
 * duplicates; past max the last place is dropped. */
static void unsupported_add(FdUnsupported *out, uint32_t *n, uint32_t max, FdUnsupported u) {
  uint32_t k = 0;
  while (k < *n && (out[k].line < u.line || (out[k].line == u.line && out[k].col < u.col) ||
                    (out[k].line == u.line && out[k].col == u.col && strcmp(out[k].what, u.what) < 0)))
    k++;
  if ((k < *n && out[k].line == u.line && out[k].col == u.col && !strcmp(out[k].what, u.what)) || k == max) {
    free(u.what);
    return;
  }
  if (*n == max) free(out[--*n].what);
  memmove(out + k + 1, out + k, sizeof *out * (*n - k));
  out[k] = u;
  ++*n;
}

uint32_t fd_unsupported(const XpGraph *g, FdUnsupported *out, uint32_t max) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < g->labels.n; i++) {
    const char *text = xp_str(&g->strings, g->labels.v[i].facts);
    if (!strstr(text, "X\t")) continue; /* most labels: no need to parse */
    FdFact *facts;
    char *store;
    uint32_t nf = fd_parse_facts(text, &facts, &store);
    for (uint32_t k = 0; k < nf; k++) {
      FdUnsupported u;
      if (facts[k].tag != 'X' || facts[k].nf < 2 || !fd_pos(facts[k].f[0], &u.line, &u.col)) continue;
      u.what = xstrdup(facts[k].f[1]);
      unsupported_add(out, &n, max, u);
    }
    free(facts);
    free(store);
  }
  return n;
}

bool fd_violates(const FdList *l, const FdPolicy *p) {
  bool seen[FK__COUNT] = {false};
  for (uint32_t i = 0; i < l->n; i++) {
    seen[l->v[i].kind] = true;
    if (l->v[i].severity == FD_ERROR) return true;
  }
  for (int k = 0; k < FK__COUNT; k++)
    if (p->expected[k] && !seen[k]) return true;
  return false;
}

/* --- the graph ----------------------------------------------------------------------- */

typedef struct Graph {
  const XpGraph *g;
  uint32_t *order;      /* reachable states, topological when acyclic */
  uint32_t norder;
  bool acyclic;
  uint8_t *flag;        /* per edge: shows the finding being decided */
} Graph;

/* Depth-first from the initial state: reverse postorder (a topological
 * order when there is no cycle), as the analysis may have found it. */
static void graph_order(Graph *G, const XaResult *r) {
  G->order = xmalloc(sizeof(uint32_t) * (G->g->nstates + 1));
  if (r && r->topo) {
    memcpy(G->order, r->topo, sizeof(uint32_t) * G->g->nstates);
    G->norder = G->g->nstates;
    G->acyclic = true;
    return;
  }
  G->acyclic = xp_topo_order(G->g, NULL, G->order, &G->norder);
}

/* Complete schedules whose path takes a flagged edge: paths counted in
 * two layers (not yet flagged / flagged) in topological order. */
static void count_flagged(const Graph *G, BigNum *out) {
  const XpGraph *g = G->g;
  BigNum *c0 = xcalloc(g->nstates + 1, sizeof(BigNum)), *c1 = xcalloc(g->nstates + 1, sizeof(BigNum));
  big_init(out);
  if (g->nstates) big_set_u64(&c0[0], 1);
  for (uint32_t i = 0; i < G->norder; i++) {
    uint32_t s = G->order[i];
    const XpState *x = &g->states[s];
    if (x->flags & XS_TERMINAL) big_add(out, &c1[s]);
    for (uint32_t k = 0; k < x->nedges; k++) {
      uint64_t e = x->first_edge + k;
      uint32_t to = g->edges[e].to;
      if (G->flag[e]) big_add(&c1[to], &c0[s]);
      else big_add(&c0[to], &c0[s]);
      big_add(&c1[to], &c1[s]);
    }
  }
  for (uint32_t s = 0; s < g->nstates; s++) big_free(&c0[s]), big_free(&c1[s]);
  free(c0);
  free(c1);
}

/* True when some run avoids every flagged edge: it reaches an end, a
 * state the exploration left unexpanded, or a cycle. */
static bool escapes(const Graph *G) {
  const XpGraph *g = G->g;
  if (!g->nstates) return false;
  uint8_t *mark = xcalloc(g->nstates + 1, 1);
  uint32_t *st = xmalloc(sizeof(uint32_t) * 2 * (g->nstates + 1)), n = 0;
  bool out = false;
  st[n++] = 0, st[n++] = 0;
  mark[0] = 1;
  while (n && !out) {
    uint32_t s = st[n - 2], k = st[n - 1];
    const XpState *x = &g->states[s];
    if (k == 0 && ((x->flags & XS_TERMINAL) || !(x->flags & XS_EXPANDED))) out = true;
    if (k < x->nedges) {
      st[n - 1]++;
      uint64_t e = x->first_edge + k;
      uint32_t to = g->edges[e].to;
      if (G->flag[e]) continue;
      if (mark[to] == 1) out = true;
      if (mark[to] == 0) {
        mark[to] = 1;
        st[n++] = to, st[n++] = 0;
      }
      continue;
    }
    mark[s] = 2;
    n -= 2;
  }
  free(mark);
  free(st);
  return out;
}

/* Breadth-first from `from`: the edges of a shortest path to a state
 * where stop(edge) holds for an outgoing edge (that edge included), or to
 * a final state when stop is NULL.  Returns the number of edges, or -1. */
typedef bool (*StopFn)(const Graph *G, uint64_t e);

static int64_t bfs_path(const Graph *G, uint32_t from, StopFn stop, uint64_t **path) {
  const XpGraph *g = G->g;
  uint64_t *via = xmalloc(sizeof(uint64_t) * (g->nstates + 1));
  for (uint32_t s = 0; s < g->nstates; s++) via[s] = UINT64_MAX - 1; /* unseen */
  uint32_t *q = xmalloc(sizeof(uint32_t) * (g->nstates + 1)), h = 0, t = 0;
  q[t++] = from;
  via[from] = UINT64_MAX; /* the start */
  uint64_t found = UINT64_MAX - 1;
  uint32_t end = UINT32_MAX;
  while (h < t && end == UINT32_MAX) {
    uint32_t s = q[h++];
    const XpState *x = &g->states[s];
    if (!stop && (x->flags & XS_TERMINAL)) {
      end = s;
      break;
    }
    for (uint32_t k = 0; k < x->nedges && end == UINT32_MAX; k++) {
      uint64_t e = x->first_edge + k;
      if (stop && stop(G, e)) {
        found = e;
        end = s;
        break;
      }
      uint32_t to = g->edges[e].to;
      if (via[to] != UINT64_MAX - 1) continue;
      via[to] = e;
      q[t++] = to;
    }
  }
  int64_t n = -1;
  if (end != UINT32_MAX) {
    n = found != UINT64_MAX - 1;
    for (uint32_t s = end; via[s] != UINT64_MAX; s = g->edges[via[s]].from) n++;
    *path = xmalloc(sizeof(uint64_t) * ((size_t)n + 1));
    int64_t i = n;
    if (found != UINT64_MAX - 1) (*path)[--i] = found;
    for (uint32_t s = end; via[s] != UINT64_MAX; s = g->edges[via[s]].from) (*path)[--i] = via[s];
  }
  free(via);
  free(q);
  return n;
}

static bool flagged(const Graph *G, uint64_t e) { return G->flag[e] != 0; }

static void append_choices(const Graph *G, const uint64_t *path, int64_t n, Buf *w) {
  for (int64_t i = 0; i < n; i++) {
    uint32_t id = xp_edge_label(G->g, path[i])->choices;
    buf_append(w, xp_str(&G->g->strings, id), xp_str_len(&G->g->strings, id));
  }
}

/* A schedule taking a flagged edge: to the first one, then on to an end. */
static char *witness(const Graph *G) {
  Buf w;
  buf_init(&w);
  uint64_t *a = NULL, *b = NULL;
  int64_t na = bfs_path(G, 0, flagged, &a);
  if (na > 0) {
    append_choices(G, a, na, &w);
    int64_t nb = bfs_path(G, G->g->edges[a[na - 1]].to, NULL, &b);
    if (nb > 0) append_choices(G, b, nb, &w);
  }
  free(a);
  free(b);
  if (!w.data) buf_puts(&w, "");
  w.len = xp_witness_trim(w.data, w.len);
  w.data[w.len] = '\0';
  return buf_take(&w, NULL);
}

/* --- cycles: the program can run forever ------------------------------------------------ */

/* Strongly connected components (Tarjan, iterative) of the reachable
 * graph; flags the edges inside a component that has a cycle. */
static bool cycle_edges(const XpGraph *g, uint8_t *on_cycle) {
  uint32_t n = g->nstates, next = 1, *idx = xcalloc(n + 1, sizeof(uint32_t)), *low = xcalloc(n + 1, sizeof(uint32_t));
  uint32_t *comp = xmalloc(sizeof(uint32_t) * (n + 1)), ncomp = 0;
  uint32_t *stk = xmalloc(sizeof(uint32_t) * (n + 1)), nstk = 0;
  uint32_t *call = xmalloc(sizeof(uint32_t) * 2 * (n + 1)), ncall = 0;
  uint8_t *on = xcalloc(n + 1, 1);
  for (uint32_t s = 0; s < n; s++) comp[s] = UINT32_MAX;
  if (n) call[ncall++] = 0, call[ncall++] = 0;
  while (ncall) {
    uint32_t s = call[ncall - 2], k = call[ncall - 1];
    if (k == 0 && !idx[s]) {
      idx[s] = low[s] = next++;
      stk[nstk++] = s;
      on[s] = 1;
    }
    const XpState *x = &g->states[s];
    if (k < x->nedges) {
      call[ncall - 1]++;
      uint32_t to = g->edges[x->first_edge + k].to;
      if (!idx[to]) call[ncall++] = to, call[ncall++] = 0;
      else if (on[to] && idx[to] < low[s]) low[s] = idx[to];
      continue;
    }
    ncall -= 2;
    if (ncall && low[s] < low[call[ncall - 2]]) low[call[ncall - 2]] = low[s];
    if (low[s] != idx[s]) continue;
    uint32_t v;
    do {
      v = stk[--nstk];
      on[v] = 0;
      comp[v] = ncomp;
    } while (v != s);
    ncomp++;
  }
  bool any = false;
  for (uint64_t e = 0; e < g->nedges; e++) {
    uint32_t a = g->edges[e].from, b = g->edges[e].to;
    on_cycle[e] = comp[a] != UINT32_MAX && comp[a] == comp[b];
    any |= on_cycle[e];
  }
  free(idx), free(low), free(comp), free(stk), free(call), free(on);
  return any;
}

/* The timers, immediates and I/O callbacks ("T" facts) run by the edges
 * in `on`, each once: related notes, and the place of the finding (an
 * interval first).  Returns the kind of the construct chosen ("" none). */
static const char *constructs(const XpGraph *g, const uint8_t *on, FdDraft *d, char *best, size_t nbest) {
  Buf seen;
  buf_init(&seen);
  buf_putc(&seen, '\n');
  best[0] = '\0';
  for (uint64_t e = 0; e < g->nedges; e++) {
    if (!on[e] || !xp_edge_label(g, e)->facts) continue;
    FdFact *facts;
    char *store;
    uint32_t n = fd_parse_facts(xp_str(&g->strings, xp_edge_label(g, e)->facts), &facts, &store);
    for (uint32_t k = 0; k < n; k++) {
      const FdFact *f = &facts[k];
      if (f->tag != 'T') continue;
      char key[160];
      snprintf(key, sizeof key, "\n%s %s\n", f->f[0], f->f[1]);
      if (strstr(seen.data, key)) continue;
      buf_puts(&seen, key + 1);
      uint32_t l, c;
      fd_pos(f->f[1], &l, &c);
      const char *what = !strcmp(f->f[0], "interval") ? "this setInterval callback is never cleared"
                       : !strcmp(f->f[0], "timer") ? "this timer callback runs again and again"
                       : !strcmp(f->f[0], "immediate") ? "this immediate callback runs again and again"
                       : "this I/O callback runs again and again";
      fd_draft_related(d, l, c, "%s%s%s", what, *f->f[2] ? ": " : "", f->f[2]);
      bool interval = !strcmp(f->f[0], "interval");
      if (!best[0] || (interval && strcmp(best, "interval"))) {
        d->line = l, d->col = c;
        snprintf(best, nbest, "%s", f->f[0]);
      }
    }
    free(facts);
    free(store);
  }
  buf_free(&seen);
  return best;
}

static void forever_text(FdDraft *d, const char *best) {
  if (!best[0]) buf_puts(&d->message, "the event loop keeps coming back to the same state");
  else if (!strcmp(best, "interval")) buf_puts(&d->message, "a setInterval is never cleared, so the event loop never empties");
  else buf_printf(&d->message, "%s callbacks keep re-arming themselves, so the event loop never empties",
                  !strcmp(best, "timer") ? "timer" : !strcmp(best, "immediate") ? "immediate" : "I/O");
}

static void cycle_constructs(const XpGraph *g, const uint8_t *on_cycle, FdDraft *d) {
  char best[32];
  constructs(g, on_cycle, d, best, sizeof best);
  buf_puts(&d->message, "the program can run forever");
  fd_draft_head(d);
  buf_puts(&d->message, ": ");
  forever_text(d, best);
}

/* An exploration cut short by a bound while callbacks kept re-arming
 * themselves: the deepest unexplored state is reached through the same
 * timer (immediate, I/O) callback over and over.  Reported as a program
 * that may run forever, on the edges of that path. */
static void bound_constructs(const XpGraph *g, FdDrafts *drafts) {
  uint32_t deep = UINT32_MAX;
  for (uint32_t s = 0; s < g->nstates; s++)
    if (!(g->states[s].flags & (XS_EXPANDED | XS_TERMINAL)) && (deep == UINT32_MAX || g->states[s].depth > g->states[deep].depth))
      deep = s;
  if (deep == UINT32_MAX || g->states[deep].depth < 8) return;
  /* the path: each state's first incoming edge from a shallower state */
  uint64_t *in = xmalloc(sizeof(uint64_t) * (g->nstates + 1));
  for (uint32_t s = 0; s < g->nstates; s++) in[s] = UINT64_MAX;
  for (uint64_t e = 0; e < g->nedges; e++) {
    const XpEdge *x = &g->edges[e];
    if (in[x->to] == UINT64_MAX && g->states[x->from].depth < g->states[x->to].depth) in[x->to] = e;
  }
  uint8_t *on = xcalloc(g->nedges + 1, 1);
  uint32_t len = 0, repeats = 0;
  for (uint32_t s = deep; s != 0 && in[s] != UINT64_MAX && len < g->nstates; s = g->edges[in[s]].from, len++) {
    on[in[s]] = 1;
    repeats += xp_edge_label(g, in[s])->facts != 0 && strstr(xp_str(&g->strings, xp_edge_label(g, in[s])->facts), "T\t") != NULL;
  }
  if (repeats >= 8) {
    bool fresh;
    FdDraft *d = fd_draft(drafts, FK_NON_TERMINATION, "bound", &fresh);
    for (uint64_t e = 0; e < g->nedges; e++)
      if (on[e]) fd_draft_edge(d, e);
    char best[32];
    constructs(g, on, d, best, sizeof best);
    buf_puts(&d->message, "the program may run forever");
    fd_draft_head(d);
    buf_printf(&d->message, " (%s after %u transitions that keep running callbacks): ", g->incomplete_reason, repeats);
    forever_text(d, best);
  }
  free(in);
  free(on);
}

/* acyclic: graph_order found no cycle (then no component has one, and the
 * search for them is skipped: it costs a pass over every edge). */
static void nontermination(const XpGraph *g, bool acyclic, FdDrafts *d) {
  uint8_t *on_cycle = acyclic ? NULL : xcalloc(g->nedges + 1, 1);
  if (!acyclic && cycle_edges(g, on_cycle)) {
    bool fresh;
    FdDraft *x = fd_draft(d, FK_NON_TERMINATION, "cycle", &fresh);
    for (uint64_t e = 0; e < g->nedges; e++)
      if (on_cycle[e]) fd_draft_edge(x, e);
    cycle_constructs(g, on_cycle, x);
  } else if (!g->complete) {
    bound_constructs(g, d);
  }
  free(on_cycle);
}

/* --- order dependence --------------------------------------------------------------------- */

static void line_of(const char *s, size_t len, uint32_t k, const char **p, size_t *n) {
  size_t at = 0;
  for (uint32_t i = 0; i < k && at < len; at++)
    if (s[at] == '\n') i++;
  size_t e = at;
  while (e < len && s[e] != '\n') e++;
  *p = s + at;
  *n = e - at;
}

/* One output line, quoted and cut at 80 bytes, or "(end of output)". */
static void quote_line(Buf *m, const char *p, size_t n, const char *end) {
  if (p < end) buf_printf(m, "\"%.*s\"", (int)(n > 80 ? 80 : n), p);
  else buf_puts(m, "(end of output)");
}

static void order_dependent(const XpGraph *g, const XaResult *r, Finding *f) {
  const XaOutput *a = &r->outputs[0], *b = &r->outputs[1];
  uint32_t k = 0;
  size_t i = 0;
  while (i < a->out_len && i < b->out_len && a->out[i] == b->out[i]) k += a->out[i++] == '\n';
  const char *pa, *pb;
  size_t na, nb;
  line_of(a->out, a->out_len, k, &pa, &na);
  line_of(b->out, b->out_len, k, &pb, &nb);
  Buf m;
  buf_init(&m);
  buf_puts(&m, "the output depends on the schedule (");
  if (!g->complete || !r->count_exact) buf_puts(&m, "at least ");
  if (r->count_infinite) buf_puts(&m, "infinitely many");
  else big_to_string(&r->output_count, &m);
  buf_printf(&m, " possible outputs); two of them first differ at output line %u: ", k + 1);
  quote_line(&m, pa, na, a->out + a->out_len);
  buf_printf(&m, " (witness %s) vs ", a->witness[0] ? a->witness : "(default)");
  quote_line(&m, pb, nb, b->out + b->out_len);
  buf_printf(&m, " (witness %s)", b->witness[0] ? b->witness : "(default)");
  f->message = buf_take(&m, NULL);
  size_t wl = strlen(a->witness);
  f->witness = xmalloc(wl + 1);
  memcpy(f->witness, a->witness, wl + 1);
  Buf note;
  buf_init(&note);
  buf_printf(&note, "another schedule, witness %s, prints the other output", b->witness[0] ? b->witness : "(default)");
  f->related = xmalloc(sizeof(FdRelated));
  f->related[0] = (FdRelated){0, 0, buf_take(&note, NULL)};
  f->nrelated = 1;
}

/* --- the list ----------------------------------------------------------------------------- */

static Finding *list_add(FdList *l) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->v = xrealloc(l->v, sizeof(Finding) * l->cap);
  }
  Finding *f = &l->v[l->n++];
  memset(f, 0, sizeof *f);
  big_init(&f->schedules);
  return f;
}

/* An expected kind (`//@ expect KIND`) is what the spec asks for: its
 * findings do not fail the check, only its absence does. */
static FdSeverity severity(const FdPolicy *p, FindingKind k, bool downgrade) {
  bool error = p->error[k] && !p->expected[k];
  if (k == FK_ORDER_DEPENDENT) return error ? FD_ERROR : FD_NOTE;
  return error && !downgrade ? FD_ERROR : FD_WARNING;
}

/* The draft's message with its extent at its head (findings_int.h). */
static char *message_with_extent(FdDraft *d, const Finding *f, const XaResult *r, bool complete) {
  Buf ext, m;
  buf_init(&ext);
  buf_init(&m);
  fd_extent(f, r, complete, &ext);
  size_t at = d->head && d->head - 1 <= d->message.len ? d->head - 1 : d->message.len;
  buf_append(&m, d->message.data ? d->message.data : "", at);
  buf_printf(&m, " %s", ext.data);
  buf_append(&m, d->message.data ? d->message.data + at : "", d->message.len - at);
  buf_free(&ext);
  return buf_take(&m, NULL);
}

/* Decides a draft over the graph and moves it into the list. */
static void decide(Graph *G, const XaResult *r, const FdPolicy *p, FdDraft *d, FdList *out) {
  const XpGraph *g = G->g;
  memset(G->flag, 0, g->nedges + 1);
  for (uint64_t i = 0; i < d->nedges; i++) G->flag[d->edges[i]] = 1;
  if (d->kind == FK_STACK_OVERFLOW) {
    if (!d->message.len) buf_puts(&d->message, "Maximum call stack size exceeded");
    buf_puts(&d->message, d->upgrade ? "; not caught: the process exits" : "; caught");
    d->downgrade = !d->upgrade;
  }
  Finding *f = list_add(out);
  f->kind = d->kind;
  f->line = d->line;
  f->col = d->col;
  f->related = d->related;
  f->nrelated = d->nrelated;
  d->related = NULL;
  d->nrelated = 0;
  f->on_all = g->complete && d->nedges && !escapes(G);
  if (G->acyclic && d->kind != FK_NON_TERMINATION) count_flagged(G, &f->schedules);
  f->message = message_with_extent(d, f, r, g->complete);
  f->witness = witness(G);
  f->severity = severity(p, d->kind, d->downgrade);
}

static void drafts_free(FdDrafts *d) {
  for (uint32_t i = 0; i < d->n; i++) {
    FdDraft *x = &d->v[i];
    free(x->key);
    buf_free(&x->message);
    for (uint32_t k = 0; k < x->nrelated; k++) free(x->related[k].note);
    free(x->related);
    free(x->edges);
  }
  free(d->v);
}

/* Places first (a finding about the whole program last), then kind. */
static int cmp_findings(const void *x, const void *y) {
  const Finding *a = x, *b = y;
  uint64_t ka = a->line ? (uint64_t)a->line << 32 | a->col : UINT64_MAX;
  uint64_t kb = b->line ? (uint64_t)b->line << 32 | b->col : UINT64_MAX;
  if (ka != kb) return ka < kb ? -1 : 1;
  if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
  return strcmp(a->message, b->message);
}

void fd_analyze(const XpGraph *g, const XaResult *r, const FdPolicy *p, FdList *out) {
  memset(out, 0, sizeof *out);
  FdDrafts d = {0};
  fd_collect(g, &d);
  Graph G = {.g = g};
  graph_order(&G, r);
  nontermination(g, G.acyclic, &d);
  G.flag = xcalloc(g->nedges + 1, 1);
  for (uint32_t i = 0; i < d.n; i++) decide(&G, r, p, &d.v[i], out);
  if (r && r->noutputs >= 2) {
    Finding *f = list_add(out);
    f->kind = FK_ORDER_DEPENDENT;
    f->severity = severity(p, FK_ORDER_DEPENDENT, false);
    order_dependent(g, r, f);
  }
  if (out->n > 1) qsort(out->v, out->n, sizeof(Finding), cmp_findings);
  free(G.order);
  free(G.flag);
  drafts_free(&d);
}

static bool is_one(const BigNum *n) { return n->n == 1 && n->limb[0] == 1; }

void fd_extent(const Finding *f, const XaResult *r, bool complete, Buf *out) {
  if (f->on_all) buf_puts(out, "on every schedule");
  else if (big_is_zero(&f->schedules)) buf_puts(out, "on some schedules");
  else if (!complete || !r || r->schedules_infinite || big_is_zero(&r->schedules)) {
    buf_puts(out, complete ? "on " : "on at least ");
    big_to_string(&f->schedules, out);
    buf_puts(out, is_one(&f->schedules) ? " schedule" : " schedules");
  } else {
    buf_puts(out, "on ");
    big_to_string(&f->schedules, out);
    buf_puts(out, " of ");
    big_to_string(&r->schedules, out);
    buf_puts(out, " schedules");
  }
}
