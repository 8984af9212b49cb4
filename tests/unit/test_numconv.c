/* test_numconv.c - numconv against node's answers (numconv_cases.h, written
 * by gen_numconv_cases.js) plus round-trip properties of num_to_string.
 *
 * Every table row is one CUnit assertion; a failing row is also printed with
 * its input, so a mismatch can be reproduced in node directly.  Set
 * NUMCONV_BENCH=1 to print the speed of num_to_string on 10^6 doubles. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "numconv.h"
#include "numconv_cases.h"
#include "tt_test.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum { MAX_REPORTED = 10 }; /* failing rows printed per table */

static double from_bits(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

static uint64_t to_bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

/* Records one row: a CUnit assertion, and a line on stderr if it failed. */
static void check_row(int ok, int *failures, const char *table, size_t row,
                      const char *detail) {
  CU_ASSERT(ok);
  if (!ok && ++*failures <= MAX_REPORTED)
    fprintf(stderr, "\n%s[%zu]: %s", table, row, detail);
}

/* Prints a string input visibly: printable ASCII as is, other bytes as \xHH. */
static void show_input(char *out, size_t cap, const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len && n + 5 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f) out[n++] = (char)c;
    else n += (size_t)snprintf(out + n, cap - n, "\\x%02x", c);
  }
  out[n] = '\0';
}

/* ---- formatters ---------------------------------------------------------- */

static void test_to_string(void) {
  int failures = 0;
  char *buf = malloc(NUM_TOSTRING_BUFSIZE); /* exactly the documented size */
  for (size_t i = 0; i < COUNT(NC_TO_STRING); i++) {
    char detail[160];
    const NcToString *c = &NC_TO_STRING[i];
    int n = num_to_string(from_bits(c->in), buf);
    int ok = strcmp(buf, c->out) == 0 && n == (int)strlen(c->out);
    snprintf(detail, sizeof detail, "%.17g: got %s, node %s", from_bits(c->in), buf, c->out);
    check_row(ok, &failures, "NC_TO_STRING", i, detail);
  }
  free(buf);
}

typedef int (*FormatFn)(double, int, char *);

/* Rows whose out is NULL expect -1 (the caller's RangeError). */
static void check_format_table(const char *name, const NcFormat *rows, size_t count,
                               FormatFn fn, size_t bufsize) {
  int failures = 0;
  char *buf = malloc(bufsize); /* exactly the documented size, for ASan */
  for (size_t i = 0; i < count; i++) {
    char detail[400];
    const NcFormat *c = &rows[i];
    memset(buf, 0, bufsize);
    int n = fn(from_bits(c->in), c->arg, buf);
    int ok = c->out ? n >= 0 && strcmp(buf, c->out) == 0 && n == (int)strlen(c->out)
                    : n == -1;
    snprintf(detail, sizeof detail, "%.17g (%d): got %.150s, node %.150s", from_bits(c->in),
             c->arg, n < 0 ? "(-1)" : buf, c->out ? c->out : "RangeError");
    check_row(ok, &failures, name, i, detail);
  }
  free(buf);
}

static void test_to_radix(void) {
  check_format_table("NC_TO_RADIX", NC_TO_RADIX, COUNT(NC_TO_RADIX), num_to_string_radix,
                     NUM_RADIX_BUFSIZE);
}

static void test_to_fixed(void) {
  check_format_table("NC_TO_FIXED", NC_TO_FIXED, COUNT(NC_TO_FIXED), num_to_fixed,
                     NUM_FORMAT_BUFSIZE);
}

static void test_to_precision(void) {
  check_format_table("NC_TO_PRECISION", NC_TO_PRECISION, COUNT(NC_TO_PRECISION),
                     num_to_precision, NUM_FORMAT_BUFSIZE);
}

static void test_to_exponential(void) {
  check_format_table("NC_TO_EXPONENTIAL", NC_TO_EXPONENTIAL, COUNT(NC_TO_EXPONENTIAL),
                     num_to_exponential, NUM_FORMAT_BUFSIZE);
}

/* ---- parsers --------------------------------------------------------------- */

typedef void (*ParseFn)(const char *, size_t, int, double *);

static void from_string_fn(const char *s, size_t len, int arg, double *out) {
  (void)arg;
  num_from_string(s, len, out);
}

static void parse_float_fn(const char *s, size_t len, int arg, double *out) {
  (void)arg;
  num_parse_float(s, len, out);
}

/* A NaN result only has to be a NaN; anything else must match bit for bit
 * (so -0 is told from +0). */
