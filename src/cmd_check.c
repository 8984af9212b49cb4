/* cmd_check.c - `ticktock check FILE...` (every schedule, every output,
 * the guaranteed order) and `ticktock graph FILE` (that order as DOT). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "engine.h"
#include "explore.h"
#include "order.h"
#include "report.h"

typedef enum Format { FMT_TEXT, FMT_JSON } Format;

typedef struct CheckOpts {
  XpOpts xp;
  XaOpts xa;
  Format format;
  bool stats;
  bool svg;       /* graph: render with dot -Tsvg */
} CheckOpts;

static void check_help(void) {
  printf("usage: ticktock check [OPTIONS] FILE...\n\n"
         "Explores every schedule node v20 allows for each FILE and reports every\n"
         "output the program can print (with the number of schedules printing it\n"
         "and a witness schedule for `ticktock run --schedule`), the order of\n"
         "lines that holds on every schedule, and whether the program always ends.\n\n"
         "  --format text|json    report format (default text; JSON schema in README)\n"
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
         "  --no-stats            leave the state-space statistics out of the text\n"
         "  --unhandled-rejections=MODE, --stack-limit N, --max-steps N\n"
         "                        as for `ticktock run`\n"
         "  --max-drain N         callbacks one microtask/nextTick drain may run before\n"
         "                        it counts as starving the event loop (default 1000000)\n"
         "  --block-warn MS       a busy-wait on the clock longer than MS ms in one\n"
         "                        synchronous run is reported as blocking (default 100)\n"
         "  -h, --help            show this help\n\n"
         "exit status: 0 every exploration complete, 1 a violation, 2 bad input or\n"
         "usage, 3 an exploration stopped at a bound (the report says which)\n");
}

static void graph_help(void) {
  printf("usage: ticktock graph [OPTIONS] FILE\n\n"
         "Explores FILE like `ticktock check` and prints the guaranteed order of its\n"
         "output lines as a Graphviz DOT graph (an edge a -> b: a is printed before b\n"
         "on every schedule printing both; dashed boxes: lines only some schedules\n"
         "print).\n\n"
         "  --svg                 render the graph with Graphviz's dot as SVG\n"
         "  (and the exploration options of `ticktock check`)\n\n"
         "exit status: 0 ok, 2 bad input or usage (or dot missing with --svg),\n"
         "3 incomplete exploration\n");
}

static bool parse_num(const char *s, double *out) {
  char *end;
  if (!s || !*s || *s == '-') return false;
  *out = strtod(s, &end);
  return *end == '\0' && *out >= 0;
}

/* Options that take a value: --name V or --name=V.  Returns the value or
 * NULL when argv[*i] is not this option. */
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

/* Parses check/graph options; files go to files[].  Returns -1 on a
 * usage error (reported), 1 when help was printed, 0 otherwise. */
static int parse_opts(const char *cmd, int argc, char **argv, CheckOpts *o, const char **files, int *nfiles) {
  static const char *const limits[] = {"--max-states", "--max-depth", "--max-seconds", "--max-outputs"};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      if (!strcmp(cmd, "check")) check_help();
      else graph_help();
      return 1;
    }
    bool missing = false, done = false;
    const char *v = opt_value(argc, argv, &i, "--format", &missing);
    if (v) {
      if (!strcmp(v, "json")) o->format = FMT_JSON;
      else if (!strcmp(v, "text")) o->format = FMT_TEXT;
      else return cli_usage_error(cmd, "unknown format '%s' (text or json)", v), -1;
      continue;
    }
    for (int k = 0; k < 4 && !done && !missing; k++) {
      v = opt_value(argc, argv, &i, limits[k], &missing);
      if (!v) continue;
      double x;
      if (!parse_num(v, &x)) return cli_usage_error(cmd, "%s needs a non-negative number", limits[k]), -1;
      if (k == 0) o->xp.max_states = (uint64_t)x;
      else if (k == 1) o->xp.max_depth = (uint32_t)x;
      else if (k == 2) o->xp.max_seconds = x;
      else o->xa.max_outputs = (uint32_t)x;
      done = true;
    }
    if (missing) return cli_usage_error(cmd, "%s needs a value", a), -1;
    if (done) continue;
    if (!strcmp(a, "--no-stats")) {
      o->stats = false;
      continue;
    }
    if (!strcmp(a, "--svg") && !strcmp(cmd, "graph")) {
      o->svg = true;
      continue;
    }
    int r = cli_host_option(argc, argv, &i, &o->xp.host);
    if (r < 0) return -1;
    if (r > 0) continue;
    if (a[0] == '-' && a[1]) return cli_usage_error(cmd, "unknown option '%s'", a), -1;
    files[(*nfiles)++] = a;
  }
  if (*nfiles == 0) return cli_usage_error(cmd, "%s", "no input file"), -1;
  return 0;
}

