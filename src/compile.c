/* compile.c - code generation for functions and statements.
 *
 * Conventions (see also vm.c):
 *  - locals[0..nparams) hold the parameters; other locals, hidden ones
 *    included, follow.  Captured variables live in environments instead
 *    (PUSH_ENV per scope that has any).
 *  - finally blocks are compiled inline on every normal exit and on every
 *    break/continue/return that leaves them; exceptions reach a handler
 *    (exception table) that runs the finally code and rethrows.  Inlined
 *    copies are excluded from the regions they belong to, so an exception in
 *    a finally block goes to the enclosing handler.
 *  - An iterator of a for-of loop is a region too: leaving the loop early
 *    calls iterator.return().
 */
#include "compile_int.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

/* --- emission ---------------------------------------------------------------- */

static void code_reserve(FnCg *f, uint32_t n) {
  if (f->ncode + n <= f->ccode) return;
  uint32_t c = f->ccode ? f->ccode * 2 : 64;
  while (c < f->ncode + n) c *= 2;
  f->p->code = xrealloc(f->p->code, sizeof(uint32_t) * c);
  f->ccode = c;
}

uint32_t cg_here(FnCg *f) { return f->ncode; }

uint32_t cg_emit(FnCg *f, Opcode op) {
  code_reserve(f, 1);
  uint32_t at = f->ncode;
  f->p->code[f->ncode++] = op;
  return at;
}

uint32_t cg_emit1(FnCg *f, Opcode op, uint32_t a) {
  code_reserve(f, 2);
  uint32_t at = f->ncode;
  f->p->code[f->ncode++] = op;
  f->p->code[f->ncode++] = a;
  return at;
}

uint32_t cg_emit2(FnCg *f, Opcode op, uint32_t a, uint32_t b) {
  uint32_t at = cg_emit1(f, op, a);
  code_reserve(f, 1);
  f->p->code[f->ncode++] = b;
  return at;
}

uint32_t cg_emit3(FnCg *f, Opcode op, uint32_t a, uint32_t b, uint32_t c) {
  uint32_t at = cg_emit2(f, op, a, b);
  code_reserve(f, 1);
  f->p->code[f->ncode++] = c;
  return at;
}

uint32_t cg_jump(FnCg *f, Opcode op) { return cg_emit1(f, op, 0) + 1; }

void cg_patch_to(FnCg *f, uint32_t at, uint32_t target) { f->p->code[at] = target; }

void cg_patch(FnCg *f, uint32_t at) { cg_patch_to(f, at, f->ncode); }

void cg_pos(FnCg *f, const AstNode *n) {
  if (!n || !n->span.line) return;
  if (f->nlines) {
    LineEntry *last = &f->lines[f->nlines - 1];
    if (last->line == n->span.line && last->col == n->span.col) return;
    if (last->pc == f->ncode) {
      last->line = n->span.line;
      last->col = n->span.col;
      return;
    }
  }
  if (f->nlines == f->clines) {
    f->clines = f->clines ? f->clines * 2 : 16;
    f->lines = xrealloc(f->lines, sizeof(LineEntry) * f->clines);
  }
  f->lines[f->nlines++] = (LineEntry){f->ncode, n->span.line, n->span.col};
}

uint32_t cg_const(FnCg *f, Value v) {
  for (uint32_t i = 0; i < f->nconsts; i++)
    if (f->consts[i] == v) return i;
  if (f->nconsts == f->cconsts) {
    f->cconsts = f->cconsts ? f->cconsts * 2 : 8;
    f->consts = xrealloc(f->consts, sizeof(Value) * f->cconsts);
  }
  f->consts[f->nconsts] = v;
  return f->nconsts++;
}

uint32_t cg_str(FnCg *f, const AstNode *n) { return str_from_utf8(f->cg->strs, n->str, n->len); }

uint32_t cg_new_local(FnCg *f) { return f->nlocals++; }

void cg_error(FnCg *f, const AstNode *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vadd(f->cg->d, DIAG_ERROR, n ? n->span : (SrcSpan){0, 0, 0, 0}, fmt, ap);
  va_end(ap);
}

/* --- variables ----------------------------------------------------------------- */

Loc cg_resolve(FnCg *f, uint32_t name) {
  Loc l = {.kind = LOC_GLOBAL, .name = name};
  Scope *where;
  Var *v = res_lookup(f->scope, name, &where);
  if (!v) {
    if (f->cg->opts->prelude) {
      const char *s = str_cstr_tmp(f->cg->strs, name);
      if (s[0] == '$' && f->cg->opts->intrinsic) {
        uint32_t k = f->cg->opts->intrinsic(s + 1);
        if (k != UINT32_MAX) return (Loc){.kind = LOC_INTRINSIC, .slot = k, .name = name};
      }
    }
    return l;
  }
  l.var = v;
  if (!v->captured) {
    l.kind = LOC_LOCAL;
    l.slot = v->slot;
    return l;
  }
  l.kind = LOC_ENV;
  l.slot = v->slot;
  for (Scope *s = f->scope; s && s != where; s = s->parent)
    if (s->has_env) l.depth++;
  return l;
}

/* cg_resolve of a name looked up from scope `from` (an ancestor of the
 * current scope), with the environment depth counted from the current one. */
static Loc resolve_from(FnCg *f, Scope *from, uint32_t name) {
  Loc l = {.kind = LOC_GLOBAL, .name = name};
  Scope *where;
  Var *v = res_lookup(from, name, &where);
  if (!v) return l;
  l.var = v;
  l.slot = v->slot;
  if (!v->captured) {
    l.kind = LOC_LOCAL;
    return l;
  }
  l.kind = LOC_ENV;
  for (Scope *s = f->scope; s && s != where; s = s->parent)
    if (s->has_env) l.depth++;
  return l;
}

/* A function declaration in a sloppy block: where it stands, its value is
 * copied to the function-level var Annex B.3.3 gives it. */
static void stmt_block_function(FnCg *f, const AstNode *n) {
  Scope *vs = res_annexb_scope(&f->cg->res, n);
  if (!vs) return;
  uint32_t name = cg_str(f, n);
  Loc from = cg_resolve(f, name), to = resolve_from(f, vs, name);
  cg_load(f, &from, n);
  cg_store(f, &to, true, n);
  cg_emit(f, OP_POP);
}

static bool is_lexical(const Var *v) {
  return v && (v->kind == VK_LET || v->kind == VK_CONST || v->kind == VK_CLASS);
}