static void check_parse_table(const char *name, const NcParse *rows, size_t count,
                              ParseFn fn) {
  int failures = 0;
  for (size_t i = 0; i < count; i++) {
    const NcParse *c = &rows[i];
    /* A copy without a NUL after it, so ASan catches reads past the end. */
    char *copy = malloc(c->len ? c->len : 1);
    memcpy(copy, c->in, c->len);
    double got;
    fn(copy, c->len, c->arg, &got);
    free(copy);
    double want = from_bits(c->out);
    int ok = isnan(want) ? isnan(got) : to_bits(got) == c->out;
    char shown[200], detail[320];
    show_input(shown, sizeof shown, c->in, c->len);
    snprintf(detail, sizeof detail, "\"%s\" (%d): got %.17g, node %.17g", shown, c->arg, got,
             want);
    check_row(ok, &failures, name, i, detail);
  }
}

static void test_from_string(void) {
  check_parse_table("NC_FROM_STRING", NC_FROM_STRING, COUNT(NC_FROM_STRING), from_string_fn);
}

static void test_parse_int(void) {
  check_parse_table("NC_PARSE_INT", NC_PARSE_INT, COUNT(NC_PARSE_INT), num_parse_int);
}

static void test_parse_float(void) {
  check_parse_table("NC_PARSE_FLOAT", NC_PARSE_FLOAT, COUNT(NC_PARSE_FLOAT), parse_float_fn);
}

/* ---- integers ---------------------------------------------------------------- */

static void test_integer_conversions(void) {
  int failures = 0;
  for (size_t i = 0; i < COUNT(NC_INT); i++) {
    const NcInt *c = &NC_INT[i];
    double d = from_bits(c->in);
    int32_t i32 = num_to_int32(d);
    uint32_t u32 = num_to_uint32(d);
    double integer = num_to_integer_or_infinity(d);
    int ok = i32 == c->i32 && u32 == c->u32 && to_bits(integer) == c->integer;
    char detail[200];
    snprintf(detail, sizeof detail, "%.17g: got %ld %lu %.17g, node %ld %lu %.17g", d,
             (long)i32, (unsigned long)u32, integer, (long)c->i32, (unsigned long)c->u32,
             from_bits(c->integer));
    check_row(ok, &failures, "NC_INT", i, detail);
  }
}

static void test_array_index(void) {
  int failures = 0;
  for (size_t i = 0; i < COUNT(NC_ARRAY_INDEX); i++) {
    const NcIndex *c = &NC_ARRAY_INDEX[i];
    uint32_t idx = 0;
    bool is = num_is_array_index(c->in, c->len, &idx);
    int ok = c->index < 0 ? !is : is && idx == (uint32_t)c->index;
    char shown[64], detail[160];
    show_input(shown, sizeof shown, c->in, c->len);
    snprintf(detail, sizeof detail, "\"%s\": got %d/%lu, node %lld", shown, (int)is,
             (unsigned long)idx, (long long)c->index);
    check_row(ok, &failures, "NC_ARRAY_INDEX", i, detail);
  }
  CU_ASSERT(num_is_array_index("7", 1, NULL));
}

static void test_format_int(void) {
  int failures = 0;
  for (size_t i = 0; i < COUNT(NC_FORMAT_INT); i++) {
    char buf[NUM_INT_BUFSIZE], detail[100];
    const NcInt64 *c = &NC_FORMAT_INT[i];
    int n = num_format_int(c->in, buf);
    int ok = strcmp(buf, c->out) == 0 && n == (int)strlen(c->out);
    snprintf(detail, sizeof detail, "got %s, node %s", buf, c->out);
    check_row(ok, &failures, "NC_FORMAT_INT", i, detail);
  }
}

/* ---- round-trip properties of num_to_string ------------------------------------ */

/* xorshift64*: a fixed sequence of 64-bit values. */
static uint64_t next_random(uint64_t *state) {
  *state ^= *state >> 12;
  *state ^= *state << 25;
  *state ^= *state >> 27;
  return *state * UINT64_C(2685821657736338717);
}

/* Finite doubles: uniform bit patterns, or short decimals m * 10^e. */
static double random_double(uint64_t *state) {
  for (;;) {
    uint64_t u = next_random(state);
    if (u & 1) {
      char text[48];
      snprintf(text, sizeof text, "%llue%d",
               (unsigned long long)(u >> 20) % 100000000000ull, (int)((u >> 8) % 80) - 40);
      return strtod(text, NULL);
    }
    if (((u >> 52) & 0x7ff) != 0x7ff) return from_bits(u);
  }
}

/* Significant digits of a num_to_string result ("-1.25e-7" -> "125"), and
 * the exponent of its first digit in scientific notation. */
static int significant_digits(const char *s, char *digits, int *sci_exp) {
  int n = 0, point = -1, lead = 0;
  const char *p = s + (*s == '-');
  for (; *p && *p != 'e'; p++) {
    if (*p == '.') {
      point = n + lead;
    } else if (n == 0 && *p == '0') {
      lead++;
    } else {
      digits[n++] = *p;
    }
  }
  int intlen = point < 0 ? n + lead : point;
  *sci_exp = intlen - lead - 1 + (*p == 'e' ? atoi(p + 1) : 0);
  while (n > 1 && digits[n - 1] == '0') n--;
  digits[n] = '\0';
  return n;
}

