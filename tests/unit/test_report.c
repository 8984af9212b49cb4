/* test_report.c - findings and violated expectations in every report format
 * (text, gcc, JSON), with a synthetic finding: the analyses that produce
 * real ones live elsewhere; the formats are this module's contract. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "report.h"
#include "tt_test.h"

static const char src[] = "const p = Promise.reject(new Error('x'));\n"
                          "setTimeout(() => p.catch(() => {}), 10);\n";

/* One unhandled rejection (2 schedules, witness p1) with one related note,
 * and one violated expectation with detail lines. */
static void fixture(FdList *l, PgViolations *v) {
  memset(l, 0, sizeof *l);
  memset(v, 0, sizeof *v);
  l->v = xcalloc(1, sizeof *l->v);
  l->n = l->cap = 1;
  Finding *f = &l->v[0];
  f->kind = FK_UNHANDLED_REJECTION;
  f->severity = FD_ERROR;
  f->message = xstrdup("the promise is rejected with no handler");
  f->line = 1, f->col = 11;
  big_init(&f->schedules);
  big_set_u64(&f->schedules, 2);
  f->witness = xstrdup("p1");
  f->related = xcalloc(1, sizeof *f->related);
  f->nrelated = 1;
  f->related[0] = (FdRelated){2, 18, xstrdup("the handler is attached only here, 10 ms later")};
  pg_violation_add(v, (PgPos){0, 0}, "  | a\n", "the output differs from %s", "the fixture t.expected");
}

static char *problems(const Report *rp, bool gcc) {
  Buf b;
  buf_init(&b);
  if (gcc) rp_gcc(&b, rp);
  else rp_problems(&b, rp);
  size_t n;
  return buf_take(&b, &n);
}

static void test_text_and_gcc(void) {
  FdList l;
  PgViolations v;
  fixture(&l, &v);
  Report rp = {.file = "t.js", .findings = &l, .violations = &v, .src = src, .src_len = strlen(src)};
  char *text = problems(&rp, false);
  CU_ASSERT_STRING_EQUAL(text,
                         "t.js: error: the output differs from the fixture t.expected\n"
                         "    | a\n"
                         "t.js:1:11: error: the promise is rejected with no handler [unhandled-rejection]\n"
                         "const p = Promise.reject(new Error('x'));\n"
                         "          ^\n"
                         "t.js:2:18: note: the handler is attached only here, 10 ms later\n"
                         "setTimeout(() => p.catch(() => {}), 10);\n"
                         "                 ^\n"
                         "  witness p1: ticktock run --schedule p1 t.js (step by step: ticktock explain --witness p1 t.js)\n");
  char *gcc = problems(&rp, true);
  CU_ASSERT_STRING_EQUAL(gcc, "t.js:1:1: error: the output differs from the fixture t.expected\n"
                              "t.js:1:11: error: the promise is rejected with no handler [unhandled-rejection] (witness p1)\n"
                              "t.js:2:18: note: the handler is attached only here, 10 ms later\n");
  uint32_t e, o, n;
  rp_counts(&rp, &e, &o, &n);
  CU_ASSERT(e == 1 && o == 0 && n == 1);
  free(text);
  free(gcc);
  fd_list_free(&l);
  pg_violations_free(&v);
}

static void test_json(void) {
  FdList l;
  PgViolations v;
  fixture(&l, &v);
  XpGraph g;
  memset(&g, 0, sizeof g);
  g.complete = true;
  XaResult r;
  memset(&r, 0, sizeof r);
  big_init(&r.output_count);
  big_init(&r.schedules);
  big_set_u64(&r.output_count, 1);
  big_set_u64(&r.schedules, 1);
  r.count_exact = r.order_exact = true;
  Report rp = {"t.js", "node20", &g, &r, 1, 8, 100, false, &l, &v, src, strlen(src), 1};
  Buf b;
  buf_init(&b);
  rp_json_buf(&b, &rp, NULL);
  CU_ASSERT_PTR_NOT_NULL(strstr(b.data,
                                "\"findings\": [\n"
                                "    {\"kind\": \"unhandled-rejection\", \"severity\": \"error\", \"message\": \"the promise "
                                "is rejected with no handler\", \"file\": \"t.js\", \"line\": 1, \"col\": 11, \"on\": \"some\", "
                                "\"schedules\": 2, \"witness\": \"p1\", \"related\": [{\"file\": \"t.js\", \"line\": 2, "
                                "\"col\": 18, \"note\": \"the handler is attached only here, 10 ms later\"}]}\n  ]"));
  CU_ASSERT_PTR_NOT_NULL(strstr(b.data, "\"violations\": [\n    {\"message\": \"the output differs from the fixture "
                                        "t.expected\", \"file\": \"t.js\", \"line\": null, \"col\": null, \"detail\": "
                                        "\"  | a\\n\"}\n  ]"));
  CU_ASSERT_PTR_NOT_NULL(strstr(b.data, "\"status\": \"failed\""));
  buf_free(&b);
  big_free(&r.output_count);
  big_free(&r.schedules);
  fd_list_free(&l);
  pg_violations_free(&v);
}

static void test_xml_escape(void) {
  Buf b;
  buf_init(&b);
  rp_xml_text(&b, "<a href=\"x\">&'\x01", 15);
  CU_ASSERT_STRING_EQUAL(b.data, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#xFFFD;");
  buf_free(&b);
}

extern void suite_report(void); /* called by the runner (main.c) */
void suite_report(void) {
  TT_ADD_SUITE("report", TT_TEST(test_text_and_gcc), TT_TEST(test_json), TT_TEST(test_xml_escape));
}
