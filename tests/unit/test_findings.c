/* test_findings.c - findings decided over hand-built state graphs: how
 * many schedules show a fact, on all or some, the witness, cycles (a
 * program that can run forever), facts read back from labels, policy. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "findings.h"
#include "findings_int.h"
#include "tt_test.h"

/* A graph under construction: labels are appended as strings (id 0 is ""). */
typedef struct G {
  XpGraph g;
} G;

static uint32_t label(G *t, const char *s) {
  XpStrings *st = &t->g.strings;
  for (uint32_t id = 0; id < st->n; id++)
    if (!strcmp(xp_str(st, id), s)) return id;
  if (st->n == st->cap) {
    st->cap = st->cap ? st->cap * 2 : 16;
    st->off = xrealloc(st->off, sizeof(uint64_t) * st->cap);
    st->len = xrealloc(st->len, sizeof(uint32_t) * st->cap);
  }
  st->off[st->n] = st->text.len;
  st->len[st->n] = (uint32_t)strlen(s);
  buf_append(&st->text, s, strlen(s));
  buf_putc(&st->text, '\0');
  return st->n++;
}

static void g_init(G *t, uint32_t nstates) {
  memset(t, 0, sizeof *t);
  buf_init(&t->g.strings.text);
  label(t, "");
  t->g.states = xcalloc(nstates, sizeof(XpState));
  t->g.nstates = t->g.cstates = nstates;
  for (uint32_t s = 0; s < nstates; s++) t->g.states[s].flags = XS_EXPANDED;
  t->g.complete = true;
}

/* Edges must be added grouped by source state, in state order. */
static void edge(G *t, uint32_t from, uint32_t to, const char *choices, const char *facts) {
  XpGraph *g = &t->g;
  if (g->nedges == g->cedges) {
    g->cedges = g->cedges ? g->cedges * 2 : 16;
    g->edges = xrealloc(g->edges, sizeof(XpEdge) * g->cedges);
  }
  if (g->states[from].nedges == 0) g->states[from].first_edge = (uint32_t)g->nedges;
  g->states[from].nedges++;
  g->edges[g->nedges++] = (XpEdge){from, to, xp_label_intern(&g->labels, (XpLabel){0, 0, label(t, choices), label(t, facts)})};
}

static void terminal(G *t, uint32_t s) { t->g.states[s].flags = XS_TERMINAL | XS_EXPANDED; }

static void g_free(G *t) {
  free(t->g.states);
  free(t->g.edges);
  buf_free(&t->g.strings.text);
  free(t->g.strings.off);
  free(t->g.strings.len);
  xp_labels_free(&t->g.labels);
}

static const Finding *find(const FdList *l, FindingKind k) {
  for (uint32_t i = 0; i < l->n; i++)
    if (l->v[i].kind == k) return &l->v[i];
  return NULL;
}

static char *count(const Finding *f) {
  Buf b;
  buf_init(&b);
  big_to_string(&f->schedules, &b);
  return buf_take(&b, NULL);
}

static const char *const kFatal = "U\t3:5\tError('x')\t-\ttimer\t2:1\t\t\t\n";

/* 0 -p1-> 1 (fact) -> 3;  0 -p0-> 2 -> 3: one of two schedules. */
static void test_some_schedules(void) {
  G t;
  g_init(&t, 4);
  edge(&t, 0, 2, "p0", "");
  edge(&t, 0, 1, "p1", "");
  edge(&t, 1, 3, "b0", kFatal);
  edge(&t, 2, 3, "b1", "");
  terminal(&t, 3);
  FdPolicy p;
  fd_policy_default(&p);
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  const Finding *f = find(&l, FK_UNCAUGHT_EXCEPTION);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_FALSE(f->on_all);
  char *n = count(f);
  CU_ASSERT_STRING_EQUAL(n, "1");
  free(n);
  CU_ASSERT_STRING_EQUAL(f->witness, "p1"); /* trailing default choices (b0) dropped */
  CU_ASSERT_EQUAL(f->line, 3);
  CU_ASSERT_EQUAL(f->col, 5);
  CU_ASSERT_EQUAL(f->severity, FD_ERROR);
  CU_ASSERT_TRUE(fd_violates(&l, &p));
  fd_list_free(&l);
  g_free(&t);
}

/* Both branches show it: on every schedule, counted once per schedule
 * even when a path shows it twice. */
