/* ast_build.c - AST construction with parse-time checks; see ast_build.h. */
#include "ast_build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ast_error(AstBuild *b, SrcSpan at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vadd(b->diags, DIAG_ERROR, at, fmt, ap);
  va_end(ap);
  b->errors++;
}

void ast_unsupported(AstBuild *b, SrcSpan at, const char *what) {
  ast_error(b, at, "unsupported: %s (ticktock does not model it)", what);
}

AstNode *ast_make_ident(AstBuild *b, const LexVal *v, SrcSpan at) {
  AstNode *n = ast_new(b->arena, AST_IDENT, at);
  n->str = v->str ? v->str : "";
  n->len = v->len;
  return n;
}

AstNode *ast_make_private(AstBuild *b, const LexVal *v, SrcSpan at) {
  AstNode *n = ast_make_ident(b, v, at);
  n->kind = AST_PRIVATE_NAME;
  return n;
}

AstNode *ast_make_string(AstBuild *b, const LexVal *v, SrcSpan at) {
  AstNode *n = ast_new(b->arena, AST_STRING, at);
  n->str = v->str ? v->str : "";
  n->len = v->len;
  return n;
}

/* A regular expression literal: str is its text without the first '/',
 * "body/flags" (the flags never hold a '/'). */
AstNode *ast_make_regexp(AstBuild *b, const LexVal *v, SrcSpan at) {
  AstNode *n = ast_new(b->arena, AST_REGEXP, at);
  n->str = v->str;
  n->len = v->len;
  return n;
}

AstNode *ast_make_number(AstBuild *b, const LexVal *v, SrcSpan at) {
  if (v->flags & LEXF_BIGINT) {
    AstNode *n = ast_new(b->arena, AST_BIGINT, at);
    n->str = v->str;
    n->len = v->len;
    return n;
  }
  AstNode *n = ast_new(b->arena, AST_NUMBER, at);
  n->num = v->num;
  return n;
}

/* --- patterns ---------------------------------------------------------------- */

static const char *bad_target_msg(int mode, int nested) {
  if (mode == PAT_ASSIGN) return nested ? "invalid destructuring assignment target"
                                        : "invalid assignment target";
  if (mode == PAT_PARAM && !nested) return "invalid arrow function parameter";
  return "invalid destructuring target";
}

static AstNode *to_target(AstBuild *b, AstNode *n, int mode, int nested);

/* An element of an array pattern or the value of an object pattern
 * property: a target, or a target with a default (ASSIGN_PATTERN). */
static AstNode *to_element(AstBuild *b, AstNode *n, int mode) {
  if ((n->kind == AST_ASSIGN && n->op == AOP_ASSIGN && !(n->flags & AF_PAREN)) ||
      n->kind == AST_ASSIGN_PATTERN) {
    AstNode *p = ast_new2(b->arena, AST_ASSIGN_PATTERN, n->span, NULL, n->kid[1]);
    p->kid[0] = to_target(b, n->kid[0], mode, 1);
    return p;
  }
  return to_target(b, n, mode, 1);
}

/* The argument of `...` in a pattern: no default, and last in its list. */
static AstNode *to_rest(AstBuild *b, AstNode *spread, int mode, int last, int object) {
  AstNode *arg = spread->kid[0];
  if (!last || spread->op == 1) ast_error(b, spread->span, "rest element must be last element");
  if (arg->kind == AST_ASSIGN || arg->kind == AST_ASSIGN_PATTERN)
    ast_error(b, arg->span, "rest element may not have a default initializer");
  else if (object && arg->kind != AST_IDENT && arg->kind != AST_MEMBER)
    ast_error(b, arg->span, "%s", bad_target_msg(mode, 1));
  return ast_new1(b->arena, AST_REST, spread->span, to_target(b, arg, mode, 1));
}

static AstNode *array_to_pattern(AstBuild *b, AstNode *n, int mode) {
  AstNode *p = ast_new(b->arena, AST_ARRAY_PATTERN, n->span);
  for (uint32_t i = 0; i < n->list.len; i++) {
    AstNode *e = n->list.items[i], *t;
    int last = i + 1 == n->list.len;
    if (e->kind == AST_HOLE) t = e;
    else if (e->kind == AST_SPREAD) t = to_rest(b, e, mode, last, 0);
    else if (e->kind == AST_REST) t = e; /* already converted */
    else t = to_element(b, e, mode);
    ast_list_push(b->arena, &p->list, t);
  }
  return p;
}

