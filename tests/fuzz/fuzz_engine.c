/* fuzz_engine.c - libFuzzer harness for the engine and the explorer: the
 * input is a JavaScript program (a script; a module when it starts with
 * the line "//mjs").  It is loaded with engine_load_text, run once with
 * `run` semantics (the default schedule) and then explored with `check`
 * semantics, the outputs analysed and both reports written, all under
 * tight bounds so that every input finishes quickly: few instructions per
 * synchronous run, few host steps, a shallow stack, a small heap and few
 * states.  Output goes to /dev/null.  Crashes, sanitizer reports, leaks and
 * assertion failures are bugs; hitting a bound is not. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "explore.h"
#include "order.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum {
  FZ_MAX_STEPS = 20000,     /* instructions per synchronous run */
  FZ_HOST_STEPS = 400,      /* host steps (callbacks) of the run */
  FZ_FRAMES = 200,          /* nested calls */
  FZ_HEAP_MB = 64,          /* heap limit */
  FZ_STATES = 200,          /* explored states */
  FZ_MAX_SOURCE = 16384
};

static void fuzz_opts(HostOpts *o) {
  host_opts_default(o);
  o->max_steps = FZ_MAX_STEPS;
  o->frame_limit = FZ_FRAMES;
  o->max_heap = (uint64_t)FZ_HEAP_MB << 20;
}

/* `ticktock run`, but stopping after FZ_HOST_STEPS steps (a program with
 * an endless interval never finishes). */
static void fuzz_run(Engine *e, FILE *sink) {
  HostOpts opts;
  fuzz_opts(&opts);
  Host host = {.opts = &opts, .out = sink, .err = sink};
  Vm *vm = engine_machine(e, &host);
  if (!vm) return;
  HostResult res = {0};
  for (int i = 0; i < FZ_HOST_STEPS && host_step(vm, &host, &res); i++)
    if (vm->heap.nslot > vm->gc_threshold || vm->heap.nobj > vm->gc_threshold / 4) vm_gc(vm);
  vm_free(vm);
}

/* `ticktock check` with a small state budget, both report formats. */
static void fuzz_check(Engine *e, FILE *sink) {
  XpOpts xo;
  xp_opts_default(&xo);
  fuzz_opts(&xo.host);
  xo.max_states = FZ_STATES;
  xo.max_seconds = 5;
  XpGraph *g = xp_explore(e, &xo);
  if (!g) return;
  XaOpts xa = {.max_outputs = 20, .max_enumerate = 200};
  XaResult *r = xa_analyze(g, &xa);
  Report rp = {e->path, "node20", g, r, xo.host.jitter, xa.max_outputs, true};
  rp_text(sink, &rp);
  rp_json(sink, &rp);
  rp_dot(sink, &rp);
  xa_free(r);
  xp_free(g);
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
    fuzz_check(&e, sink);
  } else {
    DiagSource src = engine_source(&e);
    diag_print(sink, &src, &d);
  }
  diag_free(&d);
  engine_free(&e);
  return 0;
}
