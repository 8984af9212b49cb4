/* test_order.c - outputs, counts and orders (order.c) on small state graphs
 * built by hand: a diamond of two interleavings, a diamond whose two
 * schedules print the same, a cycle that prints nothing (finitely many
 * outputs, infinitely many schedules), a cycle that prints (infinitely many
 * outputs), a state that never ends, a line printed twice, equal stdout
 * with different exit codes; orders both from the listed outputs and from
 * the automaton alone; edge labels are shared (xp_label_intern); counts
 * beyond 64 bits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "order.h"
#include "tt_test.h"

/* An edge of a graph under construction; edges are given grouped by
 * source state, in order. */
typedef struct E {
  uint32_t from, to;
  const char *out, *choices;
} E;

static uint32_t label(XpStrings *s, const char *text) {
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 16;
    s->off = realloc(s->off, sizeof(uint64_t) * s->cap);
    s->len = realloc(s->len, sizeof(uint32_t) * s->cap);
  }
  s->off[s->n] = s->text.len;
  s->len[s->n] = (uint32_t)strlen(text);
  buf_append(&s->text, text, strlen(text) + 1);
  return s->n++;
}

/* A graph of nstates states; final lists the terminal ones with their
 * exit codes (-1 ends the list; other states are expanded). */
static XpGraph *graph(uint32_t nstates, const E *edges, uint32_t nedges, const int (*final)[2]) {
  XpGraph *g = calloc(1, sizeof *g);
  buf_init(&g->strings.text);
  label(&g->strings, "");
  g->states = calloc(nstates, sizeof(XpState));
  g->nstates = g->cstates = nstates;
  g->edges = calloc(nedges + 1, sizeof(XpEdge));
  g->nedges = g->cedges = nedges;
  for (uint32_t s = 0; s < nstates; s++) g->states[s].flags = XS_EXPANDED;
  for (uint32_t i = 0; i < nedges; i++) {
    XpState *st = &g->states[edges[i].from];
    if (!st->nedges) st->first_edge = i;
    st->nedges++;
    XpLabel l = {label(&g->strings, edges[i].out), 0, label(&g->strings, edges[i].choices), 0};
    g->edges[i] = (XpEdge){edges[i].from, edges[i].to, xp_label_intern(&g->labels, l)};
  }
  for (uint32_t k = 0; final[k][0] >= 0; k++) {
    g->states[final[k][0]].flags |= XS_TERMINAL;
    g->states[final[k][0]].exit_code = final[k][1];
  }
  g->complete = true;
  return g;
}

static XaResult *analyze(const XpGraph *g, uint32_t max_enumerate) {
  XaOpts o = {.max_outputs = 100, .max_enumerate = max_enumerate};
  return xa_analyze(g, &o);
}

static bool big_is(const BigNum *b, uint64_t v) {
  BigNum x;
  big_init(&x);
  big_set_u64(&x, v);
  bool eq = big_cmp(b, &x) == 0;
  big_free(&x);
  return eq;
}

/* The index of line `text` (occurrence occ), or -1. */
static int line(const XaResult *r, const char *text, uint32_t occ) {
  for (uint32_t i = 0; i < r->nlines; i++)
    if (r->lines[i].occ == occ && strcmp(r->lines[i].text, text) == 0) return (int)i;
  return -1;
}

static int rel(const XaResult *r, int i, int j) {
  if (i < 0 || j < 0 || !r->rel) return -1;
  return r->rel[(size_t)i * r->nlines + (size_t)j];
}

static bool has_hasse(const XaResult *r, int i, int j) {
  for (uint32_t k = 0; k < r->nhasse; k++)
    if ((int)r->hasse[k][0] == i && (int)r->hasse[k][1] == j) return true;
  return false;
}

/* The listed output with this stdout and exit code, or NULL. */
static const XaOutput *output(const XaResult *r, const char *out, int code) {
  for (uint32_t i = 0; i < r->noutputs; i++)
    if (r->outputs[i].exit_code == code && r->outputs[i].out_len == strlen(out) &&
        memcmp(r->outputs[i].out, out, r->outputs[i].out_len) == 0)
      return &r->outputs[i];
  return NULL;
}

static const int END0[][2] = {{3, 0}, {-1, 0}};

