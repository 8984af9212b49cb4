/* resolve.c - scope analysis; see resolve.h.
 *
 * Pass A (declare) creates the scopes and declares every binding, hoisting
 * `var` and function declarations to the function scope.  Pass B (refer)
 * resolves identifier references through the scope chain and marks the
 * variables that are reached from another function as captured.
 */
#include "resolve.h"

#include <string.h>

struct ScopeMap {
  const AstNode **keys;
  Scope **vals;
  uint32_t cap, len;
};

/* A function declaration in a sloppy block, maybe var-bound (Annex B). */
typedef struct BlockFn {
  Scope *block;
  const AstNode *fn;
} BlockFn;

typedef struct Res {
  Arena *a;
  StrTab *strs;
  DiagList *d;
  ScopeMap *map;
  uint32_t id_this, id_args, id_newtgt;
  BlockFn *block_fns;
  uint32_t nblock_fns, cblock_fns;
} Res;

/* --- node -> scope map ----------------------------------------------------- */

static uint32_t ptr_hash(const void *p) {
  uintptr_t v = (uintptr_t)p;
  v ^= v >> 17;
  v *= 0xed5ad4bbu;
  v ^= v >> 11;
  return (uint32_t)v;
}

static void map_put(Res *r, const AstNode *k, Scope *s);

static void map_grow(Res *r) {
  ScopeMap *m = r->map;
  const AstNode **ok = m->keys;
  Scope **ov = m->vals;
  uint32_t ocap = m->cap;
  m->cap = ocap ? ocap * 2 : 256;
  m->keys = arena_alloc(r->a, sizeof(*m->keys) * m->cap);
  m->vals = arena_alloc(r->a, sizeof(*m->vals) * m->cap);
  m->len = 0;
  for (uint32_t i = 0; i < ocap; i++)
    if (ok[i]) map_put(r, ok[i], ov[i]);
}

static void map_put(Res *r, const AstNode *k, Scope *s) {
  ScopeMap *m = r->map;
  if ((m->len + 1) * 2 > m->cap) map_grow(r);
  uint32_t i = ptr_hash(k) & (m->cap - 1);
  while (m->keys[i] && m->keys[i] != k) i = (i + 1) & (m->cap - 1);
  if (!m->keys[i]) m->len++;
  m->keys[i] = k;
  m->vals[i] = s;
}

Scope *res_scope_of(const Resolved *r, const AstNode *k) {
  const ScopeMap *m = r->map;
  if (!m->cap) return NULL;
  uint32_t i = ptr_hash(k) & (m->cap - 1);
  while (m->keys[i]) {
    if (m->keys[i] == k) return m->vals[i];
    i = (i + 1) & (m->cap - 1);
  }
  return NULL;
}

/* --- scopes and variables ---------------------------------------------------- */

static Scope *scope_new(Res *r, Scope *parent, FnInfo *fn, ScopeKind kind, const AstNode *node) {
  Scope *s = arena_alloc(r->a, sizeof *s);
  s->parent = parent;
  s->fn = fn;
  s->kind = kind;
  s->node = node;
  s->strict = (parent && parent->strict) || kind == SK_CLASS ||
              ((node->kind == AST_FUNCTION || node->kind == AST_PROGRAM) && (node->flags & AF_STRICT));
  map_put(r, node, s);
  return s;
}

static Var *scope_find(Scope *s, uint32_t name) {
  for (uint32_t i = 0; i < s->nvars; i++)
    if (s->vars[i].name == name) return &s->vars[i];
  return NULL;
}

static Var *scope_add(Res *r, Scope *s, uint32_t name, VarKind kind, SrcSpan span) {
  if (s->nvars == s->cap) {
    uint32_t ncap = s->cap ? s->cap * 2 : 8;
    s->vars = arena_grow(r->a, s->vars, s->nvars, ncap, sizeof(Var));
    s->cap = ncap;
  }
  Var *v = &s->vars[s->nvars++];
  memset(v, 0, sizeof *v);
  v->name = name;
  v->kind = (uint8_t)kind;
  v->span = span;
  return v;
}

static bool lexical_kind(VarKind k) {
  return k == VK_LET || k == VK_CONST || k == VK_CLASS;
}

