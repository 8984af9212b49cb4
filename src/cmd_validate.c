/* cmd_validate.c - `ticktock validate FILE...`: runs each spec under the
 * real node N times and reports every output node printed that ticktock's
 * exploration did not predict (the user's own check that the model matches
 * the engine).  Specs that call fetch run with ticktock's fetch model for
 * node (prelude.js, `node -r`), found beside the installed binary
 * (PREFIX/share/ticktock/prelude.js), in the source tree (tools/prelude.js)
 * or where $TICKTOCK_PRELUDE points. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "check.h"

#ifndef TT_DATADIR
#define TT_DATADIR "/usr/local/share/ticktock"
#endif

typedef struct ValOpts {
  ChkOpts c;
  int runs;
  int timeout;      /* seconds per node run */
  const char *node; /* the node command */
} ValOpts;

static bool find_prelude(char *out, size_t n);

static void validate_help(void) {
  printf("usage: ticktock validate [OPTIONS] FILE|DIR...\n\n"
         "Runs each FILE under node (from the PATH) N times and reports every\n"
         "output (stdout and exit code) node printed that `ticktock check` does\n"
         "not predict.  Specs that call fetch run with ticktock's fetch model for\n"
         "node (prelude.js, loaded with node -r; $TICKTOCK_PRELUDE overrides where\n"
         "it is found); an unhandled-rejections mode (pragma or option) is passed on.\n\n"
         "  --runs N              node runs per spec (default 10)\n"
         "  --timeout S           seconds a node run may take (default 30)\n"
         "  --node CMD            the node executable (default: node)\n"
         "%s"
         "  -h, --help            show this help\n\n"
         "exit status: 0 every node output was predicted, 1 some was not, 2 bad\n"
         "input or usage (or node cannot be run), 3 an exploration was incomplete\n",
         chk_options_help);
  char prelude[PATH_MAX];
  bool found = find_prelude(prelude, sizeof prelude);
  printf("\nprelude.js: %s%s\n", prelude, found ? "" : " (not found)");
}

static bool file_exists(const char *p) { return access(p, R_OK) == 0; }

/* Where prelude.js is: $TICKTOCK_PRELUDE, beside the binary (installed or
 * in the build tree), then the configured data directory. */
static bool find_prelude(char *out, size_t n) {
  const char *env = getenv("TICKTOCK_PRELUDE");
  if (env && *env) {
    snprintf(out, n, "%s", env);
    return file_exists(out);
  }
  char exe[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len > 0) {
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    static const char *const rel[] = {"/../share/ticktock/prelude.js", "/../tools/prelude.js", "/tools/prelude.js"};
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
      char path[PATH_MAX + 64];
      snprintf(path, sizeof path, "%s%s", exe, rel[i]);
      if (file_exists(path) && realpath(path, exe)) {
        snprintf(out, n, "%s", exe);
        return true;
      }
    }
  }
  snprintf(out, n, "%s/prelude.js", TT_DATADIR);
  return file_exists(out);
}

static const char *const mode_flags[] = {"--unhandled-rejections=throw", "--unhandled-rejections=strict",
                                         "--unhandled-rejections=warn", "--unhandled-rejections=none",
                                         "--unhandled-rejections=warn-with-error-code"};

/* One node run: stdout into *out, exit code (128+signal when killed).
 * Returns false when node could not be started. */
