/* compile_expr.c - code generation for expressions, destructuring patterns
 * and classes.  Every cg_expr leaves exactly one value on the stack. */
#include "compile_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "numconv.h"

static void expr_list_values(FnCg *f, const AstList *l);

bool cg_is_anon_fn(const AstNode *n) {
  if (!n) return false;
  if (n->kind == AST_FUNCTION) return !n->str;
  if (n->kind == AST_CLASS) return !n->str;
  return false;
}

/* --- optional chains ------------------------------------------------------- */

/* Emits the nullish test of a `?.` link; `below` values under the tested one
 * belong to the chain and are dropped when it short-circuits. */
static void chain_check(FnCg *f, uint32_t below) {
  Chain *c = f->chain;
  if (!c) return;
  uint32_t ok = cg_jump(f, OP_JUMP_IF_NOT_NULLISH_KEEP);
  for (uint32_t i = 0; i < below; i++) cg_emit(f, OP_POP);
  cg_emit(f, OP_UNDEF);
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 4;
    c->ends = xrealloc(c->ends, sizeof(uint32_t) * c->cap);
  }
  c->ends[c->n++] = cg_jump(f, OP_JUMP);
  cg_patch(f, ok);
}

static void expr_opt_chain(FnCg *f, const AstNode *n) {
  Chain c = {.outer = f->chain};
  f->chain = &c;
  cg_expr(f, n->kid[0]);
  for (uint32_t i = 0; i < c.n; i++) cg_patch(f, c.ends[i]);
  free(c.ends);
  f->chain = c.outer;
}

/* --- literals --------------------------------------------------------------- */

static void expr_number(FnCg *f, double d) {
  if (d >= -1073741824.0 && d <= 1073741823.0 && d == (double)(int32_t)d && !(d == 0 && signbit(d))) {
    cg_emit1(f, OP_INT, (uint32_t)(int32_t)d);
    return;
  }
  cg_emit1(f, OP_CONST, cg_const(f, val_num(d)));
}

/* The property name a non-computed key denotes. */
static uint32_t key_name(FnCg *f, const AstNode *k) {
  if (k->kind == AST_NUMBER) {
    char buf[64];
    size_t len = num_to_string(k->num, buf);
    return str_from_utf8(f->cg->strs, buf, len);
  }
  return cg_str(f, k);
}

static void expr_template(FnCg *f, const AstNode *n) {
  uint32_t parts = 0;
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *e = n->list.items[i];
    if (e->kind == AST_TEMPLATE_ELEM) {
      if (e->len == 0 && n->list.len > 1) continue;
      cg_emit1(f, OP_STR, cg_str(f, e));
    } else {
      cg_expr(f, e);
      cg_emit(f, OP_TO_STRING);
    }
    parts++;
  }
  if (parts == 0) cg_emit1(f, OP_STR, ATOM_empty);
  else if (parts > 1) cg_emit1(f, OP_CONCAT, parts);
}

static void expr_array(FnCg *f, const AstNode *n) {
  bool simple = true;
  for (uint32_t i = 0; i < n->list.len; i++) {
    AstKind k = n->list.items[i]->kind;
    if (k == AST_SPREAD || k == AST_HOLE) simple = false;
  }
  if (simple && n->list.len <= 64) {
    expr_list_values(f, &n->list);
    cg_emit1(f, OP_ARRAY, n->list.len);
    return;
  }
  cg_emit1(f, OP_ARRAY, 0);
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *e = n->list.items[i];
    if (e->kind == AST_HOLE) {
      cg_emit(f, OP_ARRAY_HOLE);
    } else if (e->kind == AST_SPREAD) {
      cg_expr(f, e->kid[0]);
      cg_pos(f, e->kid[0]); /* V8 reports the iterable's position */
      cg_emit2(f, OP_ARRAY_SPREAD, cg_site_spread(f, e->kid[0]), 0);
    } else {
      cg_expr(f, e);
      cg_emit(f, OP_ARRAY_PUSH);
    }
  }
}

/* Pushes a property key: a string constant, or a computed key converted to
 * a property key.  Returns the name for naming functions (0 if computed). */
static void computed_key(FnCg *f, const AstNode *key) {
  bool saved = f->no_text;
  f->no_text = true; /* V8 finds no call site text inside a computed key */
  cg_expr(f, key);
  f->no_text = saved;
  cg_emit(f, OP_TO_PROPKEY);
}

static uint32_t push_key(FnCg *f, const AstNode *prop) {
  if (prop->flags & AF_COMPUTED) {
    computed_key(f, prop->kid[0]);
    return 0;
  }
  uint32_t name = key_name(f, prop->kid[0]);
  cg_emit1(f, OP_STR, name);
  return name;
}

static FuncKind method_kind(const AstNode *prop) {
  return prop->op == APROP_GET ? FK_GETTER : prop->op == APROP_SET ? FK_SETTER : FK_METHOD;
}

/* obj -> obj, defining a method, getter or setter. */
static void define_method(FnCg *f, const AstNode *prop, bool enumerable) {
  uint32_t name = push_key(f, prop);
  const char *prefix = prop->op == APROP_GET ? "get " : prop->op == APROP_SET ? "set " : NULL;
  uint32_t fn_name = name && prefix ? str_concat(f->cg->strs, str_cstr(f->cg->strs, prefix), name) : name;
  uint32_t id = cg_function(f->cg, f, prop->kid[1], fn_name, method_kind(prop), NULL);
  cg_emit1(f, OP_CLOSURE, id);
  if (!name) cg_emit1(f, OP_SET_FN_NAME, prop->op == APROP_GET ? FN_NAME_GET_KEY : prop->op == APROP_SET ? FN_NAME_SET_KEY : 0);
  uint32_t kind = prop->op == APROP_GET ? 1 : prop->op == APROP_SET ? 2 : 0;
  cg_emit2(f, OP_DEFINE_METHOD, kind, enumerable);
}

static bool is_proto_setter(FnCg *f, const AstNode *p, uint32_t name) {
  (void)f;
  return p->op == APROP_INIT && name == ATOM_proto && !(p->flags & AF_SHORTHAND);
}

/* The property's own key in a literal, 0 for a computed key, a spread or
 * `__proto__: v`. */
static uint32_t literal_key(FnCg *f, const AstNode *p) {
  if (p->op == APROP_SPREAD || (p->flags & AF_COMPUTED)) return 0;
  uint32_t name = key_name(f, p->kid[0]);
  return is_proto_setter(f, p, name) ? 0 : name;
}

/* V8's ObjectLiteral::CalculateEmitStore: is property i stored, or is its
 * key defined again later in the literal (a getter and a setter make a
 * pair; it is the last pair that counts)? */
static bool emit_store(FnCg *f, const AstNode *n, uint32_t i) {
  const AstNode *p = n->list.items[i];
  uint32_t key = literal_key(f, p);
  if (!key) return true;
  const AstNode *later = NULL;
  for (uint32_t j = n->list.len; j-- > i + 1;) {
    const AstNode *q = n->list.items[j];
    if (literal_key(f, q) != key) continue;
    bool pair = later && ((later->op == APROP_GET && q->op == APROP_SET) || (later->op == APROP_SET && q->op == APROP_GET));
    if (!later || (!pair && (later->op == APROP_GET || later->op == APROP_SET))) later = q;
  }
  if (!later) return true;
  return (p->op == APROP_GET && later->op == APROP_SET) || (p->op == APROP_SET && later->op == APROP_GET);
}