/* Reads that must check the TDZ marker: lexical bindings, and `this` seen
 * from an arrow (a derived constructor's this before super()). */
static bool needs_check(const Var *v) { return is_lexical(v) || (v && v->kind == VK_THIS); }

void cg_load(FnCg *f, const Loc *l, const AstNode *at) {
  cg_pos(f, at);
  switch (l->kind) {
    case LOC_LOCAL:
      if (needs_check(l->var)) cg_emit2(f, OP_GET_LOCAL_CHK, l->slot, l->name);
      else cg_emit1(f, OP_GET_LOCAL, l->slot);
      return;
    case LOC_ENV:
      if (needs_check(l->var)) cg_emit3(f, OP_GET_ENV_CHK, l->depth, l->slot, l->name);
      else cg_emit2(f, OP_GET_ENV, l->depth, l->slot);
      return;
    case LOC_GLOBAL: cg_emit1(f, OP_GET_GLOBAL, l->name); return;
    case LOC_INTRINSIC: cg_emit1(f, OP_INTRINSIC, l->slot); return;
  }
}

void cg_store(FnCg *f, const Loc *l, bool init, const AstNode *at) {
  cg_pos(f, at);
  if (!init && l->var && (l->var->kind == VK_CONST || l->var->kind == VK_CALLEE)) {
    if (l->var->kind == VK_CALLEE) return; /* sloppy: assignment silently ignored */
    /* TDZ is checked first, then the const error */
    cg_load(f, l, at);
    cg_emit(f, OP_POP);
    cg_emit1(f, OP_CONST_ERR, l->name);
    return;
  }
  bool chk = !init && is_lexical(l->var);
  switch (l->kind) {
    case LOC_LOCAL:
      if (chk) cg_emit2(f, OP_SET_LOCAL_CHK, l->slot, l->name);
      else cg_emit1(f, OP_SET_LOCAL, l->slot);
      return;
    case LOC_ENV:
      if (chk) cg_emit3(f, OP_SET_ENV_CHK, l->depth, l->slot, l->name);
      else cg_emit2(f, OP_SET_ENV, l->depth, l->slot);
      return;
    case LOC_GLOBAL: cg_emit1(f, OP_SET_GLOBAL, l->name); return;
    case LOC_INTRINSIC: cg_error(f, at, "cannot assign to an intrinsic"); return;
  }
}

/* --- scopes ----------------------------------------------------------------------- */

/* Assigns slots to a scope's variables; captured ones get environment slots. */
static void assign_slots(FnCg *f, Scope *s, bool is_fn) {
  s->nenv = 0;
  for (uint32_t i = 0; i < s->nvars; i++) {
    Var *v = &s->vars[i];
    if (v->captured) {
      v->slot = s->nenv++;
    } else if (is_fn && v->kind == VK_PARAM && v->slot != UINT32_MAX) {
      /* simple parameters already sit in their argument local */
    } else {
      v->slot = cg_new_local(f);
      if (v->kind <= VK_CATCH && v->kind != VK_PARAM) f->ndeclared++;
    }
  }
}

/* Initialises lexical bindings to the TDZ marker. */
static void init_tdz(FnCg *f, Scope *s) {
  for (uint32_t i = 0; i < s->nvars; i++) {
    Var *v = &s->vars[i];
    if (!is_lexical(v)) continue;
    Loc l = cg_resolve(f, v->name);
    if (l.var != v) continue;
    cg_emit(f, OP_UNINIT);
    cg_store(f, &l, true, NULL);
    cg_emit(f, OP_POP);
  }
}

void cg_enter_scope(FnCg *f, const AstNode *node) {
  Scope *s = res_scope_of(&f->cg->res, node);
  if (!s || s == f->scope) return;
  f->scope = s;
  assign_slots(f, s, false);
  if (s->has_env) {
    cg_emit1(f, OP_PUSH_ENV, s->nenv);
    f->env_pushes++;
  }
  init_tdz(f, s);
}

void cg_leave_scope(FnCg *f) {
  if (f->scope->has_env) {
    cg_emit(f, OP_POP_ENV);
    f->env_pushes--;
  }
  f->scope = f->scope->parent;
}

/* Instantiates the function declarations of a statement list. */
void cg_hoist(FnCg *f, const AstList *stmts) {
  for (uint32_t i = 0; i < stmts->len; i++) {
    const AstNode *n = stmts->items[i];
    if (n->kind == AST_EXPORT && n->kid[0]) n = n->kid[0]; /* export [default] function */
    if (n->kind != AST_FUNCTION || n->op != AFN_DECL || !n->str) continue;
    uint32_t name = cg_str(f, n);
    uint32_t id = cg_function(f->cg, f, n, name, FK_NORMAL, NULL);
    cg_emit1(f, OP_CLOSURE, id);
    Loc l = cg_resolve(f, name);
    cg_store(f, &l, true, n);
    cg_emit(f, OP_POP);
  }
}

/* --- regions and jumps ------------------------------------------------------------- */

static void push_pending(FnCg *f, uint32_t start, uint32_t end, uint32_t ri) {
  if (start >= end) return;
  const Region *r = &f->regions[ri];
  if (f->npend == f->cpend) {
    f->cpend = f->cpend ? f->cpend * 2 : 8;
    f->pend = xrealloc(f->pend, sizeof(PendingExc) * f->cpend);
  }
  PendingExc *p = &f->pend[f->npend++];
  p->e = (ExcEntry){start, end, 0, (uint16_t)(ri + 1), r->kind != RG_CATCH};
  p->region = r->id;
}

static Region *region_push(FnCg *f, RegionKind kind) {
  if (f->nregions == f->cregions) {
    f->cregions = f->cregions ? f->cregions * 2 : 8;
    f->regions = xrealloc(f->regions, sizeof(Region) * f->cregions);
  }
  Region *r = &f->regions[f->nregions++];
  memset(r, 0, sizeof *r);
  r->kind = kind;
  r->id = ++f->next_region;
  r->range_start = cg_here(f);
  r->env_pushes = f->env_pushes;
  r->scope = f->scope;
  return r;
}

/* Closes the region's open range; the region stops being active. */
static uint32_t region_pop(FnCg *f) {
  uint32_t ri = --f->nregions;
  push_pending(f, f->regions[ri].range_start, cg_here(f), ri);
  return f->regions[ri].id;
}

/* Sets the handler pc of every entry of region id. */
static void region_handler(FnCg *f, uint32_t id, uint32_t pc) {
  for (uint32_t i = 0; i < f->npend; i++)
    if (f->pend[i].region == id) {
      f->pend[i].e.handler = pc;
      f->pend[i].region = 0;
    }
}

