/* explore.h - the explorer: every schedule the host allows, as a graph of
 * canonical states.
 *
 * A transition runs host steps from a state until a step has taken a
 * choice (or the program ends, or a step bound is reached); its label is
 * the output written meanwhile and the choices taken.  Transitions out of
 * a state are enumerated by re-running it with every choice vector (the
 * choices of a step form a tree; option 0 first).  States are stored as
 * their canonical encodings, collapsed (state.h); revisiting one merges
 * paths, so n independent I/O completions give 2^n states, not n!.
 *
 * Ownership: an XpGraph owns everything in it (xp_free).
 */
#ifndef TT_EXPLORE_H
#define TT_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "engine.h"
#include "host_node.h"

typedef struct XpOpts {
  HostOpts host;
  uint64_t max_states;      /* 0: unlimited */
  uint32_t max_depth;       /* 0: unlimited */
  double max_seconds;       /* 0: unlimited */
  uint32_t max_chain;       /* host steps in one transition before cutting it */
  bool progress;            /* print a progress line to stderr (terminal) */
  bool por;                 /* partial-order reduction (por.h): edges that
                               commuting completions imply are added unrun */
  bool verify_por;          /* ... and run anyway, checked (internal error if not equal) */
} XpOpts;

void xp_opts_default(XpOpts *o);

enum { XS_TERMINAL = 1, XS_EXPANDED = 2, XS_FATAL = 4, XS_UNSUPPORTED = 8, XS_BLOCKED = 16 };

/* State i is the i-th top vector of the visited set (state.h). */
typedef struct XpState {
  uint32_t first_edge, nedges;
  uint32_t depth;
  uint8_t flags;
  int32_t exit_code;  /* terminal states */
} XpState;

/* What a transition did, as ids of interned strings (XpStrings).  Edges
 * share their labels: a graph has millions of edges but few distinct
 * labels, and an edge is kept at 12 bytes. */
typedef struct XpLabel {
  uint32_t out, err;  /* stdout, stderr text written */
  uint32_t choices;   /* the witness fragment ("b1p0...") */
  uint32_t facts;     /* the facts recorded (findings.c reads them) */
} XpLabel;

typedef struct XpLabels {
  XpLabel *v;
  uint32_t n, cap;
  uint32_t *table;    /* hash table of ids */
  uint32_t tcap;
} XpLabels;

/* The id of label x in l, adding it if new; xp_labels_free frees l. */
uint32_t xp_label_intern(XpLabels *l, XpLabel x);
void xp_labels_free(XpLabels *l);

/* The edges out of a state are XpState.first_edge .. + nedges. */
typedef struct XpEdge {
  uint32_t from, to;
  uint32_t label;     /* in XpGraph.labels */
} XpEdge;

/* Interned strings (labels, witness fragments); id 0 is "". */
typedef struct XpStrings {
  Buf text;           /* concatenated, each NUL-terminated */
  uint64_t *off;      /* id -> offset */
  uint32_t *len;
  uint32_t n, cap;
  uint32_t *table;    /* hash table of ids */
  uint32_t tcap;
} XpStrings;

const char *xp_str(const XpStrings *s, uint32_t id);
uint32_t xp_str_len(const XpStrings *s, uint32_t id);

typedef struct XpStats {
  uint64_t states, transitions, matched, steps;
  uint64_t inferred;  /* transitions added by the partial-order reduction, not run */
  uint32_t max_depth;
  double seconds;
  size_t memory;      /* bytes held by the graph */
} XpStats;

typedef struct XpGraph {
  XpState *states;
  uint32_t nstates, cstates;
  XpEdge *edges;
  uint64_t nedges, cedges;
  struct XpStore *store; /* the visited set and the pools behind it */
  XpStrings strings;
  XpLabels labels;
  XpStats stats;
  bool complete;
  char incomplete_reason[160];
  bool random_approx; /* values of Math.random() took representative values (host_sym.h) */
} XpGraph;

static inline const XpLabel *xp_edge_label(const XpGraph *g, uint64_t e) { return &g->labels.v[g->edges[e].label]; }

/* Explores the engine's program.  Returns NULL only on internal errors
 * (the prelude failing). */
XpGraph *xp_explore(Engine *e, const XpOpts *o);
void xp_free(XpGraph *g);

/* Reverse postorder of the states reachable from the initial one, walking
 * only into states s with keep[s] (keep NULL: every state; nothing when the
 * initial state is not kept), into order (room for g->nstates entries);
 * that is a topological order exactly when the function returns true (the
 * walked subgraph has no cycle). */
bool xp_topo_order(const XpGraph *g, const bool *keep, uint32_t *order, uint32_t *norder);
/* The same, and when it returns true, cnt[s] (cnt not NULL: room for every
 * state) is the number of paths from each walked state s to an end
 * (XS_TERMINAL) through walked states, in 64-bit words; *wide when one
 * does not fit (cnt is then of no use). */
bool xp_topo_counts(const XpGraph *g, const bool *keep, uint32_t *order, uint32_t *norder, uint64_t *cnt,
                    bool *wide);

/* Replays a witness (concatenated choice fragments) with `run` semantics:
 * choices are taken from the witness, then option 0. */
typedef struct XpReplay {
  const char *witness;
  size_t pos;
  bool mismatch;      /* the witness did not fit the program's choice points */
} XpReplay;
uint32_t xp_replay_choose(void *ctx, ChoiceKind kind, uint32_t n);

/* The length of witness w[0..len) without its trailing default choices
 * (fragments `x0`, which a replay takes anyway), keeping the first
 * fragment: a schedule with choices never gets an empty witness, which
 * reads as "no witness". */
size_t xp_witness_trim(const char *w, size_t len);

#endif