static void object_property(FnCg *f, const AstNode *p) {
  cg_pos(f, p);
  if (p->op == APROP_SPREAD) {
    cg_expr(f, p->kid[0]);
    cg_pos(f, p->kid[0]); /* V8 places getters run by the copy there */
    cg_emit(f, OP_OBJ_SPREAD);
  } else if (p->op != APROP_INIT) {
    define_method(f, p, true);
  } else if (p->flags & AF_COMPUTED) {
    computed_key(f, p->kid[0]);
    cg_expr(f, p->kid[1]);
    if (cg_is_anon_fn(p->kid[1])) cg_emit1(f, OP_SET_FN_NAME, 0);
    cg_emit(f, OP_DEFINE_ELEM);
  } else {
    uint32_t name = key_name(f, p->kid[0]);
    cg_expr_named(f, p->kid[1], name);
    cg_emit1(f, OP_DEFINE_PROP, is_proto_setter(f, p, name) ? UINT32_MAX : name);
  }
}

/* V8 builds a literal that starts with a spread by copying it, then stores
 * the properties up to the next computed key or spread, leaving out those
 * defined again later, and only then defines that run's getters and setters
 * (once per key, in order of first appearance): `{...o, get x() {}, y}`
 * has y before x.  Returns the index after the run. */
static uint32_t object_spread_run(FnCg *f, const AstNode *n) {
  uint32_t end = 1;
  while (end < n->list.len && literal_key(f, n->list.items[end])) end++;
  for (uint32_t i = 1; i < end; i++) {
    const AstNode *p = n->list.items[i];
    if (p->op == APROP_GET || p->op == APROP_SET) continue;
    if (emit_store(f, n, i)) {
      object_property(f, p);
    } else if (p->op == APROP_INIT) {
      cg_expr(f, p->kid[1]); /* for its effects */
      cg_emit(f, OP_POP);
    }
  }
  for (uint32_t i = 1; i < end; i++) {
    const AstNode *p = n->list.items[i];
    if ((p->op != APROP_GET && p->op != APROP_SET) || !emit_store(f, n, i)) continue;
    uint32_t key = literal_key(f, p);
    bool first = true;
    for (uint32_t j = 1; j < i && first; j++) {
      const AstNode *q = n->list.items[j];
      first = !((q->op == APROP_GET || q->op == APROP_SET) && emit_store(f, n, j) && literal_key(f, q) == key);
    }
    if (!first) continue;
    for (uint32_t j = i; j < end; j++) { /* the getter, then the setter, of this key */
      const AstNode *q = n->list.items[j];
      if (q->op == APROP_GET && literal_key(f, q) == key && emit_store(f, n, j)) object_property(f, q);
    }
    for (uint32_t j = i; j < end; j++) {
      const AstNode *q = n->list.items[j];
      if (q->op == APROP_SET && literal_key(f, q) == key && emit_store(f, n, j)) object_property(f, q);
    }
  }
  return end;
}

static void expr_object(FnCg *f, const AstNode *n) {
  cg_emit(f, OP_OBJECT);
  uint32_t i = 0;
  if (n->list.len > 1 && n->list.items[0]->op == APROP_SPREAD) {
    object_property(f, n->list.items[0]);
    i = object_spread_run(f, n);
  }
  for (; i < n->list.len; i++) object_property(f, n->list.items[i]);
}

/* --- private names (see vm_priv.c for their representation) ------------------- */

/* The private name key of a class member, or NULL. */
static const AstNode *private_key(const AstNode *m) {
  const AstNode *k = m->kid[0];
  return k && k->kind == AST_PRIVATE_NAME ? k : NULL;
}

static bool is_private_method(const AstNode *m) { return m->op != APROP_FIELD && private_key(m); }

/* Is member i the first of cls to declare its private name (among the
 * methods only, when methods)?  A getter and setter share one name. */
static bool first_private(const AstNode *cls, uint32_t i, bool methods) {
  const AstNode *k = private_key(cls->list.items[i]);
  for (uint32_t j = 0; j < i; j++) {
    const AstNode *m = cls->list.items[j], *o = private_key(m);
    if (o && (!methods || is_private_method(m)) && strcmp(o->str, k->str) == 0) return false;
  }
  return true;
}

/* Pushes the private name #x: a constant of its class's scope, so it is
 * found like a variable from methods, arrows and nested classes. */
static void expr_private(FnCg *f, const AstNode *n) {
  Loc l = cg_resolve(f, cg_str(f, n));
  cg_load(f, &l, n);
}

/* Is the private name n declared as a field (not a method or accessor)?
 * Its scope is the class body that declares it. */
static bool private_is_field(FnCg *f, const AstNode *n) {
  Scope *where = NULL;
  if (!res_lookup(f->scope, cg_str(f, n), &where) || !where || !where->node || where->node->kind != AST_CLASS)
    return true;
  const AstList *l = &where->node->list;
  for (uint32_t i = 0; i < l->len; i++) {
    const AstNode *k = private_key(l->items[i]);
    if (k && strcmp(k->str, n->str) == 0) return l->items[i]->op == APROP_FIELD;
  }
  return true;
}

/* Source positions V8 gives errors of o.#x (stack traces, the caret of an
 * uncaught error), relative to the name: a read in a compound assignment
 * or update at the '.', in an optional link at the '?.', a failed write of
 * a field at the '=' (one space after the name), of a method or accessor
 * at the name; `#x in o` at the `in`.  The tree keeps no token positions, so the punctuation is
 * assumed written as usual (`o.#x`, `o?.#x`, `o.#x = v`). */
enum { PP_DOT, PP_QDOT, PP_WRITE, PP_IN };
static void private_pos(FnCg *f, const AstNode *name, int what) {
  AstNode at = *name;
  uint32_t len = name->span.end - name->span.start;
  if (what == PP_DOT && at.span.col > 1) at.span.col -= 1;
  else if (what == PP_QDOT && at.span.col > 2) at.span.col -= 2;
  else if ((what == PP_WRITE && private_is_field(f, name)) || what == PP_IN) at.span.col += len + 1;
  cg_pos(f, &at);
}

static bool is_private_member(const AstNode *t) {
  return t->kind == AST_MEMBER && t->kid[1]->kind == AST_PRIVATE_NAME;
}

/* --- variables and assignment ------------------------------------------------ */

static void expr_ident(FnCg *f, const AstNode *n) {
  uint32_t name = cg_str(f, n);
  Loc l = cg_resolve(f, name);
  if (l.kind == LOC_GLOBAL && name == ATOM_undefined) {
    cg_emit(f, OP_UNDEF);
    return;
  }
  cg_load(f, &l, n);
}

/* -> this; an arrow's is its enclosing function's (a captured variable). */
static void push_this(FnCg *f, const AstNode *n) {
  if (f->is_arrow) {
    Loc l = cg_resolve(f, str_cstr(f->cg->strs, "this"));
    if (l.kind == LOC_GLOBAL) cg_emit(f, OP_THIS);
    else cg_load(f, &l, n);
    return;
  }
  cg_emit(f, OP_THIS);
}

static void expr_this(FnCg *f, const AstNode *n) {
  cg_pos(f, n);
  push_this(f, n);
}

/* new.target: an arrow reads its enclosing function's (a captured
 * variable); at the top level of a script it is the frame's, undefined. */
static void expr_new_target(FnCg *f, const AstNode *n) {
  cg_pos(f, n);
  if (f->is_arrow) {
    Loc l = cg_resolve(f, str_cstr(f->cg->strs, "new.target"));
    if (l.kind != LOC_GLOBAL) {
      cg_load(f, &l, n);
      return;
    }
  }
  cg_emit(f, OP_NEW_TARGET);
}

/* Stores the value on top into an assignment target (IDENT or MEMBER),
 * keeping the value. */
static void store_simple(FnCg *f, const AstNode *t) {
  if (t->kind == AST_IDENT) {
    Loc l = cg_resolve(f, cg_str(f, t));
    cg_store(f, &l, false, t);
    return;
  }
  cg_error(f, t, "Invalid assignment target");
}

/* The offset of the first token at or after offset i, past blanks,
 * comments and, if parens, closing parentheses. */
