/* fuzz_engine.c - libFuzzer harness for the engine, the explorer and what
 * `ticktock check` does after exploring: the input is a JavaScript program
 * (a script; a module when it starts with the line "//mjs").  It is
 *
 *   1. loaded with engine_load_text and run once with `run` semantics (the
 *      default schedule, the file's host pragmas applied);
 *   2. checked exactly as `ticktock check --check-reduction FILE` checks
 *      it (chk_spec on a temporary copy: pragmas, exploration with shadow
 *      runs and facts per transition, every edge the partial-order
 *      reduction adds run as well, output analysis, findings,
 *      expectations), every report format rendered;
 *   3. explained as `ticktock explain` does, on the default schedule and on
 *      the witness of the first finding (or output).
 *
 * All under tight bounds so that every input finishes quickly: few
 * instructions per synchronous run, few host steps, a shallow stack, a
 * small heap and few states.  Output goes to /dev/null.  Crashes,
 * sanitizer reports, leaks and assertion failures are bugs; hitting a
 * bound is not. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "engine.h"
#include "narrate.h"
#include "pragma.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum {
  FZ_MAX_STEPS = 20000,     /* instructions per synchronous run */
  FZ_HOST_STEPS = 400,      /* host steps (callbacks) of the run */
  FZ_FRAMES = 200,          /* nested calls */
  FZ_HEAP_MB = 64,          /* heap limit */
  FZ_STATES = 200,          /* explored states */
  FZ_EXPLAIN_STEPS = 100,   /* steps recorded by explain */
  FZ_MAX_SOURCE = 16384
};

static void fuzz_limits(HostOpts *o) {
  o->max_steps = FZ_MAX_STEPS;
  o->frame_limit = FZ_FRAMES;
  o->max_heap = (uint64_t)FZ_HEAP_MB << 20;
}

/* `ticktock run`, but stopping after FZ_HOST_STEPS steps (a program with
 * an endless interval never finishes). */
static void fuzz_run(Engine *e, FILE *sink) {
  HostOpts opts;
  host_opts_default(&opts);
  DiagSource src = engine_source(e); /* the file's host pragmas, as cli_apply_pragmas (errors unprinted) */
  DiagList d;
  diag_init(&d);
  PgSpec spec;
  if (pg_parse(&e->pragmas, src.text, src.len, &spec, &d)) pg_apply_host(&spec, &opts);
  pg_free(&spec);
  diag_free(&d);
  fuzz_limits(&opts);
  Host host = {.opts = &opts, .out = sink, .err = sink};
  Vm *vm = engine_machine(e, &host);
  if (vm) {
    HostResult res = {0};
    for (int i = 0; i < FZ_HOST_STEPS && host_step(vm, &host, &res); i++)
      if (vm->heap.nslot > vm->gc_threshold || vm->heap.nobj > vm->gc_threshold / 4) vm_gc(vm);
    vm_free(vm);
  }
  cli_free_pragma_opts(&opts);
}

/* Every sentence explain can say about a recorded run. */
static void fuzz_narrate(const NrRun *r, Buf *b) {
  for (uint32_t i = 0; i < r->n; i++) {
    nr_why(r, i, b);
    nr_time_note(r, i, b);
    nr_runs(&r->steps[i], b);
    nr_where(r, i, b);
    nr_item(&r->steps[i].item, b);
    nr_internal(r, i);
    nr_phase(r, i);
    for (uint32_t k = 0; k < r->steps[i].after.n; k++) nr_item(&r->steps[i].after.items[k], b);
  }
  for (uint32_t k = 0; k < r->nchoices; k++) nr_choice(r, k, b);
  nr_ending(r, b);
}

