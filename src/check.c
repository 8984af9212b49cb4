/* check.c - checking one spec file; see check.h. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "engine.h"
#include "report.h"

enum { ALL_OUTPUTS = 10000 }; /* outputs listed when every one is needed */

const char chk_options_help[] =
    "  --max-states N        stop after N distinct states (default 2000000)\n"
    "  --max-depth N         do not expand states deeper than N transitions\n"
    "  --max-seconds S       stop exploring after S seconds\n"
    "  --max-outputs N       list at most N outputs (default 100; the count\n"
    "                        stays exact)\n"
    "  --jitter MS           the time model: a synchronous run may cross MS\n"
    "                        millisecond boundaries of node's clock (default 1)\n"
    "  --first-timer-stall MS  the first timer a process creates may take up to\n"
    "                        MS ms to set up (node's lazy timer start, default 8)\n"
    "  --ideal-time          the textbook model: synchronous code takes no time\n"
    "                        (--jitter 0 --first-timer-stall 0)\n"
    "  --allow KIND          findings of this kind do not fail the check\n"
    "  --unhandled-rejections=MODE, --stack-limit N, --max-steps N\n"
    "                        as for `ticktock run`\n"
    "  --max-drain N         callbacks one microtask/nextTick drain may run before\n"
    "                        it counts as starving the event loop (default 1000000)\n"
    "  --block-warn MS       a busy-wait on the clock longer than MS ms in one\n"
    "                        synchronous run is reported as blocking (default 100)\n"
    "  --no-reduction        run every transition (no partial-order reduction:\n"
    "                        the same report, slower)\n"
    "  --check-reduction     also run every transition the reduction adds (and\n"
    "                        every state it skips), and stop with an internal\n"
    "                        error if one differs\n"
    "  (command-line options win over the file's //@ pragmas)\n";

void chk_opts_default(ChkOpts *o) {
  memset(o, 0, sizeof *o);
  xp_opts_default(&o->xp);
  o->xa.max_outputs = 100;
  o->xa.max_enumerate = 10000;
  o->stats = true;
  o->jobs = 1;
}

void chk_opts_free(ChkOpts *o) { cli_host_args_free(&o->host); }

static bool parse_num(const char *s, double *out) {
  char *end;
  if (!s || !*s || *s == '-') return false;
  *out = strtod(s, &end);
  return *end == '\0' && *out >= 0;
}

/* --name V or --name=V: the value, or NULL when argv[*i] is not this
 * option (*missing when it is but has no value). */
static const char *opt_value(int argc, char **argv, int *i, const char *name, bool *missing) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n) != 0) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n] != '\0') return NULL;
  if (*i + 1 >= argc) {
    *missing = true;
    return NULL;
  }
  return argv[++*i];
}

int chk_option(const char *cmd, int argc, char **argv, int *i, ChkOpts *o) {
  static const char *const limits[] = {"--max-states", "--max-depth", "--max-seconds", "--max-outputs"};
  bool missing = false;
  const char *a = argv[*i];
  for (int k = 0; k < 4; k++) {
    const char *v = opt_value(argc, argv, i, limits[k], &missing);
    if (missing) return cli_usage_error(cmd, "%s needs a value", a), -1;
    if (!v) continue;
    double x;
    if (!parse_num(v, &x)) return cli_usage_error(cmd, "%s needs a non-negative number", limits[k]), -1;
    if (k == 0) o->xp.max_states = (uint64_t)x;
    else if (k == 1) o->xp.max_depth = (uint32_t)x;
    else if (k == 2) o->xp.max_seconds = x;
    else o->xa.max_outputs = (uint32_t)x;
    return 1;
  }
  if (!strcmp(a, "--no-reduction") || !strcmp(a, "--check-reduction")) {
    o->xp.por = a[2] == 'c';
    o->xp.verify_por = a[2] == 'c';
    return 1;
  }
  const char *v = opt_value(argc, argv, i, "--allow", &missing);
  if (missing) return cli_usage_error(cmd, "%s needs a finding kind", a), -1;
  if (v) {
    FindingKind k;
    if (!fd_kind_from_name(v, &k)) return cli_usage_error(cmd, "unknown finding kind '%s'", v), -1;
    o->allow[k] = true;
    return 1;
  }
  return cli_host_option_keep(argc, argv, i, &o->xp.host, &o->host);
}

/* --- one spec ---------------------------------------------------------------------- */

static void fail_input(ChkSpec *s, PgPos at, const char *fmt, const char *arg) {
  char msg[700];
  snprintf(msg, sizeof msg, fmt, arg);
  SrcSpan sp = {0, 0, at.line, at.col};
  if (at.line && s->src) { /* point at the pragma */
    uint32_t off = 0, line = 1;
    while (off < s->src_len && line < at.line) line += s->src[off++] == '\n';
    sp = diag_span_at(s->src, s->src_len, off + at.col - 1);
    sp.end = sp.start + 3;
  }
  diag_add(&s->diags, DIAG_ERROR, sp, "%s", msg);
  s->status = EXIT_BAD_INPUT;
}