static void test_diamond(void) {
  const E e[] = {{0, 1, "a\n", "p0"}, {0, 2, "b\n", "p1"}, {1, 3, "b\n", "p0"}, {2, 3, "a\n", "p0"}};
  XpGraph *g = graph(4, e, 4, END0);
  for (uint32_t en = 0; en <= 100; en += 100) {
    XaResult *r = analyze(g, en);
    CU_ASSERT(!r->cyclic && !r->nonterminating && r->count_exact && !r->count_infinite);
    CU_ASSERT(big_is(&r->output_count, 2));
    CU_ASSERT(big_is(&r->schedules, 2));
    CU_ASSERT_EQUAL(r->noutputs, 2);
    CU_ASSERT_EQUAL(r->final_states, 1);
    const XaOutput *ab = output(r, "a\nb\n", 0), *ba = output(r, "b\na\n", 0);
    CU_ASSERT_FATAL(ab && ba);
    CU_ASSERT_STRING_EQUAL(ab->witness, "p0"); /* trailing default choices dropped, not the first */
    CU_ASSERT_STRING_EQUAL(ba->witness, "p1");
    CU_ASSERT(big_is(&ab->schedules, 1) && big_is(&ba->schedules, 1));
    int a = line(r, "a", 1), b = line(r, "b", 1);
    CU_ASSERT(a >= 0 && b >= 0 && r->nlines == 2);
    CU_ASSERT(r->lines[a].always && r->lines[b].always);
    CU_ASSERT_EQUAL(rel(r, a, b), REL_UNORDERED);
    CU_ASSERT_EQUAL(r->nhasse, 0);
    xa_free(r);
  }
  xp_free(g);
}

/* x, then a by either of two schedules, then b: one output. */
static void test_merged_diamond(void) {
  const E e[] = {{0, 1, "x\n", ""}, {1, 2, "a\n", "p0"}, {1, 3, "a\n", "p1"}, {2, 4, "b\n", ""}, {3, 4, "b\n", ""}};
  const int end[][2] = {{4, 0}, {-1, 0}};
  XpGraph *g = graph(5, e, 5, end);
  for (uint32_t en = 0; en <= 100; en += 100) {
    XaResult *r = analyze(g, en);
    CU_ASSERT(big_is(&r->output_count, 1));
    CU_ASSERT(big_is(&r->schedules, 2));
    const XaOutput *o = output(r, "x\na\nb\n", 0);
    CU_ASSERT_FATAL(o != NULL);
    CU_ASSERT(big_is(&o->schedules, 2));
    int x = line(r, "x", 1), a = line(r, "a", 1), b = line(r, "b", 1);
    CU_ASSERT_EQUAL(rel(r, x, a), REL_BEFORE);
    CU_ASSERT_EQUAL(rel(r, a, b), REL_BEFORE);
    CU_ASSERT_EQUAL(rel(r, x, b), REL_BEFORE);
    CU_ASSERT_EQUAL(rel(r, b, x), REL_AFTER);
    CU_ASSERT_EQUAL(r->nhasse, 2); /* x -> a -> b, not x -> b */
    CU_ASSERT(has_hasse(r, x, a) && has_hasse(r, a, b) && !has_hasse(r, x, b));
    xa_free(r);
  }
  xp_free(g);
}

/* a, then any number of silent rounds through states 1 and 2, then b. */
static void test_silent_cycle(void) {
  const E e[] = {{0, 1, "a\n", ""}, {1, 2, "", "p0"}, {1, 3, "b\n", "p1"}, {2, 1, "", ""}};
  const int end[][2] = {{3, 0}, {-1, 0}};
  XpGraph *g = graph(4, e, 4, end);
  XaResult *r = analyze(g, 100);
  CU_ASSERT(r->cyclic && r->schedules_infinite);
  CU_ASSERT(!r->nonterminating); /* every state can still reach the end */
  CU_ASSERT(r->count_exact && !r->count_infinite);
  CU_ASSERT(big_is(&r->output_count, 1));
  CU_ASSERT(output(r, "a\nb\n", 0) != NULL);
  CU_ASSERT_EQUAL(rel(r, line(r, "a", 1), line(r, "b", 1)), REL_BEFORE);
  xa_free(r);
  xp_free(g);
}

/* a, then c any number of times, then b: infinitely many outputs. */
static void test_printing_cycle(void) {
  const E e[] = {{0, 1, "a\n", ""}, {1, 2, "c\n", "p0"}, {1, 3, "b\n", "p1"}, {2, 1, "", ""}};
  const int end[][2] = {{3, 0}, {-1, 0}};
  XpGraph *g = graph(4, e, 4, end);
  XaResult *r = analyze(g, 100);
  CU_ASSERT(r->cyclic && r->count_infinite && r->schedules_infinite);
  CU_ASSERT(r->noutputs > 0); /* some of them are listed: a, c..., b */
  for (uint32_t i = 0; i < r->noutputs; i++) {
    const XaOutput *o = &r->outputs[i];
    CU_ASSERT(o->out_len >= 4 && memcmp(o->out, "a\n", 2) == 0 && memcmp(o->out + o->out_len - 2, "b\n", 2) == 0);
  }
  xa_free(r);
  xp_free(g);
}