static void emit_cleanup(FnCg *f, const Region *r) {
  if (r->kind == RG_FINALLY) {
    cg_stmt(f, r->finalizer);
  } else if (r->kind == RG_ITER) {
    if (!r->async_iter) {
      cg_emit1(f, OP_ITER_CLOSE, r->iter);
    } else {
      uint32_t skip = cg_emit2(f, OP_ITER_CLOSE_ASYNC, r->iter, 0) + 2;
      cg_emit(f, OP_AWAIT);
      cg_emit(f, OP_POP);
      cg_patch(f, skip);
    }
  }
}

void cg_unwind(FnCg *f, uint32_t nregions, uint32_t env_pushes) {
  uint32_t saved_n = f->nregions, saved_env = f->env_pushes;
  Scope *saved_scope = f->scope;
  for (uint32_t i = nregions; i < saved_n; i++)
    push_pending(f, f->regions[i].range_start, cg_here(f), i);
  /* Cleanups run innermost first.  The cleanup of region i is covered by
   * the regions outside it: those below nregions were never closed, those
   * between are reopened around the inlined code. */
  for (uint32_t i = saved_n; i > nregions; i--) {
    Region r = f->regions[i - 1];
    while (f->env_pushes > r.env_pushes) {
      cg_emit(f, OP_POP_ENV);
      f->env_pushes--;
    }
    for (uint32_t j = nregions; j < i - 1; j++) f->regions[j].range_start = cg_here(f);
    f->nregions = i - 1;
    /* the environments are now those of the region's start: a finally
     * block (compiled again here) must resolve names from its scope */
    f->scope = r.scope;
    emit_cleanup(f, &r);
    for (uint32_t j = nregions; j < i - 1; j++)
      push_pending(f, f->regions[j].range_start, cg_here(f), j);
  }
  while (f->env_pushes > env_pushes) {
    cg_emit(f, OP_POP_ENV);
    f->env_pushes--;
  }
  f->nregions = saved_n;
  f->env_pushes = saved_env;
  f->scope = saved_scope;
}

/* After a jump that left regions, code continues inside them again. */
static void reopen_regions(FnCg *f, uint32_t from) {
  for (uint32_t i = from; i < f->nregions; i++) f->regions[i].range_start = cg_here(f);
}

/* --- break / continue targets ------------------------------------------------------ */

static Target *target_push(FnCg *f, bool loop) {
  if (f->ntargets == f->ctargets) {
    f->ctargets = f->ctargets ? f->ctargets * 2 : 8;
    f->targets = xrealloc(f->targets, sizeof(Target) * f->ctargets);
  }
  Target *t = &f->targets[f->ntargets++];
  memset(t, 0, sizeof *t);
  t->loop = loop;
  t->nlabels = f->npending_labels;
  memcpy(t->labels, f->pending_labels, sizeof(uint32_t) * f->npending_labels);
  f->npending_labels = 0;
  t->nregions = t->cont_nregions = f->nregions;
  t->env_pushes = t->cont_env_pushes = f->env_pushes;
  return t;
}

static void add_patch(uint32_t **list, uint32_t *n, uint32_t *cap, uint32_t at) {
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 4;
    *list = xrealloc(*list, sizeof(uint32_t) * *cap);
  }
  (*list)[(*n)++] = at;
}

/* Pops the innermost target, patching its breaks to here. */
static void target_pop(FnCg *f) {
  Target *t = &f->targets[--f->ntargets];
  for (uint32_t i = 0; i < t->nbreaks; i++) cg_patch(f, t->breaks[i]);
  free(t->breaks);
  free(t->conts);
}

static void patch_continues(FnCg *f, Target *t, uint32_t pc) {
  for (uint32_t i = 0; i < t->nconts; i++) cg_patch_to(f, t->conts[i], pc);
  t->nconts = 0;
}

static bool has_label(const Target *t, uint32_t label) {
  for (uint32_t i = 0; i < t->nlabels; i++)
    if (t->labels[i] == label) return true;
  return false;
}

static void stmt_break_continue(FnCg *f, const AstNode *n, bool is_break) {
  uint32_t label = n->str ? cg_str(f, n) : 0;
  for (uint32_t i = f->ntargets; i > 0; i--) {
    Target *t = &f->targets[i - 1];
    if (label ? !has_label(t, label) : (!t->loop && (t->label_only || !is_break))) continue;
    if (!is_break && !t->loop) {
      cg_error(f, n, "Illegal continue statement: '%s' does not denote an iteration statement",
               str_cstr_tmp(f->cg->strs, label));
      return;
    }
    cg_unwind(f, is_break ? t->nregions : t->cont_nregions,
              is_break ? t->env_pushes : t->cont_env_pushes);
    /* the finally blocks just compiled may have pushed targets of their
     * own loops and moved the stack: t again (their targets are popped) */
    t = &f->targets[i - 1];
    uint32_t at = cg_jump(f, OP_JUMP);
    if (is_break) add_patch(&t->breaks, &t->nbreaks, &t->cbreaks, at);
    else add_patch(&t->conts, &t->nconts, &t->cconts, at);
    reopen_regions(f, is_break ? t->nregions : t->cont_nregions);
    return;
  }
  cg_error(f, n, label ? "Undefined label '%s'" : "Illegal %s statement",
           label ? str_cstr_tmp(f->cg->strs, label) : is_break ? "break" : "continue");
}

/* --- statements -------------------------------------------------------------------- */

static void stmt_list(FnCg *f, const AstList *l) {
  for (uint32_t i = 0; i < l->len; i++) cg_stmt(f, l->items[i]);
}

static void stmt_block(FnCg *f, const AstNode *n) {
  Scope *outer = f->scope;
  cg_enter_scope(f, n);
  cg_hoist(f, &n->list);
  stmt_list(f, &n->list);
  if (f->scope != outer) cg_leave_scope(f);
}

static void stmt_var(FnCg *f, const AstNode *n) {
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *d = n->list.items[i];
    const AstNode *target = d->kid[0];
    if (d->kid[1]) {
      uint32_t name = target->kind == AST_IDENT ? cg_str(f, target) : 0;
      cg_expr_named(f, d->kid[1], name);
    } else if (n->op == AV_VAR) {
      continue;
    } else {
      cg_emit(f, OP_UNDEF);
    }
    cg_pattern_top(f, target, n->op != AV_VAR, cg_site_decl(f, target, d->kid[1]));
  }
}

