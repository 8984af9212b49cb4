/* test_narrate.c - the host's read-only description and trace hook, and the
 * step recorder of `ticktock explain`, on the seed article's job-queue
 * example: describing the machine leaves its canonical encoding unchanged,
 * the hook announces each callback once, in the order node runs them, and
 * the recorder attributes output and queued items to the right steps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "narrate.h"
#include "state.h"
#include "tt_test.h"

static const char *const job_queue =
    "setTimeout(() => console.log('one'), 0);\n"
    "setTimeout(() => console.log('two'), 10);\n"
    "Promise.resolve().then(() => console.log('hi'));\n"
    "console.log('three');\n";

/* Loads text from NAME.js in a new temporary directory; path receives the
 * file's path (remove with cleanup). */
static bool load(Engine *e, const char *text, char *path) {
  strcpy(path, "/tmp/tt_narrate_XXXXXX");
  if (!mkdtemp(path)) return false;
  strcat(path, "/job_queue.js");
  FILE *f = fopen(path, "w");
  if (!f) return false;
  fputs(text, f);
  fclose(f);
  DiagList d;
  diag_init(&d);
  char err[256] = "";
  bool ok = engine_load(e, path, &d, err, sizeof err);
  diag_free(&d);
  return ok;
}

static void cleanup(char *path) {
  unlink(path);
  *strrchr(path, '/') = '\0';
  rmdir(path);
}

static void test_describe_is_read_only(void) {
  Engine e;
  char path[64];
  CU_ASSERT_FATAL(load(&e, job_queue, path));
  HostOpts o;
  host_opts_default(&o);
  Host host = {.opts = &o, .capture = true};
  Vm *vm = engine_machine(&e, &host);
  CU_ASSERT_FATAL(vm != NULL);
  HostResult res = {0};
  CU_ASSERT(host_step(vm, &host, &res)); /* the main script and its drain */
  StStore store;
  StEnc a, b;
  st_store_init(&store);
  st_enc_init(&a);
  st_enc_init(&b);
  st_encode(vm, &a, &store);
  HostView v = {0};
  host_describe(vm, &v, 0);
  st_encode(vm, &b, &store);
  /* records are interned exactly: equal states have equal top vectors */
  CU_ASSERT(a.ntop == b.ntop && memcmp(a.top, b.top, sizeof(uint32_t) * a.ntop) == 0);
  /* after the drain: two timers, in node's order, nothing else */
  CU_ASSERT(v.total[HI_TIMER] == 2 && v.total[HI_JOB] == 0 && v.total[HI_TICK] == 0);
  CU_ASSERT(v.count[HI_TIMER] == 2);
  if (v.count[HI_TIMER] == 2) {
    const HostItem *t = &v.items[v.first[HI_TIMER]];
    CU_ASSERT(t[0].msecs == 1 && t[0].due == 1 && t[0].line == 1 && t[0].col == 12);
    CU_ASSERT(t[1].msecs == 10 && t[1].due == 10 && t[1].line == 2);
  }
  host_view_free(&v);
  st_enc_free(&a);
  st_enc_free(&b);
  st_store_free(&store);
  vm_free(vm);
  engine_free(&e);
  cleanup(path);
}

typedef struct Trace {
  HostEventKind kinds[16];
  uint32_t n;
} Trace;

static void on_event(void *ctx, Vm *vm, const HostEvent *ev) {
  (void)vm;
  Trace *t = ctx;
  if (t->n < 16) t->kinds[t->n] = ev->kind;
  t->n++;
}

static void test_trace_order(void) {
  Engine e;
  char path[64];
  CU_ASSERT_FATAL(load(&e, job_queue, path));
  HostOpts o;
  host_opts_default(&o);
  Trace t = {.n = 0};
  Host host = {.opts = &o, .capture = true, .trace = on_event, .trace_ctx = &t};
  Vm *vm = engine_machine(&e, &host);
  CU_ASSERT_FATAL(vm != NULL);
  HostResult res = host_run(vm, &host);
  CU_ASSERT(res.exit_code == 0);
  static const HostEventKind want[] = {HE_MAIN, HE_JOB, HE_TIMER, HE_TIMER, HE_EMIT, HE_EMIT};
  CU_ASSERT(t.n == 6);
  for (uint32_t i = 0; i < 6 && i < t.n; i++) CU_ASSERT(t.kinds[i] == want[i]);
  CU_ASSERT(vm->out.len == strlen("three\nhi\none\ntwo\n"));
  vm_free(vm);
  engine_free(&e);
  cleanup(path);
}

static void test_record(void) {
  Engine e;
  char path[64];
  CU_ASSERT_FATAL(load(&e, job_queue, path));
  HostOpts o;
  host_opts_default(&o);
  NrRun r;
  CU_ASSERT_FATAL(nr_record(&e, &o, NULL, 0, &r));
  CU_ASSERT(r.n == 6 && !r.truncated && !r.mismatch && r.res.exit_code == 0);
  if (r.n == 6) {
    const NrStep *s = r.steps;
    CU_ASSERT(s[0].kind == HE_MAIN && s[0].out_len == strlen("three\n"));
    CU_ASSERT(s[0].nadded == 3 && s[0].queued[HI_JOB] == 1 && s[0].queued[HI_TIMER] == 2);
    CU_ASSERT(s[1].kind == HE_JOB && s[1].item.sub == HS_REACTION && s[1].item.line == 3);
    CU_ASSERT(s[1].task == 0 && s[1].out_len == strlen("hi\n"));
    CU_ASSERT(s[2].kind == HE_TIMER && s[2].before.clock == 1 && s[2].item.due == 1);
    CU_ASSERT(s[3].kind == HE_TIMER && s[3].before.clock == 10 && s[3].after.total[HI_TIMER] == 0);
    CU_ASSERT(s[4].kind == HE_EMIT && !strcmp(s[4].event, "beforeExit"));
    CU_ASSERT(memcmp(r.out.data + s[3].out_off, "two\n", 4) == 0);
  }
  nr_free(&r);
  /* a step limit stops the run early and says so */
  CU_ASSERT_FATAL(nr_record(&e, &o, NULL, 2, &r));
  CU_ASSERT(r.n == 2 && r.truncated);
  nr_free(&r);
  /* a witness that does not fit is reported */
  CU_ASSERT_FATAL(nr_record(&e, &o, "p1", 0, &r));
  CU_ASSERT(r.mismatch);
  nr_free(&r);
  engine_free(&e);
  cleanup(path);
}

extern void suite_narrate(void); /* called by the runner (main.c) */
void suite_narrate(void) {
  TT_ADD_SUITE("narrate", TT_TEST(test_describe_is_read_only), TT_TEST(test_trace_order), TT_TEST(test_record));
}
