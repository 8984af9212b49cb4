/* cli.c - shared command-line helpers; see cli.h. */
#include "cli.h"

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

void cli_apply_pragmas(const Engine *e, HostOpts *o) {
  (void)e;
  (void)o;
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