/* Declares name in s, reporting conflicting redeclarations. */
static void declare(Res *r, Scope *s, uint32_t name, VarKind kind, SrcSpan span) {
  Var *old = scope_find(s, name);
  if (!old) {
    scope_add(r, s, name, kind, span);
    return;
  }
  bool clash = lexical_kind(kind) || lexical_kind((VarKind)old->kind) ||
               (kind == VK_FUNC && s->kind != SK_FUNCTION && old->kind == VK_FUNC);
  if (old->kind == VK_PARAM && !lexical_kind(kind)) clash = false;
  if (old->kind == VK_CALLEE) {
    old->kind = (uint8_t)kind; /* a declaration shadows the function's own name */
    return;
  }
  if (clash) {
    diag_add(r->d, DIAG_ERROR, span, "Identifier '%s' has already been declared",
             str_cstr_tmp(r->strs, name));
    return;
  }
  if (kind == VK_FUNC) old->kind = VK_FUNC; /* function wins over var */
}

static uint32_t intern(Res *r, const AstNode *n) { return str_from_utf8(r->strs, n->str, n->len); }

static Scope *fn_scope(Scope *s) {
  while (s->kind != SK_FUNCTION) s = s->parent;
  return s;
}

/* --- pass A: declarations ---------------------------------------------------- */

static void decl_node(Res *r, Scope *s, const AstNode *n);

/* Declares every identifier bound by a pattern. */
static void decl_pattern(Res *r, Scope *s, const AstNode *p, VarKind kind) {
  if (!p) return;
  switch (p->kind) {
    case AST_IDENT: declare(r, s, intern(r, p), kind, p->span); break;
    case AST_ASSIGN_PATTERN: decl_pattern(r, s, p->kid[0], kind); break;
    case AST_REST: decl_pattern(r, s, p->kid[0], kind); break;
    case AST_ARRAY_PATTERN:
      for (uint32_t i = 0; i < p->list.len; i++) decl_pattern(r, s, p->list.items[i], kind);
      break;
    case AST_OBJECT_PATTERN:
      for (uint32_t i = 0; i < p->list.len; i++) {
        const AstNode *q = p->list.items[i];
        decl_pattern(r, s, q->kind == AST_PROPERTY ? q->kid[1] : q, kind);
      }
      break;
    default: break;
  }
}

static void decl_list(Res *r, Scope *s, const AstList *l) {
  for (uint32_t i = 0; i < l->len; i++) decl_node(r, s, l->items[i]);
}

static void decl_kids(Res *r, Scope *s, const AstNode *n) {
  for (int i = 0; i < 4; i++) decl_node(r, s, n->kid[i]);
  decl_list(r, s, &n->list);
}

static FnInfo *fn_new(Res *r, FnInfo *parent, const AstNode *node, bool arrow) {
  FnInfo *f = arena_alloc(r->a, sizeof *f);
  f->parent = parent;
  f->node = node;
  f->arrow = arrow;
  return f;
}

static void declare_pseudo(Res *r, Scope *s) {
  scope_add(r, s, r->id_this, VK_THIS, s->node->span);
  scope_add(r, s, r->id_args, VK_ARGS, s->node->span);
  scope_add(r, s, r->id_newtgt, VK_NEWTGT, s->node->span);
}

static void decl_function(Res *r, Scope *outer, const AstNode *fn) {
  bool arrow = fn->op == AFN_ARROW;
  FnInfo *info = fn_new(r, outer ? outer->fn : NULL, fn, arrow);
  Scope *s = scope_new(r, outer, info, SK_FUNCTION, fn);
  info->scope = s;
  if (!arrow) declare_pseudo(r, s);
  if (fn->str && fn->op == AFN_EXPR)
    scope_add(r, s, str_from_utf8(r->strs, fn->str, fn->len), VK_CALLEE, fn->span);
  for (uint32_t i = 0; i < fn->list.len; i++) decl_pattern(r, s, fn->list.items[i], VK_PARAM);
  for (uint32_t i = 0; i < fn->list.len; i++) decl_node(r, s, fn->list.items[i]);
  const AstNode *body = fn->kid[0];
  if (body && body->kind == AST_BLOCK && !(fn->flags & AF_EXPR_BODY)) {
    map_put(r, body, s); /* the body block shares the function scope */
    decl_list(r, s, &body->list);
  } else {
    decl_node(r, s, body);
  }
}

