/* fixture.h - expected-output fixtures (NAME.expected beside NAME.js):
 * the set of every complete output a program can print, written by
 * `ticktock fixture` and read back by `ticktock check`.
 *
 * File format (README.md, "Fixtures"):
 *   - a deterministic program that exits with code 0: its stdout, byte for
 *     byte (unless that text itself starts with the header below);
 *   - otherwise the structured form:
 *
 *       # ticktock fixture v1: 2 possible outputs
 *       == output 1, exit code 0
 *       | first line
 *       | second line
 *       == output 2, exit code 1
 *       | ...
 *       \ no newline at end of output
 *
 *     Each output line is "| " + the line; a "\ no newline ..." line after
 *     the last line says the output does not end in a newline; "#" lines
 *     are comments.  Outputs are written sorted (stdout, then exit code),
 *     so a fixture changes only when the set of outputs does.  A comment
 *     line starting "# pinned" marks a fixture `fixture --update` must
 *     leave alone (one recorded from node for a spec ticktock cannot model
 *     yet, tools/node-fixture.py).
 *
 * Ownership: an FxSet owns its outputs (fx_free).
 */
#ifndef TT_FIXTURE_H
#define TT_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "order.h"

typedef struct FxOutput {
  char *out;
  size_t len;
  int exit_code;
} FxOutput;

typedef struct FxSet {
  FxOutput *v;
  uint32_t n;
  bool any_exit;   /* exit codes are not part of the expectation */
  bool pinned;     /* "# pinned": not rewritten by fixture --update */
} FxSet;

/* Adds one output (copied); duplicates are kept out. */
void fx_add(FxSet *s, const char *out, size_t len, int exit_code);
void fx_free(FxSet *s);
/* Sorts the outputs into the canonical order. */
void fx_sort(FxSet *s);

/* The listed outputs of an analysis (sorted). */
void fx_from_result(const XaResult *r, FxSet *s);

/* Parses a fixture file's text.  On a malformed file returns false with a
 * reason (naming the line) in err. */
bool fx_parse(const char *text, size_t len, FxSet *s, char *err, size_t errlen);

/* The canonical file text of s. */
void fx_write(Buf *b, const FxSet *s);

/* Compares what a program prints (got) with a fixture (want).  Appends a
 * readable explanation of every difference to diff (unified diffs of lines
 * against the nearest output) and returns the number of differences: outputs
 * in got that want lacks, plus (when got_complete) outputs in want that got
 * lacks.  what names the expectation in the explanation ("the fixture"). */
uint32_t fx_compare(const FxSet *want, const FxSet *got, bool got_complete, const char *what, Buf *diff);

/* The output of s most like o (the most lines in common); NULL when s is
 * empty. */
const FxOutput *fx_nearest(const FxSet *s, const FxOutput *o);

/* A unified diff of two texts, line by line, with labels; appends nothing
 * when they are equal. */
void fx_diff(Buf *b, const char *a, size_t alen, const char *b_text, size_t blen, const char *alabel,
             const char *blabel);

/* Reads path into a new buffer (NULL when it does not exist or cannot be
 * read; *exists tells which). */
char *fx_read_file(const char *path, size_t *len, bool *exists);

/* NAME.expected for NAME.js / NAME.mjs (caller frees). */
char *fx_path_for(const char *spec);

#endif
