/* fuzz_pragma.c - libFuzzer harness for the `//@` pragma parser and the
 * fixture format: the input is a file's text.  Its pragmas (collected by
 * the lexer) are parsed with pg_parse and applied to host options; the
 * same bytes are read as a fixture (NAME.expected) and, when they parse,
 * written back and read again.
 *
 * Besides crashes, sanitizer reports and leaks, the harness aborts when a
 * promise of the diagnostics is broken: pg_parse fails exactly when it
 * reported an error, at most one error per pragma, each pointing inside the
 * file at the line of a pragma (`file:line:col: error:`); a fixture that
 * fx_write printed parses again to the same outputs (`# pinned` is not
 * written: a pinned fixture is never rewritten). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fixture.h"
#include "parse.h"
#include "pragma.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_diags(const ParseResult *res, const DiagList *d, bool ok, size_t size) {
  uint32_t errors = 0;
  for (uint32_t i = 0; i < d->len; i++) {
    const Diag *g = &d->items[i];
    if (g->level != DIAG_ERROR) continue;
    errors++;
    if (g->span.line == 0 || g->span.col == 0 || g->span.start > size || g->span.end > size + 1 ||
        g->span.end < g->span.start)
      abort(); /* a position outside the file (a caret just past its end is fine) */
    bool at_pragma = false;
    for (uint32_t k = 0; k < res->pragmas.len && !at_pragma; k++) at_pragma = res->pragmas.items[k].span.line == g->span.line;
    if (!at_pragma) abort(); /* not on a pragma's line */
  }
  if (errors + d->dropped != d->errors) abort();  /* (beyond DIAG_MAX errors are counted, not kept) */
  if (ok != (d->errors == 0)) abort();            /* failed without saying why, or the reverse */
  if (d->errors > res->pragmas.len) abort();      /* more than one error for a pragma */
}

static void fuzz_pragmas(const uint8_t *data, size_t size, ParseGoal goal, FILE *sink) {
  Arena arena;
  DiagList d;
  ParseResult res;
  arena_init(&arena);
  diag_init(&d);
  memset(&res, 0, sizeof res);
  parse_source(&arena, (const char *)data, size, goal, &res, &d);
  diag_free(&d); /* (ticktock reads pragmas only of a file that parsed; here of any) */
  diag_init(&d);
  PgSpec spec;
  bool ok = pg_parse(&res.pragmas, (const char *)data, size, &spec, &d);
  check_diags(&res, &d, ok, size);
  HostOpts o;
  host_opts_default(&o);
  pg_apply_host(&spec, &o);
  pg_has_output_expectations(&spec);
  DiagSource src = {"fuzz.js", (const char *)data, size};
  diag_print(sink, &src, &d);
  cli_free_pragma_opts(&o);
  pg_free(&spec);
  diag_free(&d);
  arena_free(&arena);
}

static void fuzz_fixture(const uint8_t *data, size_t size) {
  FxSet s = {0};
  char err[300];
  if (fx_parse((const char *)data, size, &s, err, sizeof err)) {
    Buf b;
    buf_init(&b);
    fx_write(&b, &s);
    FxSet again = {0};
    if (!fx_parse(b.data ? b.data : "", b.len, &again, err, sizeof err)) abort(); /* its own output */
    if (again.n != s.n) abort();
    for (uint32_t i = 0; i < s.n; i++) /* the same outputs, in the same order */
      if (again.v[i].len != s.v[i].len || again.v[i].exit_code != s.v[i].exit_code ||
          memcmp(again.v[i].out, s.v[i].out, s.v[i].len) != 0)
        abort();
    fx_free(&again);
    buf_free(&b);
  }
  fx_free(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *sink;
  if (!sink) sink = fopen("/dev/null", "w");
  fuzz_pragmas(data, size, PARSE_SCRIPT, sink);
  fuzz_pragmas(data, size, PARSE_MODULE, sink);
  fuzz_fixture(data, size);
  return 0;
}
