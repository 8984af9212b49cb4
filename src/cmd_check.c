/* cmd_check.c - `ticktock check FILE|DIR...` (every schedule, every output,
 * the guaranteed order, findings, expectations) and `ticktock graph FILE`
 * (that order as DOT).
 *
 * One file: its full report.  Several files or a directory (CI mode): one
 * line per spec and a summary, or one JSON / JUnit document, or gcc-style
 * lines.  Specs are checked by -j N worker processes; each renders its
 * part of the output into a temporary file, printed in spec order so the
 * output does not depend on timing.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "check.h"
#include "report.h"

typedef struct CmdOpts {
  ChkOpts c;
  bool svg; /* graph: render with dot -Tsvg */
} CmdOpts;

static void check_help(void) {
  printf("usage: ticktock check [OPTIONS] FILE|DIR...\n\n"
         "Explores every schedule node v20 allows for each FILE and reports every\n"
         "output the program can print (with the number of schedules printing it\n"
         "and a witness schedule for `ticktock run --schedule`), the order of\n"
         "lines that holds on every schedule, findings, and whether the file's\n"
         "expectations hold: its //@ pragmas and its fixture NAME.expected.\n\n"
         "With several files or a directory (searched recursively for .js and .mjs\n"
         "files) it prints one line per spec and a summary 'N passed, N failed'.\n\n"
         "  --format FORMAT       text (default), json (one document; schema in\n"
         "                        README), junit (JUnit XML), gcc (file:line:col:\n"
         "                        error: lines)\n"
         "  -j N, --jobs N        check N specs in parallel (processes)\n"
         "  --no-stats            leave the state-space statistics out of the text\n"
         "%s"
         "  -h, --help            show this help\n\n"
         "exit status: 0 every spec passed, 1 an expectation or finding failed,\n"
         "2 bad input or usage, 3 an exploration stopped at a bound (the report\n"
         "says which)\n",
         chk_options_help);
}

static void graph_help(void) {
  printf("usage: ticktock graph [OPTIONS] FILE\n\n"
         "Explores FILE like `ticktock check` and prints the guaranteed order of its\n"
         "output lines as a Graphviz DOT graph (an edge a -> b: a is printed before b\n"
         "on every schedule printing both; dashed boxes: lines only some schedules\n"
         "print).\n\n"
         "  --svg                 render the graph with Graphviz's dot as SVG\n"
         "%s"
         "  -h, --help            show this help\n\n"
         "exit status: 0 ok, 2 bad input or usage (or dot missing with --svg),\n"
         "3 incomplete exploration\n",
         chk_options_help);
}

/* Parses check/graph options; files go to files[].  Returns -1 on a
 * usage error (reported), 1 when help was printed, 0 otherwise. */
static int parse_opts(const char *cmd, int argc, char **argv, CmdOpts *o, const char **files, int *nfiles) {
  bool check = !strcmp(cmd, "check");
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      if (check) check_help();
      else graph_help();
      return 1;
    }
    if (!strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
      const char *v = a[8] == '=' ? a + 9 : i + 1 < argc ? argv[++i] : NULL;
      if (!v) return cli_usage_error(cmd, "%s", "--format needs a value (text, json, junit or gcc)"), -1;
      if (!strcmp(v, "json")) o->c.format = FMT_JSON;
      else if (!strcmp(v, "text")) o->c.format = FMT_TEXT;
      else if (!strcmp(v, "junit") && check) o->c.format = FMT_JUNIT;
      else if (!strcmp(v, "gcc") && check) o->c.format = FMT_GCC;
      else return cli_usage_error(cmd, "unknown format '%s' (text, json, junit or gcc)", v), -1;
      continue;
    }
    if (!strcmp(a, "--no-stats")) {
      o->c.stats = false;
      continue;
    }
    if (!strcmp(a, "--svg") && !check) {
      o->svg = true;
      continue;
    }
    int r = check ? cli_jobs_option(cmd, argc, argv, &i, &o->c.jobs) : 0;
    if (r == 0) r = chk_option(cmd, argc, argv, &i, &o->c);
    if (r < 0) return -1;
    if (r > 0) continue;
    if (a[0] == '-' && a[1]) return cli_usage_error(cmd, "unknown option '%s'", a), -1;
    files[(*nfiles)++] = a;
  }
  if (*nfiles == 0) return cli_usage_error(cmd, "%s", "no input file"), -1;
  return 0;
}