/* Does the decimal digits * 10^(sci_exp - n + 1) read back as d? */
static int reads_back(const char *digits, int sci_exp, double d) {
  char text[64];
  int n = (int)strlen(digits);
  snprintf(text, sizeof text, "%se%d", digits, sci_exp - n + 1);
  return strtod(text, NULL) == d;
}

/* The n-digit decimal nearest to d, from the C library (exact, ties to even
 * like V8's shortest mode): digits and scientific exponent. */
static void nearest_digits(double d, int n, char *digits, int *sci_exp) {
  char text[64];
  snprintf(text, sizeof text, "%.*e", n - 1, d);
  int k = 0;
  char *p = text;
  for (; *p != 'e'; p++)
    if (*p != '.') digits[k++] = *p;
  digits[k] = '\0';
  *sci_exp = atoi(p + 1);
}

/* Adds delta (+1 or -1) to the last digit of an n-digit decimal. */
static void step_digits(char *digits, int *sci_exp, int delta) {
  int n = (int)strlen(digits);
  unsigned long long v = strtoull(digits, NULL, 10) + (unsigned long long)(long long)delta;
  int len = snprintf(digits, 24, "%llu", v);
  *sci_exp += len - n;
}

/* The checks for one positive finite d: it reads back, no decimal with fewer
 * digits reads back, and among those with as many it is the nearest. */
static int round_trip_ok(double d) {
  char buf[NUM_TOSTRING_BUFSIZE], digits[24], other[24];
  num_to_string(d, buf);
  if (strtod(buf, NULL) != d) return 0;
  int e, oe;
  int n = significant_digits(buf, digits, &e);
  if (n > 1) {
    nearest_digits(d, n - 1, other, &oe);
    if (reads_back(other, oe, d)) return 0;
    double near = strtod(buf, NULL);
    char text[64];
    snprintf(text, sizeof text, "%se%d", other, oe - (n - 1) + 1);
    step_digits(other, &oe, strtod(text, NULL) < near ? 1 : -1);
    if (reads_back(other, oe, d)) return 0; /* 99 -> 100 and 10 -> 9 are fine */
  }
  nearest_digits(d, n, other, &oe);
  return !reads_back(other, oe, d) || (strcmp(other, digits) == 0 && oe == e);
}

static void test_round_trip(void) {
  uint64_t state = UINT64_C(0x9e3779b97f4a7c15);
  int failures = 0;
  for (size_t i = 0; i < 200000; i++) {
    double d = fabs(random_double(&state));
    if (d == 0) continue;
    char detail[64];
    snprintf(detail, sizeof detail, "%.17g", d);
    int ok = round_trip_ok(d);
    if (!ok) check_row(ok, &failures, "round trip", i, detail);
  }
  CU_ASSERT_EQUAL(failures, 0);
  /* Every power of two, where the gap below is half the gap above. */
  for (int k = -1074; k <= 1023; k++) CU_ASSERT(round_trip_ok(ldexp(1, k)));
}

/* ---- speed ------------------------------------------------------------------------- */

static void test_to_string_speed(void) {
  enum { N = 1000000 };
  double *values = malloc(N * sizeof *values);
  uint64_t state = UINT64_C(0x2545f4914f6cdd1d);
  for (size_t i = 0; i < N; i++) values[i] = random_double(&state);
  char buf[NUM_TOSTRING_BUFSIZE];
  size_t total = 0;
  clock_t t0 = clock();
  for (size_t i = 0; i < N; i++) total += (size_t)num_to_string(values[i], buf);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CU_ASSERT(total > N);
  if (getenv("NUMCONV_BENCH"))
    fprintf(stderr, "\nnum_to_string: %d doubles in %.3f s (%.0f ns each)\n", N, secs,
            secs * 1e9 / N);
  free(values);
}

/* Declared `extern` so that the Makefile's scan for suites (lines starting
 * with "void suite_") sees only the definition. */
extern void suite_numconv(void);

void suite_numconv(void) {
  TT_ADD_SUITE("numconv", TT_TEST(test_to_string), TT_TEST(test_to_radix),
               TT_TEST(test_to_fixed), TT_TEST(test_to_precision),
               TT_TEST(test_to_exponential), TT_TEST(test_from_string),
               TT_TEST(test_parse_int), TT_TEST(test_parse_float),
               TT_TEST(test_integer_conversions), TT_TEST(test_array_index),
               TT_TEST(test_format_int), TT_TEST(test_round_trip),
               TT_TEST(test_to_string_speed));
}
