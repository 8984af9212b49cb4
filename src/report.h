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

#include "diag.h"
#include "explore.h"
#include "findings.h"
#include "order.h"
#include "pragma.h"

typedef struct Report {
  const char *file;
  const char *host;        /* profile name, e.g. "node20" */
  const XpGraph *g;
  const XaResult *r;
  uint32_t jitter;         /* the time model used (ms a synchronous run may cross) */
  uint32_t first_stall;    /* and the first timer's set-up stall (ms) */
  uint32_t max_outputs;    /* outputs printed in the text and JSON reports */
  bool show_stats;
  /* the verdict (NULL / 0 when not checked) */
  const FdList *findings;
  const PgViolations *violations;
  const char *src;         /* the file's text, for source lines under messages */
  size_t src_len;
  int status;              /* exit status of this file: 0 ok, 1 violation, 3 incomplete */
} Report;

void rp_text(FILE *f, const Report *rp);
/* Does o print an unknown Math.random() number (the `<random>`
 * placeholder): one text standing for infinitely many outputs? */
bool rp_value_dependent(const XaOutput *o);
void rp_json(FILE *f, const Report *rp);
void rp_dot(FILE *f, const Report *rp);

/* The same reports into a buffer; indent prefixes every JSON line after
 * the first (for a report nested in a document). */
void rp_text_buf(Buf *b, const Report *rp);
void rp_json_buf(Buf *b, const Report *rp, const char *indent);

/* Findings and violated expectations the way a compiler prints errors:
 * "file:line:col: error: message", the source line and a caret, notes. */
void rp_problems(Buf *b, const Report *rp);
/* One "file:line:col: severity: message" line per finding and violation
 * (line 1, column 1 for the file as a whole), for editors and CI. */
void rp_gcc(Buf *b, const Report *rp);
/* Counts: error-severity findings, other findings, violations. */
void rp_counts(const Report *rp, uint32_t *errors, uint32_t *others, uint32_t *violations);
/* "passed", "failed", "incomplete" or "error" for an exit status. */
const char *rp_status_name(int status);
/* Diagnostics (from loading a file) as JSON objects {"file","line","col",
 * "severity","message"}, comma-separated. */
void rp_json_diags(Buf *b, const char *file, const DiagList *d, const char *indent);
/* Appends s as XML character data (attribute-safe). */
void rp_xml_text(Buf *b, const char *s, size_t n);

/* Appends s[0..n) as a JSON string literal (quotes included). */
void rp_json_string(Buf *b, const char *s, size_t n);

#endif