static void stmt_return(FnCg *f, const AstNode *n) {
  if (n->kid[0]) cg_expr(f, n->kid[0]);
  else cg_emit(f, OP_UNDEF);
  if (f->is_async && f->is_gen) cg_emit(f, OP_AWAIT); /* return awaits in async generators */
  cg_pos(f, n);
  if (f->nregions == 0 && f->env_pushes == 0) {
    cg_emit(f, OP_RETURN);
    return;
  }
  if (f->ret_local == UINT32_MAX) f->ret_local = cg_new_local(f);
  cg_emit1(f, OP_SET_LOCAL, f->ret_local);
  cg_emit(f, OP_POP);
  cg_unwind(f, 0, 0);
  cg_emit1(f, OP_GET_LOCAL, f->ret_local);
  cg_emit(f, OP_RETURN);
  reopen_regions(f, 0);
}

static void stmt_if(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  uint32_t jf = cg_jump(f, OP_JUMP_IF_FALSE);
  cg_stmt(f, n->kid[1]);
  if (n->kid[2]) {
    uint32_t jend = cg_jump(f, OP_JUMP);
    cg_patch(f, jf);
    cg_stmt(f, n->kid[2]);
    cg_patch(f, jend);
  } else {
    cg_patch(f, jf);
  }
}

static void stmt_while(FnCg *f, const AstNode *n) {
  Target *t = target_push(f, true);
  uint32_t top = cg_here(f);
  cg_expr(f, n->kid[0]);
  uint32_t jf = cg_jump(f, OP_JUMP_IF_FALSE);
  cg_stmt(f, n->kid[1]);
  t = &f->targets[f->ntargets - 1];
  patch_continues(f, t, top);
  cg_patch_to(f, cg_jump(f, OP_JUMP), top);
  cg_patch(f, jf);
  target_pop(f);
}

static void stmt_do_while(FnCg *f, const AstNode *n) {
  target_push(f, true);
  uint32_t top = cg_here(f);
  cg_stmt(f, n->kid[0]);
  patch_continues(f, &f->targets[f->ntargets - 1], cg_here(f));
  cg_expr(f, n->kid[1]);
  cg_patch_to(f, cg_jump(f, OP_JUMP_IF_TRUE), top);
  target_pop(f);
}

static bool per_iteration_env(FnCg *f, const AstNode *init) {
  return f->scope->has_env && init && init->kind == AST_VAR_DECL && init->op != AV_VAR;
}

static void stmt_for(FnCg *f, const AstNode *n) {
  Scope *outer = f->scope;
  cg_enter_scope(f, n);
  const AstNode *init = n->kid[0];
  if (init && init->kind == AST_VAR_DECL) stmt_var(f, init);
  else if (init) {
    cg_expr(f, init);
    cg_emit(f, OP_POP);
  }
  bool copy = per_iteration_env(f, init);
  Target *t = target_push(f, true);
  uint32_t top = cg_here(f);
  uint32_t jf = UINT32_MAX;
  if (n->kid[1]) {
    cg_expr(f, n->kid[1]);
    jf = cg_jump(f, OP_JUMP_IF_FALSE);
  }
  cg_stmt(f, n->kid[3]);
  t = &f->targets[f->ntargets - 1];
  patch_continues(f, t, cg_here(f));
  if (copy) cg_emit(f, OP_COPY_ENV);
  if (n->kid[2]) {
    cg_expr(f, n->kid[2]);
    cg_emit(f, OP_POP);
  }
  cg_patch_to(f, cg_jump(f, OP_JUMP), top);
  if (jf != UINT32_MAX) cg_patch(f, jf);
  target_pop(f);
  if (f->scope != outer) cg_leave_scope(f);
}

/* Binds the value on top to the left side of a for-in/of head.  Lexical
 * declarations get a fresh environment per iteration when captured. */
static bool bind_loop_head(FnCg *f, const AstNode *left) {
  bool fresh = left->kind == AST_VAR_DECL && left->op != AV_VAR && f->scope->has_env;
  if (fresh) {
    cg_emit1(f, OP_PUSH_ENV, f->scope->nenv);
    f->env_pushes++;
  }
  if (left->kind == AST_VAR_DECL) cg_pattern_top(f, left->list.items[0]->kid[0], left->op != AV_VAR, cg_site_loop_head(f));
  else cg_pattern_top(f, left, false, 0);
  return fresh;
}

static void loop_body_end(FnCg *f, bool fresh) {
  if (fresh) {
    cg_emit(f, OP_POP_ENV);
    f->env_pushes--;
  }
}

/* The loop scope of for-in/of holds the head's bindings; its environment
 * (when captured) is pushed per iteration by bind_loop_head, so entering
 * the scope only assigns slots. */
static Scope *enter_loop_scope(FnCg *f, const AstNode *n) {
  Scope *outer = f->scope;
  Scope *s = res_scope_of(&f->cg->res, n);
  if (s && s != f->scope) {
    f->scope = s;
    assign_slots(f, s, false);
  }
  return outer;
}

static void stmt_for_in(FnCg *f, const AstNode *n) {
  /* the right side is evaluated outside the loop's environments */
  cg_expr(f, n->kid[1]);
  Scope *outer = enter_loop_scope(f, n);
  cg_emit(f, OP_FOR_IN_START);
  uint32_t it = cg_new_local(f);
  cg_emit1(f, OP_SET_LOCAL, it);
  cg_emit(f, OP_POP);
  Target *t = target_push(f, true);
  uint32_t top = cg_here(f);
  cg_emit1(f, OP_GET_LOCAL, it);
  cg_emit(f, OP_FOR_IN_NEXT);          /* it key done */
  uint32_t jdone = cg_jump(f, OP_JUMP_IF_TRUE);
  cg_emit(f, OP_SWAP);
  cg_emit(f, OP_POP);                  /* key */
  bool fresh = bind_loop_head(f, n->kid[0]);
  t = &f->targets[f->ntargets - 1];
  t->cont_env_pushes = f->env_pushes;
  cg_stmt(f, n->kid[2]);
  t = &f->targets[f->ntargets - 1];
  patch_continues(f, t, cg_here(f));
  loop_body_end(f, fresh);
  cg_patch_to(f, cg_jump(f, OP_JUMP), top);
  cg_patch(f, jdone);
  cg_emit(f, OP_POP);
  cg_emit(f, OP_POP);
  target_pop(f);
  f->scope = outer;
}