static uint32_t next_token(const FnCg *f, uint32_t i, bool parens) {
  const char *src = f->cg->prog->source;
  size_t len = f->cg->prog->source_len;
  while (i < len) {
    if (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' || (parens && src[i] == ')')) {
      i++;
    } else if (src[i] == '/' && i + 1 < len && src[i + 1] == '/') {
      while (i < len && src[i] != '\n') i++;
    } else if (src[i] == '/' && i + 1 < len && src[i + 1] == '*') {
      for (i += 2; i + 1 < len && !(src[i] == '*' && src[i + 1] == '/'); i++) continue;
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/* V8 places a store into a member at the assignment's or the postfix
 * update's operator (`o.x = 1`, `o[k] += 1`, `o.x++`). */
static void pos_operator(FnCg *f, const AstNode *t) { cg_pos_offset(f, t, next_token(f, t->span.end, true)); }

/* Before a compound assignment's store. */
static void pos_store(FnCg *f, const AstNode *t) {
  if (is_private_member(t)) private_pos(f, t->kid[1], PP_WRITE);
  else pos_operator(f, t);
}

static bool is_super_member(const AstNode *t) { return t->kind == AST_MEMBER && t->kid[0]->kind == AST_SUPER; }

/* Pushes what an assignment to member t needs: [obj] for obj.name, [obj
 * key] for obj[k] and for super.name and super[k], whose obj is this (see
 * super_get); returns whether the key is on the stack. */
static bool member_ref(FnCg *f, const AstNode *t) {
  bool computed = t->flags & AF_COMPUTED;
  if (is_super_member(t)) {
    push_this(f, t->kid[0]);
    if (computed) {
      cg_expr(f, t->kid[1]);
      cg_emit(f, OP_TO_PROPKEY);
    } else {
      cg_emit1(f, OP_STR, cg_str(f, t->kid[1]));
    }
    return true;
  }
  cg_expr(f, t->kid[0]);
  if (!computed) return false;
  cg_expr(f, t->kid[1]);
  cg_emit(f, OP_TO_PROPKEY);
  return true;
}

/* [ref] -> [ref value]: reads member t, keeping member_ref's operands. */
static void member_reread(FnCg *f, const AstNode *t, bool keyed) {
  if (!keyed) {
    cg_emit(f, OP_DUP);
    cg_emit1(f, OP_GET_PROP, cg_str(f, t->kid[1]));
    return;
  }
  cg_emit(f, OP_DUP2);
  if (is_super_member(t)) {
    cg_pos(f, t); /* V8: a compound assignment or update reads at `super` */
    cg_emit(f, OP_GET_SUPER_ELEM);
    return;
  }
  if (is_private_member(t)) private_pos(f, t->kid[1], PP_DOT);
  cg_emit(f, OP_GET_ELEM);
}

/* [ref v] -> [v]: stores into member t. */
static void member_put(FnCg *f, const AstNode *t, bool keyed) {
  if (is_super_member(t)) cg_emit(f, OP_SET_SUPER_ELEM);
  else if (keyed) cg_emit(f, OP_SET_ELEM);
  else cg_emit1(f, OP_SET_PROP, cg_str(f, t->kid[1]));
}

/* Compound assignment to a member: [obj (key)] value-of-op. */
static void compound_member(FnCg *f, const AstNode *t, const AstNode *rhs, AstOp op) {
  bool keyed = member_ref(f, t);
  member_reread(f, t, keyed);
  if (op == AOP_AND || op == AOP_OR || op == AOP_NULLISH) {
    Opcode j = op == AOP_AND ? OP_JUMP_IF_FALSE_KEEP
             : op == AOP_OR  ? OP_JUMP_IF_TRUE_KEEP : OP_JUMP_IF_NOT_NULLISH_KEEP;
    uint32_t keep = cg_jump(f, j);
    cg_expr(f, rhs);
    pos_store(f, t);
    member_put(f, t, keyed);
    uint32_t done = cg_jump(f, OP_JUMP);
    cg_patch(f, keep);
    cg_emit(f, OP_SWAP);
    cg_emit(f, OP_POP);
    if (keyed) {
      cg_emit(f, OP_SWAP);
      cg_emit(f, OP_POP);
    }
    cg_patch(f, done);
    return;
  }
  cg_expr(f, rhs);
  cg_emit(f, (Opcode)(OP_ADD + (op - AOP_ADD)));
  pos_store(f, t);
  member_put(f, t, keyed);
}

static Opcode binary_opcode(AstOp op) {
  switch (op) {
    case AOP_ADD: return OP_ADD;
    case AOP_SUB: return OP_SUB;
    case AOP_MUL: return OP_MUL;
    case AOP_DIV: return OP_DIV;
    case AOP_MOD: return OP_MOD;
    case AOP_EXP: return OP_EXP;
    case AOP_SHL: return OP_SHL;
    case AOP_SHR: return OP_SHR;
    case AOP_USHR: return OP_USHR;
    case AOP_BITAND: return OP_BITAND;
    case AOP_BITOR: return OP_BITOR;
    case AOP_BITXOR: return OP_BITXOR;
    case AOP_EQ: return OP_EQ;
    case AOP_NE: return OP_NE;
    case AOP_SEQ: return OP_SEQ;
    case AOP_SNE: return OP_SNE;
    case AOP_LT: return OP_LT;
    case AOP_LE: return OP_LE;
    case AOP_GT: return OP_GT;
    case AOP_GE: return OP_GE;
    case AOP_IN: return OP_IN;
    case AOP_INSTANCEOF: return OP_INSTANCEOF;
    default: return OP_NOP;
  }
}

static void expr_assign(FnCg *f, const AstNode *n) {
  const AstNode *t = n->kid[0], *v = n->kid[1];
  AstOp op = (AstOp)n->op;
  if (op == AOP_ASSIGN) {
    if (t->kind == AST_IDENT) {
      cg_expr_named(f, v, cg_str(f, t));
      store_simple(f, t);
    } else if (is_super_member(t)) {
      member_ref(f, t);
      cg_expr(f, v);
      pos_operator(f, t);
      cg_emit(f, OP_SET_SUPER_ELEM);
    } else if (t->kind == AST_MEMBER && !(t->flags & AF_COMPUTED)) {
      cg_expr(f, t->kid[0]);
      cg_expr(f, v);
      pos_operator(f, t);
      cg_emit1(f, OP_SET_PROP, cg_str(f, t->kid[1]));
    } else if (t->kind == AST_MEMBER) {
      cg_expr(f, t->kid[0]);
      cg_expr(f, t->kid[1]);
      cg_emit(f, OP_TO_PROPKEY);
      cg_expr(f, v);
      if (is_private_member(t)) private_pos(f, t->kid[1], PP_WRITE);
      else pos_operator(f, t);
      cg_emit(f, OP_SET_ELEM);
    } else {
      cg_expr(f, v);
      cg_emit(f, OP_DUP);
      cg_pattern_top(f, t, false, t->kind == AST_OBJECT_PATTERN ? cg_expr_text(f, v) : 0);
    }
    return;
  }
  if (t->kind == AST_MEMBER) {
    compound_member(f, t, v, op);
    return;
  }
  if (t->kind != AST_IDENT) {
    cg_error(f, t, "Invalid left-hand side in assignment");
    return;
  }
  Loc l = cg_resolve(f, cg_str(f, t));
  cg_load(f, &l, t);
  if (op == AOP_AND || op == AOP_OR || op == AOP_NULLISH) {
    Opcode j = op == AOP_AND ? OP_JUMP_IF_FALSE_KEEP
             : op == AOP_OR  ? OP_JUMP_IF_TRUE_KEEP : OP_JUMP_IF_NOT_NULLISH_KEEP;
    uint32_t keep = cg_jump(f, j);
    cg_expr_named(f, v, cg_str(f, t));
    cg_store(f, &l, false, t);
    cg_patch(f, keep);
    return;
  }
  cg_expr(f, v);
  cg_pos(f, n);
  cg_emit(f, binary_opcode(op));
  cg_store(f, &l, false, t);
}

static void expr_update(FnCg *f, const AstNode *n) {
  const AstNode *t = n->kid[0];
  bool prefix = n->flags & AF_PREFIX;
  Opcode step = n->op == AOP_INC ? OP_INC : OP_DEC;
  if (t->kind == AST_IDENT) {
    Loc l = cg_resolve(f, cg_str(f, t));
    cg_load(f, &l, t);
    cg_emit(f, OP_TO_NUMERIC);
    if (!prefix) cg_emit(f, OP_DUP);
    cg_emit(f, step);
    cg_store(f, &l, false, t);
    if (!prefix) cg_emit(f, OP_POP);
    return;
  }
  if (t->kind != AST_MEMBER) {
    cg_error(f, t, "Invalid left-hand side expression in %s operation", prefix ? "prefix" : "postfix");
    return;
  }
  bool keyed = member_ref(f, t);
  member_reread(f, t, keyed);
  cg_emit(f, OP_TO_NUMERIC);
  if (!prefix) {
    cg_emit(f, OP_DUP);
    cg_emit(f, keyed ? OP_ROT4 : OP_ROT3);
  }
  cg_emit(f, step);
  if (is_private_member(t)) private_pos(f, t->kid[1], PP_WRITE);
  else if (prefix) cg_pos_offset(f, t, t->span.end - 1); /* V8: the target's last character */
  else pos_operator(f, t);
  member_put(f, t, keyed);
  if (!prefix) cg_emit(f, OP_POP);
}

/* --- operators ------------------------------------------------------------------ */

static void expr_unary(FnCg *f, const AstNode *n) {
  const AstNode *a = n->kid[0];
  switch (n->op) {
    case AOP_TYPEOF:
      if (a->kind == AST_IDENT) {
        Loc l = cg_resolve(f, cg_str(f, a));
        if (l.kind == LOC_GLOBAL) {
          cg_emit1(f, OP_TYPEOF_GLOBAL, l.name);
          return;
        }
      }
      cg_expr(f, a);
      cg_emit(f, OP_TYPEOF);
      return;
    case AOP_DELETE:
      if (a->kind == AST_MEMBER) {
        cg_expr(f, a->kid[0]);
        if (a->flags & AF_COMPUTED) {
          cg_expr(f, a->kid[1]);
          cg_emit(f, OP_DELETE_ELEM);
        } else {
          cg_emit1(f, OP_DELETE_PROP, cg_str(f, a->kid[1]));
        }
        return;
      }
      if (a->kind == AST_OPT_CHAIN) {
        cg_expr(f, a);
        cg_emit(f, OP_POP);
        cg_emit(f, OP_TRUE);
        return;
      }
      if (a->kind != AST_IDENT) cg_expr(f, a), cg_emit(f, OP_POP);
      cg_emit(f, a->kind == AST_IDENT ? OP_FALSE : OP_TRUE);
      return;
    case AOP_VOID:
      cg_expr(f, a);
      cg_emit(f, OP_POP);
      cg_emit(f, OP_UNDEF);
      return;
    default: break;
  }
  cg_expr(f, a);
  cg_pos(f, n);
  switch (n->op) {
    case AOP_NEG: cg_emit(f, OP_NEG); return;
    case AOP_PLUS: cg_emit(f, OP_PLUS); return;
    case AOP_NOT: cg_emit(f, OP_NOT); return;
    case AOP_BITNOT: cg_emit(f, OP_BITNOT); return;
    default: cg_error(f, n, "unsupported unary operator"); return;
  }
}

static void expr_logical(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  Opcode j = n->op == AOP_AND ? OP_JUMP_IF_FALSE_KEEP
           : n->op == AOP_OR  ? OP_JUMP_IF_TRUE_KEEP : OP_JUMP_IF_NOT_NULLISH_KEEP;
  uint32_t end = cg_jump(f, j);
  cg_expr(f, n->kid[1]);
  cg_patch(f, end);
}

static void expr_cond(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  uint32_t jf = cg_jump(f, OP_JUMP_IF_FALSE);
  cg_expr(f, n->kid[1]);
  uint32_t jend = cg_jump(f, OP_JUMP);
  cg_patch(f, jf);
  cg_expr(f, n->kid[2]);
  cg_patch(f, jend);
}

/* --- member access and calls ------------------------------------------------------- */

/* super.x or super[k]: this first (an arrow's is lexical, and a derived
 * constructor's throws before super()), then the key, then the lookup on
 * the home object's prototype; a getter found there runs with that this. */
static void super_get(FnCg *f, const AstNode *n) {
  push_this(f, n->kid[0]);
  if (n->flags & AF_COMPUTED) {
    cg_expr(f, n->kid[1]);
    cg_pos_offset(f, n, next_token(f, n->kid[0]->span.end, false)); /* V8: at the `[` */
    cg_emit(f, OP_GET_SUPER_ELEM);
  } else {
    cg_pos(f, n->kid[1]);
    cg_emit1(f, OP_GET_SUPER, cg_str(f, n->kid[1]));
  }
}

/* V8 places a computed member read o[k] at its `[` (after any `?.`). */
static void pos_bracket(FnCg *f, const AstNode *n) {
  const char *src = f->cg->prog->source;
  size_t len = f->cg->prog->source_len;
  uint32_t i = next_token(f, n->kid[0]->span.end, true);
  if (i + 1 < len && src[i] == '?' && src[i + 1] == '.') i = next_token(f, i + 2, false);
  if (i < len && src[i] == '[') cg_pos_offset(f, n, i);
  else cg_pos(f, n->kid[1]);
}

static void expr_member(FnCg *f, const AstNode *n) {
  const AstNode *obj = n->kid[0];
  bool computed = n->flags & AF_COMPUTED;
  if (obj->kind == AST_SUPER) {
    super_get(f, n);
    return;
  }
  cg_expr(f, obj);
  if (n->flags & AF_OPTIONAL) chain_check(f, 0);
  if (computed) {
    cg_expr(f, n->kid[1]);
    if (is_private_member(n) && (n->flags & AF_OPTIONAL)) private_pos(f, n->kid[1], PP_QDOT);
    else pos_bracket(f, n);
    cg_emit(f, OP_GET_ELEM);
  } else {
    cg_pos(f, n->kid[1]);
    cg_emit1(f, OP_GET_PROP, cg_str(f, n->kid[1]));
  }
}

static bool has_spread(const AstList *l) {
  for (uint32_t i = 0; i < l->len; i++)
    if (l->items[i]->kind == AST_SPREAD) return true;
  return false;
}

static void expr_list_values(FnCg *f, const AstList *l) {
  for (uint32_t i = 0; i < l->len; i++) cg_expr(f, l->items[i]);
}

/* Pushes the arguments as an array (for calls with spread). */
static void args_array(FnCg *f, const AstList *l) {
  cg_emit1(f, OP_ARRAY, 0);
  for (uint32_t i = 0; i < l->len; i++) {
    const AstNode *e = l->items[i];
    if (e->kind == AST_SPREAD) {
      cg_expr(f, e->kid[0]);
      cg_emit2(f, OP_ARRAY_SPREAD, cg_site_spread(f, e->kid[0]), 1);
    } else {
      cg_expr(f, e);
      cg_emit(f, OP_ARRAY_PUSH);
    }
  }
}

/* Pushes callee and this for a call: [fn this]. */
static void push_callee(FnCg *f, const AstNode *callee) {
  if (callee->kind == AST_MEMBER) {
    const AstNode *obj = callee->kid[0];
    bool computed = callee->flags & AF_COMPUTED;
    if (obj->kind == AST_SUPER) {
      super_get(f, callee);
      push_this(f, obj);
      return;
    }
    cg_expr(f, obj);
    if (callee->flags & AF_OPTIONAL) chain_check(f, 0);
    if (computed) {
      cg_expr(f, callee->kid[1]);
      pos_bracket(f, callee);
      cg_emit(f, OP_GET_METHOD_ELEM);
    } else {
      cg_pos(f, callee->kid[1]);
      cg_emit1(f, OP_GET_METHOD, cg_str(f, callee->kid[1]));
    }
    return;
  }
  cg_expr(f, callee);
  cg_emit(f, OP_UNDEF);
}

static void store_this_var(FnCg *f) {
  Loc l = cg_resolve(f, str_cstr(f->cg->strs, "this"));
  if (l.kind == LOC_ENV && l.var && l.var->kind == VK_THIS) {
    cg_store(f, &l, true, NULL);
  }
}

static void expr_super_call(FnCg *f, const AstNode *n) {
  if (has_spread(&n->list)) {
    args_array(f, &n->list);
    cg_pos(f, n);
    cg_emit(f, OP_SUPER_CALL_SPREAD);
  } else {
    expr_list_values(f, &n->list);
    cg_pos(f, n);
    cg_emit1(f, OP_SUPER_CALL, n->list.len);
  }
  store_this_var(f);
  cg_emit(f, OP_INIT_FIELDS);
}

/* Where V8 places a call: at the property name of a method call `o.m()`,
 * at the name called in `f()`, else at the `(` of the arguments
 * (`o[k]()`, `f()()`, `(f)()`, `f?.()`). */
static void pos_call(FnCg *f, const AstNode *n) {
  const AstNode *callee = n->kid[0];
  bool paren = callee->flags & AF_PAREN;
  if (!paren && callee->kind == AST_MEMBER && !(callee->flags & AF_COMPUTED)) {
    cg_pos(f, callee->kid[1]);
    return;
  }
  if (!paren && callee->kind == AST_IDENT && !(n->flags & AF_OPTIONAL)) {
    cg_pos(f, n);
    return;
  }
  const char *src = f->cg->prog->source;
  size_t len = f->cg->prog->source_len;
  uint32_t i = callee->span.end;
  for (;;) { /* the callee's closing parentheses, `?.` */
    i = next_token(f, i, paren);
    if (i + 1 < len && src[i] == '?' && src[i + 1] == '.') i += 2;
    else break;
  }
  if (i < len && src[i] == '(') cg_pos_offset(f, callee, i);
  else cg_pos(f, n);
}

static void expr_call(FnCg *f, const AstNode *n) {
  const AstNode *callee = n->kid[0];
  if (callee->kind == AST_SUPER) {
    expr_super_call(f, n);
    return;
  }
  push_callee(f, callee);
  if (n->flags & AF_OPTIONAL) {
    cg_emit(f, OP_SWAP);
    chain_check(f, 1);
    cg_emit(f, OP_SWAP);
  }
  if (has_spread(&n->list)) {
    args_array(f, &n->list);
    pos_call(f, n);
    cg_emit1(f, OP_CALL_SPREAD, cg_expr_text(f, callee));
    return;
  }
  expr_list_values(f, &n->list);
  pos_call(f, n);
  cg_emit2(f, OP_CALL, n->list.len, cg_expr_text(f, callee));
}

static void expr_new(FnCg *f, const AstNode *n) {
  cg_expr(f, n->kid[0]);
  if (has_spread(&n->list)) {
    args_array(f, &n->list);
    cg_pos(f, n);
    cg_emit1(f, OP_NEW_SPREAD, cg_expr_text(f, n->kid[0]));
    return;
  }
  expr_list_values(f, &n->list);
  cg_pos(f, n);
  cg_emit2(f, OP_NEW, n->list.len, cg_expr_text(f, n->kid[0]));
}

static void expr_tagged_template(FnCg *f, const AstNode *n) {
  const AstNode *tpl = n->kid[1];
  push_callee(f, n->kid[0]);
  uint32_t nq = 0;
  for (uint32_t i = 0; i < tpl->list.len; i++) {
    const AstNode *e = tpl->list.items[i];
    if (e->kind != AST_TEMPLATE_ELEM) continue;
    if (e->str) cg_emit1(f, OP_STR, cg_str(f, e));
    else cg_emit(f, OP_UNDEF);
    nq++;
  }
  for (uint32_t i = 0; i < tpl->list.len; i++) {
    const AstNode *e = tpl->list.items[i];
    if (e->kind == AST_TEMPLATE_ELEM) cg_emit1(f, OP_STR, cg_str(f, e->kid[0]));
  }
  cg_emit1(f, OP_TEMPLATE, nq);
  uint32_t nargs = 1;
  for (uint32_t i = 0; i < tpl->list.len; i++) {
    const AstNode *e = tpl->list.items[i];
    if (e->kind == AST_TEMPLATE_ELEM) continue;
    cg_expr(f, e);
    nargs++;
  }
  cg_pos(f, n);
  cg_emit2(f, OP_CALL, nargs, cg_expr_text(f, n->kid[0]));
}

/* --- functions, yield, await ---------------------------------------------------------- */

static void expr_function(FnCg *f, const AstNode *n, uint32_t name) {
  if (n->str) name = cg_str(f, n);
  uint32_t id = cg_function(f->cg, f, n, name, FK_NORMAL, NULL);
  cg_emit1(f, OP_CLOSURE, id);
}

static void expr_yield(FnCg *f, const AstNode *n) {
  if (n->flags & AF_DELEGATE) {
    /* yield* iterable, simplified: values sent to next() and throw/return
     * calls are not forwarded to the inner iterator */
    cg_expr(f, n->kid[0]);
    uint32_t it = cg_new_local(f);
    cg_new_local(f);
    cg_pos(f, n);
    cg_emit2(f, f->is_async ? OP_GET_ASYNC_ITER : OP_GET_ITER, it, 0);
    uint32_t top = cg_here(f);
    if (f->is_async) {
      cg_emit1(f, OP_ITER_NEXT_RAW, it);
      cg_emit(f, OP_AWAIT);
      cg_emit(f, OP_ITER_UNPACK);
    } else {
      cg_emit1(f, OP_ITER_NEXT, it);
    }
    uint32_t jdone = cg_jump(f, OP_JUMP_IF_TRUE);
    cg_emit(f, f->is_async ? OP_ASYNC_GEN_YIELD : OP_YIELD);
    cg_emit(f, OP_POP);
    cg_patch_to(f, cg_jump(f, OP_JUMP), top);
    cg_patch(f, jdone);
    return;
  }
  if (n->kid[0]) cg_expr(f, n->kid[0]);
  else cg_emit(f, OP_UNDEF);
  cg_pos(f, n);
  if (f->is_async) cg_emit(f, OP_AWAIT); /* yield in an async generator awaits its operand */
  cg_emit(f, f->is_async ? OP_ASYNC_GEN_YIELD : OP_YIELD);
}

static void expr_sequence(FnCg *f, const AstNode *n) {
  for (uint32_t i = 0; i < n->list.len; i++) {
    cg_expr(f, n->list.items[i]);
    if (i + 1 < n->list.len) cg_emit(f, OP_POP);
  }
}

void cg_expr_named(FnCg *f, const AstNode *n, uint32_t name) {
  if (n && name && cg_is_anon_fn(n)) {
    if (n->kind == AST_FUNCTION) expr_function(f, n, name);
    else cg_class(f, n, name);
    return;
  }
  cg_expr(f, n);
}

/* A regular expression literal: hooks.regexpCreate(body, flags), a new
 * RegExp object per evaluation (ECMA-262 13.2.7.3); the lexer has
 * already reported an invalid pattern. */
static void expr_regexp(FnCg *f, const AstNode *n) {
  uint32_t hooks = f->cg->opts->intrinsic ? f->cg->opts->intrinsic("hooks") : UINT32_MAX;
  if (hooks == UINT32_MAX) {
    cg_error(f, n, "internal error: no prelude hooks for a regular expression");
    return;
  }
  uint32_t body = n->len;
  while (body > 0 && n->str[body - 1] != '/') body--;
  cg_emit1(f, OP_INTRINSIC, hooks);
  cg_emit1(f, OP_GET_PROP, str_cstr(f->cg->strs, "regexpCreate"));
  cg_emit(f, OP_UNDEF);
  cg_emit1(f, OP_STR, str_from_utf8(f->cg->strs, n->str, body ? body - 1 : 0));
  cg_emit1(f, OP_STR, str_from_utf8(f->cg->strs, n->str + body, n->len - body));
  cg_pos(f, n);
  cg_emit2(f, OP_CALL, 2, 0);
}

void cg_expr(FnCg *f, const AstNode *n) {
  switch (n->kind) {
    case AST_REGEXP: expr_regexp(f, n); return;
    case AST_IDENT: expr_ident(f, n); return;
    case AST_NUMBER: expr_number(f, n->num); return;
    case AST_BIGINT: cg_emit1(f, OP_CONST, cg_const(f, val_big(cg_str(f, n)))); return;
    case AST_STRING: cg_emit1(f, OP_STR, cg_str(f, n)); return;
    case AST_TEMPLATE: expr_template(f, n); return;
    case AST_TAGGED_TEMPLATE: expr_tagged_template(f, n); return;
    case AST_TRUE: cg_emit(f, OP_TRUE); return;
    case AST_FALSE: cg_emit(f, OP_FALSE); return;
    case AST_NULL_LIT: cg_emit(f, OP_NULL); return;
    case AST_THIS: expr_this(f, n); return;
    case AST_NEW_TARGET: expr_new_target(f, n); return;
    case AST_ARRAY: expr_array(f, n); return;
    case AST_OBJECT: expr_object(f, n); return;
    case AST_FUNCTION: expr_function(f, n, 0); return;
    case AST_CLASS: cg_class(f, n, n->str ? cg_str(f, n) : 0); return;
    case AST_UNARY: expr_unary(f, n); return;
    case AST_UPDATE: expr_update(f, n); return;
    case AST_BINARY:
      cg_expr(f, n->kid[0]);
      cg_expr(f, n->kid[1]);
      if (n->kid[0]->kind == AST_PRIVATE_NAME) private_pos(f, n->kid[0], PP_IN);
      else cg_pos_offset(f, n, next_token(f, n->kid[0]->span.end, true)); /* V8: at the operator */
      cg_emit(f, binary_opcode((AstOp)n->op));
      return;
    case AST_LOGICAL: expr_logical(f, n); return;
    case AST_ASSIGN: expr_assign(f, n); return;
    case AST_COND: expr_cond(f, n); return;
    case AST_CALL: expr_call(f, n); return;
    case AST_NEW: expr_new(f, n); return;
    case AST_MEMBER: expr_member(f, n); return;
    case AST_PRIVATE_NAME: expr_private(f, n); return;
    case AST_OPT_CHAIN: expr_opt_chain(f, n); return;
    case AST_SEQUENCE: expr_sequence(f, n); return;
    case AST_YIELD: expr_yield(f, n); return;
    case AST_AWAIT:
      cg_expr(f, n->kid[0]);
      cg_pos(f, n);
      cg_emit(f, OP_AWAIT);
      return;
    default: cg_error(f, n, "unsupported expression (%s)", ast_kind_name(n->kind)); return;
  }
}

/* --- destructuring -------------------------------------------------------------------- */

/* Evaluates the member target of the destructuring element about to be
 * read (t, or the target of its default) into locals. */
static void prefetch_target(FnCg *f, const AstNode *t) {
  if (t->kind == AST_ASSIGN_PATTERN) t = t->kid[0];
  if (t->kind != AST_MEMBER || t->kid[0]->kind == AST_SUPER || f->npat_pre == 8) return;
  uint32_t obj = cg_new_local(f), key = 0;
  cg_expr(f, t->kid[0]);
  cg_emit1(f, OP_SET_LOCAL, obj);
  cg_emit(f, OP_POP);
  if (t->flags & AF_COMPUTED) {
    key = cg_new_local(f);
    cg_expr(f, t->kid[1]);
    cg_emit(f, OP_TO_PROPKEY);
    cg_emit1(f, OP_SET_LOCAL, key);
    cg_emit(f, OP_POP);
  }
  f->pat_pre[f->npat_pre].target = t;
  f->pat_pre[f->npat_pre].obj = obj;
  f->pat_pre[f->npat_pre++].key = key;
}

static void pattern_member(FnCg *f, const AstNode *t) {
  /* [v] -> obj key v -> set */
  bool pre = f->npat_pre && f->pat_pre[f->npat_pre - 1].target == t;
  bool keyed;
  if (pre) { /* evaluated before the value was read (prefetch_target) */
    keyed = (t->flags & AF_COMPUTED) != 0;
    cg_emit1(f, OP_GET_LOCAL, f->pat_pre[f->npat_pre - 1].obj);
    if (keyed) cg_emit1(f, OP_GET_LOCAL, f->pat_pre[f->npat_pre - 1].key);
  } else {
    keyed = member_ref(f, t);
  }
  if (keyed) {
    cg_emit(f, OP_ROT3);
    cg_emit(f, OP_ROT3);
  } else {
    cg_emit(f, OP_SWAP);
  }
  member_put(f, t, keyed);
  cg_emit(f, OP_POP);
  if (pre) f->npat_pre--;
}

static void pattern_array(FnCg *f, const AstNode *p, bool init, uint32_t site) {
  uint32_t it = cg_new_local(f);
  cg_new_local(f);
  cg_pos(f, p);
  cg_emit2(f, OP_GET_ITER, it, site);
  bool rest = false;
  for (uint32_t i = 0; i < p->list.len; i++) {
    const AstNode *e = p->list.items[i];
    if (e->kind == AST_REST) {
      prefetch_target(f, e->kid[0]);
      cg_emit1(f, OP_ARRAY, 0);
      uint32_t top = cg_here(f);
      cg_emit1(f, OP_ITER_NEXT, it);
      uint32_t jdone = cg_jump(f, OP_JUMP_IF_TRUE);
      cg_emit(f, OP_ARRAY_PUSH);
      cg_patch_to(f, cg_jump(f, OP_JUMP), top);
      cg_patch(f, jdone);
      cg_emit(f, OP_POP);
      cg_pattern(f, e->kid[0], init);
      rest = true;
      continue;
    }
    if (e->kind != AST_HOLE) prefetch_target(f, e);
    cg_emit1(f, OP_ITER_NEXT, it);
    cg_emit(f, OP_POP);
    if (e->kind == AST_HOLE) cg_emit(f, OP_POP);
    else cg_pattern(f, e, init);
  }
  if (!rest) cg_emit1(f, OP_ITER_CLOSE, it);
}

/* The null/undefined check of an object pattern, with V8's messages: a
 * whole target whose first property binds a name reads "Cannot destructure
 * property 'a' of 'o.x' as it is undefined."; an empty pattern, or one
 * starting with a computed key or a rest, "Cannot destructure 'o.x' as it
 * is undefined."; otherwise the first property read fails ("Cannot read
 * properties of undefined (reading 'a')"). */
static void require_object(FnCg *f, const AstNode *p, bool top, uint32_t site) {
  const AstNode *first = p->list.len ? p->list.items[0] : NULL;
  cg_pos(f, p);
  if (first && first->kind != AST_REST && !(first->flags & AF_COMPUTED)) {
    AstKind vk = first->kid[1]->kind;
    if (top && (vk == AST_IDENT || vk == AST_OBJECT_PATTERN || vk == AST_ARRAY_PATTERN))
      cg_emit2(f, OP_REQUIRE_OBJ, site, key_name(f, first->kid[0]));
    return;
  }
  cg_emit2(f, OP_REQUIRE_OBJ, top ? site : UINT32_MAX, 0);
}

static void pattern_object(FnCg *f, const AstNode *p, bool init, bool top, uint32_t site) {
  uint32_t nkeys = 0;
  uint32_t *keys = xcalloc(p->list.len ? p->list.len : 1, sizeof(uint32_t));
  bool has_rest = p->list.len && p->list.items[p->list.len - 1]->kind == AST_REST;
  require_object(f, p, top, site);
  for (uint32_t i = 0; i < p->list.len; i++) {
    const AstNode *q = p->list.items[i];
    if (q->kind == AST_REST) {
      prefetch_target(f, q->kid[0]);
      cg_emit(f, OP_DUP);
      for (uint32_t k = 0; k < nkeys; k++) {
        if (keys[k] & 0x80000000u) cg_emit1(f, OP_GET_LOCAL, keys[k] & 0x7FFFFFFFu);
        else cg_emit1(f, OP_STR, keys[k]);
      }
      cg_emit1(f, OP_ARRAY, nkeys);
      cg_emit1(f, OP_OBJ_REST, 0);
      cg_pattern(f, q->kid[0], init);
      continue;
    }
    cg_emit(f, OP_DUP);
    if (q->flags & AF_COMPUTED) {
      cg_expr(f, q->kid[0]);
      cg_emit(f, OP_TO_PROPKEY);
      if (has_rest) {
        uint32_t l = cg_new_local(f);
        cg_emit1(f, OP_SET_LOCAL, l);
        keys[nkeys++] = l | 0x80000000u;
      }
      prefetch_target(f, q->kid[1]); /* the key, the target, then the value */
      cg_emit(f, OP_GET_ELEM);
    } else {
      uint32_t name = key_name(f, q->kid[0]);
      keys[nkeys++] = name;
      prefetch_target(f, q->kid[1]);
      cg_emit1(f, OP_GET_PROP, name);
    }
    cg_pattern(f, q->kid[1], init);
  }
  free(keys);
  cg_emit(f, OP_POP);
}

void cg_pattern_top(FnCg *f, const AstNode *t, bool init, uint32_t site) {
  f->pat_top = true;
  f->pat_site = site;
  cg_pattern(f, t, init);
  f->pat_top = false;
}

void cg_pattern(FnCg *f, const AstNode *t, bool init) {
  bool top = f->pat_top;
  uint32_t site = top ? f->pat_site : 0;
  f->pat_top = false;
  switch (t->kind) {
    case AST_IDENT: {
      Loc l = cg_resolve(f, cg_str(f, t));
      cg_store(f, &l, init, t);
      cg_emit(f, OP_POP);
      return;
    }
    case AST_MEMBER: pattern_member(f, t); return;
    case AST_ASSIGN_PATTERN: {
      uint32_t skip = cg_jump(f, OP_JUMP_IF_UNDEF_KEEP);
      uint32_t name = t->kid[0]->kind == AST_IDENT ? cg_str(f, t->kid[0]) : 0;
      cg_expr_named(f, t->kid[1], name);
      cg_patch(f, skip);
      f->pat_top = top;
      f->pat_site = site;
      cg_pattern(f, t->kid[0], init);
      return;
    }
    case AST_ARRAY_PATTERN: pattern_array(f, t, init, site); return;
    case AST_OBJECT_PATTERN: pattern_object(f, t, init, top, site); return;
    default: cg_error(f, t, "Invalid destructuring assignment target"); return;
  }
}

/* --- classes -------------------------------------------------------------------------- */

static const AstNode *find_ctor(const AstNode *cls) {
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    if (m->flags & AF_CTOR) return m;
  }
  return NULL;
}

static FnCg *synth_fn(FnCg *parent, FuncKind kind, uint32_t name) {
  Cg *cg = parent->cg;
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
  if (cg->opts->prelude) f->p->flags |= FPF_PRELUDE | FPF_HIDDEN;
  f->strict = true; /* class code */
  f->p->flags |= FPF_STRICT;
  return f;
}

static void synth_finish(FnCg *f) {
  FuncProto *p = f->p;
  p->ncode = f->ncode;
  p->consts = f->consts;
  p->nconsts = f->nconsts;
  p->lines = f->lines;
  p->nlines = f->nlines;
  p->nlocals = f->nlocals;
  p->exc = xmalloc(sizeof(ExcEntry));
  p->nexc = 0;
  p->caches = xcalloc(p->ncode ? p->ncode : 1, sizeof(uint32_t));
  p->stack_cost = 72 + 8 * f->ndeclared;
  free(f->pend);
  free(f->regions);
  free(f->targets);
  free(f);
}

/* constructor() {} or constructor(...args) { super(...args); } */
static uint32_t synth_ctor(FnCg *parent, const AstNode *cls, uint32_t name, bool derived) {
  FnCg *f = synth_fn(parent, derived ? FK_DERIVED_CTOR : FK_CLASS_CTOR, name);
  f->p->span = cls->span;
  f->scope = parent->scope;
  cg_pos(f, cls);
  if (derived) {
    f->p->flags |= FPF_HAS_REST;
    cg_emit1(f, OP_REST, 0);
    cg_emit(f, OP_SUPER_CALL_SPREAD);
    cg_emit(f, OP_INIT_FIELDS);
    cg_emit(f, OP_POP);
  } else {
    cg_emit(f, OP_INIT_FIELDS);
  }
  cg_emit(f, OP_UNDEF);
  cg_emit(f, OP_RETURN);
  uint32_t id = f->p->id;
  synth_finish(f);
  return id;
}

static bool has_fields(const AstNode *cls, bool is_static) {
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    if ((m->op == APROP_FIELD || m->op == APROP_BLOCK || is_private_method(m)) &&
        !(m->flags & AF_STATIC) == !is_static)
      return true;
  }
  return false;
}