static Report report_of(const ChkSpec *s, const ChkOpts *o) {
  Report rp = {s->file, "node20", s->g, s->r, s->host.jitter, s->host.first_stall, o->xa.max_outputs, o->stats,
               &s->findings, &s->violations, s->src, s->src_len, s->status};
  return rp;
}

/* --- one spec's part of the output ------------------------------------------------------ */

/* What chk_print_errors prints, as a string. */
static void errors_text(Buf *b, const ChkSpec *s) {
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);
  if (!m) return;
  chk_print_errors(m, s);
  fclose(m);
  buf_append(b, text, len);
  free(text);
}

/* gcc-style lines for a file that could not be checked. */
static void errors_gcc(Buf *b, const ChkSpec *s) {
  if (s->io_err[0]) buf_printf(b, "%s:1:1: error: %s\n", s->file, s->io_err);
  for (uint32_t i = 0; i < s->diags.len; i++) {
    const Diag *d = &s->diags.items[i];
    buf_printf(b, "%s:%u:%u: error: %s\n", s->file, d->span.line ? d->span.line : 1, d->span.line ? d->span.col : 1,
               d->msg);
  }
}

static void part_text(Buf *b, const ChkSpec *s, const ChkOpts *o, bool ci) {
  if (!ci) { /* the full report */
    Report rp = report_of(s, o);
    rp_text_buf(b, &rp);
    return;
  }
  static const char *const tags[] = {"PASS", "FAIL", "ERROR", "INCOMPLETE"};
  buf_printf(b, "%-5s %s: ", s->status <= 3 ? tags[s->status] : "ERROR", s->file);
  chk_summary(b, s);
  buf_putc(b, '\n');
  if (s->status == EXIT_BAD_INPUT || !s->r) errors_text(b, s);
  else if (s->status == EXIT_VIOLATION || s->findings.n) {
    Report rp = report_of(s, o);
    rp_problems(b, &rp);
  }
}

static void part_json(Buf *b, const ChkSpec *s, const ChkOpts *o, bool ci) {
  const char *indent = ci ? "    " : NULL;
  if (s->r) {
    Report rp = report_of(s, o);
    if (ci) buf_puts(b, "    ");
    rp_json_buf(b, &rp, indent);
    if (b->len && b->data[b->len - 1] == '\n') b->len--;
    return;
  }
  buf_printf(b, "%s{\"file\": ", ci ? "    " : "");
  rp_json_string(b, s->file, strlen(s->file));
  buf_printf(b, ", \"status\": \"error\", \"errors\": [");
  if (s->io_err[0]) {
    buf_puts(b, "{\"file\": ");
    rp_json_string(b, s->file, strlen(s->file));
    buf_puts(b, ", \"line\": null, \"col\": null, \"severity\": \"error\", \"message\": ");
    rp_json_string(b, s->io_err, strlen(s->io_err));
    buf_puts(b, "}");
  }
  rp_json_diags(b, s->file, &s->diags, ci ? "      " : "  ");
  buf_puts(b, ci ? "\n    ]}" : "\n]}\n");
}

static void part_gcc(Buf *b, const ChkSpec *s, const ChkOpts *o) {
  if (!s->r) {
    errors_gcc(b, s);
    return;
  }
  Report rp = report_of(s, o);
  rp_gcc(b, &rp);
  if (!s->g->complete) buf_printf(b, "%s:1:1: warning: exploration incomplete: %s\n", s->file, s->g->incomplete_reason);
}

static void part_junit(Buf *b, const ChkSpec *s, const ChkOpts *o) {
  buf_puts(b, "    <testcase classname=\"ticktock.check\" name=\"");
  rp_xml_text(b, s->file, strlen(s->file));
  buf_puts(b, "\"");
  if (s->status == EXIT_OK) {
    buf_puts(b, "/>\n");
    return;
  }
  Buf detail, summary;
  buf_init(&detail);
  buf_init(&summary);
  chk_summary(&summary, s);
  if (!s->r) errors_text(&detail, s);
  else {
    Report rp = report_of(s, o);
    rp_problems(&detail, &rp);
  }
  const char *tag = s->status == EXIT_VIOLATION ? "failure" : s->status == EXIT_INCOMPLETE ? "skipped" : "error";
  buf_printf(b, ">\n      <%s message=\"", tag);
  rp_xml_text(b, summary.data ? summary.data : "", summary.len);
  buf_printf(b, "\" type=\"%s\">", rp_status_name(s->status));
  rp_xml_text(b, detail.data ? detail.data : "", detail.len);
  buf_printf(b, "</%s>\n    </testcase>\n", tag);
  buf_free(&detail);
  buf_free(&summary);
}

