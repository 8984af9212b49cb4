/* ast.h - the syntax tree of the JavaScript subset.
 *
 * One node type for every construct (ESTree-like kinds), with up to four
 * children, one ordered list, a string and a number.  The table below says
 * which fields each kind uses; unused fields are zero/NULL.  Nodes, their
 * lists and their strings live in the Arena passed to the builders and die
 * with it.  Strings are WTF-8 (UTF-8 that may encode lone surrogates, so a
 * JavaScript string such as '\uD800' survives), with an explicit length; they
 * are also NUL-terminated for convenience.
 *
 *   kind              fields
 *   ----------------  -------------------------------------------------------
 *   PROGRAM           list = statements; flags: AF_STRICT ('use strict', and
 *                     always for modules), AF_MODULE (.mjs: module goal,
 *                     top-level await allowed)
 *   VAR_DECL          op = AV_VAR | AV_LET | AV_CONST; list = DECLARATOR
 *   DECLARATOR        kid[0] = target (IDENT or pattern), kid[1] = init/NULL
 *   FUNCTION          op = AFN_*; str = name or NULL (also for methods: the
 *                     name the function gets, e.g. "get x" is "x"); list =
 *                     params (IDENT, patterns, ASSIGN_PATTERN, REST);
 *                     kid[0] = body: BLOCK, or an expression when
 *                     AF_EXPR_BODY; flags: AF_ASYNC, AF_GENERATOR,
 *                     AF_EXPR_BODY, AF_STRICT (body has 'use strict')
 *   CLASS             str = name or NULL; kid[0] = heritage expr or NULL;
 *                     list = PROPERTY members (op APROP_METHOD/GET/SET/FIELD,
 *                     or APROP_BLOCK for `static { }`: kid[1] = an arrow
 *                     FUNCTION run with the static fields;
 *                     the constructor is APROP_METHOD with AF_CTOR);
 *                     flags: AF_DECL when a declaration
 *   RETURN, THROW     kid[0] = argument or NULL
 *   IF                kid[0] = test, kid[1] = consequent, kid[2] = alt/NULL
 *   FOR               kid[0] = init (VAR_DECL, expression or NULL), kid[1] =
 *                     test/NULL, kid[2] = update/NULL, kid[3] = body
 *   FOR_IN, FOR_OF    kid[0] = left (VAR_DECL with one DECLARATOR without
 *                     init, or an assignment target), kid[1] = right,
 *                     kid[2] = body; FOR_OF flags: AF_AWAIT (for await)
 *   WHILE             kid[0] = test, kid[1] = body
 *   DO_WHILE          kid[0] = body, kid[1] = test
 *   BREAK, CONTINUE   str = label or NULL
 *   TRY               kid[0] = block, kid[1] = catch binding or NULL,
 *                     kid[2] = catch block or NULL, kid[3] = finally or NULL
 *   SWITCH            kid[0] = discriminant; list = CASE
 *   CASE              kid[0] = test or NULL (default); list = statements
 *   LABELED           str = label; kid[0] = statement
 *   BLOCK             list = statements
 *   EXPR_STMT         kid[0] = expression; flags: AF_DIRECTIVE for a
 *                     directive prologue string ('use strict')
 *   EMPTY, DEBUGGER   -
 *   IDENT             str = name
 *   PRIVATE_NAME      str = a private name with its '#' ("#x"): the key of
 *                     a class member, the property of a MEMBER (with
 *                     AF_COMPUTED: it is evaluated, to the name's heap
 *                     object), or the left operand of `in` (#x in o)
 *   NUMBER            num
 *   BIGINT            str, len (decimal digits, '-' never: literals are unsigned)
 *   STRING            str/len = cooked value (WTF-8)
 *   TEMPLATE          list = quasis and expressions interleaved:
 *                     q0 e0 q1 e1 ... qn; each quasi is a TEMPLATE_ELEM
 *   TEMPLATE_ELEM     str/len = cooked value (NULL if the escape is invalid,
 *                     allowed only in tagged templates); kid[0] = STRING
 *                     node holding the raw text
 *   TAGGED_TEMPLATE   kid[0] = tag expression, kid[1] = TEMPLATE
 *   TRUE, FALSE, NULL_LIT, THIS, SUPER, NEW_TARGET   -
 *   ARRAY             list = elements: expressions, SPREAD, HOLE
 *   OBJECT            list = PROPERTY
 *   PROPERTY          op = APROP_INIT | APROP_GET | APROP_SET | APROP_METHOD |
 *                     APROP_SPREAD | APROP_FIELD; kid[0] = key (IDENT for a
 *                     plain name, STRING, NUMBER, or any expression when
 *                     AF_COMPUTED; for APROP_SPREAD the spread argument);
 *                     kid[1] = value (expression, FUNCTION, or in an
 *                     OBJECT_PATTERN a target/ASSIGN_PATTERN; NULL for a
 *                     field without initialiser); flags: AF_COMPUTED,
 *                     AF_SHORTHAND, AF_STATIC, AF_CTOR
 *   UNARY             op = AOP_NEG | AOP_PLUS | AOP_NOT | AOP_BITNOT |
 *                     AOP_TYPEOF | AOP_VOID | AOP_DELETE; kid[0]
 *   UPDATE            op = AOP_INC | AOP_DEC; kid[0]; flags: AF_PREFIX
 *   BINARY            op = AOP_ADD ... AOP_INSTANCEOF (arithmetic, bitwise,
 *                     comparison, in, instanceof); kid[0], kid[1]
 *   LOGICAL           op = AOP_AND | AOP_OR | AOP_NULLISH; kid[0], kid[1]
 *   ASSIGN            op = AOP_ASSIGN or the compound operator (AOP_ADD ...
 *                     AOP_NULLISH); kid[0] = target (IDENT, MEMBER, or for
 *                     AOP_ASSIGN a pattern); kid[1] = value
 *   COND              kid[0] = test, kid[1] = then, kid[2] = else
 *   CALL              kid[0] = callee; list = arguments (may contain SPREAD);
 *                     flags: AF_OPTIONAL for callee?.(args)
 *   NEW               kid[0] = callee; list = arguments
 *   MEMBER            kid[0] = object; kid[1] = property: IDENT (a name,
 *                     not a variable reference) or an expression when
 *                     AF_COMPUTED; flags: AF_COMPUTED, AF_OPTIONAL (?.)
 *   OPT_CHAIN         kid[0] = the whole chain a?.b.c: the extent that an
 *                     optional link short-circuits
 *   SEQUENCE          list = expressions (two or more)
 *   SPREAD            kid[0] = argument (in arrays, calls, new); op = 1
 *                     when a comma follows it in an array literal (parser
 *                     note, so `[...a,] = b` can be rejected), else 0
 *   YIELD             kid[0] = argument or NULL; flags: AF_DELEGATE (yield*)
 *   AWAIT             kid[0] = argument
 *   HOLE              an elision in an array literal or pattern
 *   ARRAY_PATTERN     list = targets, ASSIGN_PATTERN, REST, HOLE
 *   OBJECT_PATTERN    list = PROPERTY (op APROP_INIT; kid[1] = target or
 *                     ASSIGN_PATTERN) and at most one trailing REST
 *   ASSIGN_PATTERN    kid[0] = target, kid[1] = default value
 *   REST              kid[0] = target (in patterns and parameter lists)
 *   IMPORT            kid[0] = STRING module specifier; list = SPECIFIER
 *                     (empty for `import 'm'`); only in PROGRAM's list
 *   EXPORT            op = AEX_DECL: kid[0] = FUNCTION, CLASS or VAR_DECL;
 *                     AEX_DEFAULT: kid[0] = FUNCTION/CLASS declaration (a
 *                     nameless one is named "default") or an expression;
 *                     AEX_NAMED: list = SPECIFIER, kid[1] = STRING module
 *                     or NULL; AEX_ALL: kid[1] = STRING module, list = one
 *                     SPECIFIER for `export * as ns` or empty
 *   SPECIFIER         kid[0] = the name referred to (IDENT, or STRING for
 *                     an arbitrary module export name; NULL for `*`),
 *                     kid[1] = the name it gets (IDENT or STRING).  A
 *                     default import `import x from` is default -> x.
 *
 * Positions: every node has a SrcSpan covering its source text (without
 * the parentheses of a parenthesised expression, which has AF_PAREN).
 *
 * Printed form (ast_print_sexpr, `ticktock parse --ast`): one node per line,
 * indented two spaces per level, closing parens on the last child's line:
 *
 *   (KIND [OP] [FLAGS...] [STR | NUM]
 *     CHILD...)
 *
 * KIND is the lower-case kind name ("var_decl", "opt_chain", ...).  OP is
 * the VAR_DECL kind (var let const), EXPORT kind (decl default
 * named all), FUNCTION kind (decl expr arrow method
 * get set), PROPERTY kind (init get set method spread field), or the
 * operator's spelling ("+", "typeof", "++"; ASSIGN prints "=", "+=", "??=").
 * FLAGS are words in bit order: strict module async generator expr-body
 * decl await computed shorthand static ctor prefix optional delegate
 * directive (AF_PAREN is not printed).  STR is bare for IDENT and labels
 * (BREAK, CONTINUE, LABELED), a JSON-style quoted string for STRING,
 * FUNCTION/CLASS names and TEMPLATE_ELEM cooked text ("invalid" when
 * cooked is NULL); lone surrogates print as \uD800.  NUMBER prints the
 * shortest round-trip form (integers without exponent).  CASE without a
 * test prints "default".  Children are kid[0..3] then the list; a missing
 * kid before a present one prints "-".  FUNCTION prints its parameters
 * first and its body last.  Example, for `let x = f(1) + y`:
 *
 *   (program
 *     (var_decl let
 *       (declarator
 *         (ident x)
 *         (binary +
 *           (call
 *             (ident f)
 *             (number 1))
 *           (ident y)))))
 */
