/* compile_int.h - state shared by the code generator's files (compile.c:
 * functions and statements; compile_expr.c: expressions, patterns and
 * classes).  Not for use outside the compiler. */
#ifndef TT_COMPILE_INT_H
#define TT_COMPILE_INT_H

#include "arena.h"
#include "compile.h"
#include "resolve.h"

/* An exception-handling region: try/catch, try/finally, or the iterator of
 * a for-of loop (closed when the loop is left early). */
typedef enum RegionKind { RG_CATCH, RG_FINALLY, RG_ITER } RegionKind;

typedef struct Region {
  RegionKind kind;
  uint32_t id;
  uint32_t range_start;     /* start of the currently open code range */
  const AstNode *finalizer; /* RG_FINALLY: the finally block */
  uint32_t iter;            /* RG_ITER: local of the iterator */
  bool async_iter;
  uint32_t env_pushes;      /* environments pushed when the region began */
  struct Scope *scope;      /* the scope then (its cleanup is compiled in it) */
} Region;

/* A break/continue target. */
typedef struct Target {
  uint32_t labels[4];
  uint32_t nlabels;
  bool loop, label_only;
  uint32_t *breaks, nbreaks, cbreaks;
  uint32_t *conts, nconts, cconts;
  uint32_t nregions, cont_nregions;   /* regions active at break / continue */
  uint32_t env_pushes, cont_env_pushes;
} Target;

typedef struct PendingExc {
  ExcEntry e;
  uint32_t region; /* id of the region whose handler pc is still unknown */
} PendingExc;

typedef struct Cg {
  Program *prog;
  StrTab *strs;
  Arena *arena;
  DiagList *d;
  Resolved res;
  const CompileOpts *opts;
  bool module;
} Cg;

/* An open optional chain (a?.b.c): the jumps taken when a link is nullish. */
typedef struct Chain {
  uint32_t *ends;
  uint32_t n, cap;
  struct Chain *outer;
} Chain;

typedef struct FnCg {
  Cg *cg;
  Chain *chain;
  struct FnCg *parent;
  FuncProto *p;
  FnInfo *info;
  Scope *scope;
  uint32_t ncode, ccode;
  Value *consts;
  uint32_t nconsts, cconsts;
  LineEntry *lines;
  uint32_t nlines, clines;
  PendingExc *pend;
  uint32_t npend, cpend;
  Region *regions;
  uint32_t nregions, cregions, next_region;
  Target *targets;
  uint32_t ntargets, ctargets;
  uint32_t pending_labels[4], npending_labels;
  uint32_t nlocals, ndeclared;
  uint32_t env_pushes;
  uint32_t ret_local;      /* hidden local for `return` through finally */
  bool is_async, is_gen, is_arrow, is_derived, is_ctor;
  bool strict;             /* strict code (inherited; class bodies are strict) */
  bool in_class;           /* compiling the members of a class body */
  const AstNode *cls;      /* class of a constructor or field initialiser */
  /* The next pattern compiled is the whole target of a declaration,
   * assignment, parameter or loop head (not nested): V8 names its value in
   * destructuring errors with pat_site (see cg_pattern_top). */
  bool pat_top;
  uint32_t pat_site;
  /* Member targets of a destructuring assignment evaluated before their
   * value is read, as V8 does (`[o[k()]] = it` calls k before next()):
   * their object and key in locals, until pattern_member stores. */
  struct { const AstNode *target; uint32_t obj, key; } pat_pre[8];
  uint32_t npat_pre;
  bool no_text;            /* in a computed property key: errors use V8's fallback text */
} FnCg;

/* compile.c */
uint32_t cg_emit(FnCg *f, Opcode op);
uint32_t cg_emit1(FnCg *f, Opcode op, uint32_t a);
uint32_t cg_emit2(FnCg *f, Opcode op, uint32_t a, uint32_t b);
uint32_t cg_emit3(FnCg *f, Opcode op, uint32_t a, uint32_t b, uint32_t c);
uint32_t cg_jump(FnCg *f, Opcode op);     /* returns the operand to patch */
void cg_patch(FnCg *f, uint32_t at);      /* jump operand at -> here */
void cg_patch_to(FnCg *f, uint32_t at, uint32_t target);
uint32_t cg_here(FnCg *f);
void cg_pos(FnCg *f, const AstNode *n);
/* Sets the position of the source byte offset off, at or after node from's
 * start (for tokens the AST does not keep). */
void cg_pos_offset(FnCg *f, const AstNode *from, uint32_t off);
uint32_t cg_const(FnCg *f, Value v);
uint32_t cg_str(FnCg *f, const AstNode *n); /* interned n->str */
uint32_t cg_new_local(FnCg *f);
void cg_error(FnCg *f, const AstNode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void cg_stmt(FnCg *f, const AstNode *n);
void cg_enter_scope(FnCg *f, const AstNode *node);
void cg_leave_scope(FnCg *f);
void cg_hoist(FnCg *f, const AstList *stmts);
/* Compiles a function node into a new prototype; returns its id. */
uint32_t cg_function(Cg *cg, FnCg *parent, const AstNode *fn, uint32_t name, FuncKind kind,
                     const AstNode *cls);
/* Emits code that leaves the current function's regions and targets for a
 * jump to a target with `nregions` regions and `env_pushes` environments. */
void cg_unwind(FnCg *f, uint32_t nregions, uint32_t env_pushes);

/* Variable access. */
typedef enum LocKind { LOC_LOCAL, LOC_ENV, LOC_GLOBAL, LOC_INTRINSIC } LocKind;
typedef struct Loc {
  LocKind kind;
  uint32_t depth, slot, name;
  Var *var;
} Loc;
Loc cg_resolve(FnCg *f, uint32_t name);
void cg_load(FnCg *f, const Loc *l, const AstNode *at);
/* Stores the value on top (which stays).  init: declaration initialisation
 * (no TDZ or const check). */
void cg_store(FnCg *f, const Loc *l, bool init, const AstNode *at);

/* compile_expr.c */
void cg_expr(FnCg *f, const AstNode *n);
/* Like cg_expr, naming an anonymous function or class after `name`. */
void cg_expr_named(FnCg *f, const AstNode *n, uint32_t name);
/* Consumes the value on top, binding or assigning it to target. */
void cg_pattern(FnCg *f, const AstNode *target, bool init);
/* cg_pattern for a whole binding target; site names the value in errors
 * (a string id, 0 for V8's fallback text; see cg_site_decl). */
void cg_pattern_top(FnCg *f, const AstNode *target, bool init, uint32_t site);
void cg_class(FnCg *f, const AstNode *cls, uint32_t name);
bool cg_is_anon_fn(const AstNode *n);

/* compile_text.c: V8's text for an expression in error messages (string id,
 * 0 for none: prelude code, or V8 would not find the expression). */
uint32_t cg_expr_text(FnCg *f, const AstNode *n);
uint32_t cg_site_for_of(FnCg *f, const AstNode *iterable);  /* "X is not iterable" */
uint32_t cg_site_spread(FnCg *f, const AstNode *arg);       /* [...X] and f(...X) */
uint32_t cg_site_decl(FnCg *f, const AstNode *target, const AstNode *init); /* const [a] = X */
uint32_t cg_site_loop_head(FnCg *f);                         /* for (const [a] of ...) */

#endif
