/* ast.c - syntax tree builders, names and the S-expression printer; see
 * ast.h for the node table and the printing format. */
#include "ast.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

AstNode *ast_new(Arena *a, AstKind kind, SrcSpan span) {
  AstNode *n = arena_alloc(a, sizeof *n);
  n->kind = kind;
  n->span = span;
  return n;
}

AstNode *ast_new1(Arena *a, AstKind kind, SrcSpan span, AstNode *k0) {
  AstNode *n = ast_new(a, kind, span);
  n->kid[0] = k0;
  return n;
}

AstNode *ast_new2(Arena *a, AstKind kind, SrcSpan span, AstNode *k0, AstNode *k1) {
  AstNode *n = ast_new1(a, kind, span, k0);
  n->kid[1] = k1;
  return n;
}

AstNode *ast_new3(Arena *a, AstKind kind, SrcSpan span, AstNode *k0, AstNode *k1,
                  AstNode *k2) {
  AstNode *n = ast_new2(a, kind, span, k0, k1);
  n->kid[2] = k2;
  return n;
}

void ast_list_push(Arena *a, AstList *l, AstNode *n) {
  if (l->len == l->cap) {
    uint32_t cap = l->cap ? l->cap * 2 : 4;
    l->items = arena_grow(a, l->items, l->len, cap, sizeof *l->items);
    l->cap = cap;
  }
  l->items[l->len++] = n;
}

SrcSpan ast_span_join(SrcSpan first, SrcSpan last) {
  SrcSpan s = first;
  if (last.end > s.end) s.end = last.end;
  return s;
}

static const char *const kind_names[AST_KIND_COUNT] = {
    "program", "var_decl", "declarator", "function", "class", "return", "throw", "if", "for",
    "for_in", "for_of", "while", "do_while", "break", "continue", "try", "switch", "case",
    "labeled", "block", "expr_stmt", "empty", "debugger", "ident", "number", "string",
    "template", "template_elem", "tagged_template", "true", "false", "null", "this", "super",
    "new_target",
    "array", "object", "property", "unary", "update", "binary", "logical", "assign", "cond",
    "call", "new", "member", "opt_chain", "sequence", "spread", "yield", "await", "hole",
    "private_name", "bigint", "regexp",
    "array_pattern", "object_pattern", "assign_pattern", "rest",
    "import", "export", "specifier"};

const char *ast_kind_name(AstKind k) {
  return (unsigned)k < AST_KIND_COUNT ? kind_names[k] : "?";
}

static const char *const op_names[AOP_COUNT] = {
    "", "=", "+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "==", "!=",
    "===", "!==", "<", "<=", ">", ">=", "in", "instanceof", "&&", "||", "??", "-", "+",
    "!", "~", "typeof", "void", "delete", "++", "--"};

const char *ast_op_name(AstOp op) { return (unsigned)op < AOP_COUNT ? op_names[op] : "?"; }

/* --- S-expression printer ------------------------------------------------ */

static void print_quoted(FILE *out, const char *s, uint32_t len) {
  fputc('"', out);
  for (uint32_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      uint32_t cp;
      int n = utf8_decode(s + i, len - i, &cp);
      if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x2028 || cp == 0x2029)
        fprintf(out, "\\u%04X", (unsigned)cp);
      else
        fwrite(s + i, 1, (size_t)n, out);
      i += (uint32_t)n;
      continue;
    }
    i++;
    switch (c) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    case '\r': fputs("\\r", out); break;
    default:
      if (c < 0x20 || c == 0x7F) fprintf(out, "\\u%04X", c);
      else fputc(c, out);
    }
  }
  fputc('"', out);
}

/* Prints num the way JavaScript's Number#toString would for common values:
 * integers below 1e21 without exponent, otherwise the shortest %g form that
 * reads back exactly. */