#ifndef TT_AST_H
#define TT_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

/* A source range.  start/end are byte offsets ([start, end)); line and col
 * are 1-based and describe start; col counts UTF-16 code units from the
 * start of the line, as V8 does in stack traces. */
typedef struct SrcSpan {
  uint32_t start, end;
  uint32_t line, col;
} SrcSpan;

typedef enum AstKind {
  AST_PROGRAM,
  /* statements */
  AST_VAR_DECL, AST_DECLARATOR, AST_FUNCTION, AST_CLASS, AST_RETURN, AST_THROW,
  AST_IF, AST_FOR, AST_FOR_IN, AST_FOR_OF, AST_WHILE, AST_DO_WHILE, AST_BREAK,
  AST_CONTINUE, AST_TRY, AST_SWITCH, AST_CASE, AST_LABELED, AST_BLOCK,
  AST_EXPR_STMT, AST_EMPTY, AST_DEBUGGER,
  /* expressions */
  AST_IDENT, AST_NUMBER, AST_STRING, AST_TEMPLATE, AST_TEMPLATE_ELEM,
  AST_TAGGED_TEMPLATE, AST_TRUE, AST_FALSE, AST_NULL_LIT, AST_THIS, AST_SUPER, AST_NEW_TARGET,
  AST_ARRAY, AST_OBJECT, AST_PROPERTY, AST_UNARY, AST_UPDATE, AST_BINARY,
  AST_LOGICAL, AST_ASSIGN, AST_COND, AST_CALL, AST_NEW, AST_MEMBER,
  AST_OPT_CHAIN, AST_SEQUENCE, AST_SPREAD, AST_YIELD, AST_AWAIT, AST_HOLE,
  AST_PRIVATE_NAME, AST_BIGINT, AST_REGEXP,
  /* patterns */
  AST_ARRAY_PATTERN, AST_OBJECT_PATTERN, AST_ASSIGN_PATTERN, AST_REST,
  /* module items */
  AST_IMPORT, AST_EXPORT, AST_SPECIFIER,
  AST_KIND_COUNT
} AstKind;