static void test_all_schedules(void) {
  G t;
  g_init(&t, 4);
  edge(&t, 0, 1, "p0", kFatal);
  edge(&t, 0, 2, "p1", "");
  edge(&t, 1, 3, "", kFatal);
  edge(&t, 1, 3, "q1", "");
  edge(&t, 2, 3, "", kFatal);
  terminal(&t, 3);
  FdPolicy p;
  fd_policy_default(&p);
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  const Finding *f = find(&l, FK_UNCAUGHT_EXCEPTION);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_TRUE(f->on_all);
  char *n = count(f);
  CU_ASSERT_STRING_EQUAL(n, "3");
  free(n);
  fd_list_free(&l);
  g_free(&t);
}

/* A cycle: the program can run forever (from the interval's "T" facts);
 * the end stays reachable, so on some schedules only. */
static void test_cycle(void) {
  G t;
  g_init(&t, 3);
  edge(&t, 0, 1, "", "");
  edge(&t, 1, 1, "r0", "T\tinterval\t4:13\ttick\n");
  edge(&t, 1, 2, "r1", "");
  terminal(&t, 2);
  FdPolicy p;
  fd_policy_default(&p);
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  const Finding *f = find(&l, FK_NON_TERMINATION);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_FALSE(f->on_all);
  CU_ASSERT_TRUE(big_is_zero(&f->schedules)); /* infinitely many */
  CU_ASSERT_EQUAL(f->line, 4);
  CU_ASSERT_EQUAL(f->col, 13);
  CU_ASSERT_PTR_NOT_NULL(strstr(f->message, "setInterval"));
  fd_list_free(&l);
  g_free(&t);
}

/* A caught overflow is a warning; an uncaught one (a fatal fact whose
 * reason is the RangeError, same place) an error. */
static void test_overflow_severity(void) {
  G t;
  g_init(&t, 3);
  edge(&t, 0, 1, "", "S\t2:10\t11000\tcycle\tf@2:10\n");
  edge(&t, 1, 2, "", "");
  terminal(&t, 2);
  FdPolicy p;
  fd_policy_default(&p);
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  const Finding *f = find(&l, FK_STACK_OVERFLOW);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(f->severity, FD_WARNING);
  CU_ASSERT_PTR_NOT_NULL(strstr(f->message, "caught"));
  fd_list_free(&l);
  XpLabel l1 = *xp_edge_label(&t.g, 1);
  l1.facts = label(&t, "U\t2:10\tRangeError('Maximum call stack size exceeded')\t-\tmain\t1:1\t\t\t\n");
  t.g.edges[1].label = xp_label_intern(&t.g.labels, l1);
  fd_analyze(&t.g, NULL, &p, &l);
  f = find(&l, FK_STACK_OVERFLOW);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(f->severity, FD_ERROR);
  CU_ASSERT_PTR_NULL(find(&l, FK_UNCAUGHT_EXCEPTION)); /* reported once, as the overflow */
  fd_list_free(&l);
  g_free(&t);
}

/* The policy decides the severity; allowed kinds do not fail the check,
 * an expected kind that is missing does. */
static void test_policy(void) {
  G t;
  g_init(&t, 2);
  edge(&t, 0, 1, "", "2\t5:3\tresolve\t2:11\tfulfilled\n");
  terminal(&t, 1);
  FdPolicy p;
  fd_policy_default(&p);
  p.error[FK_DOUBLE_SETTLE] = false;
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  CU_ASSERT_EQUAL(l.n, 1);
  CU_ASSERT_EQUAL(l.v[0].severity, FD_WARNING);
  CU_ASSERT_FALSE(fd_violates(&l, &p));
  p.expected[FK_DEADLOCK] = true;
  CU_ASSERT_TRUE(fd_violates(&l, &p));
  fd_list_free(&l);
  /* an expected kind that is found is what the spec asks for: no error */
  fd_policy_default(&p);
  p.expected[FK_DOUBLE_SETTLE] = true;
  fd_analyze(&t.g, NULL, &p, &l);
  CU_ASSERT_EQUAL(l.v[0].severity, FD_WARNING);
  CU_ASSERT_FALSE(fd_violates(&l, &p));
  fd_list_free(&l);
  g_free(&t);
}

/* The default severities are the issue's: these kinds fail the check,
 * the rest are warnings (order-dependent a note). */
static void test_default_policy(void) {
  static const char *const errors[] = {"deadlock", "stack-overflow", "unhandled-rejection", "uncaught-exception",
                                       "starvation", "non-termination", "double-settle"};
  FdPolicy p;
  fd_policy_default(&p);
  for (int k = 0; k < FK__COUNT; k++) {
    bool want = false;
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) want |= !strcmp(errors[i], fd_kind_name((FindingKind)k));
    CU_ASSERT_EQUAL(p.error[k], want);
    FindingKind back;
    CU_ASSERT_TRUE(fd_kind_from_name(fd_kind_name((FindingKind)k), &back) && back == (FindingKind)k);
  }
  CU_ASSERT_EQUAL(FK__COUNT, 13);
}

