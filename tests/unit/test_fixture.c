/* test_fixture.c - the fixture format (write, read back, the raw form for one
 * output with exit code 0, texts that look like the format) and comparison. */
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "tt_test.h"

static void roundtrip(const FxSet *s, const char *want_text) {
  Buf b;
  buf_init(&b);
  fx_write(&b, s);
  if (want_text) CU_ASSERT_STRING_EQUAL(b.data ? b.data : "", want_text);
  FxSet back;
  char err[200];
  CU_ASSERT_FATAL(fx_parse(b.data ? b.data : "", b.len, &back, err, sizeof err));
  CU_ASSERT_EQUAL(back.n, s->n);
  for (uint32_t i = 0; i < s->n && i < back.n; i++) {
    CU_ASSERT(back.v[i].len == s->v[i].len && !memcmp(back.v[i].out, s->v[i].out, s->v[i].len));
    CU_ASSERT_EQUAL(back.v[i].exit_code, s->v[i].exit_code);
  }
  fx_free(&back);
  buf_free(&b);
}

static void test_raw_and_structured(void) {
  FxSet s = {0};
  fx_add(&s, "one\ntwo\n", 8, 0);
  roundtrip(&s, "one\ntwo\n");
  fx_add(&s, "one\ntwo\n", 8, 0); /* duplicates are kept out */
  CU_ASSERT_EQUAL(s.n, 1);
  fx_add(&s, "", 0, 1);
  fx_sort(&s);
  roundtrip(&s, "# ticktock fixture v1: 2 possible outputs\n"
                "# every output the program can print; lines are '| TEXT' (see ticktock(1), FIXTURES)\n"
                "== output 1, exit code 1\n"
                "== output 2, exit code 0\n"
                "| one\n"
                "| two\n");
  fx_free(&s);
}

static void test_lookalike_text(void) {
  FxSet s = {0};
  const char *t = "# ticktock fixture v1\n| x\n== y\n\nlast";
  fx_add(&s, t, strlen(t), 0);
  roundtrip(&s, NULL); /* written structured, read back exactly */
  fx_free(&s);
}

static void test_malformed(void) {
  FxSet s;
  char err[200];
  const char *t = "# ticktock fixture v1\n== output 1, exit code 0\nbare line\n";
  CU_ASSERT_FALSE(fx_parse(t, strlen(t), &s, err, sizeof err));
  CU_ASSERT_PTR_NOT_NULL(strstr(err, "line 3"));
  t = "# ticktock fixture v1\n# pinned: kept\n== output 1, exit code 0\n| a\n";
  CU_ASSERT_TRUE(fx_parse(t, strlen(t), &s, err, sizeof err));
  CU_ASSERT_TRUE(s.pinned);
  fx_free(&s);
}

static void test_compare(void) {
  FxSet want = {0}, got = {0};
  fx_add(&want, "a\nb\n", 4, 0);
  fx_add(&want, "b\na\n", 4, 0);
  fx_add(&got, "a\nb\n", 4, 0);
  Buf d;
  buf_init(&d);
  CU_ASSERT_EQUAL(fx_compare(&want, &got, false, "the fixture", &d), 0); /* incomplete: missing is not certain */
  CU_ASSERT_EQUAL(fx_compare(&want, &got, true, "the fixture", &d), 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(d.data, "output 2 of 2 in the fixture is never printed"));
  buf_clear(&d);
  fx_diff(&d, "x\ny\nz\n", 6, "x\nY\nz\n", 6, "expected", "actual");
  CU_ASSERT_STRING_EQUAL(d.data, "--- expected\n+++ actual\n x\n-y\n+Y\n z\n");
  buf_free(&d);
  fx_free(&want);
  fx_free(&got);
}

static void test_path(void) {
  char *p = fx_path_for("dir.v2/spec.mjs");
  CU_ASSERT_STRING_EQUAL(p, "dir.v2/spec.expected");
  free(p);
  p = fx_path_for("dir.v2/noext");
  CU_ASSERT_STRING_EQUAL(p, "dir.v2/noext.expected");
  free(p);
}

extern void suite_fixture(void); /* called by the runner (main.c) */
void suite_fixture(void) {
  TT_ADD_SUITE("fixture", TT_TEST(test_raw_and_structured), TT_TEST(test_lookalike_text), TT_TEST(test_malformed),
               TT_TEST(test_compare), TT_TEST(test_path));
}
