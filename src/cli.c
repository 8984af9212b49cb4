/* cli.c - shared command-line helpers; see cli.h. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

int cli_usage_error(const char *cmd, const char *fmt, const char *arg) {
  fprintf(stderr, "ticktock: error: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  fprintf(stderr, "try 'ticktock %s --help' for more information\n", cmd);
  return EXIT_BAD_INPUT;
}

static bool parse_u64(const char *s, uint64_t *out) {
  char *end;
  if (!s || !*s || *s == '-' || *s == '+') return false;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end) return false;
  *out = v;
  return true;
}

static const struct {
  const char *name;
  UnhandledMode mode;
} modes[] = {{"throw", UR_THROW}, {"strict", UR_STRICT}, {"warn", UR_WARN}, {"none", UR_NONE},
             {"warn-with-error-code", UR_WARN_WITH_ERROR_CODE}};

static bool set_mode(const char *v, HostOpts *o) {
  for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
    if (!strcmp(v, modes[i].name)) {
      o->unhandled = modes[i].mode;
      return true;
    }
  return false;
}

int cli_host_option(int argc, char **argv, int *i, HostOpts *o) {
  const char *a = argv[*i];
  uint64_t n;
  if (!strncmp(a, "--unhandled-rejections=", 23)) {
    if (set_mode(a + 23, o)) return 1;
    fprintf(stderr, "ticktock: error: invalid value for --unhandled-rejections: '%s'\n", a + 23);
    return -1;
  }
  if (!strcmp(a, "--ideal-time")) {
    o->jitter = 0;
    o->first_stall = 0;
    return 1;
  }
  const char *names[] = {"--stack-limit", "--max-steps", "--seed", "--jitter", "--first-timer-stall", "--max-drain",
                         "--block-warn"};
  for (int k = 0; k < 7; k++) {
    size_t len = strlen(names[k]);
    if (strncmp(a, names[k], len) != 0 || (a[len] != '\0' && a[len] != '=')) continue;
    const char *v = a[len] == '=' ? a + len + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
    if (!parse_u64(v, &n)) {
      fprintf(stderr, "ticktock: error: %s needs a non-negative integer\n", names[k]);
      return -1;
    }
    if (k == 0) o->frame_limit = (uint32_t)n;
    else if (k == 1) o->max_steps = n;
    else if (k == 2) o->seeded = true, o->seed = n;
    else if (k == 5) o->max_drain = n;
    else if (k == 6) o->block_warn = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
    else if (n > 1000) {
      fprintf(stderr, "ticktock: error: %s is at most 1000 (ms)\n", names[k]);
      return -1;
    } else if (k == 3) o->jitter = (uint32_t)n;
    else o->first_stall = (uint32_t)n;
    return 1;
  }
  return 0;
}

int cli_report_load_failure(const Engine *e, const DiagList *d, const char *io_err) {
  if (io_err && io_err[0]) {
    fprintf(stderr, "ticktock: error: %s\n", io_err);
    return EXIT_BAD_INPUT;
  }
  DiagSource src = engine_source(e);
  diag_print(stderr, &src, d);
  diag_print_summary(stderr, d);
  return EXIT_BAD_INPUT;
}

int cli_apply_pragmas(const Engine *e, HostOpts *o) {
  DiagSource src = engine_source(e);
  DiagList d;
  diag_init(&d);
  PgSpec spec;
  bool ok = pg_parse(&e->pragmas, src.text, src.len, &spec, &d);
  if (ok) pg_apply_host(&spec, o);
  else {
    diag_print(stderr, &src, &d);
    diag_print_summary(stderr, &d);
  }
  pg_free(&spec);
  diag_free(&d);
  return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

int cli_host_option_keep(int argc, char **argv, int *i, HostOpts *o, CliHostArgs *keep) {
  int from = *i;
  int r = cli_host_option(argc, argv, i, o);
  if (r <= 0) return r;
  keep->argv = xrealloc(keep->argv, sizeof *keep->argv * (size_t)(keep->argc + *i - from + 1));
  for (int k = from; k <= *i; k++) keep->argv[keep->argc++] = argv[k];
  return r;
}

void cli_host_args_apply(const CliHostArgs *keep, HostOpts *o) {
  for (int i = 0; i < keep->argc; i++) cli_host_option(keep->argc, keep->argv, &i, o);
}

void cli_host_args_free(CliHostArgs *keep) {
  free(keep->argv);
  keep->argv = NULL;
  keep->argc = 0;
}

int cli_jobs_option(const char *cmd, int argc, char **argv, int *i, int *jobs) {
  const char *a = argv[*i], *v;
  if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) v = *i + 1 < argc ? argv[++*i] : NULL;
  else if (!strncmp(a, "--jobs=", 7)) v = a + 7;
  else if (!strncmp(a, "-j", 2) && a[2] >= '0' && a[2] <= '9') v = a + 2;
  else return 0;
  uint64_t n;
  if (!parse_u64(v, &n) || n < 1 || n > 256) {
    cli_usage_error(cmd, "%s", "-j needs a number of parallel jobs (1 to 256)");
    return -1;
  }
  *jobs = (int)n;
  return 1;
}

/* --- spec lists ------------------------------------------------------------------ */