static void decl_block(Res *r, Scope *s, const AstNode *n) {
  Scope *b = scope_new(r, s, s->fn, SK_BLOCK, n);
  decl_kids(r, b, n);
}

static void decl_var_decl(Res *r, Scope *s, const AstNode *n) {
  VarKind k = n->op == AV_VAR ? VK_VAR : n->op == AV_LET ? VK_LET : VK_CONST;
  Scope *target = k == VK_VAR ? fn_scope(s) : s;
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *d = n->list.items[i];
    decl_pattern(r, target, d->kid[0], k);
    decl_node(r, s, d->kid[0]);
    decl_node(r, s, d->kid[1]);
  }
}

const AstNode *res_fields_key(const AstNode *cls, bool is_static) {
  return (const AstNode *)((const char *)cls + (is_static ? 2 : 1));
}

/* Field initialisers run in a synthetic method (one for instance fields,
 * one for static fields and static blocks) whose `this` is the instance
 * or the class. */
static Scope *fields_scope(Res *r, Scope *cls_scope, const AstNode *cls, bool is_static) {
  const AstNode *key = res_fields_key(cls, is_static);
  Scope *f = res_scope_of(&(Resolved){.map = r->map}, key);
  if (f) return f;
  FnInfo *info = fn_new(r, cls_scope->fn, cls, false);
  f = scope_new(r, cls_scope, info, SK_FUNCTION, key);
  f->node = cls;
  info->scope = f;
  declare_pseudo(r, f);
  return f;
}

static void decl_class(Res *r, Scope *s, const AstNode *n) {
  if ((n->flags & AF_DECL) && n->str)
    declare(r, s, str_from_utf8(r->strs, n->str, n->len), VK_CLASS, n->span);
  decl_node(r, s, n->kid[0]);
  Scope *c = scope_new(r, s, s->fn, SK_CLASS, n);
  if (n->str) scope_add(r, c, str_from_utf8(r->strs, n->str, n->len), VK_CONST, n->span);
  for (uint32_t i = 0; i < n->list.len; i++) { /* the private names: "#x" is no identifier */
    const AstNode *k = n->list.items[i]->kid[0];
    if (k && k->kind == AST_PRIVATE_NAME && !scope_find(c, intern(r, k)))
      scope_add(r, c, intern(r, k), VK_CONST, k->span);
  }
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *m = n->list.items[i];
    if (m->op != APROP_FIELD && m->op != APROP_BLOCK) {
      decl_node(r, c, m);
      continue;
    }
    if (m->flags & AF_COMPUTED) decl_node(r, c, m->kid[0]);
    decl_node(r, fields_scope(r, c, n, m->flags & AF_STATIC), m->kid[1]);
  }
}

static void decl_try(Res *r, Scope *s, const AstNode *n) {
  decl_node(r, s, n->kid[0]);
  if (n->kid[2]) {
    Scope *c = scope_new(r, s, s->fn, SK_CATCH, n->kid[2]);
    decl_pattern(r, c, n->kid[1], VK_CATCH);
    decl_node(r, c, n->kid[1]);
    decl_list(r, c, &n->kid[2]->list);
  }
  decl_node(r, s, n->kid[3]);
}

static void note_block_fn(Res *r, Scope *block, const AstNode *fn) {
  if (r->nblock_fns == r->cblock_fns) {
    uint32_t cap = r->cblock_fns ? r->cblock_fns * 2 : 8;
    BlockFn *n = arena_alloc(r->a, sizeof *n * cap);
    if (r->nblock_fns) memcpy(n, r->block_fns, sizeof *n * r->nblock_fns);
    r->block_fns = n;
    r->cblock_fns = cap;
  }
  r->block_fns[r->nblock_fns++] = (BlockFn){block, fn};
}

static const AstNode *annexb_key(const AstNode *fn) { return (const AstNode *)((const char *)fn + 3); }

/* Annex B.3.3: the function is also a var of its function scope unless
 * such a var would clash with a lexical binding of an enclosing scope. */
