/* main.c - CUnit runner: registers every suite listed in the generated
 * suites.h (one `void suite_NAME(void)` per tests/unit/test_NAME.c) and runs
 * them; the exit status is non-zero when any assertion failed. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>

#define TT_SUITE(name) void name(void);
#include "suites.h"
#undef TT_SUITE

int main(int argc, char **argv) {
  if (CU_initialize_registry() != CUE_SUCCESS) return 2;
#define TT_SUITE(name) name();
#include "suites.h"
#undef TT_SUITE
  CU_basic_set_mode(argc > 1 && strcmp(argv[1], "-v") == 0 ? CU_BRM_VERBOSE : CU_BRM_NORMAL);
  CU_basic_run_tests();
  unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
  unsigned run = CU_get_number_of_tests_run();
  CU_cleanup_registry();
  if (run == 0) {
    fprintf(stderr, "unit tests: no tests ran\n");
    return 1;
  }
  return failed ? 1 : 0;
}
