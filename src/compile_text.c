/* compile_text.c - the text V8 shows for an expression in a TypeError
 * ("o.a is not a function", "v is not iterable", "Cannot destructure
 * property 'a' of 'o.x'").
 *
 * V8 does not quote the source: it re-prints the syntax tree around the
 * error position (its CallPrinter), so `[1, 2].x()` reads "[1,2].x",
 * `'a'.x()` reads "\"a\".x", `(a + 1)()` reads "(a + 1)", `new F().x()`
 * reads "(intermediate value).x" and `f().x()` reads "f(...).x".  This file
 * rebuilds that text from the AST at compile time: literals are folded the
 * way V8's parser folds them (`1 + 2` is the literal 3, `-1` a literal),
 * same-operator chains print flat ("(a + b + c)"), and whatever V8 prints
 * as an opaque value (function bodies, object literal members, conditionals,
 * `new`, `await`) becomes "(intermediate value)".
 *
 * It also answers where V8 finds the error at all (cg_site_*), which decides
 * between "v is not iterable" and the fallback "number 5 is not iterable
 * (cannot read property Symbol(Symbol.iterator))".  Those rules were
 * measured against node v20 (tests/run/err_* and iter_* cases). */
#include "compile_int.h"

#include <math.h>
#include <string.h>

#include "buf.h"
#include "numconv.h"

static const char OPAQUE[] = "(intermediate value)";

static void print_node(Buf *b, const AstNode *n);

/* --- literal folding (V8's parser folds these before anyone prints) --------- */

static bool fold_number(const AstNode *n, double *out);

static double js_pow(double x, double y) { /* ** as JavaScript defines it */
  if (y != y || ((x == 1 || x == -1) && isinf(y))) return NAN;
  return pow(x, y);
}

static bool fold_binary(const AstNode *n, double *out) {
  double a, b;
  if (!fold_number(n->kid[0], &a) || !fold_number(n->kid[1], &b)) return false;
  int32_t ia = num_to_int32(a), ib = num_to_int32(b);
  uint32_t sh = (uint32_t)ib & 31u;
  switch (n->op) {
    case AOP_ADD: *out = a + b; return true;
    case AOP_SUB: *out = a - b; return true;
    case AOP_MUL: *out = a * b; return true;
    case AOP_DIV: *out = a / b; return true;
    case AOP_EXP: *out = js_pow(a, b); return true;
    case AOP_BITAND: *out = ia & ib; return true;
    case AOP_BITOR: *out = ia | ib; return true;
    case AOP_BITXOR: *out = ia ^ ib; return true;
    case AOP_SHL: *out = (int32_t)((uint32_t)ia << sh); return true;
    case AOP_SHR: *out = ia >> sh; return true;
    case AOP_USHR: *out = (uint32_t)ia >> sh; return true;
    default: return false;
  }
}

static bool fold_number(const AstNode *n, double *out) {
  double v;
  switch (n->kind) {
    case AST_NUMBER: *out = n->num; return true;
    case AST_UNARY:
      if (!fold_number(n->kid[0], &v)) return false;
      if (n->op == AOP_NEG) *out = -v;
      else if (n->op == AOP_PLUS) *out = v;
      else if (n->op == AOP_BITNOT) *out = ~num_to_int32(v);
      else return false;
      return true;
    case AST_BINARY: return fold_binary(n, out);
    default: return false;
  }
}

static bool is_literal(const AstNode *n) {
  double d;
  switch (n->kind) {
    case AST_STRING: case AST_BIGINT: case AST_TRUE: case AST_FALSE: case AST_NULL_LIT: return true;
    case AST_TEMPLATE: return n->list.len == 1;
    case AST_UNARY: return n->op == AOP_NOT && is_literal(n->kid[0]);
    default: return fold_number(n, &d);
  }
}

/* ToBoolean of a literal (for `!literal`, which V8 folds too). */
static bool literal_truthy(const AstNode *n) {
  double d;
  switch (n->kind) {
    case AST_STRING: return n->len > 0;
    case AST_BIGINT: return !(n->len == 1 && n->str[0] == '0');
    case AST_TEMPLATE: return n->list.items[0]->len > 0;
    case AST_TRUE: return true;
    case AST_FALSE: case AST_NULL_LIT: return false;
    case AST_UNARY:
      if (n->op == AOP_NOT) return !literal_truthy(n->kid[0]);
      return fold_number(n, &d) && d == d && d != 0;
    default: return fold_number(n, &d) && d == d && d != 0;
  }
}

/* --- printing ------------------------------------------------------------------ */