/* State 2 loops forever; state 1 ends. */
static void test_nonterminating(void) {
  const E e[] = {{0, 1, "a\n", "p0"}, {0, 2, "z\n", "p1"}, {2, 2, "", ""}};
  const int end[][2] = {{1, 0}, {-1, 0}};
  XpGraph *g = graph(3, e, 3, end);
  XaResult *r = analyze(g, 100);
  CU_ASSERT(r->nonterminating);
  CU_ASSERT(big_is(&r->output_count, 1)); /* only complete outputs count */
  CU_ASSERT(output(r, "a\n", 0) != NULL);
  xa_free(r);
  xp_free(g);
}

/* x y x or x x y: the second x is a line of its own. */
static void test_line_twice(void) {
  const E e[] = {{0, 1, "x\n", ""}, {1, 2, "y\n", "p0"}, {1, 3, "x\n", "p1"}, {2, 4, "x\n", ""}, {3, 4, "y\n", ""}};
  const int end[][2] = {{4, 0}, {-1, 0}};
  XpGraph *g = graph(5, e, 5, end);
  XaResult *r = analyze(g, 100);
  CU_ASSERT(big_is(&r->output_count, 2));
  CU_ASSERT(r->order_exact);
  int x1 = line(r, "x", 1), x2 = line(r, "x", 2), y = line(r, "y", 1);
  CU_ASSERT(x1 >= 0 && x2 >= 0 && y >= 0 && r->nlines == 3);
  CU_ASSERT(r->lines[x1].always && r->lines[x2].always && r->lines[y].always);
  CU_ASSERT_EQUAL(rel(r, x1, y), REL_BEFORE);
  CU_ASSERT_EQUAL(rel(r, x1, x2), REL_BEFORE);
  CU_ASSERT_EQUAL(rel(r, y, x2), REL_UNORDERED);
  CU_ASSERT_EQUAL(r->nhasse, 2);
  CU_ASSERT(has_hasse(r, x1, y) && has_hasse(r, x1, x2));
  xa_free(r);
  /* without listing every output, the repeated line is left out and the
   * order is marked inexact; the count stays exact */
  XaOpts o = {.max_outputs = 1, .max_enumerate = 1};
  r = xa_analyze(g, &o);
  CU_ASSERT(big_is(&r->output_count, 2) && r->count_exact);
  CU_ASSERT(!r->order_exact);
  CU_ASSERT_EQUAL(r->noutputs, 1);
  xa_free(r);
  xp_free(g);
}

/* The same stdout with two exit codes: two outputs. */
static void test_exit_codes(void) {
  const E e[] = {{0, 1, "a\n", "p0"}, {0, 2, "a\n", "p1"}};
  const int end[][2] = {{1, 0}, {2, 1}, {-1, 0}};
  XpGraph *g = graph(3, e, 2, end);
  XaResult *r = analyze(g, 100);
  CU_ASSERT(big_is(&r->output_count, 2));
  CU_ASSERT(output(r, "a\n", 0) != NULL && output(r, "a\n", 1) != NULL);
  CU_ASSERT_EQUAL(r->final_states, 2);
  xa_free(r);
  xp_free(g);
}

/* k binary choices in a row, each printing a or b: 2^k outputs and
 * schedules.  Counts are summed in 64-bit words while they fit and again
 * in big numbers when they do not (2^64 is the first that does not). */
static void test_wide_counts(void) {
  static const struct {
    uint32_t k;
    const char *count;
  } cases[] = {{63, "9223372036854775808"}, {64, "18446744073709551616"}, {70, "1180591620717411303424"}};
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    uint32_t k = cases[c].k;
    E e[140];
    for (uint32_t i = 0; i < k; i++) {
      e[2 * i] = (E){i, i + 1, "a\n", "p0"};
      e[2 * i + 1] = (E){i, i + 1, "b\n", "p1"};
    }
    const int end[][2] = {{(int)k, 0}, {-1, 0}};
    XpGraph *g = graph(k + 1, e, 2 * k, end);
    XaOpts o = {.max_outputs = 1, .max_enumerate = 0};
    XaResult *r = xa_analyze(g, &o);
    Buf out, sched;
    buf_init(&out);
    buf_init(&sched);
    big_to_string(&r->output_count, &out);
    big_to_string(&r->schedules, &sched);
    buf_putc(&out, '\0');
    buf_putc(&sched, '\0');
    CU_ASSERT(r->count_exact && !r->count_infinite && !r->cyclic);
    CU_ASSERT_STRING_EQUAL(out.data, cases[c].count);
    CU_ASSERT_STRING_EQUAL(sched.data, cases[c].count);
    buf_free(&out);
    buf_free(&sched);
    xa_free(r);
    xp_free(g);
  }
}

