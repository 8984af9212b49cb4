/* test_lexer.c - the token stream: kinds, positions (UTF-16 columns),
 * newline flags, string/template decoding, numbers, pragmas, errors. */
#include <string.h>

#include "lex.h"
#include "parser.h"
#include "tt_test.h"

typedef struct Lexed {
  Arena arena;
  AstPragmaList pragmas;
  LexToken *toks;
  uint32_t n;
  const char *err;
} Lexed;

static Lexed *lex_str(Lexed *l, const char *src, size_t len) {
  memset(l, 0, sizeof *l);
  arena_init(&l->arena);
  l->n = lex_tokenize(&l->arena, src, len, &l->toks, &l->pragmas, &l->err);
  return l;
}

/* Space-separated token names, e.g. "identifier '=>' number". */
static void names(const Lexed *l, char *buf, size_t n) {
  buf[0] = '\0';
  for (uint32_t i = 0; i < l->n; i++) {
    size_t len = strlen(buf);
    snprintf(buf + len, n - len, "%s%s", i ? " " : "", lex_token_name(l->toks[i].kind));
  }
}

static void test_punctuators(void) {
  Lexed l;
  char buf[512];
  const char *src = "a ?. b ?? c ?\?= d ** e **= f &&= g ||= h => ... x?.5:1 >>>= <<";
  lex_str(&l, src, strlen(src));
  names(&l, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "identifier '?.' identifier '?\?' identifier assignment operator "
                              "identifier '**' identifier assignment operator identifier "
                              "assignment operator identifier assignment operator identifier "
                              "'=>' '...' identifier '?' number ':' number assignment operator "
                              "'<<'");
  CU_ASSERT_PTR_NULL(l.err);
  arena_free(&l.arena);
}

static void test_keywords(void) {
  Lexed l;
  const char *src = "let async await yield of get set static if typeof";
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 10);
  int cks[] = {CK_LET, CK_ASYNC, CK_AWAIT, CK_YIELD, CK_OF, CK_GET, CK_SET, CK_STATIC};
  for (int i = 0; i < 8; i++) {
    CU_ASSERT_EQUAL(l.toks[i].kind, T_IDENT);
    CU_ASSERT_EQUAL(l.toks[i].val.ck, cks[i]);
  }
  CU_ASSERT_EQUAL(l.toks[8].kind, T_IF);
  CU_ASSERT_EQUAL(l.toks[9].kind, T_TYPEOF);
  arena_free(&l.arena);
}

static void test_positions(void) {
  Lexed l;
  const char *src = "a\n  bb\r\nccc '\xF0\x9F\x98\x80\xC3\xA9' x";
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 5);
  CU_ASSERT(l.toks[1].span.line == 2 && l.toks[1].span.col == 3);
  CU_ASSERT(l.toks[2].span.line == 3 && l.toks[2].span.col == 1);
  CU_ASSERT(l.toks[3].span.col == 5);
  /* the emoji is two UTF-16 units, e-acute one: the string spans 5..9 */
  CU_ASSERT_EQUAL(l.toks[4].span.col, 11);
  CU_ASSERT_EQUAL(l.toks[4].span.start, (uint32_t)strlen(src) - 1);
  CU_ASSERT_EQUAL(l.toks[4].span.end, (uint32_t)strlen(src));
  arena_free(&l.arena);
}

static void test_newline_flags(void) {
  Lexed l;
  const char *src = "a\nb c /* \n */ d // x\ne /* no */ f\xE2\x80\xA8g";
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 7);
  int expect[] = {0, 1, 0, 1, 1, 0, 1};
  for (int i = 0; i < 7; i++)
    CU_ASSERT_EQUAL((l.toks[i].val.flags & LEXF_NL) != 0, expect[i]);
  arena_free(&l.arena);
}

static void test_strings(void) {
  Lexed l;
  const char *src = "'\\n\\t\\x41\\u0042\\u{1F600}\\0' \"\\uD800\" '\\uD83D\\uDE00' 'a\\\nb' '\\q'";
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 5);
  CU_ASSERT_EQUAL(l.toks[0].val.len, 9);
  CU_ASSERT(memcmp(l.toks[0].val.str, "\n\tAB\xF0\x9F\x98\x80\0", 9) == 0);
  CU_ASSERT(l.toks[1].val.len == 3 && memcmp(l.toks[1].val.str, "\xED\xA0\x80", 3) == 0);
  CU_ASSERT(l.toks[2].val.len == 4 && memcmp(l.toks[2].val.str, "\xF0\x9F\x98\x80", 4) == 0);
  CU_ASSERT_STRING_EQUAL(l.toks[3].val.str, "ab");
  CU_ASSERT_STRING_EQUAL(l.toks[4].val.str, "q");
  arena_free(&l.arena);
}

static void test_templates(void) {
  Lexed l;
  char buf[512];
  const char *src = "`a${b}c${ {x: 1}.x }\\x41\\n${`in${d}`}e` t`\\unicode`";
  lex_str(&l, src, strlen(src));
  names(&l, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "template head identifier template middle '{' identifier ':' "
                              "number '}' '.' identifier template middle template head "
                              "identifier template tail template tail identifier "
                              "template string");
  CU_ASSERT_STRING_EQUAL(l.toks[0].val.tpl->cooked, "a");
  CU_ASSERT_STRING_EQUAL(l.toks[10].val.tpl->cooked, "A\n");
  CU_ASSERT_STRING_EQUAL(l.toks[10].val.tpl->raw, "\\x41\\n"); /* raw text, no delimiters */
  CU_ASSERT(l.toks[l.n - 1].val.flags & LEXF_BAD_ESCAPE);
  CU_ASSERT_PTR_NULL(l.toks[l.n - 1].val.tpl->cooked);
  CU_ASSERT_STRING_EQUAL(l.toks[l.n - 1].val.tpl->raw, "\\unicode");
  arena_free(&l.arena);
}

