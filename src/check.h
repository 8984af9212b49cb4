/* check.h - checking one spec file, shared by `check`, `graph`, `fixture`
 * and `validate`: load, read its pragmas and fixture, explore, analyse,
 * find problems, evaluate the expectations, decide the exit status.
 *
 * Ownership: a ChkSpec owns everything it holds (chk_spec_free); it
 * borrows the file name and the options.
 */
#ifndef TT_CHECK_H
#define TT_CHECK_H

#include <stdbool.h>

#include "cli.h"
#include "diag.h"
#include "explore.h"
#include "findings.h"
#include "fixture.h"
#include "order.h"
#include "pragma.h"

typedef enum ChkFormat { FMT_TEXT, FMT_JSON, FMT_GCC, FMT_JUNIT } ChkFormat;

typedef struct ChkOpts {
  XpOpts xp;              /* exploration bounds; xp.host: the host settings before the
                             pragmas (defaults; the fuzz harness tightens limits) */
  XaOpts xa;
  CliHostArgs host;       /* command-line host options (applied after pragmas) */
  bool allow[FK__COUNT];  /* --allow KIND */
  ChkFormat format;
  bool stats;
  int jobs;
} ChkOpts;

void chk_opts_default(ChkOpts *o);
void chk_opts_free(ChkOpts *o);

/* Options every exploring command takes (bounds, time model, host, --allow):
 * 1 consumed, 0 not one of them, -1 error (reported). */
int chk_option(const char *cmd, int argc, char **argv, int *i, ChkOpts *o);
/* The help text of those options. */
extern const char chk_options_help[];

enum {
  CHK_EVALUATE = 1,   /* findings and expectations (else only explore) */
  CHK_ALL_OUTPUTS = 2 /* list every output (fixtures) */
};

typedef struct ChkSpec {
  const char *file;
  int status;             /* EXIT_OK, EXIT_VIOLATION, EXIT_BAD_INPUT, EXIT_INCOMPLETE, 70 */
  char io_err[600];       /* a file that cannot be read */
  DiagList diags;         /* why it could not be checked */
  char *src;              /* the file's text (for diagnostics) */
  size_t src_len;
  PgSpec pg;
  HostOpts host;          /* the settings it ran with */
  FdPolicy policy;
  XpGraph *g;
  XaResult *r;
  FdList findings;
  PgViolations violations;
  bool has_fixture;
  FxSet fixture;
} ChkSpec;

/* Checks one file; s->status says how it went. */
void chk_spec(const char *file, const ChkOpts *o, int flags, ChkSpec *s);
void chk_spec_free(ChkSpec *s);

/* Prints why s could not be checked (status EXIT_BAD_INPUT) in the
 * diagnostic format. */
void chk_print_errors(FILE *f, const ChkSpec *s);

/* "deterministic" / "3 possible outputs" / "incomplete (...)". */
void chk_summary(Buf *b, const ChkSpec *s);

#endif
