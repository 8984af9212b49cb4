/* test_str.c - the string table: interning (equal text, equal id) across
 * narrow and wide forms, UTF-8 in and out with surrogates, UTF-16 length
 * and indexing, concatenation, slicing, array-index recognition. */
#include <stdlib.h>
#include <string.h>

#include "str.h"
#include "tt_test.h"

static void test_interning(void) {
  StrTab *t = str_new();
  uint32_t a = str_cstr(t, "hello"), b = str_from_utf8(t, "hello", 5);
  uint16_t wide[] = {'h', 'e', 'l', 'l', 'o'};
  uint32_t c = str_intern16(t, wide, 5);
  CU_ASSERT_EQUAL(a, b);
  CU_ASSERT_EQUAL(a, c); /* a wide form of narrow text is the same string */
  CU_ASSERT_NOT_EQUAL(a, str_cstr(t, "hellO"));
  CU_ASSERT_TRUE(str_eq_cstr(t, a, "hello"));
  str_free(t);
}

static void test_utf16(void) {
  StrTab *t = str_new();
  uint32_t s = str_cstr(t, "a\xF0\x9F\x98\x80z"); /* a U+1F600 z */
  CU_ASSERT_EQUAL(str_len(t, s), 4);            /* a, two surrogates, z */
  CU_ASSERT_EQUAL(str_at(t, s, 1), 0xD83D);
  CU_ASSERT_EQUAL(str_at(t, s, 2), 0xDE00);
  Buf out;
  buf_init(&out);
  str_to_utf8(t, s, &out);
  CU_ASSERT_EQUAL(out.len, 6);
  CU_ASSERT_EQUAL(memcmp(out.data, "a\xF0\x9F\x98\x80z", 6), 0);
  buf_free(&out);
  uint32_t half = str_substr(t, s, 0, 2); /* a lone high surrogate survives */
  CU_ASSERT_EQUAL(str_len(t, half), 2);
  CU_ASSERT_EQUAL(str_at(t, half, 1), 0xD83D);
  str_free(t);
}

static void test_concat_and_index(void) {
  StrTab *t = str_new();
  uint32_t ab = str_concat(t, str_cstr(t, "ab"), str_cstr(t, "cd"));
  CU_ASSERT_EQUAL(ab, str_cstr(t, "abcd"));
  CU_ASSERT_TRUE(str_cmp(t, str_cstr(t, "abc"), str_cstr(t, "abd")) < 0);
  uint32_t idx;
  CU_ASSERT_TRUE(str_array_index(t, str_cstr(t, "42"), &idx));
  CU_ASSERT_EQUAL(idx, 42);
  CU_ASSERT_FALSE(str_array_index(t, str_cstr(t, "042"), &idx)); /* not canonical */
  CU_ASSERT_FALSE(str_array_index(t, str_cstr(t, "4294967295"), &idx)); /* 2^32-1 is not an index */
  CU_ASSERT_FALSE(str_array_index(t, str_cstr(t, "-1"), &idx));
  str_free(t);
}

void suite_str(void);
void suite_str(void) {
  TT_ADD_SUITE("str", TT_TEST(test_interning), TT_TEST(test_utf16), TT_TEST(test_concat_and_index));
}