/* Checks one spec and renders its part: status in *status. */
static void check_part(const char *file, const ChkOpts *o, bool ci, Buf *b, int *status) {
  ChkSpec s;
  chk_spec(file, o, CHK_EVALUATE, &s);
  *status = s.status;
  switch (o->format) {
  case FMT_TEXT:
    if (!ci && !s.r) chk_print_errors(stderr, &s);
    else part_text(b, &s, o, ci);
    break;
  case FMT_JSON:
    if (!ci && !s.r) chk_print_errors(stderr, &s);
    else part_json(b, &s, o, ci);
    break;
  case FMT_GCC: part_gcc(b, &s, o); break;
  case FMT_JUNIT: part_junit(b, &s, o); break;
  }
  chk_spec_free(&s);
}

/* --- running many specs ------------------------------------------------------------------- */

typedef struct Part {
  Buf text;
  int status;
} Part;

static void part_to_file(FILE *f, const Part *p) {
  fprintf(f, "%d\n", p->status);
  fwrite(p->text.data ? p->text.data : "", 1, p->text.len, f);
  fflush(f);
}

static bool part_from_file(FILE *f, Part *p) {
  rewind(f);
  if (fscanf(f, "%d", &p->status) != 1 || fgetc(f) != '\n') return false;
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(&p->text, chunk, n);
  return true;
}

typedef struct Worker {
  pid_t pid;
  int spec;
  FILE *out;
} Worker;

static void show_progress(int done, int total, struct timespec t0, bool *shown) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  double el = (double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9;
  if (el < 1.0) return;
  fprintf(stderr, "\rticktock: %d of %d specs checked, %.1fs   ", done, total, el);
  fflush(stderr);
  *shown = true;
}

/* Waits for one worker and collects its part. */
static void reap(Worker *w, int nw, Part *parts, char **files) {
  int wst;
  pid_t pid = wait(&wst);
  for (int k = 0; k < nw; k++) {
    if (w[k].pid != pid || pid <= 0) continue;
    Part *p = &parts[w[k].spec];
    if (!part_from_file(w[k].out, p)) {
      p->status = 70;
      buf_printf(&p->text, "ticktock: internal error: the check of '%s' crashed (status %d)\n", files[w[k].spec], wst);
    }
    fclose(w[k].out);
    w[k].pid = 0;
    return;
  }
}

static void run_parallel(char **files, int n, const ChkOpts *o, bool ci, Part *parts) {
  int nw = o->jobs < n ? o->jobs : n, next = 0, running = 0, done = 0;
  Worker *w = xcalloc((size_t)nw, sizeof *w);
  bool tty = isatty(STDERR_FILENO), shown = false;
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  fflush(stdout);
  fflush(stderr);
  while (next < n || running) {
    for (int k = 0; k < nw && next < n; k++) {
      if (w[k].pid) continue;
      FILE *out = tmpfile();
      pid_t pid = out ? fork() : -1;
      if (pid == 0) { /* the worker */
        Part p = {{0}, 0};
        check_part(files[next], o, ci, &p.text, &p.status);
        part_to_file(out, &p);
        fflush(stderr);
        _exit(0);
      }
      if (pid < 0) { /* no process: check it here */
        if (out) fclose(out);
        check_part(files[next], o, ci, &parts[next].text, &parts[next].status);
        next++, done++;
        continue;
      }
      w[k] = (Worker){pid, next++, out};
      running++;
    }
    if (running) {
      reap(w, nw, parts, files);
      running--, done++;
    }
    if (tty) show_progress(done, n, t0, &shown);
  }
  if (shown) fputs("\r\033[K", stderr);
  free(w);
}

/* Worst status first: bad input, violation, incomplete, ok. */
static int combine(int a, int b) {
  static const int rank[] = {0, 2, 3, 1};
  int ra = a >= 0 && a <= 3 ? rank[a] : 4, rb = b >= 0 && b <= 3 ? rank[b] : 4;
  return ra >= rb ? a : b;
}