static void put_number(Buf *b, double d) {
  char tmp[NUM_TOSTRING_BUFSIZE];
  num_to_string(d, tmp);
  buf_puts(b, tmp);
}

static const char *op_text(unsigned op) {
  static const char *const t[AOP_COUNT] = {
      [AOP_ADD] = "+", [AOP_SUB] = "-", [AOP_MUL] = "*", [AOP_DIV] = "/", [AOP_MOD] = "%",
      [AOP_EXP] = "**", [AOP_SHL] = "<<", [AOP_SHR] = ">>", [AOP_USHR] = ">>>", [AOP_BITAND] = "&",
      [AOP_BITOR] = "|", [AOP_BITXOR] = "^", [AOP_EQ] = "==", [AOP_NE] = "!=", [AOP_SEQ] = "===",
      [AOP_SNE] = "!==", [AOP_LT] = "<", [AOP_LE] = "<=", [AOP_GT] = ">", [AOP_GE] = ">=",
      [AOP_IN] = "in", [AOP_INSTANCEOF] = "instanceof", [AOP_AND] = "&&", [AOP_OR] = "||",
      [AOP_NULLISH] = "??", [AOP_NEG] = "-", [AOP_PLUS] = "+", [AOP_NOT] = "!", [AOP_BITNOT] = "~",
      [AOP_TYPEOF] = "typeof", [AOP_VOID] = "void", [AOP_DELETE] = "delete", [AOP_INC] = "++",
      [AOP_DEC] = "--"};
  return op < AOP_COUNT && t[op] ? t[op] : "?";
}

static bool is_compare(unsigned op) { return op >= AOP_EQ && op <= AOP_INSTANCEOF; }

/* Find(node, true): the node's text, or "(intermediate value)" when it
 * prints nothing. */
static void print_value(Buf *b, const AstNode *n) {
  size_t before = b->len;
  print_node(b, n);
  if (b->len == before) buf_puts(b, OPAQUE);
}

static void print_opaque_n(Buf *b, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) buf_puts(b, OPAQUE);
}

/* a op b op c: V8 keeps a left-nested chain of one operator as one n-ary
 * node (parentheses do not stop it), except for comparisons and `**`. */
static void print_chain(Buf *b, const AstNode *n) {
  const AstNode *ops[64];
  uint32_t k = 0;
  const AstNode *left = n;
  double d;
  while ((left->kind == AST_BINARY || left->kind == AST_LOGICAL) && left->op == n->op && k < 64 &&
         !fold_number(left, &d)) {
    ops[k++] = left->kid[1];
    left = left->kid[0];
  }
  buf_putc(b, '(');
  print_value(b, left);
  while (k > 0) buf_printf(b, " %s ", op_text(n->op)), print_value(b, ops[--k]);
  buf_putc(b, ')');
}

static void print_binary(Buf *b, const AstNode *n) {
  if (is_compare(n->op) || n->op == AOP_EXP) {
    buf_putc(b, '(');
    print_value(b, n->kid[0]);
    buf_printf(b, " %s ", op_text(n->op));
    print_value(b, n->kid[1]);
    buf_putc(b, ')');
    return;
  }
  print_chain(b, n);
}

static void print_member(Buf *b, const AstNode *n) {
  bool opt = n->flags & AF_OPTIONAL;
  const AstNode *key = n->kid[1];
  print_value(b, n->kid[0]);
  if (!(n->flags & AF_COMPUTED) || key->kind == AST_STRING ||
      (key->kind == AST_TEMPLATE && key->list.len == 1)) {
    const AstNode *s = key->kind == AST_TEMPLATE ? key->list.items[0] : key;
    buf_puts(b, opt ? "?." : ".");
    buf_append(b, s->str, s->len);
    return;
  }
  buf_puts(b, opt ? "?.[" : "[");
  print_value(b, key);
  buf_putc(b, ']');
}

static void print_array(Buf *b, const AstNode *n) {
  buf_putc(b, '[');
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *e = n->list.items[i];
    if (i) buf_putc(b, ',');
    if (e->kind == AST_HOLE) buf_puts(b, OPAQUE);
    else print_value(b, e);
  }
  buf_putc(b, ']');
}

static uint32_t body_statements(const AstNode *fn) {
  if (fn->flags & AF_EXPR_BODY) return 1;
  return fn->kid[0] ? fn->kid[0]->list.len : 0;
}

static uint32_t class_members(const AstNode *cls) {
  uint32_t n = cls->kid[0] ? 1 : 0;
  for (uint32_t i = 0; i < cls->list.len; i++) n += !(cls->list.items[i]->flags & AF_CTOR);
  return n;
}

