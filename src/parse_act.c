/* parse_act.c - helpers for the grammar actions of grammar/parser.y that
 * need the parser context (function frames, token details). */
#include "parse_ctx.h"

#include <string.h>

#include "parser.h"

AstNode *parse_make_program(ParseCtx *pc, AstList *stmts, SrcSpan at) {
  AstNode *n = ast_make_list_node(&pc->b, AST_PROGRAM, stmts, at);
  n->span.start = 0;
  n->span.line = n->span.col = 1;
  if (ast_mark_directives(&pc->b, stmts)) n->flags |= AF_STRICT;
  if (pc->goal == PARSE_MODULE) n->flags |= AF_MODULE | AF_STRICT;
  return n;
}

static int params_simple(const AstList *params) {
  for (uint32_t i = 0; i < params->len; i++)
    if (params->items[i]->kind != AST_IDENT) return 0;
  return 1;
}

/* Strictness and the rules that come with a body's directive prologue. */
static void finish_body(ParseCtx *pc, AstNode *fn, AstNode *body) {
  if (!body || body->kind != AST_BLOCK || !ast_mark_directives(&pc->b, &body->list)) return;
  fn->flags |= AF_STRICT;
  if (!params_simple(&fn->list))
    ast_error(&pc->b, body->list.items[0]->span,
              "'use strict' not allowed in a function with non-simple parameters");
}

AstNode *parse_make_function(ParseCtx *pc, AstList *params, AstNode *body, FnFrame fr,
                             SrcSpan at) {
  AstNode *fn = ast_new1(pc->b.arena, AST_FUNCTION, at, body);
  fn->op = fr.op;
  fn->flags = fr.flags;
  fn->list = *params;
  if (fr.op == AFN_GET && params->len != 0)
    ast_error(&pc->b, at, "getter must not have any parameters");
  if (fr.op == AFN_SET && (params->len != 1 || params->items[0]->kind == AST_REST))
    ast_error(&pc->b, at, "setter must have exactly one parameter");
  finish_body(pc, fn, body);
  return fn;
}

AstNode *parse_arrow_head(ParseCtx *pc, AstNode *cover, AstNode *extra, int flags, SrcSpan at) {
  AstNode *fn = ast_new(pc->b.arena, AST_FUNCTION, at);
  fn->op = AFN_ARROW;
  fn->flags = (uint16_t)flags;
  if (cover && cover->kind == AST_SEQUENCE && !(cover->flags & AF_PAREN)) {
    for (uint32_t i = 0; i < cover->list.len; i++)
      ast_list_push(pc->b.arena, &fn->list, ast_to_pattern(&pc->b, cover->list.items[i], PAT_PARAM));
  } else if (cover) {
    ast_list_push(pc->b.arena, &fn->list, ast_to_pattern(&pc->b, cover, PAT_PARAM));
  }
  if (extra) ast_list_push(pc->b.arena, &fn->list, extra);
  pc->next_fn = (FnFrame){(uint16_t)flags, AFN_ARROW};
  return fn;
}

AstNode *parse_async_arrow_head(ParseCtx *pc, AstList *args, SrcSpan at) {
  AstNode *fn = parse_arrow_head(pc, NULL, NULL, AF_ASYNC, at);
  for (uint32_t i = 0; i < args->len; i++) {
    AstNode *a = args->items[i], *p;
    if (a->kind == AST_SPREAD) {
      if (i + 1 != args->len || a->op == 1)
        ast_error(&pc->b, a->span, "rest parameter must be last formal parameter");
      p = ast_new1(pc->b.arena, AST_REST, a->span, ast_to_pattern(&pc->b, a->kid[0], PAT_BIND));
    } else {
      p = ast_to_pattern(&pc->b, a, PAT_PARAM);
    }
    ast_list_push(pc->b.arena, &fn->list, p);
  }
  return fn;
}

AstNode *parse_make_arrow(ParseCtx *pc, AstNode *head, AstNode *body, FnFrame fr, SrcSpan at) {
  (void)fr;
  head->kid[0] = body;
  head->span = at;
  if (body->kind != AST_BLOCK || (body->flags & AF_PAREN)) head->flags |= AF_EXPR_BODY;
  else finish_body(pc, head, body);
  return head;
}

AstNode *parse_make_for_of(ParseCtx *pc, AstNode *left, const LexVal *of, SrcSpan of_at,
                           AstNode *right, AstNode *body, int flags, SrcSpan at) {
  if (of->ck != CK_OF) ast_error(&pc->b, of_at, "unexpected identifier '%s'", of->str);
  AstNode *n = ast_new3(pc->b.arena, AST_FOR_OF, at, left, right, body);
  n->flags |= (uint16_t)flags;
  return n;
}

void parse_add_case(ParseCtx *pc, AstList *cases, AstNode *c) {
  if (!c->kid[0])
    for (uint32_t i = 0; i < cases->len; i++)
      if (!cases->items[i]->kid[0]) {
        ast_error(&pc->b, c->span, "more than one default clause in switch statement");
        break;
      }
  ast_list_push(pc->b.arena, cases, c);
}

AstNode *parse_make_try(ParseCtx *pc, AstNode *block, AstNode *handler, AstNode *finalizer,
                        SrcSpan at) {
  AstNode *n = ast_new1(pc->b.arena, AST_TRY, at, block);
  if (handler) {
    n->kid[1] = handler->kid[0];
    n->kid[2] = handler->kid[1];
  }
  n->kid[3] = finalizer;
  return n;
}

