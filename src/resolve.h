/* resolve.h - scope analysis: declarations, hoisting, captured variables.
 *
 * res_analyze walks a parsed program once and builds a Scope for every node
 * that introduces bindings (program, function, block, for, catch, class,
 * switch).  It marks each variable that is referenced from a function other
 * than its own as captured; the code generator stores captured variables in
 * heap environments and all others in stack locals.  It also reports early
 * errors that need scopes (redeclaration of let/const/class).
 *
 * Ownership: all structures live in the Arena given to res_analyze.
 */
#ifndef TT_RESOLVE_H
#define TT_RESOLVE_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "str.h"

typedef enum VarKind {
  VK_VAR, VK_LET, VK_CONST, VK_CLASS, VK_FUNC, VK_PARAM, VK_CATCH,
  VK_THIS,    /* `this` of a non-arrow function (read by arrows) */
  VK_ARGS,    /* `arguments` */
  VK_NEWTGT,  /* new.target */
  VK_HOME,    /* home object for super (methods) */
  VK_CALLEE   /* a named function expression's own name (read-only) */
} VarKind;

typedef struct Var {
  uint32_t name; /* string id; pseudo-variables use "this", "arguments", ... */
  uint8_t kind;
  bool captured;
  bool assigned;  /* written after initialisation somewhere */
  uint32_t slot;  /* local index or env slot, assigned by the code generator */
  SrcSpan span;   /* declaration site */
} Var;

typedef enum ScopeKind { SK_FUNCTION, SK_BLOCK, SK_CATCH, SK_CLASS } ScopeKind;

typedef struct FnInfo FnInfo;

typedef struct Scope {
  struct Scope *parent;
  FnInfo *fn;
  ScopeKind kind;
  const AstNode *node;
  Var *vars;
  uint32_t nvars, cap;
  bool strict;      /* strict mode code */
  bool has_env;     /* some variable is captured: materialise an env */
  uint32_t nenv;    /* env slots (set by the code generator) */
} Scope;

struct FnInfo {
  FnInfo *parent;
  const AstNode *node; /* FUNCTION or PROGRAM */
  Scope *scope;        /* parameters, var declarations and the body */
  bool arrow;
  bool uses_args;      /* references `arguments` */
  bool has_direct_this;
};

typedef struct ScopeMap ScopeMap;

typedef struct Resolved {
  ScopeMap *map; /* node -> Scope */
  Scope *top;    /* the program's scope */
} Resolved;

/* Analyses program; returns false after adding errors to d.  `this`,
 * `arguments` and new.target are declared as pseudo-variables (VK_THIS...)
 * in every non-arrow function scope so arrows resolve them lexically. */
bool res_analyze(Arena *a, StrTab *strs, const AstNode *program, Resolved *out, DiagList *d);

/* The scope a node introduces, or NULL. */
Scope *res_scope_of(const Resolved *r, const AstNode *node);

/* Finds name in s or its ancestors; *hops receives the scope where it was
 * found (NULL: global).  Used by the code generator. */
Var *res_lookup(Scope *s, uint32_t name, Scope **where);

/* The key under which the synthetic field-initialiser function of a class
 * is registered (instance or static fields); res_scope_of(key) is its scope. */
const AstNode *res_fields_key(const AstNode *cls, bool is_static);

/* For a function declaration in a block of sloppy code that Annex B.3.3
 * also binds as a `var` of the enclosing function: the scope of that var
 * (the declaration statement copies the block's binding into it).  NULL
 * otherwise. */
Scope *res_annexb_scope(const Resolved *r, const AstNode *fn);

/* True when node declares a lexical scope of its own (BLOCK, FOR, FOR_IN,
 * FOR_OF, SWITCH, CATCH clause...). */
bool res_is_scope_node(const AstNode *n);

#endif