/* `static { body }`: its arrow function, called in place with the
 * static fields. */
static void static_block(FnCg *f, const AstNode *m) {
  cg_pos(f, m);
  uint32_t id = cg_function(f->cg, f, m->kid[1], 0, FK_ARROW, NULL);
  f->cg->prog->protos[id]->flags |= FPF_STATIC_BLOCK;
  cg_emit1(f, OP_CLOSURE, id);
  cg_emit(f, OP_UNDEF);
  cg_emit2(f, OP_CALL, 0, 0);
  cg_emit(f, OP_POP);
}

/* The field initialiser: this.k = init for every (static) field, and
 * the static blocks in their place among them. */
static uint32_t fields_fn(FnCg *parent, const AstNode *cls, bool is_static) {
  /* named as V8 names the frame in stack traces */
  FnCg *f = synth_fn(parent, FK_FIELDS,
                     str_cstr(parent->cg->strs, is_static ? "<static_initializer>" : "<instance_members_initializer>"));
  Scope *s = res_scope_of(&parent->cg->res, res_fields_key(cls, is_static));
  f->scope = s;
  f->info = s->fn;
  f->p->span = cls->span;
  for (uint32_t i = 0; i < s->nvars; i++) {
    Var *v = &s->vars[i];
    v->slot = v->captured ? s->nenv++ : f->nlocals++;
  }
  if (s->has_env) {
    cg_emit1(f, OP_PUSH_ENV, s->nenv);
    f->env_pushes++;
  }
  for (uint32_t i = 0; i < s->nvars; i++) /* read by arrows: field values, static blocks */
    if ((s->vars[i].kind == VK_THIS || s->vars[i].kind == VK_NEWTGT) && s->vars[i].captured) {
      cg_emit(f, s->vars[i].kind == VK_THIS ? OP_THIS : OP_NEW_TARGET);
      Loc l = cg_resolve(f, s->vars[i].name);
      cg_store(f, &l, true, NULL);
      cg_emit(f, OP_POP);
    }
  for (uint32_t i = 0; i < cls->list.len; i++) { /* private methods first, as the spec */
    const AstNode *m = cls->list.items[i];
    if (!is_private_method(m) || !(m->flags & AF_STATIC) != !is_static || !first_private(cls, i, true)) continue;
    cg_pos(f, cls);
    cg_emit(f, OP_THIS);
    expr_private(f, m->kid[0]);
    cg_emit(f, OP_PRIV_BRAND);
    cg_emit(f, OP_POP);
  }
  uint32_t computed = 0;
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    if (m->op == APROP_BLOCK && is_static) {
      static_block(f, m);
      continue;
    }
    if (m->op != APROP_FIELD || !(m->flags & AF_STATIC) != !is_static) continue;
    cg_pos(f, m);
    cg_emit(f, OP_THIS);
    uint32_t name = 0;
    if (m->flags & AF_COMPUTED) cg_emit1(f, OP_FIELD_KEY, computed++); /* evaluated with the class */
    else if (private_key(m)) expr_private(f, m->kid[0]), name = cg_str(f, m->kid[0]);
    else name = push_key(f, m);
    if (m->kid[1]) cg_expr_named(f, m->kid[1], name);
    else cg_emit(f, OP_UNDEF);
    if (private_key(m)) cg_pos(f, m->kid[1]); /* V8 reports a second definition at the value */
    cg_emit(f, private_key(m) ? OP_PRIV_FIELD : OP_DEFINE_ELEM);
    cg_emit(f, OP_POP);
  }
  cg_emit(f, OP_UNDEF);
  cg_emit(f, OP_RETURN);
  uint32_t id = f->p->id;
  synth_finish(f);
  return id;
}

