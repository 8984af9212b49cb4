/* parse.h - source text to syntax tree (flex lexer + bison parser).
 *
 * parse_source never prints and never aborts on bad input: errors go to the
 * DiagList (syntax errors, unsupported constructs, invalid UTF-8, NUL bytes).
 * The tree, its strings and the pragma list live in the caller's Arena.
 */
#ifndef TT_PARSE_H
#define TT_PARSE_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"

typedef struct ParseResult {
  AstNode *program;       /* NULL if any error was reported */
  AstPragmaList pragmas;  /* every `//@` comment, in source order */
} ParseResult;

typedef enum ParseGoal {
  PARSE_SCRIPT, /* CommonJS script (a .js file) */
  PARSE_MODULE, /* ES module (.mjs): strict, top-level await */
  PARSE_DETECT  /* a .js file: a script, unless it has an import or export
                   declaration or parses only as a module (top-level
                   await): then a module (node's module syntax detection);
                   the program's AF_MODULE flag tells which */
} ParseGoal;

/* Parses text[0..len) (need not be NUL-terminated).  Returns true when the
 * program parsed without errors. */
int parse_source(Arena *arena, const char *text, size_t len, ParseGoal goal,
                 ParseResult *out, DiagList *diags);

#endif
