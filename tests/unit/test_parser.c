/* test_parser.c - AST shapes for the tricky parts of the grammar (ASI,
 * arrows, destructuring, optional chains, precedence, classes) and the
 * errors that must be reported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "tt_test.h"

/* Parses src and returns its S-expression squeezed onto one line
 * (newlines and indentation become single spaces); on an error returns
 * "error: " and the first message.  The caller frees the result. */
static char *sexpr(const char *src, ParseGoal goal) {
  Arena arena;
  DiagList diags;
  ParseResult res;
  arena_init(&arena);
  diag_init(&diags);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (parse_source(&arena, src, strlen(src), goal, &res, &diags)) ast_print_sexpr(f, res.program);
  else fprintf(f, "error: %s", diags.len ? diags.items[0].msg : "?");
  fclose(f);
  diag_free(&diags);
  arena_free(&arena);
  char *o = buf;
  for (char *p = buf; *p; p++) {
    if (*p == '\n') {
      while (p[1] == ' ') p++;
      *o++ = ' ';
    } else {
      *o++ = *p;
    }
  }
  while (o > buf && o[-1] == ' ') o--;
  *o = '\0';
  return buf;
}

#define EXPECT(src, want)                                                    \
  do {                                                                       \
    char *got_ = sexpr((src), PARSE_SCRIPT);                                 \
    CU_ASSERT_STRING_EQUAL(got_, (want));                                    \
    if (strcmp(got_, (want)) != 0) fprintf(stderr, "\n  got:  %s\n", got_);  \
    free(got_);                                                              \
  } while (0)

#define EXPECT_ERROR(src, goal, fragment)                                    \
  do {                                                                       \
    char *got_ = sexpr((src), (goal));                                       \
    CU_ASSERT(strncmp(got_, "error: ", 7) == 0 && strstr(got_, (fragment))); \
    if (!strstr(got_, (fragment))) fprintf(stderr, "\n  got:  %s\n", got_);  \
    free(got_);                                                              \
  } while (0)

static void test_asi(void) {
  EXPECT("a\n(b)", "(program (expr_stmt (call (ident a) (ident b))))");
  EXPECT("a\n++b", "(program (expr_stmt (ident a)) (expr_stmt (update ++ prefix (ident b))))");
  EXPECT("function f() { return\nx }",
         "(program (function decl \"f\" (block (return) (expr_stmt (ident x)))))");
  EXPECT("let\nx = 1", "(program (var_decl let (declarator (ident x) (number 1))))");
  EXPECT("do x\nwhile (y) z",
         "(program (do_while (expr_stmt (ident x)) (ident y)) (expr_stmt (ident z)))");
  EXPECT("a\n[0]", "(program (expr_stmt (member computed (ident a) (number 0))))");
  EXPECT("x\n`t`", "(program (expr_stmt (tagged_template (ident x) (template "
                   "(template_elem \"t\" (string \"t\"))))))");
  EXPECT("{ a }", "(program (block (expr_stmt (ident a))))");
  EXPECT("async function f() { const g = () => 1\nawait g() }",
         "(program (function decl async \"f\" (block (var_decl const (declarator (ident g) "
         "(function arrow expr-body (number 1)))) (expr_stmt (await (call (ident g)))))))");
  EXPECT_ERROR("a b", PARSE_SCRIPT, "unexpected identifier 'b'");
  EXPECT_ERROR("throw\nx", PARSE_SCRIPT, "line break after 'throw'");
  EXPECT_ERROR("for (a\nb;;) {}", PARSE_SCRIPT, "unexpected token ';'"); /* no ASI in for (;;) */
  EXPECT_ERROR("(a)\n=> a", PARSE_SCRIPT, "line break before '=>'");
}

static void test_arrows(void) {
  EXPECT("x => x", "(program (expr_stmt (function arrow expr-body (ident x) (ident x))))");
  EXPECT("(a, [b], {c} = {}, ...d) => {}",
         "(program (expr_stmt (function arrow (ident a) (array_pattern (ident b)) "
         "(assign_pattern (object_pattern (property init shorthand (ident c) (ident c))) "
         "(object)) (rest (ident d)) (block))))");
  EXPECT("async x => await x",
         "(program (expr_stmt (function arrow async expr-body (ident x) (await (ident x)))))");
  EXPECT("async(1)", "(program (expr_stmt (call (ident async) (number 1))))");
  EXPECT("() => ({})", "(program (expr_stmt (function arrow expr-body (object))))");
  EXPECT_ERROR("(a + b) => 1", PARSE_SCRIPT, "invalid destructuring target");
  EXPECT_ERROR("((a)) => 1", PARSE_SCRIPT, "invalid");
}

static void test_destructuring(void) {
  EXPECT("[a, , ...b] = c",
         "(program (expr_stmt (assign = (array_pattern (ident a) (hole) (rest (ident b))) "
         "(ident c))))");
  EXPECT("({a, b: {c = 1}} = d)",
         "(program (expr_stmt (assign = (object_pattern (property init shorthand (ident a) "
         "(ident a)) (property init (ident b) (object_pattern (property init shorthand "
         "(ident c) (assign_pattern (ident c) (number 1)))))) (ident d))))");
  EXPECT("for (const [k, v] of m);",
         "(program (for_of (var_decl const (declarator (array_pattern (ident k) (ident v)))) "
         "(ident m) (empty)))");
  EXPECT_ERROR("({a: 1} = x)", PARSE_SCRIPT, "invalid destructuring assignment target");
  EXPECT_ERROR("({a = 1})", PARSE_SCRIPT, "invalid shorthand property initializer");
  EXPECT_ERROR("1 = 2", PARSE_SCRIPT, "invalid assignment target");
  EXPECT_ERROR("[...a, b] = c", PARSE_SCRIPT, "rest element must be last");
}