static uint32_t computed_fields(const AstNode *cls, bool is_static) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    n += m->op == APROP_FIELD && (m->flags & AF_COMPUTED) && !(m->flags & AF_STATIC) == !is_static;
  }
  return n;
}

/* home -> home: a private method, getter or setter, created once with
 * the class and kept in its name (installed on objects by PRIV_BRAND). */
static void private_method(FnCg *f, const AstNode *m) {
  uint32_t name = cg_str(f, m->kid[0]);
  const char *prefix = m->op == APROP_GET ? "get " : m->op == APROP_SET ? "set " : NULL;
  uint32_t fn_name = prefix ? str_concat(f->cg->strs, str_cstr(f->cg->strs, prefix), name) : name;
  expr_private(f, m->kid[0]);
  cg_emit1(f, OP_CLOSURE, cg_function(f->cg, f, m->kid[1], fn_name, method_kind(m), NULL));
  cg_emit2(f, OP_PRIV_METHOD, m->op == APROP_GET ? 1 : m->op == APROP_SET ? 2 : 0, (m->flags & AF_STATIC) != 0);
}

/* Makes the class's private names, fresh for this evaluation of it. */
static void private_names(FnCg *f, const AstNode *cls) {
  uint32_t cname = cls->str ? cg_str(f, cls) : str_cstr(f->cg->strs, "anonymous");
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *k = private_key(cls->list.items[i]);
    if (!k || !first_private(cls, i, false)) continue;
    cg_emit2(f, OP_PRIV_NAME, cg_str(f, k), cname);
    Loc l = cg_resolve(f, cg_str(f, k));
    cg_store(f, &l, true, k);
    cg_emit(f, OP_POP);
  }
}