static AstNode *object_to_pattern(AstBuild *b, AstNode *n, int mode) {
  AstNode *p = ast_new(b->arena, AST_OBJECT_PATTERN, n->span);
  for (uint32_t i = 0; i < n->list.len; i++) {
    AstNode *e = n->list.items[i], *t = e;
    int last = i + 1 == n->list.len;
    if (e->kind == AST_PROPERTY && e->op == APROP_SPREAD) {
      AstNode sp = {.kind = AST_SPREAD, .span = e->span, .kid = {e->kid[0]}};
      t = to_rest(b, &sp, mode, last, 1);
    } else if (e->kind == AST_PROPERTY && e->op == APROP_INIT) {
      t = ast_new2(b->arena, AST_PROPERTY, e->span, e->kid[0], to_element(b, e->kid[1], mode));
      t->flags = e->flags;
    } else if (e->kind != AST_REST) {
      ast_error(b, e->span, "%s", bad_target_msg(mode, 1));
    }
    ast_list_push(b->arena, &p->list, t);
  }
  return p;
}

static AstNode *to_target(AstBuild *b, AstNode *n, int mode, int nested) {
  switch (n->kind) {
  case AST_IDENT:
    if ((n->flags & AF_PAREN) && mode != PAT_ASSIGN) break;
    return n;
  case AST_MEMBER:
    if (mode != PAT_ASSIGN) break;
    return n;
  case AST_CALL: /* f() = x: a runtime ReferenceError in node, not an early error */
    if (mode != PAT_ASSIGN || nested) break;
    return n;
  case AST_ARRAY: case AST_ARRAY_PATTERN:
    if (n->flags & AF_PAREN) break;
    return array_to_pattern(b, n, mode);
  case AST_OBJECT: case AST_OBJECT_PATTERN:
    if (n->flags & AF_PAREN) break;
    return object_to_pattern(b, n, mode);
  default:
    break;
  }
  ast_error(b, n->span, "%s", bad_target_msg(mode, nested));
  return n;
}

AstNode *ast_to_pattern(AstBuild *b, AstNode *n, int mode) {
  if (!n) return n;
  if (mode == PAT_PARAM) return to_element(b, n, mode);
  return to_target(b, n, mode, 0);
}

/* --- expressions ------------------------------------------------------------- */

AstNode *ast_make_paren(AstBuild *b, AstNode *inner) {
  (void)b;
  inner->flags |= AF_PAREN;
  return inner;
}

static int is_logical(const AstNode *n, int op) {
  return n->kind == AST_LOGICAL && n->op == op && !(n->flags & AF_PAREN);
}

AstNode *ast_make_binary(AstBuild *b, int op, AstNode *l, AstNode *r, SrcSpan at) {
  if (op == AOP_EXP && (l->kind == AST_UNARY || l->kind == AST_AWAIT) && !(l->flags & AF_PAREN))
    ast_error(b, l->span, "unary operator before '**' needs parentheses");
  if ((op == AOP_NULLISH && (is_logical(l, AOP_AND) || is_logical(l, AOP_OR) ||
                              is_logical(r, AOP_AND) || is_logical(r, AOP_OR))) ||
      ((op == AOP_AND || op == AOP_OR) && (is_logical(l, AOP_NULLISH) || is_logical(r, AOP_NULLISH))))
    ast_error(b, at, "cannot mix '?\?' with '&&' or '||' without parentheses");
  int logical = op == AOP_AND || op == AOP_OR || op == AOP_NULLISH;
  AstNode *n = ast_new2(b->arena, logical ? AST_LOGICAL : AST_BINARY, at, l, r);
  n->op = (uint16_t)op;
  return n;
}

AstNode *ast_make_unary(AstBuild *b, int op, AstNode *arg, SrcSpan at) {
  AstNode *n = ast_new1(b->arena, AST_UNARY, at, arg);
  n->op = (uint16_t)op;
  return n;
}

/* Targets of compound assignment and ++/--.  Like node, a call is accepted
 * (it throws a ReferenceError when run) except for logical assignment. */
static int is_simple_target(const AstNode *n, int op) {
  if (n->kind == AST_CALL) return op != AOP_AND && op != AOP_OR && op != AOP_NULLISH;
  return n->kind == AST_IDENT || n->kind == AST_MEMBER;
}

AstNode *ast_make_update(AstBuild *b, int op, AstNode *arg, int prefix, SrcSpan at) {
  if (!is_simple_target(arg, op))
    ast_error(b, arg->span, "invalid %s operand of '%s'", prefix ? "prefix" : "postfix",
              ast_op_name((AstOp)op));
  AstNode *n = ast_new1(b->arena, AST_UPDATE, at, arg);
  n->op = (uint16_t)op;
  if (prefix) n->flags |= AF_PREFIX;
  return n;
}