void cg_pos_offset(FnCg *f, const AstNode *from, uint32_t off) {
  AstNode at = {.span = from->span};
  const char *src = f->cg->prog->source;
  size_t len = f->cg->prog->source_len;
  for (uint32_t i = from->span.start; i < off && i < len;) {
    int nl = utf8_newline_len(src + i, len - i);
    if (nl) {
      at.span.line++;
      at.span.col = 1;
      i += (uint32_t)nl;
    } else {
      at.span.col += (uint32_t)utf8_utf16_units((unsigned char)src[i]);
      i++;
    }
  }
  cg_pos(f, &at);
}

/* V8 places a for-of loop's next() call (and a for-await loop's await) at
 * the last token of its binding (the name, or a pattern's closing
 * bracket): the position stack traces give there ("at async f (...)"). */
static void pos_loop_binding(FnCg *f, const AstNode *left) {
  const AstNode *t = left->kind == AST_VAR_DECL ? left->list.items[0]->kid[0] : left;
  if ((t->kind != AST_ARRAY_PATTERN && t->kind != AST_OBJECT_PATTERN) || t->span.end <= t->span.start) {
    cg_pos(f, t);
    return;
  }
  cg_pos_offset(f, t, t->span.end - 1);
}

static void stmt_for_of(FnCg *f, const AstNode *n) {
  bool is_await = n->flags & AF_AWAIT;
  cg_expr(f, n->kid[1]);
  Scope *outer = enter_loop_scope(f, n);
  uint32_t it = cg_new_local(f);
  cg_new_local(f); /* it+1: the next method */
  cg_pos(f, n->kid[1]);
  cg_emit2(f, is_await ? OP_GET_ASYNC_ITER : OP_GET_ITER, it, cg_site_for_of(f, n->kid[1]));
  Target *t = target_push(f, true);
  uint32_t top = cg_here(f);
  pos_loop_binding(f, n->kid[0]);
  if (is_await) {
    cg_emit1(f, OP_ITER_NEXT_RAW, it);
    cg_emit(f, OP_AWAIT);
    cg_emit(f, OP_ITER_UNPACK);
  } else {
    cg_emit1(f, OP_ITER_NEXT, it);
  }
  uint32_t jdone = cg_jump(f, OP_JUMP_IF_TRUE);
  Region *r = region_push(f, RG_ITER);
  r->iter = it;
  r->async_iter = is_await;
  uint32_t rid = r->id;
  r = NULL; /* regions may move while the body compiles */
  t = &f->targets[f->ntargets - 1];
  t->nregions = f->nregions - 1; /* break leaves the iterator region */
  t->cont_nregions = f->nregions;
  bool fresh = bind_loop_head(f, n->kid[0]);
  t = &f->targets[f->ntargets - 1];
  t->cont_env_pushes = f->env_pushes;
  cg_stmt(f, n->kid[2]);
  t = &f->targets[f->ntargets - 1];
  patch_continues(f, t, cg_here(f));
  loop_body_end(f, fresh);
  region_pop(f);
  cg_patch_to(f, cg_jump(f, OP_JUMP), top);
  /* exception in the body: close the iterator, rethrow */
  uint32_t handler = cg_here(f);
  region_handler(f, rid, handler);
  cg_emit1(f, OP_ITER_CLOSE_QUIET, it);
  cg_emit(f, OP_RETHROW);
  cg_patch(f, jdone);
  cg_emit(f, OP_POP);
  target_pop(f);
  f->scope = outer;
}

/* Environment restore at a handler: the handler may be entered from deeper
 * environments; the VM restores the frame's env from a saved local. */
static uint32_t save_env(FnCg *f) {
  if (!f->env_pushes && !f->scope->has_env) return UINT32_MAX;
  uint32_t l = cg_new_local(f);
  cg_emit1(f, OP_SAVE_ENV, l);
  return l;
}

static void restore_env(FnCg *f, uint32_t l) {
  if (l != UINT32_MAX) cg_emit1(f, OP_RESTORE_ENV, l);
}

static void stmt_catch_clause(FnCg *f, const AstNode *n) {
  /* stack: [exception] */
  Scope *outer = f->scope;
  cg_enter_scope(f, n->kid[2]);
  if (n->kid[1]) cg_pattern(f, n->kid[1], true);
  else cg_emit(f, OP_POP);
  cg_hoist(f, &n->kid[2]->list);
  stmt_list(f, &n->kid[2]->list);
  if (f->scope != outer) cg_leave_scope(f);
}

/* Inlines the finally block of the innermost region (a RG_FINALLY) on a
 * normal exit, outside that region's own range. */
static void inline_finally(FnCg *f) {
  uint32_t ri = f->nregions - 1;
  push_pending(f, f->regions[ri].range_start, cg_here(f), ri);
  const AstNode *fin = f->regions[ri].finalizer;
  f->nregions--;
  cg_stmt(f, fin);
  f->nregions++;
  f->regions[ri].range_start = cg_here(f);
}

/* try { A } catch (e) { B } finally { C } compiles to
 *     A; C; JUMP end            (catch region: A; finally region: A, B)
 *   catch: restore env; bind e; B; C; JUMP end
 *   finally: restore env; tmp = exception; C; RETHROW tmp
 *   end: */
static void stmt_try(FnCg *f, const AstNode *n) {
  uint32_t env_local = save_env(f);
  const AstNode *fin = n->kid[3];
  if (fin) region_push(f, RG_FINALLY)->finalizer = fin;
  uint32_t jend[2], nj = 0;
  if (n->kid[2]) {
    uint32_t catch_id = region_push(f, RG_CATCH)->id;
    stmt_block(f, n->kid[0]);
    region_pop(f);
    if (fin) inline_finally(f);
    jend[nj++] = cg_jump(f, OP_JUMP);
    region_handler(f, catch_id, cg_here(f));
    restore_env(f, env_local);
    stmt_catch_clause(f, n);
  } else {
    stmt_block(f, n->kid[0]);
  }
  if (fin) {
    uint32_t id = region_pop(f);
    cg_stmt(f, fin);
    jend[nj++] = cg_jump(f, OP_JUMP);
    region_handler(f, id, cg_here(f));
    restore_env(f, env_local);
    uint32_t tmp = cg_new_local(f);
    cg_emit1(f, OP_SET_LOCAL, tmp);
    cg_emit(f, OP_POP);
    cg_stmt(f, fin);
    cg_emit1(f, OP_GET_LOCAL, tmp);
    cg_emit(f, OP_RETHROW);
  }
  for (uint32_t i = 0; i < nj; i++) cg_patch(f, jend[i]);
}

