/* report.h - what `ticktock check` and `ticktock graph` print: the text
 * report, the JSON report (schema in README.md) and Graphviz DOT of the
 * guaranteed order.  Reports are deterministic: the same program and
 * options give the same bytes (timing appears only in the text report).
 *
 * Ownership: a Report borrows everything it points to.
 */
#ifndef TT_REPORT_H
#define TT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "explore.h"
#include "order.h"

typedef struct Report {
  const char *file;
  const char *host;        /* profile name, e.g. "node20" */
  const XpGraph *g;
  const XaResult *r;
  uint32_t jitter;         /* the time model used (ms a synchronous run may cross) */
  uint32_t max_outputs;    /* outputs printed in the text report */
  bool show_stats;
} Report;

void rp_text(FILE *f, const Report *rp);
void rp_json(FILE *f, const Report *rp);
void rp_dot(FILE *f, const Report *rp);

/* Appends s[0..n) as a JSON string literal (quotes included). */
void rp_json_string(Buf *b, const char *s, size_t n);

#endif
