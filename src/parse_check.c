/* parse_check.c - early errors found by walking the finished tree: the
 * ones that need context a grammar action does not have (enclosing loops
 * and labels, the kind of enclosing function, strict mode). */
#include "parse_ctx.h"

#include <stdlib.h>
#include <string.h>

/* Trees deeper than this are rejected, so every later recursive walk over
 * the tree (checks, compiler, printer) stays far from the C stack limit.
 * Long left-nested chains (a + b + c ..., a.b.c ...) are what reach it. */
enum { AST_MAX_DEPTH = 1500 };

typedef struct Label {
  const char *name;
  int is_loop;
} Label;

typedef struct Check {
  AstBuild *b;
  int module;
  /* per function */
  int in_function, is_async, strict, super_call, super_prop;
  int new_target_ok; /* in a function (arrows: an enclosing one) or class initialiser */
  int in_init;       /* in a field initialiser or static block: no `arguments` */
  int static_block;  /* directly in a static block: no `return`, `await` is reserved */
  const AstNode *block_fn; /* the static block's arrow about to be checked */
  int loops, breakables; /* enclosing loops; loops + switches */
  int depth, too_deep;   /* current nesting; depth limit already reported */
  Label *labels;
  uint32_t nlabels, caplabels, label_base; /* labels of this function start at label_base */
  const AstNode **classes; /* enclosing class bodies, innermost last: their private names */
  uint32_t nclasses, capclasses;
} Check;

static void walk(Check *c, AstNode *n);

static void walk_list(Check *c, AstList *l) {
  for (uint32_t i = 0; i < l->len; i++) walk(c, l->items[i]);
}

static void walk_kids(Check *c, AstNode *n) {
  for (int i = 0; i < 4; i++)
    if (n->kid[i]) walk(c, n->kid[i]);
  walk_list(c, &n->list);
}

static int is_loop(const AstNode *n) {
  while (n && n->kind == AST_LABELED) n = n->kid[0];
  return n && (n->kind == AST_FOR || n->kind == AST_FOR_IN || n->kind == AST_FOR_OF ||
               n->kind == AST_WHILE || n->kind == AST_DO_WHILE);
}

static const Label *find_label(const Check *c, const char *name) {
  for (uint32_t i = c->nlabels; i-- > c->label_base;)
    if (strcmp(c->labels[i].name, name) == 0) return &c->labels[i];
  return NULL;
}

/* Annex B lets sloppy code declare a function as the body of an if or a
 * label; strict code may not. */
static void check_annex_b(Check *c, const AstNode *body) {
  if (c->strict && body && body->kind == AST_FUNCTION && body->op == AFN_DECL)
    ast_error(c->b, body->span, "in strict mode code, functions can only be declared at top "
                                "level or inside a block");
}

static void check_labeled(Check *c, AstNode *n) {
  check_annex_b(c, n->kid[0]);
  if (find_label(c, n->str))
    ast_error(c->b, n->span, "label '%s' has already been declared", n->str);
  if (c->nlabels == c->caplabels) {
    c->caplabels = c->caplabels ? c->caplabels * 2 : 8;
    c->labels = xrealloc(c->labels, c->caplabels * sizeof *c->labels);
  }
  c->labels[c->nlabels++] = (Label){n->str, is_loop(n->kid[0])};
  walk(c, n->kid[0]);
  c->nlabels--;
}

static void check_jump(Check *c, AstNode *n) {
  int is_break = n->kind == AST_BREAK;
  if (n->str) {
    const Label *l = find_label(c, n->str);
    if (!l) ast_error(c->b, n->span, "undefined label '%s'", n->str);
    else if (!is_break && !l->is_loop)
      ast_error(c->b, n->span, "'continue' target '%s' is not a loop", n->str);
  } else if (is_break ? !c->breakables : !c->loops) {
    ast_error(c->b, n->span, is_break ? "'break' outside of a loop or switch"
                                      : "'continue' outside of a loop");
  }
}

static void check_loop(Check *c, AstNode *n, int is_switch) {
  if (!is_switch) c->loops++;
  c->breakables++;
  walk_kids(c, n);
  if (!is_switch) c->loops--;
  c->breakables--;
}

/* Names that strict code may not use as identifiers. */
static int strict_reserved(const char *s) {
  static const char *const words[] = {"implements", "interface", "let", "package", "private",
                                      "protected", "public", "static", "yield"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strcmp(s, words[i]) == 0) return 1;
  return 0;
}

