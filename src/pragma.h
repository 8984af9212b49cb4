/* pragma.h - `//@` pragmas: what a spec file expects of its own behaviour
 * and the host settings it runs under.
 *
 * The lexer keeps every `//@` comment with its position (AstPragma); pg_parse
 * turns them into a PgSpec or reports each unknown or malformed one as a
 * diagnostic pointing at the offending word.  Grammar (one pragma per
 * comment; "TEXT" is a JSON string literal; README.md has examples):
 *
 *   host node                       the host profile (node is the only one)
 *   expect-output                   every schedule prints exactly the `//`
 *                                   comment block right below (or NAME.expected)
 *   expect-outputs N                exactly N distinct outputs
 *   deterministic                   exactly one output
 *   always "A" before "B"           (alias: expect-order) on every schedule
 *                                   printing line B, line A was printed before
 *   never "X"                       no schedule prints the line X
 *   allow KIND...                   findings of these kinds do not fail the check
 *   expect KIND...                  the check fails unless they are found
 *   ideal-time | jitter MS | first-timer-stall MS   the time model
 *   latency fetch|io LO..HI         I/O completes LO..HI ms after it starts
 *   fetch "URL" => JSON | => status N JSON | => fail   fetch answers
 *   unhandled-rejections MODE       as node's --unhandled-rejections
 *
 * Lines are compared as whole lines of stdout, exactly.
 *
 * Ownership: a PgSpec owns its strings (pg_free); pg_apply_host copies what
 * it puts into HostOpts (cli_free_pragma_opts / pg_host_free releases it).
 */
#ifndef TT_PRAGMA_H
#define TT_PRAGMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "diag.h"
#include "findings.h"
#include "host_node.h"
#include "order.h"

/* A pragma's position (1-based line and column of its `//@`). */
typedef struct PgPos {
  uint32_t line, col;
} PgPos;

typedef struct PgOrder {
  char *a, *b;          /* `always "a" before "b"` */
  PgPos at;
} PgOrder;

typedef struct PgNever {
  char *text;
  PgPos at;
} PgNever;

typedef struct PgLatency {
  bool set;
  double lo, hi;        /* ms */
} PgLatency;

typedef struct PgSpec {
  /* expectations */
  bool expect_output;   /* `expect-output` */
  bool output_inline;   /* the expected stdout is the comment block below */
  char *output;         /* that block's text (lines joined, each ending "\n") */
  size_t output_len;
  PgPos output_at;
  int64_t expect_outputs; /* -1: not given */
  PgPos outputs_at;
  bool deterministic;
  PgPos deterministic_at;
  PgOrder *orders;
  uint32_t norders;
  PgNever *nevers;
  uint32_t nnevers;
  FdPolicy policy;      /* defaults with `allow` / `expect` applied */
  PgPos expect_at[FK__COUNT]; /* where `expect KIND` was given */
  /* host settings (only those given) */
  bool ideal_time;
  int64_t jitter, first_stall;     /* -1: not given */
  PgLatency fetch_latency, io_latency;
  FetchDecl *fetches;
  uint32_t nfetches;
  bool unhandled_set;
  UnhandledMode unhandled;
} PgSpec;

/* Parses every pragma of a file.  text/len is the file's source (for the
 * comment blocks of expect-output); errors go to d (one per bad pragma).
 * Returns false when any pragma was bad; *s is usable (and must be freed)
 * either way. */
bool pg_parse(const AstPragmaList *l, const char *text, size_t len, PgSpec *s, DiagList *d);
void pg_free(PgSpec *s);

/* Puts the spec's host settings into o (fetch answers copied). */
void pg_apply_host(const PgSpec *s, HostOpts *o);

/* True when the spec states anything about the program's outputs. */
bool pg_has_output_expectations(const PgSpec *s);

/* A violated expectation: where (the pragma; line 0: the file as a whole),
 * one line of message, and optional detail lines (a diff, a witness). */
typedef struct PgViolation {
  PgPos at;
  char *message;
  char *detail;         /* NULL or text ending in "\n" */
} PgViolation;

typedef struct PgViolations {
  PgViolation *v;
  uint32_t n, cap;
} PgViolations;

void pg_violation_add(PgViolations *l, PgPos at, const char *detail, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void pg_violations_free(PgViolations *l);

/* Adds a violation for every `expect KIND` without a finding of that kind. */
void pg_evaluate_findings(const PgSpec *s, const FdList *found, PgViolations *out);

/* Checks the spec's expectations against the exploration: the listed
 * outputs of r must be every output (r->noutputs equal to the count) for
 * checks over outputs; when the exploration is incomplete only what is
 * already certain is reported.  Returns the number of violations added. */
uint32_t pg_evaluate(const PgSpec *s, const char *file, const XpGraph *g, const XaResult *r, PgViolations *out);

/* Sorts violations by position (stable). */
void pg_violations_sort(PgViolations *l);

/* True when every output of the exploration is listed in r. */
bool pg_all_listed(const XaResult *r);

#endif