static bool run_node(const ValOpts *o, const ChkSpec *s, const char *abs, const char *prelude, Buf *out, int *code) {
  FILE *so = tmpfile();
  if (!so) return false;
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", abs);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = '\0';
  const char *argv[8];
  int k = 0;
  argv[k++] = o->node;
  if (prelude) argv[k++] = "-r", argv[k++] = prelude;
  if (s->host.unhandled != UR_THROW) argv[k++] = mode_flags[s->host.unhandled];
  argv[k++] = abs;
  argv[k] = NULL;
  int ep[2]; /* tells the parent why exec failed (closed on success) */
  if (pipe(ep) != 0) {
    fclose(so);
    return false;
  }
  fcntl(ep[1], F_SETFD, FD_CLOEXEC);
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    close(ep[0]);
    if (dup2(fileno(so), STDOUT_FILENO) < 0 || chdir(dir) != 0) _exit(126);
    FILE *null = freopen("/dev/null", "w", stderr);
    (void)null;
    alarm((unsigned)o->timeout); /* survives exec: SIGALRM ends a run that hangs */
    execvp(o->node, (char *const *)argv);
    int e = errno;
    if (write(ep[1], &e, sizeof e) < 0) _exit(127);
    _exit(127);
  }
  close(ep[1]);
  int exec_errno = 0;
  ssize_t got = pid > 0 ? read(ep[0], &exec_errno, sizeof exec_errno) : 0;
  close(ep[0]);
  int st = 0;
  if (pid < 0 || waitpid(pid, &st, 0) < 0 || got > 0) {
    fclose(so);
    return false;
  }
  *code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  rewind(so);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, so)) > 0) buf_append(out, chunk, n);
  fclose(so);
  return true;
}

static bool uses_fetch(const ChkSpec *s) { return s->pg.nfetches || (s->src && strstr(s->src, "fetch")); }

/* Validates one spec; returns its exit status. */
static int validate_one(const char *file, const ValOpts *o) {
  ChkSpec s;
  chk_spec(file, &o->c, CHK_ALL_OUTPUTS, &s);
  if (!s.r) {
    chk_print_errors(stderr, &s);
    int st = s.status;
    chk_spec_free(&s);
    return st;
  }
  char abs[PATH_MAX], prelude[PATH_MAX];
  if (!realpath(file, abs)) snprintf(abs, sizeof abs, "%s", file);
  bool fetch = uses_fetch(&s);
  if (fetch && !find_prelude(prelude, sizeof prelude)) {
    fprintf(stderr, "ticktock: error: %s calls fetch, but prelude.js (ticktock's fetch model for node) was not found; "
                    "set TICKTOCK_PRELUDE\n", file);
    chk_spec_free(&s);
    return EXIT_BAD_INPUT;
  }
  FxSet predicted = {0}, seen = {0};
  for (uint32_t i = 0; i < s.r->noutputs; i++) fx_add(&predicted, s.r->outputs[i].out, s.r->outputs[i].out_len, s.r->outputs[i].exit_code);
  uint32_t *times = NULL;
  int status = EXIT_OK;
  for (int run = 0; run < o->runs && status == EXIT_OK; run++) {
    Buf out;
    buf_init(&out);
    int code = 0;
    if (!run_node(o, &s, abs, fetch ? prelude : NULL, &out, &code)) {
      fprintf(stderr, "ticktock: error: cannot run '%s' (is node on the PATH?)\n", o->node);
      status = EXIT_BAD_INPUT;
    } else {
      uint32_t before = seen.n;
      fx_add(&seen, out.data ? out.data : "", out.len, code);
      if (seen.n > before) times = xrealloc(times, sizeof *times * seen.n), times[seen.n - 1] = 0;
      for (uint32_t i = 0; i < seen.n; i++)
        if (seen.v[i].len == out.len && seen.v[i].exit_code == code && !memcmp(seen.v[i].out, out.data ? out.data : "", out.len))
          times[i]++;
    }
    buf_free(&out);
  }
  if (status == EXIT_OK) {
    uint32_t missed = 0;
    for (uint32_t i = 0; i < seen.n; i++) {
      const FxOutput *got = &seen.v[i];
      bool hit = false;
      for (uint32_t k = 0; k < predicted.n && !hit; k++)
        hit = predicted.v[k].len == got->len && predicted.v[k].exit_code == got->exit_code &&
              !memcmp(predicted.v[k].out, got->out, got->len);
      if (hit) continue;
      printf("%s: node printed an output ticktock does not predict (%u of %d runs, exit code %d):\n", file, times[i],
             o->runs, got->exit_code);
      const FxOutput *near = fx_nearest(&predicted, got);
      Buf diff;
      buf_init(&diff);
      if (near && (near->len != got->len || memcmp(near->out, got->out, got->len)))
        fx_diff(&diff, near->out, near->len, got->out, got->len, "ticktock (the nearest predicted output)", "node");
      else if (near)
        buf_printf(&diff, "ticktock predicts this stdout with exit code %d\n", near->exit_code);
      printf("%s", diff.data ? diff.data : "");
      buf_free(&diff);
      missed++;
    }
    printf("%s: %d node run%s, %u distinct output%s, %u not predicted (ticktock: %u possible output%s%s)\n", file,
           o->runs, o->runs == 1 ? "" : "s", seen.n, seen.n == 1 ? "" : "s", missed, predicted.n,
           predicted.n == 1 ? "" : "s", s.g->complete ? "" : ", exploration incomplete");
    status = missed ? EXIT_VIOLATION : s.g->complete ? EXIT_OK : EXIT_INCOMPLETE;
  }
  free(times);
  fx_free(&predicted);
  fx_free(&seen);
  chk_spec_free(&s);
  fflush(stdout);
  return status;
}