static void stmt_switch(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  uint32_t disc = cg_new_local(f);
  cg_emit1(f, OP_SET_LOCAL, disc);
  cg_emit(f, OP_POP);
  Scope *outer = f->scope;
  cg_enter_scope(f, n);
  for (uint32_t i = 0; i < n->list.len; i++) cg_hoist(f, &n->list.items[i]->list);
  Target *t = target_push(f, false);
  (void)t;
  uint32_t ncase = n->list.len;
  uint32_t *jumps = xcalloc(ncase ? ncase : 1, sizeof(uint32_t));
  int def = -1;
  for (uint32_t i = 0; i < ncase; i++) {
    const AstNode *c = n->list.items[i];
    if (!c->kid[0]) {
      def = (int)i;
      continue;
    }
    cg_emit1(f, OP_GET_LOCAL, disc);
    cg_expr(f, c->kid[0]);
    cg_emit(f, OP_SEQ);
    jumps[i] = cg_jump(f, OP_JUMP_IF_TRUE);
  }
  uint32_t jdef = cg_jump(f, OP_JUMP);
  for (uint32_t i = 0; i < ncase; i++) {
    if ((int)i == def) cg_patch(f, jdef);
    else cg_patch(f, jumps[i]);
    stmt_list(f, &n->list.items[i]->list);
  }
  if (def < 0) cg_patch(f, jdef);
  free(jumps);
  target_pop(f);
  if (f->scope != outer) cg_leave_scope(f);
}

static void stmt_labeled(FnCg *f, const AstNode *n) {
  const AstNode *body = n->kid[0];
  uint32_t label = cg_str(f, n);
  if (body->kind == AST_FOR || body->kind == AST_FOR_IN || body->kind == AST_FOR_OF ||
      body->kind == AST_WHILE || body->kind == AST_DO_WHILE || body->kind == AST_LABELED) {
    if (f->npending_labels < 4) f->pending_labels[f->npending_labels++] = label;
    cg_stmt(f, body);
    return;
  }
  f->npending_labels = 0;
  Target *t = target_push(f, false);
  t->labels[0] = label;
  t->nlabels = 1;
  t->label_only = true;
  cg_stmt(f, body);
  target_pop(f);
}

static void stmt_throw(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  cg_pos(f, n);
  cg_emit(f, OP_THROW);
}

/* An export declaration makes its declaration; `export default EXPR`
 * evaluates EXPR (an anonymous function or class gets the name
 * "default").  Nothing imports the entry module, so the exports themselves
 * are never observed. */
static void stmt_export(FnCg *f, const AstNode *n) {
  const AstNode *d = n->kid[0];
  if (!d) return;
  bool decl = n->op == AEX_DECL || (d->kind == AST_FUNCTION && d->op == AFN_DECL) ||
              (d->kind == AST_CLASS && (d->flags & AF_DECL));
  if (decl) {
    cg_stmt(f, d);
    return;
  }
  cg_expr_named(f, d, str_cstr(f->cg->strs, "default"));
  cg_emit(f, OP_POP);
}

/* --- modules -------------------------------------------------------------------------- */

/* Emits hooks.esmImport(module, name): the prelude's module namespace of
 * module (name NULL), or its export `name`, which throws node's link error
 * when the module does not provide it. */
static void emit_esm_import(FnCg *f, const AstNode *module, const AstNode *name, const AstNode *at) {
  uint32_t hooks = f->cg->opts->intrinsic ? f->cg->opts->intrinsic("hooks") : UINT32_MAX;
  if (hooks == UINT32_MAX) {
    cg_error(f, at, "internal error: no prelude hooks for import");
    return;
  }
  cg_emit1(f, OP_INTRINSIC, hooks);
  cg_emit1(f, OP_GET_PROP, str_cstr(f->cg->strs, "esmImport"));
  cg_emit(f, OP_UNDEF);
  cg_emit1(f, OP_STR, cg_str(f, module));
  if (name) cg_emit1(f, OP_STR, cg_str(f, name));
  else cg_emit(f, OP_UNDEF);
  cg_pos(f, at);
  cg_emit2(f, OP_CALL, 2, 0);
}

/* Links the module before its first statement, in source order, as node
 * does for an entry module whose imports are all built-in modules: every
 * import binding is initialised (a missing export throws), and the
 * modules of `export ... from` are loaded and their names checked. */
static void link_imports(FnCg *f, const AstList *items) {
  for (uint32_t i = 0; i < items->len; i++) {
    const AstNode *n = items->items[i];
    const AstNode *module = n->kind == AST_IMPORT ? n->kid[0] : n->kind == AST_EXPORT ? n->kid[1] : NULL;
    if (!module) continue;
    if (n->list.len == 0) {
      emit_esm_import(f, module, NULL, module);
      cg_emit(f, OP_POP);
    }
    for (uint32_t k = 0; k < n->list.len; k++) {
      const AstNode *sp = n->list.items[k];
      emit_esm_import(f, module, sp->kid[0], sp->kid[0] ? sp->kid[0] : sp);
      if (n->kind == AST_IMPORT) {
        Loc l = cg_resolve(f, cg_str(f, sp->kid[1]));
        cg_store(f, &l, true, sp);
      }
      cg_emit(f, OP_POP);
    }
  }
}

void cg_stmt(FnCg *f, const AstNode *n) {
  if (!n) return;
  cg_pos(f, n);
  switch (n->kind) {
    case AST_VAR_DECL: stmt_var(f, n); return;
    case AST_FUNCTION: stmt_block_function(f, n); return; /* hoisted; Annex B copy */
    case AST_CLASS: {
      uint32_t name = n->str ? str_from_utf8(f->cg->strs, n->str, n->len) : 0;
      cg_class(f, n, name);
      Loc l = cg_resolve(f, name);
      cg_store(f, &l, true, n);
      cg_emit(f, OP_POP);
      return;
    }
    case AST_RETURN: stmt_return(f, n); return;
    case AST_THROW: stmt_throw(f, n); return;
    case AST_IF: stmt_if(f, n); return;
    case AST_FOR: stmt_for(f, n); return;
    case AST_FOR_IN: stmt_for_in(f, n); return;
    case AST_FOR_OF: stmt_for_of(f, n); return;
    case AST_WHILE: stmt_while(f, n); return;
    case AST_DO_WHILE: stmt_do_while(f, n); return;
    case AST_BREAK: stmt_break_continue(f, n, true); return;
    case AST_CONTINUE: stmt_break_continue(f, n, false); return;
    case AST_TRY: stmt_try(f, n); return;
    case AST_SWITCH: stmt_switch(f, n); return;
    case AST_LABELED: stmt_labeled(f, n); return;
    case AST_BLOCK: stmt_block(f, n); return;
    case AST_EXPR_STMT:
      cg_expr(f, n->kid[0]);
      cg_emit(f, OP_POP);
      return;
    case AST_EMPTY: return;
    case AST_DEBUGGER: cg_emit(f, OP_DEBUGGER); return;
    case AST_IMPORT: return; /* bound before the module body runs: cg_link_imports */
    case AST_EXPORT: stmt_export(f, n); return;
    default: cg_error(f, n, "unsupported statement (%s)", ast_kind_name(n->kind)); return;
  }
}

