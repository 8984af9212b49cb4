/* parse.c - parse_source (see parse.h), syntax error messages and the
 * automatic semicolon insertion decision (see the top of parser.y). */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse_ctx.h"
#include "parser.h"
#include "utf8.h"

int parse_asi(ParseCtx *pc, int yychar, int dowhile, SrcSpan error_loc) {
  int ok = error_loc.start == pc->cur.span.start && yychar != T_PARSE_YYerror &&
           yychar != T_PARSE_YYUNDEF && yychar != T_PARSE_YYEMPTY &&
           (dowhile || yychar == T_YYEOF || yychar == '}' || (pc->cur.val.flags & LEXF_NL));
  if (ok) pc->have_pending = 0;
  else parse_commit_error(pc);
  return ok;
}

/* "identifier 'x'", "string", "token '+='", ... for the token t. */
static void describe(const ParseCtx *pc, const LexToken *t, char *buf, size_t n) {
  uint32_t len = t->span.end - t->span.start;
  const char *src = pc->b.text + t->span.start;
  switch (t->kind) {
  case T_YYEOF: snprintf(buf, n, "end of input"); return;
  case T_STRING: snprintf(buf, n, "string"); return;
  case T_NUMBER: snprintf(buf, n, "number"); return;
  case T_TEMPLATE: case T_TPL_HEAD: case T_TPL_MIDDLE: case T_TPL_TAIL:
    snprintf(buf, n, "template string");
    return;
  case T_IDENT:
    snprintf(buf, n, "identifier '%.*s'", len > 40 ? 40 : (int)len, src);
    return;
  default:
    if (t->val.flags & LEXF_SYNTH) snprintf(buf, n, "line break");
    else snprintf(buf, n, "token '%.*s'", len > 40 ? 40 : (int)len, src);
  }
}

/* Appends "; expected A or B" when the parser expects at most three kinds
 * of token, leaving out internal forms (whose names hold a parenthesis). */
static void append_expected(char *msg, size_t n, const char *const *names, int count) {
  int shown = 0;
  if (count < 1 || count > 3) return;
  for (int i = 0; i < count; i++) {
    if (strchr(names[i], '(') || strstr(names[i], "line end") || strstr(names[i], "newline"))
      continue;
    size_t len = strlen(msg);
    snprintf(msg + len, n - len, "%s%s", shown ? " or " : "; expected ", names[i]);
    shown++;
  }
}

static int is_regex_start(const LexToken *t) {
  return t->kind == '/' || (t->kind == T_ASSIGN_OP && t->val.op == AOP_DIV);
}


/* Formats the pending error (done only when it is committed: most
 * syntax errors are absorbed by automatic semicolon insertion). */
static void format_pending(ParseCtx *pc) {
  const LexToken *t = &pc->pending_tok;
  const LexToken *prev = &pc->pending_prev;
  const char *expected[PARSE_MAX_EXPECTED];
  int ident_expected;
  int nexpected = parse_expected_tokens(pc->pending_state, expected, PARSE_MAX_EXPECTED,
                                        &ident_expected);
  SrcSpan at = t->span;
  char *msg = pc->pending_msg;
  size_t n = sizeof pc->pending_msg;
  if (is_regex_start(t) && ident_expected) {
    at = lex_regex_span(pc->b.text, pc->b.len, at);
    snprintf(msg, n, "unsupported: regular expression literal here (ticktock reads this '/' as division)");
  } else if (t->kind == '=' || (t->kind == T_ASSIGN_OP && t->val.op != AOP_DIV)) {
    snprintf(msg, n, "invalid left-hand side in assignment");
  } else if (t->kind == T_IDENT && t->val.ck == CK_AWAIT && !ident_expected) {
    snprintf(msg, n, "'await' is only valid in async functions and the top level bodies "
                     "of modules");
  } else if (prev->kind == T_IDENT && prev->val.ck == CK_AWAIT &&
             !(t->val.flags & LEXF_NL) && t->kind != T_YYEOF) {
    at = prev->span;
    snprintf(msg, n, "'await' is only valid in async functions and the top level bodies "
                     "of modules");
  } else {
    char what[80];
    describe(pc, t, what, sizeof what);
    snprintf(msg, n, "unexpected %s", what);
    append_expected(msg, n, expected, nexpected);
  }
  pc->pending_span = at;
}

