/* parse_ctx.h - the state shared by the token wrapper (parse_lex.c), the
 * generated parser (grammar/parser.y) and the driver (parse.c).  Internal to
 * the parser; nothing outside the front end includes it.
 *
 * Ownership: the ParseCtx lives on parse_source's stack; its function-frame
 * stack is malloc'd and freed by parse_source; everything else is in the
 * arena or the DiagList.
 */
#ifndef TT_PARSE_CTX_H
#define TT_PARSE_CTX_H

#include "ast_build.h"
#include "lex.h"
#include "parse.h"

/* What kind of function body the parser is in: decides whether `await` and
 * `yield` are operators or identifiers. */
typedef struct FnFrame {
  uint16_t flags; /* AF_ASYNC, AF_GENERATOR */
  uint8_t op;     /* AFN_* of the function being parsed */
} FnFrame;

enum { PARSE_MAX_EXPECTED = 4 }; /* expected-token names kept for messages */

typedef struct ParseCtx ParseCtx;

struct ParseCtx {
  AstBuild b; /* arena, diagnostics, source */
  ParseGoal goal;
  Lexer *lx;
  LexToken prev, cur, next; /* before the lookahead, lookahead, buffered */
  int inject_semi;          /* deliver a ';' next (restricted productions) */
  int stmt_start_pending;   /* next token starts a statement */
  int prop_start_pending;   /* next token starts a property / class member */
  int default_start_pending; /* next token follows `export default` */
  FnFrame *fns;
  uint32_t nfns, capfns;
  FnFrame next_fn;          /* frame for the next parse_fn_enter */
  /* syntax errors: recorded as pending until ASI declines them */
  int have_pending;
  LexToken pending_tok, pending_prev; /* lookahead and the token before it */
  int pending_state;                  /* parser state at the error */
  SrcSpan pending_span;
  char pending_msg[256];
  int syntax_error;
  const AstNode *module_item; /* the first import/export declaration, or NULL */
  AstNode *program;
};

/* Token wrapper: bison's yylex.  Classifies contextual keywords, applies the
 * restricted productions and reports lexer errors. */
int parse_lex_next(ParseCtx *pc, LexVal *val, SrcSpan *loc);

/* Called by the grammar when a statement (resp. property or class member)
 * begins; *yychar is the lookahead or YYEMPTY (then the wrapper handles the
 * next token).  Reclassifies '{' function class async as statement forms,
 * or get/set/static/async as member modifiers. */
void parse_stmt_start(ParseCtx *pc, int *yychar, int empty);
/* At a statement start whose first token was already read as the
 * lookahead: a '/' or '/=' there begins a regular expression literal
 * (lexed as a division after a block's '}'), so the token is rescanned
 * and the lookahead (kind, value, location) replaced. */
void parse_stmt_regex(ParseCtx *pc, int *yychar, LexVal *val, SrcSpan *loc);
/* After `export default`: function, class and async function only. */
void parse_default_start(ParseCtx *pc, int *yychar, int empty);
void parse_prop_start(ParseCtx *pc, int *yychar, int empty);

/* Function frames. parse_fn_leave re-classifies an already read lookahead
 * (`await`/`yield` depend on the frame). */
void parse_fn_enter(ParseCtx *pc);
FnFrame parse_fn_leave(ParseCtx *pc, int *yychar, int empty);
FnFrame parse_fn_top(const ParseCtx *pc);

/* Automatic semicolon insertion at an `error` token: returns 1 (and clears
 * the pending error) when a semicolon may be inserted before the lookahead
 * yychar: error_loc (the `error` token's location) must start at the
 * lookahead, i.e. no parser state was popped; otherwise commits the error and returns 0.  dowhile: after the
 * ')' of do-while, where insertion is always allowed. */
int parse_asi(ParseCtx *pc, int yychar, int dowhile, SrcSpan error_loc);

/* Records the pending syntax error for the current lookahead in parser
 * state `state`; the message is formatted by parse_commit_error if ASI
 * does not absorb the error. */
void parse_syntax_error(ParseCtx *pc, int state);
/* Names (static strings) of up to max tokens expected in a parser state;
 * returns their full count; *ident tells whether an identifier is one. */
int parse_expected_tokens(int state, const char **names, int max, int *ident);
void parse_commit_error(ParseCtx *pc);

/* --- grammar action helpers (parse_act.c) --------------------------------- */

AstNode *parse_make_program(ParseCtx *pc, AstList *stmts, SrcSpan at);
AstNode *parse_make_function(ParseCtx *pc, AstList *params, AstNode *body, FnFrame fr,
                             SrcSpan at);
/* Arrow heads: cover is the parenthesised expression (or NULL), extra a
 * final IDENT or REST parameter (or NULL).  Builds the FUNCTION node and
 * sets next_fn for the arrow's frame. */
AstNode *parse_arrow_head(ParseCtx *pc, AstNode *cover, AstNode *extra, int flags, SrcSpan at);
AstNode *parse_async_arrow_head(ParseCtx *pc, AstList *args, SrcSpan at);
AstNode *parse_make_arrow(ParseCtx *pc, AstNode *head, AstNode *body, FnFrame fr, SrcSpan at);
AstNode *parse_make_for_of(ParseCtx *pc, AstNode *left, const LexVal *of, SrcSpan of_at,
                           AstNode *right, AstNode *body, int flags, SrcSpan at);
void parse_add_case(ParseCtx *pc, AstList *cases, AstNode *c);
AstNode *parse_make_try(ParseCtx *pc, AstNode *block, AstNode *handler, AstNode *finalizer,
                        SrcSpan at);
AstNode *parse_make_shorthand(ParseCtx *pc, const LexVal *name, SrcSpan name_at, AstNode *init,
                              SrcSpan at);
AstNode *parse_make_array_tail(ParseCtx *pc, AstList *elems, AstList *holes, SrcSpan at);
void parse_append(ParseCtx *pc, AstList *dst, AstList *src);
AstNode *parse_new_target(ParseCtx *pc, const LexVal *name, SrcSpan at);
void parse_static_block_enter(ParseCtx *pc);
AstNode *parse_static_block(ParseCtx *pc, AstList *stmts, FnFrame fr, SrcSpan body_at, SrcSpan at);
AstNode *parse_tagged_chain_error(ParseCtx *pc, AstNode *chain, SrcSpan at);
/* Modules.  parse_word checks that an identifier token (from, as) is
 * spelled `word`.  A specifier maps the name `from` (NULL for `*`) to the
 * binding or export name `to`. */
void parse_word(ParseCtx *pc, const LexVal *tok, SrcSpan at, const char *word);
AstNode *parse_spec(ParseCtx *pc, AstNode *from, const LexVal *to, SrcSpan to_at, SrcSpan at);
AstNode *parse_default_spec(ParseCtx *pc, const LexVal *to, SrcSpan at);
AstNode *parse_make_import(ParseCtx *pc, AstNode *module, AstList *specs, SrcSpan at);
AstNode *parse_make_export(ParseCtx *pc, int kind, AstNode *decl, AstNode *module,
                           AstList *specs, SrcSpan at);

/* A function declaration as the body of an if or a label (Annex B). */
AstNode *parse_annex_b_function(ParseCtx *pc, AstNode *fn);

/* Early errors over the finished tree (parse_check.c): labels, break and
 * continue targets, return, await, super, strict-mode rules, duplicate
 * __proto__, leftover cover-grammar initialisers. */
void parse_check_program(AstBuild *b, AstNode *program, ParseGoal goal);

#endif