static void bind_block_fn(Res *r, const BlockFn *b) {
  uint32_t name = intern(r, b->fn);
  Scope *fs = fn_scope(b->block);
  for (Scope *sc = b->block->parent; sc; sc = sc->parent) {
    Var *v = scope_find(sc, name);
    if (v && (lexical_kind((VarKind)v->kind) || (v->kind == VK_FUNC && sc != fs))) return;
    if (sc == fs) break;
  }
  Var *v = scope_find(fs, name);
  if (!v) v = scope_add(r, fs, name, VK_VAR, b->fn->span);
  v->assigned = true;
  map_put(r, annexb_key(b->fn), fs);
}

Scope *res_annexb_scope(const Resolved *r, const AstNode *fn) { return res_scope_of(r, annexb_key(fn)); }

static void decl_node(Res *r, Scope *s, const AstNode *n) {
  if (!n) return;
  switch (n->kind) {
    case AST_FUNCTION:
      if (n->op == AFN_DECL && n->str) {
        declare(r, s, str_from_utf8(r->strs, n->str, n->len), VK_FUNC, n->span);
        if (s->kind != SK_FUNCTION && !s->strict && !(n->flags & (AF_ASYNC | AF_GENERATOR))) note_block_fn(r, s, n);
      }
      decl_function(r, s, n);
      return;
    case AST_CLASS: decl_class(r, s, n); return;
    case AST_VAR_DECL: decl_var_decl(r, s, n); return;
    case AST_BLOCK: decl_block(r, s, n); return;
    case AST_FOR: case AST_FOR_IN: case AST_FOR_OF: case AST_SWITCH: decl_block(r, s, n); return;
    case AST_TRY: decl_try(r, s, n); return;
    case AST_IMPORT: /* bindings to another module's exports: never assignable */
      for (uint32_t i = 0; i < n->list.len; i++)
        declare(r, s, intern(r, n->list.items[i]->kid[1]), VK_CONST, n->list.items[i]->kid[1]->span);
      return;
    case AST_EXPORT: decl_node(r, s, n->kid[0]); return;
    default: decl_kids(r, s, n); return;
  }
}

/* --- pass B: references -------------------------------------------------------- */

Var *res_lookup(Scope *s, uint32_t name, Scope **where) {
  for (; s; s = s->parent) {
    Var *v = scope_find(s, name);
    if (v) {
      if (where) *where = s;
      return v;
    }
  }
  if (where) *where = NULL;
  return NULL;
}

/* Resolves name from scope s; marks the variable captured when it belongs to
 * another function. */
static Var *refer_name(Res *r, Scope *s, uint32_t name, bool write) {
  Scope *where;
  Var *v = res_lookup(s, name, &where);
  if (v && where->fn != s->fn) {
    v->captured = true;
    where->has_env = true;
  }
  if (v && write) v->assigned = true;
  (void)r;
  return v;
}

static void refer_node(Res *r, Scope *s, const AstNode *n);

static void refer_list(Res *r, Scope *s, const AstList *l) {
  for (uint32_t i = 0; i < l->len; i++) refer_node(r, s, l->items[i]);
}

/* Resolves `this`/`arguments` seen from an arrow: the nearest non-arrow
 * function's pseudo-variable becomes captured. */
static void refer_pseudo(Res *r, Scope *s, uint32_t name) {
  if (!s->fn->arrow) return;
  refer_name(r, s, name, false);
}

static Scope *child_scope(Res *r, Scope *s, const AstNode *n) {
  Scope *c = res_scope_of(&(Resolved){.map = r->map}, n);
  return c ? c : s;
}

static void refer_target(Res *r, Scope *s, const AstNode *t) {
  if (t && t->kind == AST_IDENT) {
    refer_name(r, s, intern(r, t), true);
    return;
  }
  refer_node(r, s, t);
}

static void refer_property(Res *r, Scope *s, const AstNode *n) {
  if (n->flags & AF_COMPUTED || n->op == APROP_SPREAD) refer_node(r, s, n->kid[0]);
  if (n->kid[1] && n->kid[1]->kind == AST_IDENT) refer_target(r, s, n->kid[1]);
  else refer_node(r, s, n->kid[1]);
}

