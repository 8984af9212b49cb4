/* test_prelude_image.c - the prelude compiled at build time: loading the
 * image gives exactly the program (strings with their ids, prototypes with
 * their code, constants, handlers, positions) that compiling the prelude
 * from source gives, so a stale or wrong image cannot go unnoticed. */
#include <string.h>

#include "compile.h"
#include "prelude_image.h"
#include "realm.h"
#include "tt_test.h"

static bool same_array(const void *a, const void *b, size_t n, size_t size) {
  return n == 0 || memcmp(a, b, n * size) == 0;
}

static bool same_string(const StrTab *a, const StrTab *b, uint32_t id) {
  uint32_t n = str_len(a, id);
  if (n != str_len(b, id) || str_is_wide(a, id) != str_is_wide(b, id)) return false;
  if (str_is_wide(a, id)) return same_array(str_data16(a, id), str_data16(b, id), n, 2);
  return same_array(str_data8(a, id), str_data8(b, id), n, 1);
}

static void same_proto(const FuncProto *a, const FuncProto *b) {
  CU_ASSERT_EQUAL(a->id, b->id);
  CU_ASSERT_EQUAL(a->kind, b->kind);
  CU_ASSERT_EQUAL(a->flags, b->flags);
  CU_ASSERT_EQUAL(a->name, b->name);
  CU_ASSERT_EQUAL(a->nparams, b->nparams);
  CU_ASSERT_EQUAL(a->length, b->length);
  CU_ASSERT_EQUAL(a->nlocals, b->nlocals);
  CU_ASSERT_EQUAL(a->stack_cost, b->stack_cost);
  CU_ASSERT_EQUAL(memcmp(&a->span, &b->span, sizeof a->span), 0);
  CU_ASSERT_EQUAL_FATAL(a->ncode, b->ncode);
  CU_ASSERT_TRUE(same_array(a->code, b->code, a->ncode, sizeof *a->code));
  CU_ASSERT_EQUAL_FATAL(a->nconsts, b->nconsts);
  CU_ASSERT_TRUE(same_array(a->consts, b->consts, a->nconsts, sizeof *a->consts));
  CU_ASSERT_EQUAL_FATAL(a->nexc, b->nexc);
  CU_ASSERT_TRUE(same_array(a->exc, b->exc, a->nexc, sizeof *a->exc));
  CU_ASSERT_EQUAL_FATAL(a->nlines, b->nlines);
  CU_ASSERT_TRUE(same_array(a->lines, b->lines, a->nlines, sizeof *a->lines));
}

static void test_image_equals_compiled(void) {
  CU_ASSERT_NOT_EQUAL_FATAL(prelude_image.nprotos, 0); /* the library carries a real image */
  StrTab *ts = str_new(), *ti = str_new();
  Program *src = prog_new(ts, "a.js", "/a.js", "", 0), *img = prog_new(ti, "a.js", "/a.js", "", 0);
  uint32_t main_src = realm_compile_prelude(src), main_img = pi_load(img);
  CU_ASSERT_NOT_EQUAL_FATAL(main_src, UINT32_MAX);
  CU_ASSERT_EQUAL(main_src, main_img);
  CU_ASSERT_EQUAL_FATAL(str_count(ts), str_count(ti));
  for (uint32_t id = 0; id < str_count(ts); id++) CU_ASSERT_TRUE(same_string(ts, ti, id));
  CU_ASSERT_EQUAL_FATAL(src->nprotos, img->nprotos);
  for (uint32_t i = 0; i < src->nprotos; i++) same_proto(src->protos[i], img->protos[i]);
  prog_free(src);
  prog_free(img);
  str_free(ts);
  str_free(ti);
}

void suite_prelude_image(void);
void suite_prelude_image(void) { TT_ADD_SUITE("prelude_image", TT_TEST(test_image_equals_compiled)); }