/* Reads NAME.expected when it exists. */
static void load_fixture(ChkSpec *s) {
  char *path = fx_path_for(s->file);
  size_t len;
  bool exists;
  char *text = fx_read_file(path, &len, &exists);
  if (text) {
    char err[300];
    if (fx_parse(text, len, &s->fixture, err, sizeof err)) s->has_fixture = true;
    else {
      char msg[700];
      snprintf(msg, sizeof msg, "malformed fixture '%s': %s", path, err);
      fail_input(s, (PgPos){0, 0}, "%s", msg);
    }
  } else if (exists) {
    fail_input(s, (PgPos){0, 0}, "cannot read the fixture '%s'", path);
  } else if (s->pg.expect_output && !s->pg.output_inline) {
    char msg[700];
    snprintf(msg, sizeof msg,
             "'expect-output' needs the expected output: '//' comment lines right below it, or the fixture "
             "'%s' (ticktock fixture --update)", path);
    fail_input(s, s->pg.output_at, "%s", msg);
  }
  free(text);
  free(path);
}

/* Loads, reads pragmas and (to evaluate) the fixture; false when the file
 * cannot be checked. */
static bool prepare(ChkSpec *s, const ChkOpts *o, int flags, Engine *e) {
  if (!engine_load(e, s->file, &s->diags, s->io_err, sizeof s->io_err)) {
    s->status = EXIT_BAD_INPUT;
    if (e->prog) {
      DiagSource src = engine_source(e);
      s->src = xmalloc(src.len + 1);
      memcpy(s->src, src.text, src.len);
      s->src[src.len] = '\0';
      s->src_len = src.len;
    }
    return false;
  }
  DiagSource src = engine_source(e);
  s->src = xmalloc(src.len + 1);
  memcpy(s->src, src.text, src.len);
  s->src[src.len] = '\0';
  s->src_len = src.len;
  if (!pg_parse(&e->pragmas, src.text, src.len, &s->pg, &s->diags)) {
    s->status = EXIT_BAD_INPUT;
    return false;
  }
  s->host = o->xp.host; /* the explorer's defaults (a step bound) and any limits set by the caller */
  pg_apply_host(&s->pg, &s->host);
  cli_host_args_apply(&o->host, &s->host);
  s->policy = s->pg.policy;
  for (int k = 0; k < FK__COUNT; k++)
    if (o->allow[k]) s->policy.error[k] = false;
  if (flags & CHK_EVALUATE) load_fixture(s);
  return s->status != EXIT_BAD_INPUT;
}

static void compare_outputs(ChkSpec *s, const FxSet *want, PgPos at, const char *what) {
  if (!pg_all_listed(s->r)) {
    pg_violation_add(&s->violations, at, NULL,
                     "cannot compare with %s: too many possible outputs to list (more than %u)", what,
                     s->r->noutputs);
    return;
  }
  FxSet got = {0}; /* in the report's order, so "output K" means the same in both */
  for (uint32_t i = 0; i < s->r->noutputs; i++)
    fx_add(&got, s->r->outputs[i].out, s->r->outputs[i].out_len, s->r->outputs[i].exit_code);
  Buf diff;
  buf_init(&diff);
  uint32_t n = fx_compare(want, &got, s->g->complete, what, &diff);
  if (n) pg_violation_add(&s->violations, at, diff.data, "the output differs from %s", what);
  buf_free(&diff);
  fx_free(&got);
}

static void evaluate(ChkSpec *s) {
  fd_analyze(s->g, s->r, &s->policy, &s->findings);
  pg_evaluate_findings(&s->pg, &s->findings, &s->violations);
  pg_evaluate(&s->pg, s->file, s->g, s->r, &s->violations);
  if (s->pg.output_inline) {
    FxSet want = {0};
    fx_add(&want, s->pg.output, s->pg.output_len, 0);
    want.any_exit = true;
    compare_outputs(s, &want, s->pg.output_at, "the expected output (expect-output)");
    fx_free(&want);
  }
  if (s->has_fixture) {
    char *path = fx_path_for(s->file);
    const char *base = strrchr(path, '/');
    char what[600];
    snprintf(what, sizeof what, "the fixture %s", base ? base + 1 : path);
    compare_outputs(s, &s->fixture, s->pg.expect_output && !s->pg.output_inline ? s->pg.output_at : (PgPos){0, 0},
                    what);
    free(path);
  }
}

/* A program that reached something ticktock does not model on some
 * schedule cannot be checked: its outputs there would be ticktock's
 * error, not node's (exit 2, like an unsupported construct found before
 * running).  True when that happened (reported). */