static void test_optional_chain(void) {
  EXPECT("a?.b.c", "(program (expr_stmt (opt_chain (member (member optional (ident a) "
                   "(ident b)) (ident c)))))");
  EXPECT("(a?.b).c", "(program (expr_stmt (member (opt_chain (member optional (ident a) "
                     "(ident b))) (ident c))))");
  EXPECT("a?.[x]?.()", "(program (expr_stmt (opt_chain (call optional (member computed "
                       "optional (ident a) (ident x))))))");
  EXPECT("a ? .5 : 1", "(program (expr_stmt (cond (ident a) (number 0.5) (number 1))))");
  EXPECT_ERROR("a?.b`t`", PARSE_SCRIPT, "optional chain");
}

static void test_precedence(void) {
  EXPECT("a + b * c", "(program (expr_stmt (binary + (ident a) (binary * (ident b) (ident c)))))");
  EXPECT("a ** b ** c",
         "(program (expr_stmt (binary ** (ident a) (binary ** (ident b) (ident c)))))");
  EXPECT("a - b - c", "(program (expr_stmt (binary - (binary - (ident a) (ident b)) (ident c))))");
  EXPECT("a ?\?(b || c)",
         "(program (expr_stmt (logical ?\? (ident a) (logical || (ident b) (ident c)))))");
  EXPECT("a = b ? c : d", "(program (expr_stmt (assign = (ident a) (cond (ident b) (ident c) "
                          "(ident d)))))");
  EXPECT("new a.b.C()", "(program (expr_stmt (new (member (member (ident a) (ident b)) "
                        "(ident C)))))");
  EXPECT("x &&= y", "(program (expr_stmt (assign &&= (ident x) (ident y))))");
  EXPECT_ERROR("-a ** b", PARSE_SCRIPT, "'**'");
  EXPECT_ERROR("a ?\? b || c", PARSE_SCRIPT, "cannot mix");
  EXPECT_ERROR("a && b ?\? c", PARSE_SCRIPT, "cannot mix");
}

static void test_assign_ops(void) {
  const char *ops[] = {"=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=",
                       "|=", "^=", "&&=", "||=", "?\?="};
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    char src[32], want[96];
    snprintf(src, sizeof src, "x %s 1", ops[i]);
    snprintf(want, sizeof want, "(program (expr_stmt (assign %s (ident x) (number 1))))", ops[i]);
    EXPECT(src, want);
  }
  EXPECT_ERROR("a + 1 = 2", PARSE_SCRIPT, "invalid left-hand side in assignment");
  EXPECT_ERROR("f() &&= 1", PARSE_SCRIPT, "invalid assignment target");
}

static void test_classes(void) {
  EXPECT("class A extends B { static x = 1; constructor() { super() } get y() {} }",
         "(program (class decl \"A\" (ident B) (property field static (ident x) (number 1)) "
         "(property method ctor (ident constructor) (function method \"constructor\" "
         "(block (expr_stmt (call (super)))))) (property get (ident y) (function get \"y\" "
         "(block)))))");
  EXPECT("class A { static() {} get() {} async *gen() {} }",
         "(program (class decl \"A\" (property method (ident static) (function method "
         "\"static\" (block))) (property method (ident get) (function method \"get\" (block))) "
         "(property method (ident gen) (function method async generator \"gen\" (block)))))");
  EXPECT_ERROR("class A { constructor() { super() } }", PARSE_SCRIPT, "'super'");
  EXPECT("class A { #x }", "(program (class decl \"A\" (property field (private_name #x))))");
  EXPECT_ERROR("class A { m() { this.#y } }", PARSE_SCRIPT, "must be declared in an enclosing class");
  EXPECT_ERROR("class A { #x; m() { return 1 + #x in this } }", PARSE_SCRIPT, "Unexpected identifier '#x'");
}

static void test_goals(void) {
  char *m = sexpr("await x", PARSE_MODULE);
  CU_ASSERT_STRING_EQUAL(m, "(program strict module (expr_stmt (await (ident x))))");
  free(m);
  EXPECT("await(x)", "(program (expr_stmt (call (ident await) (ident x))))");
  EXPECT("return 1", "(program (return (number 1)))");
  EXPECT_ERROR("return 1", PARSE_MODULE, "'return' outside of a function");
  EXPECT("x = /re/g", "(program (expr_stmt (assign = (ident x) (regexp \"re/g\"))))");
  EXPECT("if (a) /re/", "(program (if (ident a) (expr_stmt (regexp \"re/\"))))");
  EXPECT("{}\n/re/g", "(program (block) (expr_stmt (regexp \"re/g\")))");
  EXPECT_ERROR("x = /(/", PARSE_SCRIPT, "Invalid regular expression: /(/: Unterminated group");
}

extern void suite_parser(void); /* called by the runner (main.c) */
void suite_parser(void) {
  TT_ADD_SUITE("parser", TT_TEST(test_asi), TT_TEST(test_arrows), TT_TEST(test_destructuring),
               TT_TEST(test_optional_chain), TT_TEST(test_precedence), TT_TEST(test_assign_ops),
               TT_TEST(test_classes),
               TT_TEST(test_goals));
}
