/* tt_test.h - small helpers shared by the CUnit suites. */
#ifndef TT_TEST_H
#define TT_TEST_H

#include <CUnit/CUnit.h>

/* Adds a suite with the given tests; aborts the run if CUnit fails. */
#define TT_ADD_SUITE(name, ...)                                              \
  do {                                                                       \
    CU_pSuite s_ = CU_add_suite(name, NULL, NULL);                           \
    struct { const char *n; CU_TestFunc f; } t_[] = {__VA_ARGS__};           \
    for (size_t i_ = 0; s_ && i_ < sizeof t_ / sizeof t_[0]; i_++)           \
      CU_add_test(s_, t_[i_].n, t_[i_].f);                                   \
  } while (0)

#define TT_TEST(f) {#f, f}

#endif