/* `ticktock explain` on the default schedule and on a witness of s. */
static void fuzz_explain(const char *path, const ChkSpec *s) {
  const char *witness = NULL;
  if (s->findings.n && s->findings.v[0].witness) witness = s->findings.v[0].witness;
  else if (s->r && s->r->noutputs) witness = s->r->outputs[s->r->noutputs - 1].witness;
  Engine e;
  DiagList d;
  diag_init(&d);
  char io_err[512];
  if (engine_load(&e, path, &d, io_err, sizeof io_err)) {
    Buf b;
    buf_init(&b);
    const char *schedules[2] = {NULL, witness};
    for (int k = 0; k < (witness ? 2 : 1); k++) {
      NrRun run;
      memset(&run, 0, sizeof run);
      if (nr_record(&e, &s->host, schedules[k], FZ_EXPLAIN_STEPS, &run)) fuzz_narrate(&run, &b);
      nr_free(&run);
      buf_clear(&b);
    }
    buf_free(&b);
  }
  diag_free(&d);
  engine_free(&e);
}

/* `ticktock check FILE` (one file) with a small state budget, every
 * report format. */
static void fuzz_check(const char *path, FILE *sink) {
  ChkOpts o;
  chk_opts_default(&o);
  fuzz_limits(&o.xp.host);
  o.xp.max_states = FZ_STATES;
  o.xp.max_seconds = 5;
  o.xa.max_outputs = 20;
  o.xa.max_enumerate = 200;
  o.xp.verify_por = true; /* an edge the reduction adds but a run would not give aborts: a crash */
  ChkSpec s;
  chk_spec(path, &o, CHK_EVALUATE, &s);
  Buf b;
  buf_init(&b);
  chk_summary(&b, &s);
  if (!s.r) {
    chk_print_errors(sink, &s);
  } else {
    Report rp = {.file = s.file, .host = "node20", .g = s.g, .r = s.r, .jitter = s.host.jitter,
                 .first_stall = s.host.first_stall, .max_outputs = o.xa.max_outputs, .show_stats = true,
                 .findings = &s.findings, .violations = &s.violations, .src = s.src, .src_len = s.src_len,
                 .status = s.status};
    rp_text_buf(&b, &rp);
    rp_json_buf(&b, &rp, "  ");
    rp_problems(&b, &rp);
    rp_gcc(&b, &rp);
    rp_dot(sink, &rp);
    uint32_t errors, others, violations;
    rp_counts(&rp, &errors, &others, &violations);
    for (uint32_t i = 0; i < s.findings.n; i++) fd_extent(&s.findings.v[i], s.r, s.g->complete, &b);
    fuzz_explain(path, &s);
  }
  fwrite(b.data ? b.data : "", 1, b.len, sink);
  buf_free(&b);
  chk_spec_free(&s);
  chk_opts_free(&o);
}

/* The checked file lives in a directory of its own (no fixture next to it). */
static const char *fuzz_dir(void) {
  static char dir[64];
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/ttfuzz-XXXXXX");
    if (!mkdtemp(dir)) abort();
  }
  return dir;
}

static bool write_file(const char *path, const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) return false;
  bool ok = fwrite(data, 1, size, f) == size;
  return fclose(f) == 0 && ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *sink;
  if (!sink) sink = fopen("/dev/null", "w");
  if (size > FZ_MAX_SOURCE) return -1; /* not added to the corpus */
  bool module = size >= 5 && memcmp(data, "//mjs", 5) == 0;
  Engine e;
  DiagList d;
  diag_init(&d);
  if (engine_load_text(&e, module ? "fuzz.mjs" : "fuzz.js", module ? "/fuzz/fuzz.mjs" : "/fuzz/fuzz.js",
                       (const char *)data, size, module, &d)) {
    fuzz_run(&e, sink);
  } else {
    DiagSource src = engine_source(&e);
    diag_print(sink, &src, &d);
  }
  diag_free(&d);
  engine_free(&e);
  char path[128];
  snprintf(path, sizeof path, "%s/fuzz.%s", fuzz_dir(), module ? "mjs" : "js");
  if (write_file(path, data, size)) fuzz_check(path, sink);
  unlink(path);
  return 0;
}