AstNode *ast_make_assign(AstBuild *b, int op, AstNode *target, AstNode *value, SrcSpan at) {
  if (op == AOP_ASSIGN && (target->kind == AST_ARRAY || target->kind == AST_OBJECT) &&
      !(target->flags & AF_PAREN))
    target = ast_to_pattern(b, target, PAT_ASSIGN);
  else if (!is_simple_target(target, op))
    ast_error(b, target->span, "invalid assignment target");
  AstNode *n = ast_new2(b->arena, AST_ASSIGN, at, target, value);
  n->op = (uint16_t)op;
  return n;
}

AstNode *ast_make_seq(AstBuild *b, AstNode *l, AstNode *r, SrcSpan at) {
  if (l->kind == AST_SEQUENCE && !(l->flags & AF_PAREN)) {
    ast_list_push(b->arena, &l->list, r);
    l->span = at;
    return l;
  }
  AstNode *n = ast_new(b->arena, AST_SEQUENCE, at);
  ast_list_push(b->arena, &n->list, l);
  ast_list_push(b->arena, &n->list, r);
  return n;
}

AstNode *ast_make_call(AstBuild *b, AstNode *callee, AstList *args, int flags, SrcSpan at) {
  if (callee->kind == AST_IDENT && !(callee->flags & AF_PAREN) && !(flags & AF_OPTIONAL) &&
      strcmp(callee->str, "eval") == 0)
    ast_unsupported(b, at, "direct eval()");
  AstNode *n = ast_new1(b->arena, AST_CALL, at, callee);
  n->list = *args;
  n->flags |= (uint32_t)flags;
  return n;
}

AstNode *ast_make_member(AstBuild *b, AstNode *obj, AstNode *prop, int flags, SrcSpan at) {
  AstNode *n = ast_new2(b->arena, AST_MEMBER, at, obj, prop);
  n->flags |= (uint32_t)flags;
  return n;
}

AstNode *ast_make_list_node(AstBuild *b, AstKind kind, AstList *items, SrcSpan at) {
  AstNode *n = ast_new(b->arena, kind, at);
  n->list = *items;
  return n;
}

AstNode *ast_make_prop(AstBuild *b, int op, AstNode *key, AstNode *value, SrcSpan at) {
  AstNode *n = ast_new2(b->arena, AST_PROPERTY, at, key, value);
  n->op = (uint16_t)op;
  if (key && op != APROP_SPREAD && (key->flags & AF_COMPUTED_KEY)) {
    key->flags &= ~(uint32_t)AF_COMPUTED_KEY;
    n->flags |= AF_COMPUTED;
  }
  return n;
}

/* --- templates ------------------------------------------------------------------ */

AstNode *ast_make_quasi(AstBuild *b, const LexVal *v, SrcSpan at) {
  AstNode *raw = ast_new(b->arena, AST_STRING, at);
  raw->str = v->tpl->raw;
  raw->len = v->tpl->rawlen;
  AstNode *q = ast_new1(b->arena, AST_TEMPLATE_ELEM, at, raw);
  q->str = v->tpl->cooked; /* NULL for an invalid escape */
  q->len = v->tpl->len;
  return q;
}

AstNode *ast_check_template(AstBuild *b, AstNode *tpl) {
  for (uint32_t i = 0; i < tpl->list.len; i++) {
    AstNode *q = tpl->list.items[i];
    if (q->kind == AST_TEMPLATE_ELEM && !q->str)
      ast_error(b, q->span, "invalid escape sequence in template literal");
  }
  return tpl;
}

/* --- declarations and functions ----------------------------------------------------- */

AstNode *ast_make_var(AstBuild *b, int kind, AstList *decls, int in_for_head, SrcSpan at) {
  for (uint32_t i = 0; !in_for_head && i < decls->len; i++) {
    AstNode *d = decls->items[i];
    if (d->kid[1]) continue;
    if (kind == AV_CONST) ast_error(b, d->span, "missing initializer in const declaration");
    else if (d->kid[0]->kind != AST_IDENT)
      ast_error(b, d->span, "missing initializer in destructuring declaration");
  }
  AstNode *n = ast_make_list_node(b, AST_VAR_DECL, decls, at);
  n->op = (uint16_t)kind;
  return n;
}

