/* fuzz_parse.c - libFuzzer harness: parses the input bytes as a script and
 * as a module, prints the tree and the diagnostics to a null stream, and
 * frees everything (leaks, crashes and sanitizer reports are failures). */
#include <stdint.h>
#include <stdio.h>

#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void run(const uint8_t *data, size_t size, ParseGoal goal, FILE *sink) {
  Arena arena;
  DiagList diags;
  ParseResult res;
  arena_init(&arena);
  diag_init(&diags);
  if (parse_source(&arena, (const char *)data, size, goal, &res, &diags))
    ast_print_sexpr(sink, res.program);
  DiagSource src = {"fuzz.js", (const char *)data, size};
  diag_print(sink, &src, &diags);
  diag_print_summary(sink, &diags);
  diag_free(&diags);
  arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *sink;
  if (!sink) sink = fopen("/dev/null", "w");
  run(data, size, PARSE_SCRIPT, sink);
  run(data, size, PARSE_MODULE, sink);
  return 0;
}
