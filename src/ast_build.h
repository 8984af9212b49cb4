/* ast_build.h - AST construction with the checks JavaScript requires at
 * parse time (cover grammar conversion, assignment targets, operator
 * mixing).  Used by the grammar actions in grammar/parser.y.
 *
 * Every function allocates from b->arena and never fails: an invalid
 * construct is reported to b->diags and a usable node is still returned, so
 * parsing continues and later errors are found too.
 */
#ifndef TT_AST_BUILD_H
#define TT_AST_BUILD_H

#include "ast.h"
#include "diag.h"
#include "lex.h"

typedef struct AstBuild {
  Arena *arena;
  DiagList *diags;
  const char *text; /* the source, for directive checks */
  size_t len;
  int errors; /* errors reported through this builder */
} AstBuild;

/* Pattern conversion modes. */
enum {
  PAT_ASSIGN, /* assignment / for-in-of target: members allowed */
  PAT_BIND,   /* declaration or parameter: identifiers only */
  PAT_PARAM   /* arrow parameter from a parenthesised cover expression */
};

void ast_error(AstBuild *b, SrcSpan at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Reports "unsupported: WHAT (ticktock does not model it)". */
void ast_unsupported(AstBuild *b, SrcSpan at, const char *what);

/* Leaves built from tokens. */
AstNode *ast_make_ident(AstBuild *b, const LexVal *v, SrcSpan at);
/* A private name `#x` (str keeps the '#'). */
AstNode *ast_make_private(AstBuild *b, const LexVal *v, SrcSpan at);
AstNode *ast_make_string(AstBuild *b, const LexVal *v, SrcSpan at);
AstNode *ast_make_regexp(AstBuild *b, const LexVal *v, SrcSpan at);
AstNode *ast_make_number(AstBuild *b, const LexVal *v, SrcSpan at);

/* Converts an expression parsed by the cover grammar (array/object literal,
 * identifier, member, assignment with '=') into a pattern; reports invalid
 * targets. */
AstNode *ast_to_pattern(AstBuild *b, AstNode *n, int mode);

AstNode *ast_make_paren(AstBuild *b, AstNode *inner);
AstNode *ast_make_binary(AstBuild *b, int op, AstNode *l, AstNode *r, SrcSpan at);
AstNode *ast_make_unary(AstBuild *b, int op, AstNode *arg, SrcSpan at);
AstNode *ast_make_update(AstBuild *b, int op, AstNode *arg, int prefix, SrcSpan at);
AstNode *ast_make_assign(AstBuild *b, int op, AstNode *target, AstNode *value, SrcSpan at);
AstNode *ast_make_seq(AstBuild *b, AstNode *l, AstNode *r, SrcSpan at);
AstNode *ast_make_call(AstBuild *b, AstNode *callee, AstList *args, int flags, SrcSpan at);
AstNode *ast_make_member(AstBuild *b, AstNode *obj, AstNode *prop, int flags, SrcSpan at);
AstNode *ast_make_list_node(AstBuild *b, AstKind kind, AstList *items, SrcSpan at);
/* PROPERTY of kind op (APROP_*); a key marked AF_COMPUTED by the grammar
 * passes that flag on to the property. */
AstNode *ast_make_prop(AstBuild *b, int op, AstNode *key, AstNode *value, SrcSpan at);

/* Template literals: quasi from a template token; `tagged` allows invalid
 * escapes (cooked NULL). */
AstNode *ast_make_quasi(AstBuild *b, const LexVal *v, SrcSpan at);
AstNode *ast_check_template(AstBuild *b, AstNode *tpl);

/* Declarations: `const` and destructuring need an initializer unless the
 * declaration heads a for-in/of loop (in_for_head). */
AstNode *ast_make_var(AstBuild *b, int kind, AstList *decls, int in_for_head, SrcSpan at);

/* Methods: ast_key_name gives the name a method's function gets from its
 * key (NULL for a computed key); ast_mark_directives flags the directive
 * prologue of a body and returns 1 if it contains 'use strict'. */
const char *ast_key_name(AstBuild *b, const AstNode *key, uint32_t *len);
AstNode *ast_make_method(AstBuild *b, AstNode *key, AstNode *fn, SrcSpan at);
int ast_mark_directives(AstBuild *b, AstList *stmts);

/* Classes: marks the constructor and reports misplaced or duplicate ones. */
AstNode *ast_make_class(AstBuild *b, const char *name, AstNode *heritage, AstList *members,
                        SrcSpan at);

#endif