AstNode *parse_make_shorthand(ParseCtx *pc, const LexVal *name, SrcSpan name_at, AstNode *init,
                              SrcSpan at) {
  FnFrame top = parse_fn_top(pc);
  if ((name->ck == CK_YIELD && (top.flags & AF_GENERATOR)) ||
      (name->ck == CK_AWAIT && ((top.flags & AF_ASYNC) || pc->goal == PARSE_MODULE)))
    ast_error(&pc->b, name_at, "'%s' cannot be used as an identifier here", name->str);
  AstNode *key = ast_make_ident(&pc->b, name, name_at);
  AstNode *value = ast_make_ident(&pc->b, name, name_at);
  if (init) { /* CoverInitializedName: valid only once converted to a pattern */
    value = ast_new2(pc->b.arena, AST_ASSIGN, at, value, init);
    value->op = AOP_ASSIGN;
  }
  AstNode *p = ast_make_prop(&pc->b, APROP_INIT, key, value, at);
  p->flags |= AF_SHORTHAND;
  return p;
}

void parse_append(ParseCtx *pc, AstList *dst, AstList *src) {
  for (uint32_t i = 0; i < src->len; i++) ast_list_push(pc->b.arena, dst, src->items[i]);
}

AstNode *parse_make_array_tail(ParseCtx *pc, AstList *elems, AstList *holes, SrcSpan at) {
  AstNode *last = elems->len ? elems->items[elems->len - 1] : NULL;
  if (last && last->kind == AST_SPREAD) last->op = 1; /* a comma follows the spread */
  parse_append(pc, elems, holes);
  return ast_make_list_node(&pc->b, AST_ARRAY, elems, at);
}

AstNode *parse_new_target(ParseCtx *pc, const LexVal *name, SrcSpan at) {
  if (name->ck != CK_TARGET) ast_error(&pc->b, at, "unexpected identifier '%s' after 'new.'", name->str);
  return ast_new(pc->b.arena, AST_NEW_TARGET, at);
}

/* `static { body }` in a class: the body becomes an arrow function (its
 * own var scope, the `this` and new.target of the static initialiser it
 * runs in) kept in a static APROP_BLOCK member. */
void parse_static_block_enter(ParseCtx *pc) {
  pc->next_fn = (FnFrame){0, AFN_ARROW};
  parse_fn_enter(pc);
}

AstNode *parse_static_block(ParseCtx *pc, AstList *stmts, FnFrame fr, SrcSpan body_at, SrcSpan at) {
  (void)fr;
  AstNode *fn = ast_new1(pc->b.arena, AST_FUNCTION, body_at, ast_make_list_node(&pc->b, AST_BLOCK, stmts, body_at));
  fn->op = AFN_ARROW;
  fn->flags = AF_STRICT;
  AstNode *m = ast_make_prop(&pc->b, APROP_BLOCK, NULL, fn, at);
  m->flags |= AF_STATIC;
  return m;
}

AstNode *parse_tagged_chain_error(ParseCtx *pc, AstNode *chain, SrcSpan at) {
  ast_error(&pc->b, at, "tagged template cannot be used in an optional chain");
  return chain;
}

AstNode *parse_annex_b_function(ParseCtx *pc, AstNode *fn) {
  if (fn->flags & (AF_ASYNC | AF_GENERATOR))
    ast_error(&pc->b, fn->span, "async and generator declarations must be in a block here");
  return fn;
}

/* --- modules ------------------------------------------------------------------ */

void parse_word(ParseCtx *pc, const LexVal *tok, SrcSpan at, const char *word) {
  size_t n = strlen(word);
  if (tok->len == n && memcmp(tok->str, word, n) == 0) return;
  ast_error(&pc->b, at, "unexpected identifier '%.*s'; expected '%s'",
            tok->len > 40 ? 40 : (int)tok->len, tok->str, word);
}

AstNode *parse_spec(ParseCtx *pc, AstNode *from, const LexVal *to, SrcSpan to_at, SrcSpan at) {
  return ast_new2(pc->b.arena, AST_SPECIFIER, at, from, ast_make_ident(&pc->b, to, to_at));
}

AstNode *parse_default_spec(ParseCtx *pc, const LexVal *to, SrcSpan at) {
  AstNode *name = ast_make_ident(&pc->b, to, at);
  name->str = "default";
  name->len = 7;
  return ast_new2(pc->b.arena, AST_SPECIFIER, at, name, ast_make_ident(&pc->b, to, at));
}

/* Remembers the first module item: parse_source needs it to decide the goal. */
static void note_module_item(ParseCtx *pc, const AstNode *n) {
  if (!pc->module_item) pc->module_item = n;
}

AstNode *parse_make_import(ParseCtx *pc, AstNode *module, AstList *specs, SrcSpan at) {
  AstNode *n = ast_new1(pc->b.arena, AST_IMPORT, at, module);
  if (specs) n->list = *specs;
  note_module_item(pc, n);
  return n;
}

AstNode *parse_make_export(ParseCtx *pc, int kind, AstNode *decl, AstNode *module,
                           AstList *specs, SrcSpan at) {
  AstNode *n = ast_new2(pc->b.arena, AST_EXPORT, at, decl, module);
  n->op = (uint16_t)kind;
  if (specs) n->list = *specs;
  note_module_item(pc, n);
  return n;
}