static void check_ident(Check *c, AstNode *n) {
  if (c->strict && strict_reserved(n->str))
    ast_error(c->b, n->span, "'%s' is a reserved word in strict mode", n->str);
  else if (c->in_init && strcmp(n->str, "arguments") == 0)
    ast_error(c->b, n->span, "'arguments' is not allowed in class field initializer or static initialization block");
  else if (c->static_block && strcmp(n->str, "await") == 0)
    ast_error(c->b, n->span, "Unexpected reserved word");
}

/* Parameters: duplicates are errors unless the function is sloppy, not an
 * arrow or method, and its parameters are simple. */
static void collect_names(AstNode *p, const char **names, uint32_t *n, uint32_t cap) {
  if (!p) return;
  if (p->kind == AST_IDENT) {
    if (*n < cap) names[(*n)++] = p->str;
    return;
  }
  if (p->kind == AST_PROPERTY) {
    collect_names(p->kid[1], names, n, cap);
    return;
  }
  if (p->kind == AST_ASSIGN_PATTERN || p->kind == AST_REST) {
    collect_names(p->kid[0], names, n, cap);
    return;
  }
  for (uint32_t i = 0; i < p->list.len; i++) collect_names(p->list.items[i], names, n, cap);
}

static void check_params(Check *c, AstNode *fn) {
  int simple = 1;
  for (uint32_t i = 0; i < fn->list.len; i++)
    if (fn->list.items[i]->kind != AST_IDENT) simple = 0;
  if (simple && !c->strict && (fn->op == AFN_DECL || fn->op == AFN_EXPR)) return;
  enum { CAP = 256 };
  const char *names[CAP];
  uint32_t n = 0;
  for (uint32_t i = 0; i < fn->list.len; i++) collect_names(fn->list.items[i], names, &n, CAP);
  for (uint32_t i = 1; i < n; i++)
    for (uint32_t j = 0; j < i; j++)
      if (strcmp(names[i], names[j]) == 0) {
        ast_error(c->b, fn->span, "duplicate parameter name '%s'", names[i]);
        return;
      }
}

static void check_function(Check *c, AstNode *fn, int super_call, int super_prop) {
  Check saved = *c;
  int arrow = fn->op == AFN_ARROW;
  c->in_function = 1;
  c->is_async = (fn->flags & AF_ASYNC) != 0;
  c->static_block = fn == c->block_fn; /* V8 lets an arrow in it use `await` as a name */
  c->block_fn = NULL;
  c->strict = c->strict || (fn->flags & AF_STRICT);
  if (!arrow) {
    c->super_call = super_call;
    c->super_prop = super_prop || fn->op == AFN_METHOD || fn->op == AFN_GET || fn->op == AFN_SET;
    c->new_target_ok = 1;
    c->in_init = 0;
  }
  c->loops = c->breakables = 0;
  c->label_base = c->nlabels;
  check_params(c, fn);
  walk_list(c, &fn->list);
  walk(c, fn->kid[0]);
  saved.labels = c->labels;
  saved.caplabels = c->caplabels;
  saved.classes = c->classes;
  saved.capclasses = c->capclasses;
  saved.too_deep = c->too_deep;
  *c = saved;
}

/* Is the private name #x declared by an enclosing class body? */
static int private_declared(const Check *c, const AstNode *name) {
  for (uint32_t i = c->nclasses; i-- > 0;) {
    const AstList *l = &c->classes[i]->list;
    for (uint32_t j = 0; j < l->len; j++) {
      const AstNode *k = l->items[j]->kid[0];
      if (k && k->kind == AST_PRIVATE_NAME && strcmp(k->str, name->str) == 0) return 1;
    }
  }
  return 0;
}

/* A private name may appear only after '.', before `in` and as a class
 * member's key; the first two are references. */
static void check_private_ref(Check *c, const AstNode *n) {
  if (!private_declared(c, n))
    ast_error(c->b, n->span, "Private field '%s' must be declared in an enclosing class", n->str);
}

/* `#x in o` is a relational expression: the right operand of a tighter
 * (or equal) operator cannot be one, though the grammar's precedence
 * builds `1 + #x in o` as 1 + (#x in o). */
static void check_private_in(Check *c, const AstNode *n) {
  const AstNode *r = n->kid[1];
  if (r->kind != AST_BINARY || r->op != AOP_IN || (r->flags & AF_PAREN) || r->kid[0]->kind != AST_PRIVATE_NAME)
    return;
  ast_error(c->b, r->kid[0]->span, "Unexpected identifier '%s'", r->kid[0]->str);
}