static void test_numbers(void) {
  Lexed l;
  const char *src = "1_000 0x1F 0o17 0b101 .5e3 1e21 0.1 1.";
  double expect[] = {1000, 31, 15, 5, 500, 1e21, 0.1, 1};
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 8);
  for (int i = 0; i < 8; i++) {
    CU_ASSERT_EQUAL(l.toks[i].kind, T_NUMBER);
    CU_ASSERT_DOUBLE_EQUAL(l.toks[i].val.num, expect[i], 0);
  }
  arena_free(&l.arena);
}

static void test_pragmas(void) {
  Lexed l;
  const char *src = "//@ host node\nx //@  expect-order \"a\" before \"b\"  \n// not\n/*@ no */";
  lex_str(&l, src, strlen(src));
  CU_ASSERT_EQUAL(l.n, 1);
  CU_ASSERT_EQUAL(l.pragmas.len, 2);
  CU_ASSERT_STRING_EQUAL(l.pragmas.items[0].text, "host node");
  CU_ASSERT(l.pragmas.items[0].span.line == 1 && l.pragmas.items[0].span.col == 1);
  CU_ASSERT_STRING_EQUAL(l.pragmas.items[1].text, "expect-order \"a\" before \"b\"");
  CU_ASSERT(l.pragmas.items[1].span.line == 2 && l.pragmas.items[1].span.col == 3);
  CU_ASSERT(l.toks[0].val.flags & LEXF_NL);
  arena_free(&l.arena);
}

/* Returns the error message for src (NULL when it lexes cleanly). */
static const char *lex_err(Lexed *l, const char *src, size_t len) {
  lex_str(l, src, len);
  return l->err;
}

static void test_errors(void) {
  Lexed l;
  const char *e = lex_err(&l, "a = \"x\xFF\"", 9);
  CU_ASSERT(e && strstr(e, "invalid UTF-8"));
  CU_ASSERT_EQUAL(l.toks[l.n - 1].span.col, 7);
  arena_free(&l.arena);
  e = lex_err(&l, "a\0b", 3);
  CU_ASSERT(e && strstr(e, "NUL"));
  CU_ASSERT_EQUAL(l.toks[l.n - 1].span.col, 2);
  arena_free(&l.arena);
  struct { const char *src, *msg; } cases[] = {
      {"'abc", "unterminated string"}, {"`abc", "unterminated template"},
      {"x = 1.5n", "BigInt literal must be"}, {"x = /re(/g", "Unterminated group"}, {"# x", "invalid character '#'"},
      {"/* open", "unterminated comment"}, {"010", "legacy octal"}, {"'\\x4'", "invalid escape"},
      {"3in", "immediately after numeric"}, {"a @ b", "invalid character '@'"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    e = lex_err(&l, cases[i].src, strlen(cases[i].src));
    CU_ASSERT_PTR_NOT_NULL(e);
    if (e) CU_ASSERT_PTR_NOT_NULL(strstr(e, cases[i].msg));
    if (l.n) CU_ASSERT_EQUAL(l.toks[l.n - 1].kind, LEX_ERROR);
    arena_free(&l.arena);
  }
}

static void test_division_vs_regex(void) {
  Lexed l;
  const char *src = "a / b / c; (x) / 2; [1] / 2; y.if / 3; z++ / 4";
  CU_ASSERT_PTR_NULL(lex_err(&l, src, strlen(src)));
  for (uint32_t i = 0; i < l.n; i++) CU_ASSERT_NOT_EQUAL(l.toks[i].kind, T_REGEXP);
  arena_free(&l.arena);
  /* where an operand is expected a '/' starts a literal: body/flags kept */
  src = "x = /a[/]b/g / 2; f(/=/)";
  CU_ASSERT_PTR_NULL(lex_err(&l, src, strlen(src)));
  CU_ASSERT_EQUAL(l.toks[2].kind, T_REGEXP);
  CU_ASSERT_STRING_EQUAL(l.toks[2].val.str, "a[/]b/g");
  CU_ASSERT_EQUAL(l.toks[3].kind, '/');
  CU_ASSERT_EQUAL_FATAL(l.toks[8].kind, T_REGEXP);
  CU_ASSERT_STRING_EQUAL(l.toks[8].val.str, "=/");
  arena_free(&l.arena);
}

extern void suite_lexer(void); /* called by the runner (main.c) */
void suite_lexer(void) {
  TT_ADD_SUITE("lexer", TT_TEST(test_punctuators), TT_TEST(test_keywords),
               TT_TEST(test_positions), TT_TEST(test_newline_flags), TT_TEST(test_strings),
               TT_TEST(test_templates), TT_TEST(test_numbers), TT_TEST(test_pragmas),
               TT_TEST(test_errors), TT_TEST(test_division_vs_regex));
}