/* The extent goes at the head of the message: "on 2 of 6 schedules"
 * after the rejection's reason, before what it costs. */
static void test_extent_in_message(void) {
  G t;
  g_init(&t, 3);
  edge(&t, 0, 1, "r0", "R\tfatal\t2:16\t2:9\tPromise.reject\tError('it broke')\t-\tmain\t1:1\t\t\tdone\n");
  edge(&t, 0, 2, "r1", "");
  terminal(&t, 1);
  terminal(&t, 2);
  FdPolicy p;
  fd_policy_default(&p);
  FdList l;
  fd_analyze(&t.g, NULL, &p, &l);
  const Finding *f = find(&l, FK_UNHANDLED_REJECTION);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_STRING_EQUAL(f->message, "unhandled rejection of Error('it broke') on 1 schedule (the process exits; "
                                     "\"done\" is never printed)");
  CU_ASSERT_STRING_EQUAL(f->witness, "r0");
  fd_list_free(&l);
  g_free(&t);
}

/* Labels split into facts and fields; missing fields read as "". */
static void test_parse_facts(void) {
  FdFact *f;
  char *store;
  uint32_t n = fd_parse_facts("T\ttimer\t3:1\tpoll\nN\t2:5\n", &f, &store);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(f[0].tag, 'T');
  CU_ASSERT_EQUAL(f[0].nf, 3);
  CU_ASSERT_STRING_EQUAL(f[0].f[2], "poll");
  CU_ASSERT_EQUAL(f[1].nf, 1);
  CU_ASSERT_STRING_EQUAL(f[1].f[3], "");
  uint32_t line, col;
  CU_ASSERT_TRUE(fd_pos(f[1].f[0], &line, &col));
  CU_ASSERT_EQUAL(line, 2);
  CU_ASSERT_EQUAL(col, 5);
  CU_ASSERT_FALSE(fd_pos("x:1", &line, &col));
  free(f);
  free(store);
}

/* Unmodelled things reached on some transition ("X" facts): each place
 * once, in source order, however many edges reach it; at most max. */
static void test_unsupported(void) {
  G t;
  g_init(&t, 4);
  edge(&t, 0, 1, "p0", "T\tmain\t1:1\t\nX\t7:3\trequire('net')\n");
  edge(&t, 0, 2, "p1", "X\t2:9\tnew BroadcastChannel('a')\n");
  edge(&t, 1, 3, "", "X\t7:3\trequire('net')\n");
  edge(&t, 2, 3, "", "X\t2:9\tnew BroadcastChannel('a')\nX\t2:1\tpostMessageToThread()");
  terminal(&t, 3);
  FdUnsupported u[2];
  uint32_t n = fd_unsupported(&t.g, u, 2);
  CU_ASSERT_EQUAL_FATAL(n, 2);
  CU_ASSERT_EQUAL(u[0].line, 2);
  CU_ASSERT_EQUAL(u[0].col, 1);
  CU_ASSERT_STRING_EQUAL(u[0].what, "postMessageToThread()");
  CU_ASSERT_EQUAL(u[1].col, 9); /* 7:3 dropped: past max */
  for (uint32_t i = 0; i < n; i++) free(u[i].what);
  FdUnsupported all[8];
  n = fd_unsupported(&t.g, all, 8);
  CU_ASSERT_EQUAL_FATAL(n, 3);
  CU_ASSERT_STRING_EQUAL(all[2].what, "require('net')");
  for (uint32_t i = 0; i < n; i++) free(all[i].what);
  G none;
  g_init(&none, 2);
  edge(&none, 0, 1, "", "T\tmain\t1:1\t\n");
  CU_ASSERT_EQUAL(fd_unsupported(&none.g, all, 8), 0);
  g_free(&none);
  g_free(&t);
}

extern void suite_findings(void); /* called by the runner (main.c) */
void suite_findings(void) {
  TT_ADD_SUITE("findings", TT_TEST(test_some_schedules), TT_TEST(test_all_schedules), TT_TEST(test_cycle),
               TT_TEST(test_overflow_severity), TT_TEST(test_policy), TT_TEST(test_default_policy),
               TT_TEST(test_extent_in_message), TT_TEST(test_parse_facts),
               TT_TEST(test_unsupported));
}
