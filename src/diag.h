/* diag.h - diagnostics: collected, never printed by the stage that finds them.
 *
 * Every stage (lexer, parser, resolver, compiler, CLI) appends errors to a
 * DiagList; the CLI prints them in one format:
 *
 *   file:line:col: error: message
 *     <the source line>
 *     <caret line: ^ under the first character, ~ under the rest of the span>
 *
 * followed by one summary line ("N errors generated.").  A DiagList owns its
 * messages; diag_free releases them.  At most DIAG_MAX errors are kept per
 * list; later ones are counted but dropped.
 */
#ifndef TT_DIAG_H
#define TT_DIAG_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "ast.h"

enum { DIAG_MAX = 20 };

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct Diag {
  DiagLevel level;
  SrcSpan span;
  char *msg;
} Diag;

typedef struct DiagList {
  Diag *items;
  uint32_t len, cap;
  uint32_t errors;  /* all errors reported, including dropped ones */
  uint32_t dropped; /* errors beyond DIAG_MAX */
} DiagList;

/* The text a diagnostic points into. */
typedef struct DiagSource {
  const char *file; /* name as given by the user */
  const char *text;
  size_t len;
} DiagSource;

void diag_init(DiagList *d);
void diag_free(DiagList *d);

/* printf-style; a message without a source position uses a zero span and
 * line 0 (printed as "file: error: ..."). */
void diag_add(DiagList *d, DiagLevel level, SrcSpan span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_vadd(DiagList *d, DiagLevel level, SrcSpan span, const char *fmt, va_list ap);

/* Adds a copy of every diagnostic of from (and its dropped count) to d. */
void diag_append(DiagList *d, const DiagList *from);

/* Prints every diagnostic with its source line and caret line, then
 * "file: note: N more errors not shown" when some were dropped. */
void diag_print(FILE *out, const DiagSource *src, const DiagList *d);

/* Prints the summary line, e.g. "2 errors generated." (nothing if none). */
void diag_print_summary(FILE *out, const DiagList *d);

/* Computes the line/column of a byte offset (col in UTF-16 units, 1-based). */
SrcSpan diag_span_at(const char *text, size_t len, uint32_t offset);

#endif