static void refer_node(Res *r, Scope *s, const AstNode *n) {
  if (!n) return;
  switch (n->kind) {
    case AST_IDENT: {
      uint32_t name = intern(r, n);
      Var *v = refer_name(r, s, name, false);
      if (v && v->kind == VK_ARGS) {
        Scope *f = fn_scope(s);
        while (f->fn->arrow && f->parent) f = fn_scope(f->parent);
        f->fn->uses_args = true;
      }
      return;
    }
    case AST_PRIVATE_NAME: refer_name(r, s, intern(r, n), false); return;
    case AST_IMPORT: return;
    case AST_EXPORT: refer_node(r, s, n->kid[0]); return;
    case AST_THIS: refer_pseudo(r, s, r->id_this); return;
    case AST_SUPER: refer_pseudo(r, s, r->id_this); return;
    case AST_NEW_TARGET: refer_pseudo(r, s, r->id_newtgt); return;
    case AST_MEMBER:
      refer_node(r, s, n->kid[0]);
      if (n->flags & AF_COMPUTED) refer_node(r, s, n->kid[1]);
      return;
    case AST_PROPERTY: refer_property(r, s, n); return;
    case AST_ASSIGN: case AST_UPDATE: case AST_DECLARATOR:
      refer_target(r, s, n->kid[0]);
      for (int i = 1; i < 4; i++) refer_node(r, s, n->kid[i]);
      return;
    case AST_FUNCTION: {
      Scope *f = child_scope(r, s, n);
      refer_list(r, f, &n->list);
      const AstNode *body = n->kid[0];
      if (body && body->kind == AST_BLOCK && !(n->flags & AF_EXPR_BODY)) refer_list(r, f, &body->list);
      else refer_node(r, f, body);
      return;
    }
    case AST_CLASS: {
      refer_node(r, s, n->kid[0]);
      Scope *c = child_scope(r, s, n);
      for (uint32_t i = 0; i < n->list.len; i++) {
        const AstNode *m = n->list.items[i];
        if (m->op != APROP_FIELD && m->op != APROP_BLOCK) {
          refer_node(r, c, m);
          continue;
        }
        if (m->flags & AF_COMPUTED) refer_node(r, c, m->kid[0]);
        refer_node(r, fields_scope(r, c, n, m->flags & AF_STATIC), m->kid[1]);
      }
      for (uint32_t i = 0; i < n->list.len; i++) { /* fields fns define private members */
        const AstNode *m = n->list.items[i], *k = m->kid[0];
        if (k && k->kind == AST_PRIVATE_NAME) refer_node(r, fields_scope(r, c, n, m->flags & AF_STATIC), k);
      }
      return;
    }
    case AST_TRY:
      refer_node(r, s, n->kid[0]);
      if (n->kid[2]) {
        Scope *c = child_scope(r, s, n->kid[2]);
        refer_target(r, c, n->kid[1]);
        refer_list(r, c, &n->kid[2]->list);
      }
      refer_node(r, s, n->kid[3]);
      return;
    case AST_BREAK: case AST_CONTINUE: case AST_LABELED:
      refer_node(r, s, n->kid[0]);
      return;
    case AST_FOR_IN: case AST_FOR_OF: {
      Scope *b = child_scope(r, s, n);
      refer_target(r, b, n->kid[0]);
      refer_node(r, b, n->kid[1]);
      refer_node(r, b, n->kid[2]);
      return;
    }
    default: {
      Scope *c = res_is_scope_node(n) ? child_scope(r, s, n) : s;
      for (int i = 0; i < 4; i++) refer_node(r, c, n->kid[i]);
      refer_list(r, c, &n->list);
      return;
    }
  }
}

bool res_is_scope_node(const AstNode *n) {
  switch (n->kind) {
    case AST_BLOCK: case AST_FOR: case AST_FOR_IN: case AST_FOR_OF: case AST_SWITCH:
      return true;
    default: return false;
  }
}

/* Marks loop-scoped variables captured when a closure inside the loop body
 * could observe them: handled by capture analysis already.  Nothing else. */

/* --- module early errors ---------------------------------------------------------- */

typedef struct ExportNames {
  uint32_t *v;
  uint32_t n, cap;
} ExportNames;

/* Adds the export name at n or reports it as a duplicate; dflt: it comes
 * from `export default` (V8 reports that as a redeclaration). */