void parse_syntax_error(ParseCtx *pc, int state) {
  pc->pending_tok = pc->cur;
  pc->pending_prev = pc->prev;
  pc->pending_state = state;
  pc->have_pending = 1;
}

void parse_commit_error(ParseCtx *pc) {
  if (!pc->have_pending) return;
  pc->have_pending = 0;
  pc->syntax_error = 1;
  format_pending(pc);
  ast_error(&pc->b, pc->pending_span, "%s", pc->pending_msg);
}

static int check_input(const char *text, size_t len, DiagList *diags) {
  if (len >= UINT32_MAX) {
    diag_add(diags, DIAG_ERROR, (SrcSpan){0, 0, 0, 0}, "file too large");
    return 0;
  }
  int is_nul;
  size_t bad = utf8_validate(text, len, &is_nul);
  if (bad == len) return 1;
  SrcSpan at = diag_span_at(text, len, (uint32_t)bad);
  at.end = at.start + 1;
  diag_add(diags, DIAG_ERROR, at, is_nul ? "NUL byte in source" : "invalid UTF-8 in source");
  return 0;
}

/* One parse with a definite goal (script or module). */
static int parse_goal(Arena *arena, const char *text, size_t len, ParseGoal goal,
                      ParseResult *out, DiagList *diags, const AstNode **module_item) {
  uint32_t errors_before = diags->errors;
  ParseCtx pc;
  memset(&pc, 0, sizeof pc);
  pc.b = (AstBuild){arena, diags, text, len, 0};
  pc.goal = goal;
  pc.capfns = 16;
  pc.fns = xmalloc(pc.capfns * sizeof *pc.fns);
  pc.fns[pc.nfns++] = (FnFrame){goal == PARSE_MODULE ? AF_ASYNC : 0, AFN_DECL};
  pc.lx = lex_open(arena, text, len, &out->pragmas);
  lex_next(pc.lx, &pc.next);
  int rc = parse_yyparse(&pc);
  parse_commit_error(&pc);
  lex_close(pc.lx);
  free(pc.fns);
  *module_item = pc.module_item;
  if (rc == 0 && pc.program && goal == PARSE_SCRIPT && pc.module_item) {
    const AstNode *m = pc.module_item;
    SrcSpan at = m->span;
    at.end = at.start + 6;
    ast_error(&pc.b, at, m->kind == AST_IMPORT ? "Cannot use import statement outside a module"
                                               : "Unexpected token 'export'");
  }
  if (rc == 0 && pc.program) parse_check_program(&pc.b, pc.program, goal);
  int ok = rc == 0 && diags->errors == errors_before;
  out->program = ok ? pc.program : NULL;
  return ok;
}

int parse_source(Arena *arena, const char *text, size_t len, ParseGoal goal,
                 ParseResult *out, DiagList *diags) {
  memset(out, 0, sizeof *out);
  if (!check_input(text, len, diags)) return 0;
  if (goal != PARSE_DETECT) {
    const AstNode *item;
    return parse_goal(arena, text, len, goal, out, diags, &item);
  }
  /* node's module syntax detection: a .js file is parsed as a script; it is
   * an ES module when it has an import or export declaration, or when the
   * script does not parse but the module does (top-level await) */
  DiagList first;
  diag_init(&first);
  const AstNode *item = NULL;
  int ok = parse_goal(arena, text, len, PARSE_SCRIPT, out, &first, &item);
  if (item) {
    diag_free(&first);
    memset(out, 0, sizeof *out);
    return parse_goal(arena, text, len, PARSE_MODULE, out, diags, &item);
  }
  if (!ok) {
    DiagList second;
    diag_init(&second);
    ParseResult mod;
    memset(&mod, 0, sizeof mod);
    if (parse_goal(arena, text, len, PARSE_MODULE, &mod, &second, &item)) {
      *out = mod;
      diag_append(diags, &second); /* warnings, if any */
      diag_free(&second);
      diag_free(&first);
      return 1;
    }
    diag_free(&second);
  }
  diag_append(diags, &first);
  diag_free(&first);
  return ok;
}