/* `delete a.#x`, `delete a?.#x`: the link deleted is the chain's last. */
static int deletes_private(const AstNode *a) {
  if (a->kind == AST_OPT_CHAIN) a = a->kid[0];
  return a->kind == AST_MEMBER && a->kid[1]->kind == AST_PRIVATE_NAME;
}

/* A field initialiser or static block: like the body of a method, without
 * `arguments`; a static block is an arrow function of its own. */
static void check_initialiser(Check *c, AstNode *m) {
  int sc = c->super_call, sp = c->super_prop, nt = c->new_target_ok, ii = c->in_init;
  c->super_call = 0;
  c->super_prop = c->new_target_ok = c->in_init = 1;
  if (m->op == APROP_BLOCK) {
    c->block_fn = m->kid[1];
    check_function(c, m->kid[1], 0, 1);
  } else {
    walk(c, m->kid[1]);
  }
  c->super_call = sc;
  c->super_prop = sp;
  c->new_target_ok = nt;
  c->in_init = ii;
}

static void check_class(Check *c, AstNode *cls) {
  int saved_strict = c->strict;
  c->strict = 1;
  walk(c, cls->kid[0]); /* the heritage sees the outer private names only */
  if (c->nclasses == c->capclasses) {
    c->capclasses = c->capclasses ? c->capclasses * 2 : 8;
    c->classes = xrealloc(c->classes, c->capclasses * sizeof *c->classes);
  }
  c->classes[c->nclasses++] = cls;
  for (uint32_t i = 0; i < cls->list.len; i++) {
    AstNode *m = cls->list.items[i];
    if (m->flags & AF_COMPUTED) walk(c, m->kid[0]);
    if (!m->kid[1]) continue;
    if (m->kid[1]->kind == AST_FUNCTION && m->op != APROP_FIELD && m->op != APROP_BLOCK)
      check_function(c, m->kid[1], (m->flags & AF_CTOR) && cls->kid[0], 1);
    else
      check_initialiser(c, m);
  }
  c->nclasses--;
  c->strict = saved_strict;
}

static void check_object(Check *c, AstNode *obj) {
  int protos = 0;
  for (uint32_t i = 0; i < obj->list.len; i++) {
    AstNode *p = obj->list.items[i];
    if (p->kind != AST_PROPERTY) continue;
    if (p->op != APROP_SPREAD && p->kid[0] && p->kid[0]->kind == AST_PRIVATE_NAME)
      ast_error(c->b, p->kid[0]->span, "Unexpected identifier '%s'", p->kid[0]->str);
    if (p->op == APROP_INIT && !(p->flags & (AF_COMPUTED | AF_SHORTHAND)) && p->kid[0] &&
        (p->kid[0]->kind == AST_IDENT || p->kid[0]->kind == AST_STRING) &&
        strcmp(p->kid[0]->str, "__proto__") == 0 && ++protos == 2)
      ast_error(c->b, p->span, "duplicate __proto__ fields are not allowed in object literals");
    if ((p->flags & AF_SHORTHAND) && p->kid[1] && p->kid[1]->kind == AST_ASSIGN)
      ast_error(c->b, p->span, "invalid shorthand property initializer");
    if (p->flags & AF_COMPUTED) walk(c, p->kid[0]);
    if (p->op == APROP_SPREAD) walk(c, p->kid[0]);
    if (p->kid[1] && p->kid[1]->kind == AST_FUNCTION && p->op != APROP_INIT)
      check_function(c, p->kid[1], 0, 1);
    else if (!(p->flags & AF_SHORTHAND)) walk(c, p->kid[1]);
    else if (p->kid[1]->kind == AST_IDENT) check_ident(c, p->kid[1]);
  }
}

static void check_super(Check *c, AstNode *n) {
  int call = n->kind == AST_CALL;
  if (call ? !c->super_call : !c->super_prop)
    ast_error(c->b, n->kid[0]->span, "'super' keyword unexpected here");
}

static void walk_special(Check *c, AstNode *n) {
  switch (n->kind) {
  case AST_FUNCTION: check_function(c, n, 0, 0); break;
  case AST_CLASS: check_class(c, n); break;
  case AST_OBJECT: check_object(c, n); break;
  case AST_LABELED: check_labeled(c, n); break;
  case AST_BREAK: case AST_CONTINUE: check_jump(c, n); break;
  case AST_SWITCH: check_loop(c, n, 1); break;
  default: check_loop(c, n, 0); break;
  }
}