/* Evaluates the class's elements in order on ctor proto [ikeys] [skeys]:
 * methods are defined, the computed keys of fields are evaluated now (as
 * the class is defined, in its scope) into the arrays of their kind. */
static void class_elements(FnCg *f, const AstNode *cls, const AstNode *ctor, bool ikeys, bool skeys) {
  bool was_in_class = f->in_class;
  f->in_class = true;
  for (uint32_t i = 0; i < cls->list.len; i++) {
    const AstNode *m = cls->list.items[i];
    bool is_static = (m->flags & AF_STATIC) != 0;
    if (m == ctor || m->op == APROP_BLOCK || (m->op == APROP_FIELD && !(m->flags & AF_COMPUTED))) continue;
    if (m->op == APROP_FIELD) {
      cg_emit1(f, OP_PICK, is_static || !skeys ? 0 : 1);
      computed_key(f, m->kid[0]);
      cg_emit(f, OP_ARRAY_PUSH);
    } else {
      cg_emit1(f, OP_PICK, (is_static ? 1 : 0) + ikeys + skeys);
      if (private_key(m)) private_method(f, m);
      else define_method(f, m, false);
    }
    cg_emit(f, OP_POP);
  }
  f->in_class = was_in_class;
}

/* home fn -> fn, fn's home object set (field initialisers use super). */
static void set_home(FnCg *f) {
  cg_emit(f, OP_SET_HOME);
  cg_emit(f, OP_SWAP);
  cg_emit(f, OP_POP);
}