const char *ast_key_name(AstBuild *b, const AstNode *key, uint32_t *len) {
  if (!key || (key->flags & AF_COMPUTED_KEY)) return NULL;
  if (key->kind == AST_IDENT || key->kind == AST_STRING || key->kind == AST_PRIVATE_NAME || key->kind == AST_BIGINT) {
    *len = key->len;
    return key->str;
  }
  if (key->kind != AST_NUMBER) return NULL;
  char buf[40];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*g", p, key->num);
    if (strtod(buf, NULL) == key->num) break;
  }
  *len = (uint32_t)strlen(buf);
  return arena_strndup(b->arena, buf, *len);
}

AstNode *ast_make_method(AstBuild *b, AstNode *key, AstNode *fn, SrcSpan at) {
  int op = fn->op == AFN_GET ? APROP_GET : fn->op == AFN_SET ? APROP_SET : APROP_METHOD;
  int computed = (key->flags & AF_COMPUTED_KEY) != 0;
  fn->str = computed ? NULL : ast_key_name(b, key, &fn->len);
  return ast_make_prop(b, op, key, fn, at);
}

int ast_mark_directives(AstBuild *b, AstList *stmts) {
  int strict = 0;
  for (uint32_t i = 0; i < stmts->len; i++) {
    AstNode *s = stmts->items[i];
    if (s->kind != AST_EXPR_STMT || s->kid[0]->kind != AST_STRING ||
        (s->kid[0]->flags & AF_PAREN))
      break;
    s->flags |= AF_DIRECTIVE;
    SrcSpan sp = s->kid[0]->span;
    if (sp.end - sp.start == 12 && sp.end <= b->len &&
        (memcmp(b->text + sp.start, "'use strict'", 12) == 0 ||
         memcmp(b->text + sp.start, "\"use strict\"", 12) == 0))
      strict = 1;
  }
  return strict;
}

/* --- classes ----------------------------------------------------------------------- */

static int key_is(const AstNode *p, const char *name) {
  const AstNode *k = p->kid[0];
  return !(p->flags & AF_COMPUTED) && k && (k->kind == AST_IDENT || k->kind == AST_STRING) &&
         strcmp(k->str, name) == 0;
}

static const AstNode *private_key(const AstNode *m) {
  const AstNode *k = m->kid[0];
  return m->op != APROP_SPREAD && k && k->kind == AST_PRIVATE_NAME ? k : NULL;
}

/* A private name is declared once per class, except a getter and a setter
 * of one staticness (the pair is one accessor). */
static void check_private(AstBuild *b, AstList *members, uint32_t at) {
  const AstNode *m = members->items[at], *k = private_key(m);
  if (!k) return;
  if (strcmp(k->str, "#constructor") == 0) {
    ast_error(b, k->span, m->op == APROP_FIELD ? "classes may not have a field named 'constructor'"
                                               : "class constructor may not be a private method");
    return;
  }
  for (uint32_t i = 0; i < at; i++) {
    const AstNode *o = members->items[i], *ok = private_key(o);
    if (!ok || strcmp(ok->str, k->str) != 0) continue;
    int pair = ((m->op == APROP_GET && o->op == APROP_SET) || (m->op == APROP_SET && o->op == APROP_GET)) &&
                (m->flags & AF_STATIC) == (o->flags & AF_STATIC);
    if (!pair) {
      ast_error(b, k->span, "Identifier '%s' has already been declared", k->str);
      return;
    }
  }
}

static void check_member(AstBuild *b, AstNode *m, int *ctors) {
  if (m->flags & AF_STATIC) {
    if (key_is(m, "prototype"))
      ast_error(b, m->kid[0]->span, "classes may not have a static property named 'prototype'");
    return;
  }
  if (!key_is(m, "constructor")) return;
  if (m->op == APROP_FIELD) {
    ast_error(b, m->kid[0]->span, "classes may not have a field named 'constructor'");
    return;
  }
  AstNode *fn = m->kid[1];
  if (m->op != APROP_METHOD || (fn->flags & (AF_ASYNC | AF_GENERATOR)))
    ast_error(b, m->kid[0]->span, "class constructor may not be an accessor, generator or async");
  else if (++*ctors > 1)
    ast_error(b, m->kid[0]->span, "a class may only have one constructor");
  else
    m->flags |= AF_CTOR;
}

AstNode *ast_make_class(AstBuild *b, const char *name, AstNode *heritage, AstList *members,
                        SrcSpan at) {
  int ctors = 0;
  for (uint32_t i = 0; i < members->len; i++) {
    check_member(b, members->items[i], &ctors);
    check_private(b, members, i);
  }
  AstNode *n = ast_make_list_node(b, AST_CLASS, members, at);
  n->kid[0] = heritage;
  if (name) {
    n->str = name;
    n->len = (uint32_t)strlen(name);
  }
  return n;
}
