/* parse_lex.c - the token wrapper between the flex lexer and the bison
 * parser.  It keeps one token of lookahead (pc->next) and turns raw tokens
 * into what the grammar expects:
 *  - `let`, `async`, `yield`, `await` become keyword tokens where the next
 *    token or the current function frame says so;
 *  - statement starts and member starts re-classify their first token
 *    (requested by the grammar's smark/pmark, see parser.y);
 *  - restricted productions: ';' is injected after return/break/continue
 *    followed by a newline; throw + newline and newline + '=>' are errors;
 *    '++'/'--' after a newline become INC_NL/DEC_NL;
 *  - lexer errors are reported here and passed on as bison's error token.
 */
#include "parse_ctx.h"

#include <string.h>

#include "parser.h"
#include "utf8.h"

static int stmt_kind(int kind);
static int token_error(ParseCtx *pc, SrcSpan at, const char *msg);

static int is_reserved(int kind) { return kind >= T_BREAK && kind <= T_WITH; }

/* Can `next` begin a property name (after get/set/static/async)? */
static int starts_name(const LexToken *next) {
  return next->kind == T_IDENT || is_reserved(next->kind) || next->kind == T_STRING ||
         next->kind == T_NUMBER || next->kind == '[' || next->kind == T_PRIVATE_NAME;
}

FnFrame parse_fn_top(const ParseCtx *pc) { return pc->fns[pc->nfns - 1]; }

/* The token kind of an identifier with a contextual meaning. */
static int classify_ident(const ParseCtx *pc, const LexToken *t, const LexToken *next) {
  int nl = (next->val.flags & LEXF_NL) != 0;
  FnFrame top = parse_fn_top(pc);
  switch (t->val.ck) {
  case CK_LET:
    if (next->kind == T_IDENT || next->kind == '[' || next->kind == '{') return T_LET;
    break;
  case CK_ASYNC:
    if (!nl && next->kind == T_FUNCTION) return T_ASYNC_FN;
    if (!nl && (next->kind == '(' || next->kind == T_IDENT)) return T_ASYNC;
    break;
  case CK_YIELD:
    if (top.flags & AF_GENERATOR) return nl ? T_YIELD_BARE : T_YIELD;
    break;
  case CK_AWAIT:
    if (pc->goal == PARSE_MODULE || (top.flags & AF_ASYNC)) return T_AWAIT;
    break;
  default:
    break;
  }
  return T_IDENT;
}

static int default_kind(int kind) { return kind == '{' ? kind : stmt_kind(kind); }

static int stmt_kind(int kind) {
  switch (kind) {
  case '{': return T_LBRACE_S;
  case T_FUNCTION: return T_FUNCTION_S;
  case T_CLASS: return T_CLASS_S;
  case T_ASYNC_FN: return T_ASYNC_FN_S;
  default: return kind;
  }
}

/* Member start: get/set/static/async are modifiers only before a name. */
static int prop_kind(const LexToken *t, int kind, const LexToken *next) {
  if (!t->val.ck || kind == T_PARSE_YYerror) return kind;
  int name = starts_name(next), nl = (next->val.flags & LEXF_NL) != 0;
  switch (t->val.ck) {
  case CK_GET: return name ? T_GET : T_IDENT;
  case CK_SET: return name ? T_SET : T_IDENT;
  case CK_STATIC: return name || next->kind == '*' || next->kind == '{' ? T_STATIC : T_IDENT;
  case CK_ASYNC: return !nl && (name || next->kind == '*') ? T_ASYNC : T_IDENT;
  default: return T_IDENT;
  }
}

static int is_division(int kind, const LexToken *t) {
  return kind == '/' || (kind == T_ASSIGN_OP && t->val.op == AOP_DIV);
}

/* Rescans t (the token before pc->next) as a regular expression literal
 * and lexes the lookahead again; returns t's new kind. */
static int rescan_regex(ParseCtx *pc, LexToken *t) {
  lex_rescan_regex(pc->lx, t);
  lex_next(pc->lx, &pc->next);
  return t->kind;
}

void parse_stmt_regex(ParseCtx *pc, int *yychar, LexVal *val, SrcSpan *loc) {
  if (!is_division(*yychar, &pc->cur) || pc->inject_semi) return;
  int k = rescan_regex(pc, &pc->cur);
  *val = pc->cur.val;
  *loc = pc->cur.span;
  *yychar = pc->cur.kind = k == LEX_ERROR ? token_error(pc, pc->cur.span, pc->cur.val.str) : k;
}