/* --- functions ------------------------------------------------------------------------ */

static FnCg *fncg_new(Cg *cg, FnCg *parent, FuncKind kind, uint32_t name) {
  FnCg *f = xcalloc(1, sizeof *f);
  f->cg = cg;
  f->parent = parent;
  f->p = xcalloc(1, sizeof(FuncProto));
  f->p->kind = (uint8_t)kind;
  f->p->name = name;
  f->ret_local = UINT32_MAX;
  Program *prog = cg->prog;
  if (prog->nprotos == prog->cap) {
    prog->cap = prog->cap ? prog->cap * 2 : 64;
    prog->protos = xrealloc(prog->protos, sizeof(FuncProto *) * prog->cap);
  }
  f->p->id = prog->nprotos;
  prog->protos[prog->nprotos++] = f->p;
  return f;
}

static void resolve_handlers(FnCg *f) {
  /* innermost first: a stable sort by descending depth keeps code order */
  for (uint32_t i = 1; i < f->npend; i++) {
    PendingExc x = f->pend[i];
    uint32_t j = i;
    while (j > 0 && f->pend[j - 1].e.depth < x.e.depth) {
      f->pend[j] = f->pend[j - 1];
      j--;
    }
    f->pend[j] = x;
  }
  f->p->exc = xmalloc(sizeof(ExcEntry) * (f->npend ? f->npend : 1));
  for (uint32_t i = 0; i < f->npend; i++) f->p->exc[i] = f->pend[i].e;
  f->p->nexc = f->npend;
}

static void fncg_finish(FnCg *f) {
  resolve_handlers(f);
  FuncProto *p = f->p;
  p->ncode = f->ncode;
  p->consts = f->consts;
  p->nconsts = f->nconsts;
  p->lines = f->lines;
  p->nlines = f->nlines;
  p->nlocals = f->nlocals;
  p->caches = xcalloc(p->ncode ? p->ncode : 1, sizeof(uint32_t));
  p->stack_cost = 72 + 16 * p->nparams + 8 * f->ndeclared;
  if (p->kind == FK_SCRIPT) p->stack_cost = 0;
  free(f->pend);
  free(f->regions);
  free(f->targets);
  free(f);
}

static bool simple_param(const AstNode *p) { return p->kind == AST_IDENT; }

/* Binds parameters: simple ones live in their argument local; patterns,
 * defaults and rest are evaluated from the argument locals. */
static void bind_params(FnCg *f, const AstNode *fn) {
  const AstList *ps = &fn->list;
  for (uint32_t i = 0; i < ps->len; i++) {
    const AstNode *p = ps->items[i];
    if (p->kind == AST_REST) {
      cg_emit1(f, OP_REST, i);
      cg_pattern(f, p->kid[0], true);
      continue;
    }
    if (simple_param(p)) {
      Loc l = cg_resolve(f, cg_str(f, p));
      if (l.kind == LOC_ENV) {
        cg_emit1(f, OP_GET_LOCAL, i);
        cg_store(f, &l, true, p);
        cg_emit(f, OP_POP);
      }
      continue;
    }
    cg_emit1(f, OP_GET_LOCAL, i);
    cg_pattern_top(f, p, true, 0);
  }
}

static uint32_t count_length(const AstNode *fn) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < fn->list.len; i++) {
    const AstNode *p = fn->list.items[i];
    if (p->kind == AST_REST || p->kind == AST_ASSIGN_PATTERN) break;
    n++;
  }
  return n;
}

/* Pre-assigns argument locals to simple, uncaptured parameters. */
static void param_slots(FnCg *f, const AstNode *fn, Scope *s) {
  for (uint32_t i = 0; i < s->nvars; i++) s->vars[i].slot = UINT32_MAX;
  const AstList *ps = &fn->list;
  uint32_t nformal = 0;
  for (uint32_t i = 0; i < ps->len; i++)
    if (ps->items[i]->kind != AST_REST) nformal = i + 1;
  f->p->nparams = nformal;
  f->nlocals = nformal;
  for (uint32_t i = 0; i < nformal; i++) {
    const AstNode *p = ps->items[i];
    if (!simple_param(p)) continue;
    uint32_t name = cg_str(f, p);
    for (uint32_t k = 0; k < s->nvars; k++)
      if (s->vars[k].name == name && s->vars[k].kind == VK_PARAM && !s->vars[k].captured)
        s->vars[k].slot = i;
  }
}

/* Stores `this`, `arguments` and new.target into their variables when they
 * are captured (arrows read them) or used, and a named function
 * expression's own name. */
static void init_pseudo(FnCg *f, Scope *s) {
  for (uint32_t i = 0; i < s->nvars; i++) {
    Var *v = &s->vars[i];
    Opcode op;
    if (v->kind == VK_THIS && v->captured) op = OP_THIS;
    else if (v->kind == VK_ARGS && (v->captured || f->info->uses_args)) op = OP_ARGUMENTS;
    else if (v->kind == VK_NEWTGT && v->captured) op = OP_NEW_TARGET;
    else if (v->kind == VK_CALLEE) op = OP_CALLEE;
    else continue;
    if (op == OP_THIS && f->is_derived) {
      cg_emit(f, OP_UNINIT);
    } else {
      cg_emit(f, op);
    }
    Loc l = cg_resolve(f, v->name);
    cg_store(f, &l, true, NULL);
    cg_emit(f, OP_POP);
  }
}

static uint16_t proto_flags(const AstNode *fn, const Cg *cg) {
  uint16_t fl = 0;
  if (fn->flags & AF_ASYNC) fl |= FPF_ASYNC;
  if (fn->flags & AF_GENERATOR) fl |= FPF_GENERATOR;
  if (fn->flags & AF_STRICT) fl |= FPF_STRICT;
  if (cg->opts->prelude) fl |= FPF_PRELUDE | FPF_HIDDEN;
  for (uint32_t i = 0; i < fn->list.len; i++)
    if (fn->list.items[i]->kind == AST_REST) fl |= FPF_HAS_REST;
  return fl;
}