/* op values of VAR_DECL */
enum { AV_VAR, AV_LET, AV_CONST };

/* op values of FUNCTION: how the function was written */
enum {
  AFN_DECL,   /* function f() {} as a statement */
  AFN_EXPR,   /* function expression */
  AFN_ARROW,  /* arrow function */
  AFN_METHOD, /* method in an object literal or class (incl. constructor) */
  AFN_GET,    /* getter */
  AFN_SET     /* setter */
};

/* op values of EXPORT */
enum { AEX_DECL, AEX_DEFAULT, AEX_NAMED, AEX_ALL };

/* op values of PROPERTY */
enum { APROP_INIT, APROP_GET, APROP_SET, APROP_METHOD, APROP_SPREAD, APROP_FIELD, APROP_BLOCK };

/* op values of UNARY, UPDATE, BINARY, LOGICAL, ASSIGN */
typedef enum AstOp {
  AOP_NONE,
  AOP_ASSIGN, /* plain = */
  /* binary operators, also used as the operator of compound assignment */
  AOP_ADD, AOP_SUB, AOP_MUL, AOP_DIV, AOP_MOD, AOP_EXP,
  AOP_SHL, AOP_SHR, AOP_USHR, AOP_BITAND, AOP_BITOR, AOP_BITXOR,
  AOP_EQ, AOP_NE, AOP_SEQ, AOP_SNE, AOP_LT, AOP_LE, AOP_GT, AOP_GE,
  AOP_IN, AOP_INSTANCEOF,
  /* logical (also compound &&= ||= ??=) */
  AOP_AND, AOP_OR, AOP_NULLISH,
  /* unary */
  AOP_NEG, AOP_PLUS, AOP_NOT, AOP_BITNOT, AOP_TYPEOF, AOP_VOID, AOP_DELETE,
  /* update */
  AOP_INC, AOP_DEC,
  AOP_COUNT
} AstOp;