static void print_number(FILE *out, double v) {
  if (isinf(v)) {
    fputs(v > 0 ? "Infinity" : "-Infinity", out);
    return;
  }
  if (isnan(v)) {
    fputs("NaN", out);
    return;
  }
  if (v == floor(v) && fabs(v) < 1e21) {
    fprintf(out, "%.0f", v);
    return;
  }
  char buf[40];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*g", p, v);
    if (strtod(buf, NULL) == v) break;
  }
  fputs(buf, out);
}

static const char *const flag_words[16] = {
    "strict", "module", "async", "generator", "expr-body", "decl", "await", "computed",
    "shorthand", "static", "ctor", "prefix", "optional", "delegate", "directive", NULL};

static const char *op_word(const AstNode *n) {
  static const char *const var_ops[] = {"var", "let", "const"};
  static const char *const fn_ops[] = {"decl", "expr", "arrow", "method", "get", "set"};
  static const char *const prop_ops[] = {"init", "get", "set", "method", "spread", "field", "block"};
  static const char *const export_ops[] = {"decl", "default", "named", "all"};
  switch (n->kind) {
  case AST_VAR_DECL: return n->op < 3 ? var_ops[n->op] : "?";
  case AST_FUNCTION: return n->op < 6 ? fn_ops[n->op] : "?";
  case AST_PROPERTY: return n->op < 7 ? prop_ops[n->op] : "?";
  case AST_EXPORT: return n->op < 4 ? export_ops[n->op] : "?";
  case AST_UNARY: case AST_UPDATE: case AST_BINARY: case AST_LOGICAL: case AST_ASSIGN:
    return ast_op_name((AstOp)n->op);
  default: return NULL;
  }
}

/* Prints "(kind attributes" of n, without children or the closing paren. */
static void print_head(FILE *out, const AstNode *n) {
  fprintf(out, "(%s", ast_kind_name(n->kind));
  const char *op = op_word(n);
  if (op) fprintf(out, n->kind == AST_ASSIGN && n->op != AOP_ASSIGN ? " %s=" : " %s", op);
  for (int b = 0; b < 16; b++)
    if ((n->flags & (1u << b)) && flag_words[b]) fprintf(out, " %s", flag_words[b]);
  switch (n->kind) {
  case AST_IDENT: case AST_BREAK: case AST_CONTINUE: case AST_LABELED: case AST_PRIVATE_NAME:
    if (n->str) fprintf(out, " %s", n->str);
    break;
  case AST_FUNCTION: case AST_CLASS: case AST_STRING: case AST_REGEXP:
    if (n->str) {
      fputc(' ', out);
      print_quoted(out, n->str, n->len);
    }
    break;
  case AST_TEMPLATE_ELEM:
    fputc(' ', out);
    if (n->str) print_quoted(out, n->str, n->len);
    else fputs("invalid", out);
    break;
  case AST_NUMBER:
    fputc(' ', out);
    print_number(out, n->num);
    break;
  case AST_BIGINT: fprintf(out, " %.*sn", (int)n->len, n->str); break;
  case AST_CASE:
    if (!n->kid[0]) fputs(" default", out);
    break;
  default: break;
  }
}

static void print_node(FILE *out, const AstNode *n, int depth);

static void print_child(FILE *out, const AstNode *c, int depth) {
  fprintf(out, "\n%*s", depth * 2, "");
  if (c) print_node(out, c, depth);
  else fputc('-', out);
}

static void print_list(FILE *out, const AstList *l, int depth) {
  for (uint32_t i = 0; i < l->len; i++) print_child(out, l->items[i], depth);
}

static void print_node(FILE *out, const AstNode *n, int depth) {
  print_head(out, n);
  int last = -1;
  for (int i = 0; i < 4; i++)
    if (n->kid[i]) last = i;
  if (n->kind == AST_FUNCTION) {
    print_list(out, &n->list, depth + 1);
    print_child(out, n->kid[0], depth + 1);
  } else {
    for (int i = 0; i <= last; i++) print_child(out, n->kid[i], depth + 1);
    print_list(out, &n->list, depth + 1);
  }
  fputc(')', out);
}

void ast_print_sexpr(FILE *out, const AstNode *n) {
  if (!n) return;
  print_node(out, n, 0);
  fputc('\n', out);
}