/* Compiles the body of a function whose scope was entered. */
static void function_body(FnCg *f, const AstNode *fn) {
  const AstNode *body = fn->kid[0];
  if (fn->flags & AF_EXPR_BODY) {
    cg_expr(f, body);
    cg_emit(f, OP_RETURN);
    return;
  }
  cg_hoist(f, &body->list);
  stmt_list(f, &body->list);
  cg_emit(f, OP_UNDEF);
  cg_emit(f, OP_RETURN);
}

uint32_t cg_function(Cg *cg, FnCg *parent, const AstNode *fn, uint32_t name, FuncKind kind,
                     const AstNode *cls) {
  if (fn->op == AFN_ARROW) kind = FK_ARROW;
  else if (fn->op == AFN_GET && kind == FK_NORMAL) kind = FK_GETTER;
  else if (fn->op == AFN_SET && kind == FK_NORMAL) kind = FK_SETTER;
  else if (fn->op == AFN_METHOD && kind == FK_NORMAL) kind = FK_METHOD;
  FnCg *f = fncg_new(cg, parent, kind, name);
  Scope *s = res_scope_of(&cg->res, fn);
  f->info = s->fn;
  f->scope = s;
  f->cls = cls;
  f->is_arrow = kind == FK_ARROW;
  f->is_derived = kind == FK_DERIVED_CTOR;
  f->is_ctor = kind == FK_CLASS_CTOR || kind == FK_DERIVED_CTOR;
  f->is_async = fn->flags & AF_ASYNC;
  f->is_gen = fn->flags & AF_GENERATOR;
  f->p->flags = proto_flags(fn, cg);
  f->strict = (parent && (parent->strict || parent->in_class)) || cls || (fn->flags & AF_STRICT);
  if (f->strict) f->p->flags |= FPF_STRICT;
  f->p->length = count_length(fn);
  f->p->span = fn->span;
  if (f->info->uses_args) f->p->flags |= FPF_USES_ARGS;
  param_slots(f, fn, s);
  assign_slots(f, s, true);
  cg_pos(f, fn);
  if (s->has_env) {
    cg_emit1(f, OP_PUSH_ENV, s->nenv);
    f->env_pushes++;
  }
  init_pseudo(f, s);
  init_tdz(f, s);
  bind_params(f, fn);
  if (f->is_gen) cg_emit(f, OP_GEN_START);
  if (kind == FK_CLASS_CTOR) cg_emit(f, OP_INIT_FIELDS);
  function_body(f, fn);
  uint32_t id = f->p->id;
  fncg_finish(f);
  return id;
}

/* --- programs ----------------------------------------------------------------------- */

Program *prog_new(StrTab *strs, const char *file, const char *abspath, const char *source,
                  size_t len) {
  Program *p = xcalloc(1, sizeof *p);
  p->strs = strs;
  p->file = xstrdup(file);
  p->abspath = xstrdup(abspath);
  p->source = xmalloc(len + 1);
  memcpy(p->source, source, len);
  p->source[len] = '\0';
  p->source_len = len;
  return p;
}

void prog_free(Program *p) {
  if (!p) return;
  for (uint32_t i = p->nimage; i < p->nprotos; i++) {
    FuncProto *f = p->protos[i];
    free(f->code);
    free(f->consts);
    free(f->exc);
    free(f->lines);
    free(f->caches);
    free(f);
  }
  free(p->image_protos);
  free(p->image_caches);
  free(p->protos);
  free(p->file);
  free(p->abspath);
  free(p->source);
  free(p);
}

static uint32_t compile_script(Cg *cg, const AstNode *program) {
  FnCg *f = fncg_new(cg, NULL, FK_SCRIPT, ATOM_empty);
  Scope *s = cg->res.top;
  f->info = s->fn;
  f->scope = s;
  f->p->span = program->span;
  f->p->flags = (program->flags & AF_STRICT) ? FPF_STRICT : 0;
  f->strict = (program->flags & AF_STRICT) || cg->module;
  if (cg->opts->prelude) f->p->flags |= FPF_PRELUDE | FPF_HIDDEN;
  if (cg->module) f->p->flags |= FPF_ASYNC | FPF_MODULE | FPF_STRICT;
  uint32_t nparams = cg->module ? 0 : 5;
  for (uint32_t i = 0; i < s->nvars; i++) s->vars[i].slot = UINT32_MAX;
  for (uint32_t i = 0, k = 0; i < s->nvars && k < nparams; i++) {
    if (s->vars[i].kind != VK_PARAM) continue;
    if (!s->vars[i].captured) s->vars[i].slot = k;
    k++;
  }
  f->p->nparams = nparams;
  f->nlocals = nparams;
  assign_slots(f, s, true);
  if (s->has_env) {
    cg_emit1(f, OP_PUSH_ENV, s->nenv);
    f->env_pushes++;
  }
  init_pseudo(f, s);
  init_tdz(f, s);
  /* captured wrapper parameters are copied into the environment */
  for (uint32_t i = 0, k = 0; i < s->nvars && k < nparams; i++) {
    Var *v = &s->vars[i];
    if (v->kind != VK_PARAM) continue;
    if (v->captured) {
      cg_emit1(f, OP_GET_LOCAL, k);
      Loc l = cg_resolve(f, v->name);
      cg_store(f, &l, true, NULL);
      cg_emit(f, OP_POP);
    }
    k++;
  }
  if (cg->module) link_imports(f, &program->list);
  cg_hoist(f, &program->list);
  stmt_list(f, &program->list);
  cg_emit(f, OP_UNDEF);
  cg_emit(f, OP_RETURN);
  uint32_t id = f->p->id;
  fncg_finish(f);
  return id;
}

uint32_t cg_compile(Program *prog, const AstNode *program, const CompileOpts *opts, DiagList *d) {
  Arena arena;
  arena_init(&arena);
  Cg cg = {.prog = prog, .strs = prog->strs, .arena = &arena, .d = d, .opts = opts};
  cg.module = program->flags & AF_MODULE;
  uint32_t errors = d->errors;
  uint32_t id = UINT32_MAX;
  if (res_analyze(&arena, prog->strs, program, &cg.res, d)) id = compile_script(&cg, program);
  arena_free(&arena);
  return d->errors == errors ? id : UINT32_MAX;
}