static bool reached_unsupported(ChkSpec *s) {
  FdUnsupported u[8];
  uint32_t n = fd_unsupported(s->g, u, 8);
  for (uint32_t i = 0; i < n; i++) {
    SrcSpan sp = {0, 0, u[i].line, u[i].col};
    uint32_t off = 0, line = 1;
    while (off < s->src_len && line < u[i].line) line += s->src[off++] == '\n';
    if (line == u[i].line && u[i].col >= 1) sp = diag_span_at(s->src, s->src_len, off + u[i].col - 1);
    diag_add(&s->diags, DIAG_ERROR, sp, "unsupported: %s (reached when the program runs)", u[i].what);
    free(u[i].what);
  }
  if (n) s->status = EXIT_BAD_INPUT;
  return n > 0;
}

void chk_spec(const char *file, const ChkOpts *o, int flags, ChkSpec *s) {
  memset(s, 0, sizeof *s);
  s->file = file;
  diag_init(&s->diags);
  Engine e;
  if (!prepare(s, o, flags, &e)) {
    engine_free(&e);
    return;
  }
  XpOpts xo = o->xp;
  xo.host = s->host;
  xo.progress = o->jobs <= 1 && isatty(STDERR_FILENO);
  s->g = xp_explore(&e, &xo);
  engine_free(&e);
  if (!s->g) {
    fail_input(s, (PgPos){0, 0}, "%s", "internal error: the runtime prelude failed to start");
    s->status = 70;
    return;
  }
  if (reached_unsupported(s)) return;
  XaOpts xa = o->xa;
  if ((flags & CHK_ALL_OUTPUTS) || s->has_fixture || pg_has_output_expectations(&s->pg)) {
    if (xa.max_outputs < ALL_OUTPUTS) xa.max_outputs = ALL_OUTPUTS;
  }
  if (xa.max_enumerate < xa.max_outputs) xa.max_enumerate = xa.max_outputs;
  s->r = xa_analyze(s->g, &xa);
  if (flags & CHK_EVALUATE) {
    evaluate(s);
    pg_violations_sort(&s->violations);
  }
  if (s->violations.n || fd_violates(&s->findings, &s->policy)) s->status = EXIT_VIOLATION;
  else s->status = s->g->complete ? EXIT_OK : EXIT_INCOMPLETE;
}

void chk_spec_free(ChkSpec *s) {
  diag_free(&s->diags);
  free(s->src);
  pg_free(&s->pg);
  cli_free_pragma_opts(&s->host);
  xa_free(s->r);
  xp_free(s->g);
  fd_list_free(&s->findings);
  pg_violations_free(&s->violations);
  fx_free(&s->fixture);
  memset(s, 0, sizeof *s);
}

void chk_print_errors(FILE *f, const ChkSpec *s) {
  if (s->io_err[0]) {
    fprintf(f, "ticktock: error: %s\n", s->io_err);
    return;
  }
  DiagSource src = {s->file, s->src, s->src_len};
  diag_print(f, &src, &s->diags);
  diag_print_summary(f, &s->diags);
}

void chk_summary(Buf *b, const ChkSpec *s) {
  if (s->status == EXIT_BAD_INPUT || !s->r) {
    buf_puts(b, s->io_err[0] ? "cannot be read" : "cannot be checked");
    return;
  }
  const XaResult *r = s->r;
  BigNum one;
  big_init(&one);
  big_set_u64(&one, 1);
  bool single = r->count_exact && !r->count_infinite && big_cmp(&r->output_count, &one) == 0;
  big_free(&one);
  if (single && s->g->complete && r->noutputs && rp_value_dependent(&r->outputs[0]))
    buf_puts(b, "one output, its text value-dependent");
  else if (single && s->g->complete) buf_puts(b, "deterministic");
  else {
    if (!r->count_exact || !s->g->complete) buf_puts(b, "at least ");
    if (r->count_infinite) buf_puts(b, "infinitely many");
    else big_to_string(&r->output_count, b);
    buf_puts(b, single ? " output" : " possible outputs");
  }
  if (!s->g->complete) buf_printf(b, " (%s)", s->g->incomplete_reason);
  uint32_t errors = 0, warnings = 0, notes = 0;
  for (uint32_t i = 0; i < s->findings.n; i++) {
    if (s->findings.v[i].severity == FD_ERROR) errors++;
    else if (s->findings.v[i].severity == FD_WARNING) warnings++;
    else notes++;
  }
  if (s->violations.n)
    buf_printf(b, "; %u expectation%s violated", s->violations.n, s->violations.n == 1 ? "" : "s");
  if (errors) buf_printf(b, "; %u error finding%s", errors, errors == 1 ? "" : "s");
  if (warnings) buf_printf(b, "; %u warning%s", warnings, warnings == 1 ? "" : "s");
  if (notes) buf_printf(b, "; %u note%s", notes, notes == 1 ? "" : "s");
}