static void opts_default(CheckOpts *o) {
  memset(o, 0, sizeof *o);
  xp_opts_default(&o->xp);
  o->xa.max_outputs = 100;
  o->xa.max_enumerate = 10000;
  o->stats = true;
}

/* Explores one file.  On success fills *g and *r (caller frees) and
 * returns EXIT_OK; otherwise reports and returns the exit status. */
static int explore_file(const char *file, const CheckOpts *o, XpGraph **g, XaResult **r) {
  Engine e;
  DiagList d;
  diag_init(&d);
  char io_err[512] = "";
  if (!engine_load(&e, file, &d, io_err, sizeof io_err)) {
    int status = cli_report_load_failure(&e, &d, io_err);
    diag_free(&d);
    engine_free(&e);
    return status;
  }
  diag_free(&d);
  XpOpts xo = o->xp;
  cli_apply_pragmas(&e, &xo.host);
  xo.progress = isatty(STDERR_FILENO);
  *g = xp_explore(&e, &xo);
  cli_free_pragma_opts(&xo.host);
  engine_free(&e);
  if (!*g) {
    fprintf(stderr, "ticktock: internal error: the runtime prelude failed to start\n");
    return 70;
  }
  XaOpts xa = o->xa;
  if (xa.max_enumerate < xa.max_outputs) xa.max_enumerate = xa.max_outputs;
  *r = xa_analyze(*g, &xa);
  return EXIT_OK;
}

static int status_of(const XpGraph *g) { return g->complete ? EXIT_OK : EXIT_INCOMPLETE; }

/* Worst status first: bad input, violation, incomplete, ok. */
static int combine(int a, int b) {
  static const int rank[] = {0, 2, 3, 1};
  int ra = a >= 0 && a <= 3 ? rank[a] : 4, rb = b >= 0 && b <= 3 ? rank[b] : 4;
  return ra >= rb ? a : b;
}

int cmd_check(int argc, char **argv) {
  CheckOpts o;
  opts_default(&o);
  const char **files = malloc(sizeof(char *) * (size_t)argc);
  int nfiles = 0;
  int p = parse_opts("check", argc, argv, &o, files, &nfiles);
  if (p != 0) {
    free(files);
    return p > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  int status = EXIT_OK;
  bool array = o.format == FMT_JSON && nfiles > 1;
  int printed = 0;
  if (array) fputs("[\n", stdout);
  for (int i = 0; i < nfiles; i++) {
    XpGraph *g = NULL;
    XaResult *r = NULL;
    int s = explore_file(files[i], &o, &g, &r);
    if (s == EXIT_OK) {
      Report rp = {files[i], "node20", g, r, o.xp.host.jitter, o.xa.max_outputs, o.stats};
      if (o.format == FMT_JSON) {
        if (array && printed++) fputs(",\n", stdout);
        rp_json(stdout, &rp);
      } else {
        if (printed++) fputc('\n', stdout);
        rp_text(stdout, &rp);
      }
      s = status_of(g);
    }
    status = combine(status, s);
    xa_free(r);
    xp_free(g);
    fflush(stdout);
  }
  if (array) fputs("]\n", stdout);
  free(files);
  return status;
}

/* Pipes the DOT text through `dot -Tsvg`. */
static int render_svg(const Report *rp) {
  FILE *p = popen("dot -Tsvg", "w");
  if (!p) {
    fprintf(stderr, "ticktock: error: cannot run Graphviz 'dot'\n");
    return EXIT_BAD_INPUT;
  }
  rp_dot(p, rp);
  int rc = pclose(p);
  if (rc != 0) {
    fprintf(stderr, "ticktock: error: Graphviz 'dot' failed (is graphviz installed?)\n");
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

int cmd_graph(int argc, char **argv) {
  CheckOpts o;
  opts_default(&o);
  const char **files = malloc(sizeof(char *) * (size_t)argc);
  int nfiles = 0;
  int p = parse_opts("graph", argc, argv, &o, files, &nfiles);
  if (p == 0 && nfiles > 1) p = -1, cli_usage_error("graph", "%s", "graph takes one FILE");
  if (p != 0) {
    free(files);
    return p > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  XpGraph *g = NULL;
  XaResult *r = NULL;
  int s = explore_file(files[0], &o, &g, &r);
  if (s == EXIT_OK) {
    Report rp = {files[0], "node20", g, r, o.xp.host.jitter, o.xa.max_outputs, false};
    if (o.svg) s = render_svg(&rp);
    else rp_dot(stdout, &rp);
    if (s == EXIT_OK) s = status_of(g);
  }
  xa_free(r);
  xp_free(g);
  free(files);
  return s;
}