typedef struct Names {
  char **v;
  int n, cap;
} Names;

static void names_add(Names *l, char *s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, sizeof *l->v * (size_t)l->cap);
  }
  l->v[l->n++] = s;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool is_spec_name(const char *name) {
  size_t n = strlen(name);
  return (n > 3 && !strcmp(name + n - 3, ".js")) || (n > 4 && !strcmp(name + n - 4, ".mjs"));
}

static char *join_path(const char *dir, const char *name) {
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') n--;
  char *p = xmalloc(n + strlen(name) + 2);
  sprintf(p, "%.*s/%s", (int)n, dir, name);
  return p;
}

/* Adds the specs under dir (sorted, depth first); false after reporting. */
static bool walk_dir(const char *cmd, const char *dir, Names *out, int depth) {
  DIR *d = opendir(dir);
  if (!d) {
    char msg[600];
    snprintf(msg, sizeof msg, "cannot read directory '%s': %s", dir, strerror(errno));
    cli_usage_error(cmd, "%s", msg);
    return false;
  }
  Names here = {0};
  struct dirent *ent;
  while ((ent = readdir(d)) != NULL)
    if (ent->d_name[0] != '.') names_add(&here, join_path(dir, ent->d_name));
  closedir(d);
  qsort(here.v, (size_t)here.n, sizeof *here.v, cmp_names);
  bool ok = true;
  for (int i = 0; i < here.n; i++) {
    struct stat st;
    char *p = here.v[i];
    if (ok && stat(p, &st) == 0 && S_ISDIR(st.st_mode) && depth < 64) {
      ok = walk_dir(cmd, p, out, depth + 1);
      free(p);
    } else if (ok && stat(p, &st) == 0 && S_ISREG(st.st_mode) && is_spec_name(p)) {
      names_add(out, p);
    } else {
      free(p);
    }
  }
  free(here.v);
  return ok;
}

bool cli_expand_specs(const char *cmd, const char *const *args, int nargs, char ***out, int *nout, bool *any_dir) {
  Names l = {0};
  *any_dir = false;
  bool ok = true;
  for (int i = 0; i < nargs && ok; i++) {
    struct stat st;
    if (stat(args[i], &st) != 0) {
      char msg[600];
      snprintf(msg, sizeof msg, "cannot open '%s': %s", args[i], strerror(errno));
      cli_usage_error(cmd, "%s", msg);
      ok = false;
    } else if (S_ISDIR(st.st_mode)) {
      *any_dir = true;
      ok = walk_dir(cmd, args[i], &l, 0);
    } else {
      names_add(&l, xstrdup(args[i]));
    }
  }
  if (!ok) {
    cli_free_specs(l.v, l.n);
    return false;
  }
  *out = l.v;
  *nout = l.n;
  return true;
}

void cli_free_specs(char **files, int n) {
  for (int i = 0; i < n; i++) free(files[i]);
  free(files);
}

void cli_free_pragma_opts(HostOpts *o) {
  for (uint32_t i = 0; i < o->nfetches; i++) {
    free(o->fetches[i].url);
    free(o->fetches[i].body);
  }
  free(o->fetches);
  o->fetches = NULL;
  o->nfetches = 0;
}

int cli_bad_witness(const char *cmd, const char *w) {
  char msg[400]; /* the letters from the host's table: they grow with the model */
  snprintf(msg, sizeof msg, "'%.300s' is not a witness (letters %s, each followed by a number)", w, choice_letters);
  return cli_usage_error(cmd, "%s", msg);
}

size_t cli_witness_choice(const char *w, size_t pos) {
  size_t n = 1;
  for (size_t i = 0; i < pos && w[i]; i++)
    if (w[i] < '0' || w[i] > '9') n++;
  return n;
}
