/* test_diag.c - diagnostic format: location, source line, caret line with
 * tabs kept, summary, the DIAG_MAX cap, UTF-16 columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "tt_test.h"

static char *render(const char *text, DiagList *d) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  DiagSource src = {"t.js", text, strlen(text)};
  diag_print(f, &src, d);
  diag_print_summary(f, d);
  fclose(f);
  return buf;
}

static void test_caret(void) {
  const char *text = "line one\n\tif (x)\t{ y + }\nlast";
  DiagList d;
  diag_init(&d);
  SrcSpan at = diag_span_at(text, strlen(text), 17); /* the '{' */
  at.end = at.start + 3;
  diag_add(&d, DIAG_ERROR, at, "bad %s", "thing");
  char *out = render(text, &d);
  CU_ASSERT_STRING_EQUAL(out, "t.js:2:9: error: bad thing\n\tif (x)\t{ y + }\n\t      \t^~~\n"
                              "1 error generated.\n");
  free(out);
  diag_free(&d);
}

static void test_no_position_and_summary(void) {
  DiagList d;
  diag_init(&d);
  diag_add(&d, DIAG_ERROR, (SrcSpan){0, 0, 0, 0}, "whole file");
  diag_add(&d, DIAG_ERROR, diag_span_at("ab", 2, 2), "at end");
  char *out = render("ab", &d);
  CU_ASSERT_STRING_EQUAL(out, "t.js: error: whole file\nt.js:1:3: error: at end\nab\n  ^\n"
                              "2 errors generated.\n");
  free(out);
  diag_free(&d);
}

static void test_cap(void) {
  DiagList d;
  diag_init(&d);
  for (int i = 0; i < 25; i++) diag_add(&d, DIAG_ERROR, (SrcSpan){0, 0, 0, 0}, "e%d", i);
  CU_ASSERT_EQUAL(d.len, DIAG_MAX);
  CU_ASSERT_EQUAL(d.errors, 25);
  CU_ASSERT_EQUAL(d.dropped, 5);
  diag_free(&d);
}

static void test_span_at(void) {
  const char *t = "a\r\nb\xF0\x9F\x98\x80" "c\xE2\x80\xA8" "d";
  SrcSpan s = diag_span_at(t, strlen(t), 8); /* 'c' */
  CU_ASSERT(s.line == 2 && s.col == 4);
  s = diag_span_at(t, strlen(t), 12); /* 'd' after U+2028 */
  CU_ASSERT(s.line == 3 && s.col == 1);
}

extern void suite_diag(void); /* called by the runner (main.c) */
void suite_diag(void) {
  TT_ADD_SUITE("diag", TT_TEST(test_caret), TT_TEST(test_no_position_and_summary),
               TT_TEST(test_cap), TT_TEST(test_span_at));
}
