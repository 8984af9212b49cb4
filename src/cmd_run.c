/* cmd_run.c - `ticktock run FILE`: one schedule, printed the way node
 * prints it.  The default schedule: synchronous code takes no time (except
 * busy waits on the clock), I/O completes 1 ms after it starts,
 * Math.random() returns 0.5; --seed N draws Math.random() from a PRNG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "engine.h"
#include "explore.h"

static void run_help(void) {
  printf("usage: ticktock run [OPTIONS] FILE\n\n"
         "Runs FILE (a .js CommonJS script or an .mjs module) as node v20 would, on\n"
         "ticktock's default schedule, and exits with the program's exit code.\n\n"
         "  --unhandled-rejections=MODE  throw (default), strict, warn, none,\n"
         "                               warn-with-error-code (as node's flag)\n"
         "  --stack-limit N              at most N nested calls (default: node's\n"
         "                               984 KB stack with V8-like frame sizes)\n"
         "  --max-steps N                stop a synchronous run after N instructions\n"
         "  --max-drain N                stop when one microtask/nextTick drain runs\n"
         "                               more than N callbacks (default: no limit)\n"
         "  --seed N                     Math.random() from a PRNG seeded with N\n"
         "                               (default: Math.random() returns 0.5)\n"
         "  --schedule W                 replay the schedule W (a witness printed by\n"
         "                               `ticktock check`): the choices it lists, then\n"
         "                               the default ones\n"
         "  --jitter MS, --first-timer-stall MS, --ideal-time\n"
         "                               the time model W was found with (as for check)\n"
         "  -h, --help                   show this help\n\n"
         "exit status: the program's exit code; 2 when FILE cannot be run (syntax\n"
         "error, unsupported construct, unreadable file); 3 when --max-steps or\n"
         "--max-drain stopped it\n");
}

/* A witness is choice letters each followed by a number. */
static bool witness_ok(const char *w) {
  for (const char *p = w; *p;) {
    if (!memchr(choice_letters, *p, CH__COUNT)) return false; /* (not NUL-terminated) */
    p++;
    if (*p < '0' || *p > '9') return false;
    while (*p >= '0' && *p <= '9') p++;
  }
  return true;
}

int cmd_run(int argc, char **argv) {
  HostOpts opts;
  host_opts_default(&opts);
  const char *file = NULL, *schedule = NULL;
  CliHostArgs keep = {0};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      cli_host_args_free(&keep);
      run_help();
      return 0;
    }
    if (!strcmp(a, "--schedule") || !strncmp(a, "--schedule=", 11)) {
      schedule = a[10] == '=' ? a + 11 : i + 1 < argc ? argv[++i] : NULL;
      if (!schedule) return cli_usage_error("run", "%s", "--schedule needs a witness (e.g. p1b0)");
      if (!witness_ok(schedule)) return cli_bad_witness("run", schedule);
      continue;
    }
    int r = cli_host_option_keep(argc, argv, &i, &opts, &keep);
    if (r > 0) continue;
    const char *bad = r < 0 ? "" : a[0] == '-' && a[1] ? "unknown option '%s'" : file ? "run takes one FILE" : NULL;
    if (bad) {
      cli_host_args_free(&keep);
      return r < 0 ? EXIT_BAD_INPUT : cli_usage_error("run", bad, a);
    }
    file = a;
  }
  if (!file) {
    cli_host_args_free(&keep);
    return cli_usage_error("run", "%s", "no input file");
  }
  Engine e;
  DiagList d;
  diag_init(&d);
  char io_err[512] = "";
  int status = EXIT_OK;
  if (!engine_load(&e, file, &d, io_err, sizeof io_err))
    status = io_err[0] ? cli_usage_error("run", "%s", io_err) : cli_report_load_failure(&e, &d, io_err);
  else status = cli_apply_pragmas(&e, &opts); /* then the command line wins */
  diag_free(&d);
  cli_host_args_apply(&keep, &opts);
  cli_host_args_free(&keep);
  if (status != EXIT_OK) {
    cli_free_pragma_opts(&opts);
    engine_free(&e);
    return status;
  }
  Host host = {.opts = &opts, .out = stdout, .err = stderr};
  XpReplay replay = {.witness = schedule};
  Chooser chooser = {xp_replay_choose, &replay};
  if (schedule) { /* the explorer's host: the same choice points, in the same order */
    host.explore = true;
    host.chooser = &chooser;
  }
  Vm *vm = engine_machine(&e, &host);
  int code = 70;
  if (vm) {
    HostResult res = host_run(vm, &host);
    code = res.unsupported ? EXIT_BAD_INPUT : res.exit_code;
    /* stopped at a bound: node would still be running, so no exit code of
     * the program's exists; say so with check's "incomplete" status */
    if (res.drain_exceeded) {
      fprintf(stderr, "ticktock: a microtask/nextTick drain exceeded --max-drain (the queues keep refilling: timers, "
                      "I/O and immediates starve)\n");
      code = EXIT_INCOMPLETE;
    } else if (res.steps_exceeded) {
      fprintf(stderr, "ticktock: a synchronous run exceeded --max-steps (the program blocks the event loop)\n");
      code = EXIT_INCOMPLETE;
    }
    vm_free(vm);
  }
  fflush(stdout);
  if (schedule && (replay.mismatch || schedule[replay.pos])) {
    fprintf(stderr,
            "ticktock: error: the schedule '%s' does not fit this program (stopped at choice %zu); was it "
            "found with other options or another version of the file?\n",
            schedule, cli_witness_choice(schedule, replay.pos));
    code = EXIT_BAD_INPUT;
  }
  fflush(stdout);
  cli_free_pragma_opts(&opts);
  engine_free(&e);
  return code;
}