/* flags */
enum {
  AF_STRICT = 1u << 0,
  AF_MODULE = 1u << 1,
  AF_ASYNC = 1u << 2,
  AF_GENERATOR = 1u << 3,
  AF_EXPR_BODY = 1u << 4,
  AF_DECL = 1u << 5,
  AF_AWAIT = 1u << 6,
  AF_COMPUTED = 1u << 7,
  AF_SHORTHAND = 1u << 8,
  AF_STATIC = 1u << 9,
  AF_CTOR = 1u << 10,
  AF_PREFIX = 1u << 11,
  AF_OPTIONAL = 1u << 12,
  AF_DELEGATE = 1u << 13,
  AF_DIRECTIVE = 1u << 14,
  AF_PAREN = 1u << 15, /* expression was parenthesised (for cover grammar checks) */
  /* a `[key]` property name, from the grammar until ast_make_prop moves it
   * to the property as AF_COMPUTED (the key's own AF_COMPUTED, as in
   * `[a[b]]`, is the key's) */
  AF_COMPUTED_KEY = 1u << 16
};

typedef struct AstNode AstNode;

typedef struct AstList {
  AstNode **items;
  uint32_t len, cap;
} AstList;

struct AstNode {
  AstKind kind;
  uint16_t op;
  uint32_t flags;
  SrcSpan span;
  AstNode *kid[4];
  AstList list;
  const char *str; /* WTF-8, NUL-terminated; see len */
  uint32_t len;
  double num;
};

/* A `//@ ...` pragma comment kept by the lexer for later stages. text is the
 * comment after "//@" with surrounding blanks removed. */
typedef struct AstPragma {
  SrcSpan span;
  const char *text;
  uint32_t len;
} AstPragma;

typedef struct AstPragmaList {
  AstPragma *items;
  uint32_t len, cap;
} AstPragmaList;

/* Builders.  All allocate from the arena and never fail. */
AstNode *ast_new(Arena *a, AstKind kind, SrcSpan span);
AstNode *ast_new1(Arena *a, AstKind kind, SrcSpan span, AstNode *k0);
AstNode *ast_new2(Arena *a, AstKind kind, SrcSpan span, AstNode *k0, AstNode *k1);
AstNode *ast_new3(Arena *a, AstKind kind, SrcSpan span, AstNode *k0, AstNode *k1,
                  AstNode *k2);
void ast_list_push(Arena *a, AstList *l, AstNode *n);
SrcSpan ast_span_join(SrcSpan first, SrcSpan last);

/* Names for printing and diagnostics. */
const char *ast_kind_name(AstKind k);
const char *ast_op_name(AstOp op); /* source spelling: "+", "typeof", "??=" is "??" */

/* Prints the tree as an S-expression, one node per line, indented two
 * spaces per level (the format of `ticktock parse --ast`; tests depend on it). */
void ast_print_sexpr(FILE *out, const AstNode *n);

#endif