static void print_document(char **files, int n, const ChkOpts *o, bool ci, Part *parts) {
  int passed = 0, failed = 0, incomplete = 0, errors = 0;
  for (int i = 0; i < n; i++) {
    int s = parts[i].status;
    if (s == EXIT_OK) passed++;
    else if (s == EXIT_INCOMPLETE) incomplete++;
    else failed++, errors += s != EXIT_VIOLATION;
  }
  if (o->format == FMT_JSON && ci) fputs("{\n  \"specs\": [\n", stdout);
  if (o->format == FMT_JUNIT) {
    printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<testsuites name=\"ticktock\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n"
           "  <testsuite name=\"ticktock check\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n",
           n, failed - errors, errors, incomplete, n, failed - errors, errors, incomplete);
  }
  for (int i = 0; i < n; i++) {
    if (o->format == FMT_TEXT && !ci && i) fputc('\n', stdout);
    fwrite(parts[i].text.data ? parts[i].text.data : "", 1, parts[i].text.len, stdout);
    if (o->format == FMT_JSON && ci) fputs(i + 1 < n ? ",\n" : "\n", stdout);
  }
  (void)files;
  if (o->format == FMT_JUNIT) fputs("  </testsuite>\n</testsuites>\n", stdout);
  if (o->format == FMT_JSON && ci)
    printf("  ],\n  \"summary\": {\"specs\": %d, \"passed\": %d, \"failed\": %d, \"incomplete\": %d, \"errors\": %d}\n}\n",
           n, passed, failed, incomplete, errors);
  if (ci && (o->format == FMT_TEXT || o->format == FMT_GCC)) {
    FILE *f = o->format == FMT_TEXT ? stdout : stderr;
    fprintf(f, "%d passed, %d failed", passed, failed);
    if (incomplete) fprintf(f, ", %d incomplete", incomplete);
    fputc('\n', f);
  }
  fflush(stdout);
}

int cmd_check(int argc, char **argv) {
  CmdOpts o = {0};
  chk_opts_default(&o.c);
  const char **args = xcalloc((size_t)argc, sizeof *args);
  int nargs = 0, status = EXIT_OK;
  int p = parse_opts("check", argc, argv, &o, args, &nargs);
  char **files = NULL;
  int n = 0;
  bool any_dir = false;
  if (p == 0 && !cli_expand_specs("check", args, nargs, &files, &n, &any_dir)) p = -1;
  free(args);
  if (p != 0) {
    chk_opts_free(&o.c);
    return p > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  bool ci = n > 1 || any_dir;
  if (n == 0) fprintf(stderr, "ticktock: warning: no .js or .mjs file found\n");
  Part *parts = xcalloc((size_t)(n ? n : 1), sizeof *parts);
  if (o.c.jobs > 1 && n > 1) run_parallel(files, n, &o.c, ci, parts);
  else
    for (int i = 0; i < n; i++) {
      check_part(files[i], &o.c, ci, &parts[i].text, &parts[i].status);
      if (!ci || o.c.format != FMT_TEXT) continue;
      fwrite(parts[i].text.data ? parts[i].text.data : "", 1, parts[i].text.len, stdout); /* as it goes */
      fflush(stdout);
      buf_clear(&parts[i].text);
    }
  print_document(files, n, &o.c, ci, parts);
  for (int i = 0; i < n; i++) {
    status = combine(status, parts[i].status);
    buf_free(&parts[i].text);
  }
  free(parts);
  cli_free_specs(files, n);
  chk_opts_free(&o.c);
  return status;
}

/* --- graph ------------------------------------------------------------------------------- */

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
  CmdOpts o = {0};
  chk_opts_default(&o.c);
  const char **files = xcalloc((size_t)argc, sizeof *files);
  int nfiles = 0;
  int p = parse_opts("graph", argc, argv, &o, files, &nfiles);
  if (p == 0 && nfiles > 1) p = -1, cli_usage_error("graph", "%s", "graph takes one FILE");
  if (p != 0) {
    free(files);
    chk_opts_free(&o.c);
    return p > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  ChkSpec s;
  chk_spec(files[0], &o.c, 0, &s);
  int st = s.status;
  if (s.r) {
    Report rp = report_of(&s, &o.c);
    rp.show_stats = false;
    if (o.svg) st = render_svg(&rp);
    else rp_dot(stdout, &rp);
    if (st == EXIT_OK && !s.g->complete) st = EXIT_INCOMPLETE;
  } else {
    chk_print_errors(stderr, &s);
  }
  chk_spec_free(&s);
  free(files);
  chk_opts_free(&o.c);
  return st;
}