static void print_unary(Buf *b, const AstNode *n) {
  double d;
  if (fold_number(n, &d)) {
    put_number(b, d);
    return;
  }
  if (n->op == AOP_NOT && is_literal(n->kid[0])) {
    buf_puts(b, literal_truthy(n->kid[0]) ? "false" : "true");
    return;
  }
  bool word = n->op == AOP_TYPEOF || n->op == AOP_VOID || n->op == AOP_DELETE;
  buf_printf(b, "(%s%s", op_text(n->op), word ? " " : "");
  print_value(b, n->kid[0]);
  buf_putc(b, ')');
}

static void print_template(Buf *b, const AstNode *n) {
  if (n->list.len == 1) {
    buf_putc(b, '"');
    buf_append(b, n->list.items[0]->str, n->list.items[0]->len);
    buf_putc(b, '"');
    return;
  }
  for (uint32_t i = 0; i < n->list.len; i++)
    if (n->list.items[i]->kind != AST_TEMPLATE_ELEM) print_value(b, n->list.items[i]);
}

static void print_node(Buf *b, const AstNode *n) {
  double d;
  switch (n->kind) {
    case AST_IDENT: buf_append(b, n->str, n->len); return;
    case AST_NUMBER: put_number(b, n->num); return;
    case AST_BIGINT: buf_puts(b, OPAQUE); return; /* V8 does not print BigInt literals */
    case AST_STRING:
      buf_putc(b, '"');
      buf_append(b, n->str, n->len);
      buf_putc(b, '"');
      return;
    case AST_TRUE: buf_puts(b, "true"); return;
    case AST_FALSE: buf_puts(b, "false"); return;
    case AST_NULL_LIT: buf_puts(b, "null"); return;
    case AST_REGEXP:
      buf_putc(b, '/');
      buf_append(b, n->str, n->len);
      return;
    case AST_THIS: buf_puts(b, "this"); return;
    case AST_NEW_TARGET: buf_puts(b, "new.target"); return;
    case AST_TEMPLATE: print_template(b, n); return;
    case AST_MEMBER: print_member(b, n); return;
    case AST_OPT_CHAIN: print_node(b, n->kid[0]); return;
    case AST_CALL: case AST_TAGGED_TEMPLATE:
      print_value(b, n->kid[0]);
      buf_puts(b, "(...)");
      return;
    case AST_NEW: case AST_AWAIT: case AST_YIELD: buf_puts(b, OPAQUE); return;
    case AST_COND: print_opaque_n(b, 3); return;
    case AST_OBJECT: buf_putc(b, '{'), print_opaque_n(b, n->list.len), buf_putc(b, '}'); return;
    case AST_ARRAY: print_array(b, n); return;
    case AST_FUNCTION: print_opaque_n(b, body_statements(n)); return;
    case AST_CLASS: print_opaque_n(b, class_members(n)); return;
    case AST_ASSIGN: print_value(b, n->kid[0]); return;
    case AST_SPREAD:
      buf_puts(b, "(...");
      print_value(b, n->kid[0]);
      buf_putc(b, ')');
      return;
    case AST_UNARY: print_unary(b, n); return;
    case AST_UPDATE:
      buf_printf(b, "(%s", n->flags & AF_PREFIX ? op_text(n->op) : "");
      print_value(b, n->kid[0]);
      buf_printf(b, "%s)", n->flags & AF_PREFIX ? "" : op_text(n->op));
      return;
    case AST_BINARY:
      if (fold_number(n, &d)) put_number(b, d);
      else print_binary(b, n);
      return;
    case AST_LOGICAL: print_chain(b, n); return;
    case AST_SEQUENCE:
      buf_putc(b, '(');
      for (uint32_t i = 0; i < n->list.len; i++) {
        if (i) buf_puts(b, " , ");
        print_value(b, n->list.items[i]);
      }
      buf_putc(b, ')');
      return;
    default: return; /* super and the rest print nothing */
  }
}

/* --- entry points ----------------------------------------------------------------- */

static uint32_t intern(FnCg *f, Buf *b) {
  uint32_t id = b->len ? str_from_utf8(f->cg->strs, b->data, b->len) : 0;
  buf_free(b);
  return id;
}

uint32_t cg_expr_text(FnCg *f, const AstNode *n) {
  if (f->cg->opts->prelude || f->no_text || !n) return 0; /* V8's fallback text */
  Buf b;
  buf_init(&b);
  print_value(&b, n);
  return intern(f, &b);
}

