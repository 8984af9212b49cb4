/* cmd_fixture.c - `ticktock fixture FILE` prints the expected-output fixture
 * of a spec (every output it can print, fixture.h format); `ticktock
 * fixture --update FILE|DIR...` writes NAME.expected beside each spec when
 * it changed, through a temporary file renamed over the old one, so a
 * reader never sees a half-written fixture. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "check.h"

static void fixture_help(void) {
  printf("usage: ticktock fixture [OPTIONS] FILE\n"
         "       ticktock fixture --update [OPTIONS] FILE|DIR...\n\n"
         "Prints the expected-output fixture of FILE: its stdout when every schedule\n"
         "prints the same thing and exits with 0, otherwise every possible output\n"
         "with its exit code (format in README.md, 'Fixtures').  `ticktock check`\n"
         "reads NAME.expected beside NAME.js and fails when the program's outputs\n"
         "differ from it.\n\n"
         "  --update              write NAME.expected beside each spec (directories\n"
         "                        are searched for .js and .mjs files); a file is\n"
         "                        rewritten only when its content changes, atomically\n"
         "%s"
         "  -h, --help            show this help\n\n"
         "exit status: 0 ok, 2 bad input or usage (or a file cannot be written),\n"
         "3 an exploration stopped at a bound (no fixture is written for it)\n",
         chk_options_help);
}

/* The fixture text of a checked spec; false (reported) when there is none. */
static int fixture_text(const ChkSpec *s, Buf *b) {
  if (!s->r) {
    chk_print_errors(stderr, s);
    return s->status;
  }
  if (!s->g->complete || !pg_all_listed(s->r)) {
    Buf why;
    buf_init(&why);
    if (!s->g->complete) buf_printf(&why, "the exploration is incomplete (%s)", s->g->incomplete_reason);
    else buf_printf(&why, "it has more possible outputs than can be listed (%u listed)", s->r->noutputs);
    fprintf(stderr, "ticktock: %s: no fixture: %s\n", s->file, why.data);
    buf_free(&why);
    return EXIT_INCOMPLETE;
  }
  FxSet set;
  fx_from_result(s->r, &set);
  fx_write(b, &set);
  fx_free(&set);
  return EXIT_OK;
}

/* Writes text to path unless it already holds it: temp file, then rename.
 * Returns 1 written, 0 unchanged, -1 error (reported). */
static int write_atomic(const char *path, const Buf *text) {
  size_t len;
  bool exists;
  char *old = fx_read_file(path, &len, &exists);
  bool same = old && len == text->len && !memcmp(old, text->data ? text->data : "", len);
  free(old);
  if (same) return 0;
  size_t n = strlen(path);
  char *tmp = xmalloc(n + 16);
  snprintf(tmp, n + 16, "%s.tmpXXXXXX", path);
  int fd = mkstemp(tmp);
  FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  bool ok = f && fwrite(text->data ? text->data : "", 1, text->len, f) == text->len;
  if (f) ok = (fflush(f) == 0) & ok, ok = (fsync(fileno(f)) == 0) & ok, ok = (fclose(f) == 0) & ok;
  else if (fd >= 0) close(fd);
  if (ok && rename(tmp, path) != 0) ok = false;
  if (!ok) {
    fprintf(stderr, "ticktock: error: cannot write '%s': %s\n", path, strerror(errno));
    if (fd >= 0) unlink(tmp);
  }
  free(tmp);
  return ok ? 1 : -1;
}

/* True when path holds a fixture marked "# pinned". */
static bool pinned(const char *path) {
  size_t len;
  bool exists;
  char *text = fx_read_file(path, &len, &exists);
  FxSet set = {0};
  char err[200];
  bool pin = text && fx_parse(text, len, &set, err, sizeof err) && set.pinned;
  fx_free(&set);
  free(text);
  return pin;
}

static int update(char **files, int n, const ChkOpts *o) {
  int status = EXIT_OK, written = 0, unchanged = 0, failed = 0, kept = 0;
  for (int i = 0; i < n; i++) {
    char *fx = fx_path_for(files[i]);
    bool pin = pinned(fx);
    free(fx);
    if (pin) {
      kept++;
      continue;
    }
    ChkSpec s;
    chk_spec(files[i], o, CHK_ALL_OUTPUTS, &s);
    Buf b;
    buf_init(&b);
    int st = fixture_text(&s, &b);
    if (st == EXIT_OK) {
      char *path = fx_path_for(files[i]);
      int w = write_atomic(path, &b);
      if (w > 0) printf("wrote %s\n", path), written++;
      else if (w == 0) unchanged++;
      else st = EXIT_BAD_INPUT;
      free(path);
    }
    if (st != EXIT_OK) {
      failed++;
      if (status == EXIT_OK || st == EXIT_BAD_INPUT) status = st;
    }
    buf_free(&b);
    chk_spec_free(&s);
  }
  printf("%d written, %d unchanged", written, unchanged);
  if (kept) printf(", %d pinned", kept);
  if (failed) printf(", %d without a fixture", failed);
  printf("\n");
  return status;
}

int cmd_fixture(int argc, char **argv) {
  ChkOpts o;
  chk_opts_default(&o);
  const char **args = xcalloc((size_t)argc, sizeof *args);
  int nargs = 0, p = 0;
  bool upd = false;
  for (int i = 1; i < argc && p == 0; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fixture_help();
      p = 1;
    } else if (!strcmp(a, "--update")) {
      upd = true;
    } else {
      int r = chk_option("fixture", argc, argv, &i, &o);
      if (r < 0) p = -1;
      else if (r == 0 && a[0] == '-' && a[1]) p = -1, cli_usage_error("fixture", "unknown option '%s'", a);
      else if (r == 0) args[nargs++] = a;
    }
  }
  if (p == 0 && nargs == 0) p = -1, cli_usage_error("fixture", "%s", "no input file");
  if (p == 0 && !upd && nargs > 1) p = -1, cli_usage_error("fixture", "%s", "fixture takes one FILE (or --update FILE|DIR...)");
  char **files = NULL;
  int n = 0;
  bool any_dir = false;
  if (p == 0 && !cli_expand_specs("fixture", args, nargs, &files, &n, &any_dir)) p = -1;
  if (p == 0 && !upd && any_dir) p = -1, cli_usage_error("fixture", "%s", "a directory needs --update");
  free(args);
  int status = p > 0 ? EXIT_OK : EXIT_BAD_INPUT;
  if (p == 0 && upd) status = update(files, n, &o);
  else if (p == 0) {
    ChkSpec s;
    chk_spec(files[0], &o, CHK_ALL_OUTPUTS, &s);
    Buf b;
    buf_init(&b);
    status = fixture_text(&s, &b);
    if (status == EXIT_OK) fwrite(b.data ? b.data : "", 1, b.len, stdout);
    buf_free(&b);
    chk_spec_free(&s);
  }
  cli_free_specs(files, n);
  chk_opts_free(&o);
  return status;
}