void parse_stmt_start(ParseCtx *pc, int *yychar, int empty) {
  if (empty) {
    pc->stmt_start_pending = 1;
    return;
  }
  *yychar = pc->cur.kind = stmt_kind(*yychar);
}

void parse_default_start(ParseCtx *pc, int *yychar, int empty) {
  if (empty) {
    pc->default_start_pending = 1;
    return;
  }
  *yychar = pc->cur.kind = default_kind(*yychar);
}

void parse_prop_start(ParseCtx *pc, int *yychar, int empty) {
  if (empty) {
    pc->prop_start_pending = 1;
    return;
  }
  *yychar = pc->cur.kind = prop_kind(&pc->cur, *yychar, &pc->next);
}

void parse_fn_enter(ParseCtx *pc) {
  if (pc->nfns == pc->capfns) {
    pc->capfns *= 2;
    pc->fns = xrealloc(pc->fns, pc->capfns * sizeof *pc->fns);
  }
  pc->fns[pc->nfns++] = pc->next_fn;
}

FnFrame parse_fn_leave(ParseCtx *pc, int *yychar, int empty) {
  FnFrame fr = pc->fns[pc->nfns - 1];
  if (pc->nfns > 1) pc->nfns--;
  if (!empty && (pc->cur.val.ck == CK_YIELD || pc->cur.val.ck == CK_AWAIT) &&
      *yychar != T_PARSE_YYerror && *yychar != T_PARSE_YYUNDEF)
    *yychar = pc->cur.kind = classify_ident(pc, &pc->cur, &pc->next);
  return fr;
}

/* Reports a lexer or wrapper error at t and returns bison's error token. */
static int token_error(ParseCtx *pc, SrcSpan at, const char *msg) {
  ast_error(&pc->b, at, "%s", msg);
  pc->syntax_error = 1;
  return T_PARSE_YYerror;
}

/* Re-classifies the raw token t (about to be delivered) in context. */
static int classify(ParseCtx *pc, LexToken *t) {
  int k = t->kind, nl = (t->val.flags & LEXF_NL) != 0;
  if (k == LEX_ERROR) return token_error(pc, t->span, t->val.str);
  if (k == T_IDENT) k = classify_ident(pc, t, &pc->next);
  else if (k == '{' && pc->cur.kind == T_ARROW) k = T_LBRACE_S;
  else if (k == T_INC && nl) k = T_INC_NL;
  else if (k == T_DEC && nl) k = T_DEC_NL;
  else if (k == T_ARROW && nl) return token_error(pc, t->span, "line break before '=>'");
  if (pc->stmt_start_pending && is_division(k, t)) {
    k = rescan_regex(pc, t); /* `if (a) /re/...`: an operand starts here */
    if (k == LEX_ERROR) return token_error(pc, t->span, t->val.str);
  }
  if (pc->stmt_start_pending) k = stmt_kind(k);
  if (pc->default_start_pending) k = default_kind(k);
  if (pc->prop_start_pending) k = prop_kind(t, k, &pc->next);
  pc->stmt_start_pending = pc->prop_start_pending = pc->default_start_pending = 0;
  int next_nl = (pc->next.val.flags & LEXF_NL) != 0;
  if ((k == T_RETURN || k == T_BREAK || k == T_CONTINUE) && next_nl && pc->next.kind != ';')
    pc->inject_semi = 1;
  if (k == T_THROW && next_nl)
    return token_error(pc, t->span, "line break after 'throw'");
  return k;
}

int parse_lex_next(ParseCtx *pc, LexVal *val, SrcSpan *loc) {
  LexToken t;
  if (pc->inject_semi) {
    pc->inject_semi = 0;
    memset(&t, 0, sizeof t);
    t.kind = ';';
    t.span = pc->cur.span;
    t.span.start = t.span.end;
    t.val.flags = LEXF_SYNTH;
  } else {
    t = pc->next;
    lex_next(pc->lx, &pc->next);
    t.kind = classify(pc, &t);
  }
  pc->prev = pc->cur;
  pc->cur = t;
  *val = t.val;
  *loc = t.span;
  return t.kind;
}

int parse_yylex(PARSE_YYSTYPE *lval, SrcSpan *lloc, ParseCtx *pc) {
  return parse_lex_next(pc, &lval->tok, lloc);
}
