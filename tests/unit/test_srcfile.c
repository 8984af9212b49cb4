/* test_srcfile.c - reading source files: contents, missing files,
 * directories, the module test by extension. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "srcfile.h"
#include "tt_test.h"

static void test_read(void) {
  char path[] = "/tmp/tt_srcfile_XXXXXX";
  int fd = mkstemp(path);
  CU_ASSERT_FATAL(fd >= 0);
  FILE *f = fdopen(fd, "wb");
  fwrite("a\0b", 1, 3, f);
  fclose(f);
  SrcFile sf;
  char err[256];
  CU_ASSERT_TRUE(src_file_read(path, &sf, err, sizeof err));
  CU_ASSERT_EQUAL(sf.len, 3);
  CU_ASSERT(memcmp(sf.text, "a\0b", 4) == 0); /* NUL-terminated too */
  src_file_free(&sf);
  remove(path);
}

static void test_errors(void) {
  SrcFile sf;
  char err[256];
  CU_ASSERT_FALSE(src_file_read("/nonexistent/x.js", &sf, err, sizeof err));
  CU_ASSERT_STRING_EQUAL(err, "cannot open '/nonexistent/x.js': No such file or directory");
  CU_ASSERT_PTR_NULL(sf.text);
  CU_ASSERT_FALSE(src_file_read("/tmp", &sf, err, sizeof err));
  CU_ASSERT_STRING_EQUAL(err, "cannot read '/tmp': Is a directory");
}

static void test_module(void) {
  CU_ASSERT_TRUE(src_file_is_module("a/b.mjs"));
  CU_ASSERT_FALSE(src_file_is_module("a/b.js"));
  CU_ASSERT_FALSE(src_file_is_module("mjs"));
}

extern void suite_srcfile(void); /* called by the runner (main.c) */
void suite_srcfile(void) {
  TT_ADD_SUITE("srcfile", TT_TEST(test_read), TT_TEST(test_errors), TT_TEST(test_module));
}