/* Three independent completions, each printing its number (the shape the
 * explorer builds for n independent fetches: 2^n states, n! outputs);
 * orders from the automaton (nothing listed) and from the listing agree. */
static void test_cube(void) {
  enum { N = 3 };
  E e[N << N];
  char outs[N][4], ch[N][4];
  uint32_t ne = 0;
  for (uint32_t i = 0; i < N; i++) {
    snprintf(outs[i], sizeof outs[i], "%u\n", i);
    snprintf(ch[i], sizeof ch[i], "p%u", i);
  }
  for (uint32_t s = 0; s < (1u << N); s++)
    for (uint32_t i = 0; i < N; i++)
      if (!(s >> i & 1)) e[ne++] = (E){s, s | 1u << i, outs[i], ch[i]};
  const int end[][2] = {{(1 << N) - 1, 0}, {-1, 0}};
  XpGraph *g = graph(1u << N, e, ne, end);
  XaResult *all = analyze(g, 100);
  XaOpts o = {.max_outputs = 0, .max_enumerate = 0};
  XaResult *dfa = xa_analyze(g, &o);
  CU_ASSERT(big_is(&all->output_count, 6) && big_is(&dfa->output_count, 6));
  CU_ASSERT(big_is(&all->schedules, 6));
  CU_ASSERT_EQUAL(all->noutputs, 6);
  CU_ASSERT_EQUAL(dfa->noutputs, 0);
  CU_ASSERT(all->nlines == N && dfa->nlines == N);
  CU_ASSERT(dfa->order_exact);
  for (uint32_t i = 0; i < N; i++)
    for (uint32_t j = 0; j < N; j++) {
      if (i == j) continue;
      char a[4], b[4];
      snprintf(a, sizeof a, "%u", i);
      snprintf(b, sizeof b, "%u", j);
      CU_ASSERT_EQUAL(rel(all, line(all, a, 1), line(all, b, 1)), REL_UNORDERED);
      CU_ASSERT_EQUAL(rel(dfa, line(dfa, a, 1), line(dfa, b, 1)), REL_UNORDERED);
    }
  CU_ASSERT(all->nhasse == 0 && dfa->nhasse == 0);
  xa_free(all);
  xa_free(dfa);
  xp_free(g);
}

/* Equal labels get one id, different ones different ids, across table
 * growth. */
static void test_labels(void) {
  XpLabels l = {0};
  for (uint32_t i = 0; i < 1000; i++) CU_ASSERT_EQUAL(xp_label_intern(&l, (XpLabel){i, i % 3, i % 7, 1}), i);
  CU_ASSERT_EQUAL(l.n, 1000);
  for (uint32_t i = 0; i < 1000; i++) CU_ASSERT_EQUAL(xp_label_intern(&l, (XpLabel){i, i % 3, i % 7, 1}), i);
  CU_ASSERT_EQUAL(xp_label_intern(&l, (XpLabel){5, 0, 5, 1}), 1000); /* differs from label 5 in err */
  CU_ASSERT_EQUAL(l.n, 1001);
  xp_labels_free(&l);
}

/* Witnesses lose their trailing default choices (x0), never the first
 * fragment, and never a choice whose number merely ends in 0. */
static void test_witness_trim(void) {
  const char *cases[][2] = {{"p0p0", "p0"}, {"b0s0b1b0b0b0", "b0s0b1"}, {"p10", "p10"}, {"p1p10", "p1p10"},
                            {"r0", "r0"}, {"", ""}, {"b0s0", "b0"}, {"q3r0p20b0", "q3r0p20"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n = xp_witness_trim(cases[i][0], strlen(cases[i][0]));
    CU_ASSERT_EQUAL(n, strlen(cases[i][1]));
    CU_ASSERT_NSTRING_EQUAL(cases[i][0], cases[i][1], n);
  }
}

extern void suite_order(void); /* called by the runner (main.c) */
void suite_order(void) {
  TT_ADD_SUITE("order", TT_TEST(test_diamond), TT_TEST(test_merged_diamond), TT_TEST(test_silent_cycle),
               TT_TEST(test_printing_cycle), TT_TEST(test_nonterminating), TT_TEST(test_line_twice),
               TT_TEST(test_exit_codes), TT_TEST(test_cube), TT_TEST(test_labels),
               TT_TEST(test_wide_counts), TT_TEST(test_witness_trim));
}