static void walk_node(Check *c, AstNode *n);

static void walk(Check *c, AstNode *n) {
  if (!n) return;
  switch (n->kind) { /* leaves with nothing to check */
  case AST_NUMBER: case AST_BIGINT: case AST_STRING: case AST_TRUE: case AST_FALSE: case AST_NULL_LIT:
  case AST_THIS: case AST_SUPER: case AST_HOLE: case AST_EMPTY: case AST_DEBUGGER: case AST_REGEXP:
    return;
  default:
    break;
  }
  if (c->depth >= AST_MAX_DEPTH) {
    if (!c->too_deep) ast_error(c->b, n->span, "program too deeply nested");
    c->too_deep = 1;
    return;
  }
  c->depth++;
  walk_node(c, n);
  c->depth--;
}

/* V8 places its new.target error at "target" (when written new.target). */
static SrcSpan target_span(const AstNode *n) {
  SrcSpan at = n->span;
  if (at.end - at.start == 10) at.start += 4, at.col += 4;
  return at;
}

static void walk_node(Check *c, AstNode *n) {
  if (n->kind == AST_FOR_OF && (n->flags & AF_AWAIT) && !c->is_async) /* a module's plain function */
    ast_error(c->b, n->span, "'await' is only valid in async functions and the top level "
                             "bodies of modules");
  switch (n->kind) {
  case AST_FUNCTION: case AST_CLASS: case AST_OBJECT: case AST_LABELED: case AST_BREAK:
  case AST_CONTINUE: case AST_SWITCH: case AST_FOR: case AST_FOR_IN: case AST_FOR_OF:
  case AST_WHILE: case AST_DO_WHILE:
    walk_special(c, n);
    return;
  case AST_IDENT: check_ident(c, n); return;
  case AST_PRIVATE_NAME: check_private_ref(c, n); return;
  case AST_IF:
    check_annex_b(c, n->kid[1]);
    check_annex_b(c, n->kid[2]);
    break;
  case AST_PROPERTY: /* in patterns; a plain key is a name, not a reference */
    if (n->kid[0] && n->kid[0]->kind == AST_PRIVATE_NAME && n->op != APROP_SPREAD)
      ast_error(c->b, n->kid[0]->span, "Unexpected identifier '%s'", n->kid[0]->str);
    if (n->flags & AF_COMPUTED) walk(c, n->kid[0]);
    walk(c, n->kid[1]);
    return;
  case AST_RETURN:
    if (c->static_block) ast_error(c->b, n->span, "Illegal return statement");
    else if (!c->in_function && c->module) ast_error(c->b, n->span, "'return' outside of a function");
    break;
  case AST_NEW_TARGET:
    if (!c->new_target_ok) ast_error(c->b, target_span(n), "new.target expression is not allowed here");
    return;
  case AST_AWAIT:
    if (!c->is_async)
      ast_error(c->b, n->span, "'await' is only valid in async functions and the top level "
                               "bodies of modules");
    break;
  case AST_UNARY:
    if (n->op == AOP_DELETE && c->strict && n->kid[0]->kind == AST_IDENT)
      ast_error(c->b, n->span, "delete of an unqualified identifier in strict mode");
    if (n->op == AOP_DELETE && deletes_private(n->kid[0]))
      ast_error(c->b, n->kid[0]->span, "Private fields can not be deleted");
    break;
  case AST_CALL:
    if (n->kid[0]->kind == AST_SUPER) check_super(c, n);
    break;
  case AST_BINARY:
    if ((n->op >= AOP_ADD && n->op <= AOP_USHR) || (n->op >= AOP_LT && n->op <= AOP_INSTANCEOF))
      check_private_in(c, n);
    break;
  case AST_MEMBER:
    if (n->kid[0]->kind == AST_SUPER) check_super(c, n);
    if (!(n->flags & AF_COMPUTED)) { /* the property is a name, not a reference */
      walk(c, n->kid[0]);
      return;
    }
    break;
  default:
    break;
  }
  walk_kids(c, n);
}

void parse_check_program(AstBuild *b, AstNode *program, ParseGoal goal) {
  Check c;
  memset(&c, 0, sizeof c);
  c.b = b;
  c.module = goal == PARSE_MODULE;
  c.is_async = c.module;
  c.new_target_ok = !c.module; /* a CommonJS module's code is a function body */
  c.strict = (program->flags & AF_STRICT) != 0;
  walk_list(&c, &program->list);
  free(c.labels);
  free(c.classes);
}
