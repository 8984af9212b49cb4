/* order.h - what the state graph says: the distinct complete outputs (with
 * exact counts), the schedules behind each, a witness for each listed
 * output, which lines every schedule prints, and the guaranteed order.
 *
 * A schedule is a path of transitions from the initial state to a final
 * state, i.e. one sequence of host choices; a complete output is the
 * stdout of a schedule plus its exit code.  Outputs are compared line by
 * line: the graph is read as an automaton over output lines and made
 * deterministic on the fly, so equal outputs reached by different paths are
 * counted once, exactly, without listing them.
 *
 * Ownership: an XaResult owns its contents (xa_free).
 */
#ifndef TT_ORDER_H
#define TT_ORDER_H

#include <stdbool.h>
#include <stdint.h>

#include "bignum.h"
#include "explore.h"

typedef struct XaOutput {
  char *out;        /* stdout */
  size_t out_len;
  char *err;        /* stderr of the witness schedule */
  size_t err_len;
  int exit_code;
  uint8_t flags;    /* XS_FATAL, XS_BLOCKED, XS_UNSUPPORTED of the final state */
  BigNum schedules;
  char *witness;
  uint32_t seq;     /* enumeration order (ties in the listing keep it) */
} XaOutput;

typedef struct XaLine {
  char *text;       /* without the newline */
  uint32_t occ;     /* 1 for the first time the text is printed, 2 ... */
  bool always;      /* printed on every schedule */
} XaLine;

enum { REL_NONE, REL_BEFORE, REL_AFTER, REL_UNORDERED };

typedef struct XaResult {
  bool cyclic;            /* some schedule can loop: infinitely many schedules */
  bool nonterminating;    /* some reachable state never reaches an end */
  bool count_exact;       /* output_count is exact (else a lower bound) */
  bool count_infinite;
  BigNum output_count;
  BigNum schedules;
  bool schedules_infinite;
  XaOutput *outputs;      /* listed outputs, most schedules first */
  uint32_t noutputs;
  XaLine *lines;
  uint32_t nlines;
  uint8_t *rel;           /* nlines x nlines: relation of line i to line j */
  uint32_t (*hasse)[2];   /* covering pairs of "always before" */
  uint32_t nhasse;
  bool order_exact;       /* computed over every output (else per first occurrence) */
  uint32_t final_states;
  /* when every state can reach an end and no schedule loops: the states
   * in topological order (xp_topo_order's), which findings.c reuses */
  uint32_t *topo;
} XaResult;

typedef struct XaOpts {
  uint32_t max_outputs;   /* outputs listed (the count stays exact) */
  uint32_t max_enumerate; /* outputs enumerated for exact orders */
} XaOpts;

XaResult *xa_analyze(const XpGraph *g, const XaOpts *o);
void xa_free(XaResult *r);

#endif