static bool positive(const char *v, int max, int *out) {
  char *end;
  long n = v ? strtol(v, &end, 10) : 0;
  if (!v || !*v || *end || n < 1 || n > max) return false;
  *out = (int)n;
  return true;
}

int cmd_validate(int argc, char **argv) {
  ValOpts o = {.runs = 10, .timeout = 30, .node = "node"};
  chk_opts_default(&o.c);
  const char **args = xcalloc((size_t)argc, sizeof *args);
  int nargs = 0, p = 0;
  for (int i = 1; i < argc && p == 0; i++) {
    const char *a = argv[i];
    const char *const names[] = {"--runs", "--timeout", "--node"};
    int which = -1;
    const char *v = NULL;
    for (int k = 0; k < 3 && which < 0; k++) {
      size_t n = strlen(names[k]);
      if (!strncmp(a, names[k], n) && (a[n] == '=' || !a[n])) which = k, v = a[n] == '=' ? a + n + 1 : i + 1 < argc ? argv[++i] : NULL;
    }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      validate_help();
      p = 1;
    } else if (which == 0 && !positive(v, 100000, &o.runs)) {
      p = -1, cli_usage_error("validate", "%s", "--runs needs a positive number");
    } else if (which == 1 && !positive(v, 86400, &o.timeout)) {
      p = -1, cli_usage_error("validate", "%s", "--timeout needs a positive number of seconds");
    } else if (which == 2 && (!v || !*v)) {
      p = -1, cli_usage_error("validate", "%s", "--node needs a command");
    } else if (which == 2) {
      o.node = v;
    } else if (which < 0) {
      int r = chk_option("validate", argc, argv, &i, &o.c);
      if (r < 0) p = -1;
      else if (r == 0 && a[0] == '-' && a[1]) p = -1, cli_usage_error("validate", "unknown option '%s'", a);
      else if (r == 0) args[nargs++] = a;
    }
  }
  if (p == 0 && nargs == 0) p = -1, cli_usage_error("validate", "%s", "no input file");
  char **files = NULL;
  int n = 0;
  bool any_dir;
  if (p == 0 && !cli_expand_specs("validate", args, nargs, &files, &n, &any_dir)) p = -1;
  free(args);
  int status = p > 0 ? EXIT_OK : p < 0 ? EXIT_BAD_INPUT : EXIT_OK;
  for (int i = 0; p == 0 && i < n; i++) {
    int s = validate_one(files[i], &o);
    if (s == EXIT_BAD_INPUT || (s == EXIT_VIOLATION && status != EXIT_BAD_INPUT) || (s == EXIT_INCOMPLETE && status == EXIT_OK))
      status = s;
  }
  cli_free_specs(files, n);
  chk_opts_free(&o.c);
  return status;
}