/* The subject of an iteration error that V8 found at its position: a call
 * (or `new`) reads "f is not a function or its return value", anything
 * else its own text. */
static uint32_t iter_subject(FnCg *f, const AstNode *n) {
  while (n->kind == AST_OPT_CHAIN) n = n->kid[0];
  if (f->cg->opts->prelude || f->no_text) return 0;
  if (n->kind != AST_CALL && n->kind != AST_NEW) return cg_expr_text(f, n);
  Buf b;
  buf_init(&b);
  print_value(&b, n->kid[0]);
  buf_puts(&b, " is not a function or its return value");
  return intern(f, &b);
}

/* Where the last bytecode with a source position, evaluating n, came from:
 * nothing (NONE), n itself (SELF) or one of its parts (PART).  V8 reports
 * an iteration error at that position and finds the subject only when it is
 * the subject's own. */
typedef enum { POS_NONE, POS_SELF, POS_PART } LastPos;

static LastPos last_pos(const AstNode *n);

static LastPos last_pos_of_list(const AstNode *const *items, uint32_t len) {
  for (uint32_t i = len; i > 0; i--)
    if (items[i - 1] && last_pos(items[i - 1]) != POS_NONE) return POS_PART;
  return POS_NONE;
}

static LastPos last_pos(const AstNode *n) {
  double d;
  switch (n->kind) {
    case AST_MEMBER: case AST_CALL: case AST_NEW: case AST_UPDATE: case AST_ASSIGN: case AST_AWAIT:
    case AST_YIELD: case AST_TAGGED_TEMPLATE:
      return POS_SELF;
    case AST_UNARY: case AST_BINARY: return fold_number(n, &d) ? POS_NONE : POS_SELF;
    case AST_OPT_CHAIN: return last_pos(n->kid[0]);
    case AST_LOGICAL: return last_pos_of_list((const AstNode *const *)n->kid, 2);
    case AST_COND: {
      const AstNode *order[3] = {n->kid[0], n->kid[1], n->kid[2]};
      return last_pos_of_list(order, 3);
    }
    case AST_SEQUENCE: case AST_ARRAY: case AST_TEMPLATE:
      return last_pos_of_list((const AstNode *const *)n->list.items, n->list.len);
    case AST_OBJECT: {
      for (uint32_t i = 0; i < n->list.len; i++) {
        const AstNode *p = n->list.items[i];
        if ((p->kid[1] && last_pos(p->kid[1]) != POS_NONE) || (p->op == APROP_SPREAD && last_pos(p->kid[0])))
          return POS_PART;
      }
      return POS_NONE;
    }
    default: return POS_NONE;
  }
}

uint32_t cg_site_for_of(FnCg *f, const AstNode *iterable) {
  return last_pos(iterable) == POS_PART ? 0 : iter_subject(f, iterable);
}

uint32_t cg_site_spread(FnCg *f, const AstNode *arg) { return iter_subject(f, arg); }

/* V8 finds `const [a] = init` only when init's own position is where its
 * text starts (the declaration's value position). */
static bool starts_at_own_pos(const AstNode *n) {
  double d;
  if (n->flags & AF_PAREN) return false;
  switch (n->kind) {
    case AST_IDENT: case AST_NUMBER: case AST_BIGINT: case AST_STRING: case AST_TRUE: case AST_FALSE:
    case AST_NULL_LIT: case AST_THIS: case AST_OBJECT: case AST_ARRAY: case AST_FUNCTION: case AST_CLASS: case AST_COND:
    case AST_NEW: case AST_AWAIT: case AST_YIELD: case AST_TEMPLATE:
      return true;
    case AST_UNARY: return true;
    case AST_BINARY: return false;
    case AST_UPDATE: return n->flags & AF_PREFIX;
    case AST_CALL: return n->kid[0]->kind == AST_IDENT && !(n->kid[0]->flags & AF_PAREN);
    default: (void)d; return false;
  }
}

uint32_t cg_site_decl(FnCg *f, const AstNode *target, const AstNode *init) {
  if (!init) return 0;
  if (target->kind == AST_OBJECT_PATTERN) return cg_expr_text(f, init);
  if (target->kind == AST_ARRAY_PATTERN && starts_at_own_pos(init)) return iter_subject(f, init);
  return 0;
}

/* V8 binds a loop head from a hidden variable it names ".for". */
uint32_t cg_site_loop_head(FnCg *f) { return f->cg->opts->prelude ? 0 : str_cstr(f->cg->strs, ".for"); }