static void add_export(Res *r, ExportNames *e, uint32_t name, bool dflt, const AstNode *n) {
  for (uint32_t i = 0; i < e->n; i++) {
    if (e->v[i] != name) continue;
    if (dflt) diag_add(r->d, DIAG_ERROR, n->span, "Identifier '.default' has already been declared");
    else diag_add(r->d, DIAG_ERROR, n->span, "Duplicate export of '%s'", str_cstr_tmp(r->strs, name));
    return;
  }
  if (e->n == e->cap) {
    uint32_t ncap = e->cap ? e->cap * 2 : 16;
    e->v = arena_grow(r->a, e->v, e->n, ncap, sizeof *e->v);
    e->cap = ncap;
  }
  e->v[e->n++] = name;
}

/* Adds every name an exported declaration binds (patterns included). */
static void export_bound(Res *r, ExportNames *e, const AstNode *p) {
  if (!p) return;
  switch (p->kind) {
    case AST_IDENT: add_export(r, e, intern(r, p), false, p); return;
    case AST_ASSIGN_PATTERN: case AST_REST: case AST_DECLARATOR: export_bound(r, e, p->kid[0]); return;
    case AST_PROPERTY: export_bound(r, e, p->kid[1]); return;
    case AST_ARRAY_PATTERN: case AST_OBJECT_PATTERN: case AST_VAR_DECL:
      for (uint32_t i = 0; i < p->list.len; i++) export_bound(r, e, p->list.items[i]);
      return;
    default: return;
  }
}

/* Early errors of a module's exports, in source order: duplicate export
 * names, and names in `export { a }` the module does not declare. */
static void check_exports(Res *r, Scope *top, const AstNode *program) {
  ExportNames e = {0};
  for (uint32_t i = 0; i < program->list.len; i++) {
    const AstNode *n = program->list.items[i];
    if (n->kind != AST_EXPORT) continue;
    const AstNode *d = n->kid[0];
    if (n->op == AEX_DEFAULT) add_export(r, &e, str_cstr(r->strs, "default"), true, n);
    else if (n->op == AEX_DECL && d->kind == AST_VAR_DECL) export_bound(r, &e, d);
    else if (n->op == AEX_DECL) add_export(r, &e, intern(r, d), false, d);
    for (uint32_t k = 0; k < n->list.len; k++) {
      const AstNode *sp = n->list.items[k];
      if (n->op == AEX_NAMED && !n->kid[1] && !scope_find(top, intern(r, sp->kid[0])))
        diag_add(r->d, DIAG_ERROR, sp->kid[0]->span, "Export '%s' is not defined in module",
                 str_cstr_tmp(r->strs, intern(r, sp->kid[0])));
      add_export(r, &e, intern(r, sp->kid[1]), false, sp->kid[1]);
    }
  }
}

bool res_analyze(Arena *a, StrTab *strs, const AstNode *program, Resolved *out, DiagList *d) {
  Res r = {.a = a, .strs = strs, .d = d};
  r.map = arena_alloc(a, sizeof *r.map);
  r.id_this = str_cstr(strs, "this");
  r.id_args = str_cstr(strs, "arguments");
  r.id_newtgt = str_cstr(strs, "new.target");
  uint32_t errors = d->errors;
  FnInfo *top = fn_new(&r, NULL, program, false);
  Scope *s = scope_new(&r, NULL, top, SK_FUNCTION, program);
  top->scope = s;
  declare_pseudo(&r, s);
  if (!(program->flags & AF_MODULE)) {
    static const char *const wrapper[] = {"exports", "require", "module", "__filename", "__dirname"};
    for (int i = 0; i < 5; i++) scope_add(&r, s, str_cstr(strs, wrapper[i]), VK_PARAM, program->span);
  }
  s->strict = (program->flags & AF_STRICT) != 0;
  decl_list(&r, s, &program->list);
  for (uint32_t i = 0; i < r.nblock_fns; i++) bind_block_fn(&r, &r.block_fns[i]);
  if (program->flags & AF_MODULE) check_exports(&r, s, program);
  refer_list(&r, s, &program->list);
  out->map = r.map;
  out->top = s;
  return d->errors == errors;
}
