/* lex.h - the token stream of the flex lexer (grammar/lexer.l).
 *
 * lex_next returns raw tokens: reserved words get their own kinds; every
 * other word, including contextual keywords (let, async, yield, await, of,
 * get, set, static), is T_IDENT with `ck` telling which word it is.  The
 * parser's token wrapper (parse_lex.c) turns those into keyword tokens where
 * the context asks for it.  Kinds are the token numbers of the generated
 * parser.h (T_*, single-character punctuators as their character).
 *
 * The lexer never prints.  Malformed input (bad character, unterminated
 * string, unsupported literal, ...) yields a token of kind LEX_ERROR whose
 * message is its val.str (also lex_error_message() until the next error);
 * lexing can continue after it.
 *
 * Ownership: a Lexer borrows the source text and allocates token strings and
 * `//@` pragmas from the caller's Arena; lex_close frees the rest.
 */
#ifndef TT_LEX_H
#define TT_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"

/* Contextual keywords (value of LexVal.ck for T_IDENT). */
enum {
  CK_NONE, CK_LET, CK_ASYNC, CK_YIELD, CK_AWAIT, CK_OF, CK_GET, CK_SET, CK_STATIC,
  CK_EVAL, CK_ARGUMENTS, CK_TARGET, CK_META
};

/* LexVal.flags */
enum {
  LEXF_NL = 1u << 0,         /* a line terminator precedes the token */
  LEXF_BAD_ESCAPE = 1u << 1, /* template chunk with an invalid escape (cooked NULL) */
  LEXF_OCTAL_ESCAPE = 1u << 2, /* string with a legacy octal escape */
  LEXF_SYNTH = 1u << 3,      /* inserted by the token wrapper (ASI ';') */
  LEXF_BIGINT = 1u << 4      /* T_NUMBER that is a BigInt: str = its decimal digits */
};

/* A template chunk: cooked text (NULL when an escape is invalid, allowed
 * only in tagged templates) and raw text, both NUL-terminated. */
typedef struct LexTemplate {
  const char *cooked, *raw;
  uint32_t len, rawlen;
} LexTemplate;

/* The value of a token, kept small because the parser copies it often.
 * str/len: identifier name, keyword spelling, cooked string (WTF-8,
 * NUL-terminated) or an error message; num: the value of a number; tpl:
 * template chunks; op: the AstOp of an assignment operator. */
typedef struct LexVal {
  union {
    const char *str;
    double num;
    const LexTemplate *tpl;
  };
  uint32_t len;
  uint16_t flags;
  uint8_t ck;
  uint8_t op;
} LexVal;

typedef struct LexToken {
  int kind;
  SrcSpan span; /* byte range plus line/col (UTF-16 columns) */
  LexVal val;
} LexToken;

typedef struct Lexer Lexer;

/* Starts lexing text[0..len), which must already be valid UTF-8 without NUL
 * bytes (see utf8_validate).  Pragma comments are appended to *pragmas. */
Lexer *lex_open(Arena *arena, const char *text, size_t len, AstPragmaList *pragmas);
void lex_close(Lexer *lx);

/* Reads the next token into *t; returns its kind (0 at end of input). */
int lex_next(Lexer *lx, LexToken *t);

/* Message of the last LEX_ERROR token. */
const char *lex_error_message(const Lexer *lx);

/* Span of the regular expression literal that starts at byte `start` (a '/'),
 * for diagnostics: up to the closing '/' and flags, or the end of the line. */
SrcSpan lex_regex_span(const char *text, size_t len, SrcSpan at);

/* Rescans the '/' or '/=' token t (the last but one token lexed, kept by
 * the caller) as a regular expression literal, where the parser knows an
 * operand must start although the lexer judged it a division (after ')'
 * or '}' that end a statement head or block).  t becomes T_REGEXP or
 * LEX_ERROR; the token lexed after t is dropped, the caller lexes again. */
void lex_rescan_regex(Lexer *lx, LexToken *t);

/* Whole-buffer tokenizer for tests: validates UTF-8, then lexes until end of
 * input or the first error.  Returns the token count (excluding the final
 * end token) and stores an arena array in *out; on an error the last token
 * is LEX_ERROR and *err receives the message (NULL otherwise). */
uint32_t lex_tokenize(Arena *arena, const char *text, size_t len, LexToken **out,
                      AstPragmaList *pragmas, const char **err);

/* Readable name of a token kind, e.g. "identifier", "'=>'", "'{'". */
const char *lex_token_name(int kind);

#endif