/* Compiles a class; leaves the constructor on the stack. */
void cg_class(FnCg *f, const AstNode *cls, uint32_t name) {
  bool derived = cls->kid[0] != NULL;
  if (derived) cg_expr(f, cls->kid[0]);
  Scope *outer = f->scope;
  cg_enter_scope(f, cls);
  private_names(f, cls);
  const AstNode *ctor = find_ctor(cls);
  uint32_t ctor_id = ctor ? cg_function(f->cg, f, ctor->kid[1], name,
                                        derived ? FK_DERIVED_CTOR : FK_CLASS_CTOR, cls)
                          : synth_ctor(f, cls, name, derived);
  cg_pos(f, cls);
  cg_emit2(f, OP_CLASS, ctor_id, derived);          /* ctor proto */
  bool fields = has_fields(cls, false), statics = has_fields(cls, true);
  bool ikeys = computed_fields(cls, false) > 0, skeys = computed_fields(cls, true) > 0;
  if (ikeys) cg_emit1(f, OP_ARRAY, 0);
  if (skeys) cg_emit1(f, OP_ARRAY, 0);
  class_elements(f, cls, ctor, ikeys, skeys);         /* ctor proto [ikeys] [skeys] */
  if (statics) {                                       /* the static fields fn, called below */
    cg_emit1(f, OP_PICK, 1 + ikeys + skeys);           /* its home object (super): ctor */
    cg_emit1(f, OP_CLOSURE, fields_fn(f, cls, true));
    set_home(f);
    if (skeys) {
      cg_emit(f, OP_SWAP);
      cg_emit(f, OP_STORE_FIELDS);
    }
  }                                                    /* ctor proto [ikeys] [sfn] */
  if (fields) {
    cg_emit1(f, OP_PICK, 1 + ikeys + statics);         /* ctor */
    cg_emit1(f, OP_CLOSURE, fields_fn(f, cls, false));
    cg_emit1(f, OP_PICK, 2 + ikeys + statics);         /* its home object (super): proto */
    cg_emit(f, OP_SWAP);
    set_home(f);
    if (ikeys) {
      cg_emit1(f, OP_PICK, 2 + statics);
      cg_emit(f, OP_STORE_FIELDS);
    }
    cg_emit(f, OP_STORE_FIELDS);
    cg_emit(f, OP_POP);
  }
  if (ikeys) {
    if (statics) cg_emit(f, OP_SWAP);
    cg_emit(f, OP_POP);
  }                                                    /* ctor proto [sfn] */
  if (statics) cg_emit(f, OP_ROT3);                    /* sfn ctor proto */
  cg_emit(f, OP_POP);                                  /* [sfn] ctor */
  if (cls->str && f->scope != outer) {
    Loc l = cg_resolve(f, name);
    if (l.var) cg_store(f, &l, true, cls);
  }
  if (statics) {                                       /* sfn ctor */
    cg_emit(f, OP_SWAP);
    cg_emit1(f, OP_PICK, 1);
    cg_emit2(f, OP_CALL, 0, 0);
    cg_emit(f, OP_POP);
  }
  if (f->scope != outer) cg_leave_scope(f);
}
