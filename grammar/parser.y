/* parser.y - the JavaScript (ES2022 subset) grammar; LALR(1), %expect 0.
 *
 * How the hard parts of JavaScript fit into LALR(1):
 *
 * Automatic semicolon insertion.  Every statement that ends in ';' ends in
 * the nonterminal `semi`, which is ';' or bison's `error` token.  On a
 * syntax error yyreport_syntax_error only records a *pending* message.
 * Bison then pops states until one can shift `error`, and gives `error` a
 * location that starts at the first popped symbol (or at the lookahead when
 * nothing was popped).  The action of `semi: error` (parse_asi) accepts the
 * insertion only if that location starts at the lookahead (nothing popped:
 * the error arose right after a complete statement; no empty symbol can sit
 * directly on a state that shifts `error`, so the test is exact) and the
 * offending token follows a line terminator,
 * is '}', or is the end of input (do-while's ')' allows it always); it then
 * drops the pending error and calls yyerrok.  Otherwise the pending error
 * is committed and the parse aborts.  No statement inside a `for (;;)`
 * header uses `semi`, so no semicolon is ever inserted there.
 *
 * Restricted productions and context live in the token wrapper
 * (src/parse_lex.c): `return`/`break`/`continue` + newline get a ';'
 * injected; `throw` + newline is an error; `++`/`--` after a newline become
 * INC_NL/DEC_NL, which only the prefix rules accept; `yield` before a
 * newline is YIELD_BARE; a newline before `=>` is an error.  `async`, `let`,
 * `yield`, `await` are keywords or identifiers depending on the following
 * token and on the function frame (pushed by `fn_enter`, popped when a
 * function is reduced).
 *
 * Statement-start tokens.  An expression statement cannot begin with '{',
 * `function`, `class` or `async function`.  The empty `smark` opens every
 * statement; its action re-classifies the first token as LBRACE_S,
 * FUNCTION_S, CLASS_S or ASYNC_FN_S, so one expression grammar serves both
 * places without conflicts.  `pmark` does the same for object and class
 * members (get/set/static/async become modifiers only there).
 *
 * Cover grammar.  Arrow parameters and destructuring targets are parsed as
 * expressions and converted by ast_to_pattern when '=>' or '=' follows.
 * Binary operators use precedence declarations; `??` mixed with && / ||
 * and a unary operand of `**` are rejected in ast_make_binary.
 */
%require "3.8"
%define api.pure full
%define api.prefix {parse_yy}
%define api.token.prefix {T_}
%define api.location.type {SrcSpan}
%define parse.error custom
%locations
%expect 0
%param {ParseCtx *pc}

%code requires {
#include "ast.h"
#include "lex.h"
typedef struct ParseCtx ParseCtx;
}

%code provides {
int parse_yylex(PARSE_YYSTYPE *lval, SrcSpan *lloc, ParseCtx *pc);
void parse_yyerror(SrcSpan *lloc, ParseCtx *pc, const char *msg);
#define LEX_ERROR T_LEXERROR
}

%code {
#include <string.h>

#include "ast_build.h"
#include "parse_ctx.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                      \
  do {                                                                   \
    if (N) {                                                             \
      (Cur) = YYRHSLOC(Rhs, 1);                                          \
      (Cur).end = YYRHSLOC(Rhs, N).end;                                  \
    } else {                                                             \
      (Cur) = YYRHSLOC(Rhs, 0);                                          \
      (Cur).start = (Cur).end;                                           \
    }                                                                    \
  } while (0)

#define B (&pc->b)
#define A (pc->b.arena)
#define NEW0(k, at) ast_new(A, (k), (at))
#define NEW1(k, at, x) ast_new1(A, (k), (at), (x))
#define NEW2(k, at, x, y) ast_new2(A, (k), (at), (x), (y))
#define NEW3(k, at, x, y, z) ast_new3(A, (k), (at), (x), (y), (z))
#define PUSH(l, x) ast_list_push(A, &(l), (x))
#define LIST1(l, x) do { (l) = (AstList){0}; PUSH((l), (x)); } while (0)
#define ASI(dw, at) do { if (!parse_asi(pc, yychar, (dw), (at))) YYABORT; yyerrok; } while (0)
#define FN_LEAVE() parse_fn_leave(pc, &yychar, yychar == T_PARSE_YYEMPTY)
#define NEXT_FN(fl, o) (pc->next_fn = (FnFrame){(uint16_t)(fl), (uint8_t)(o)})

static AstNode *with_flags(AstNode *n, unsigned flags) {
  n->flags |= (uint32_t)flags;
  return n;
}

static AstNode *with_str(AstNode *n, const char *s, uint32_t len) {
  n->str = s;
  n->len = len;
  return n;
}

static AstNode *with_op(AstNode *n, int op) {
  n->op = (uint16_t)op;
  return n;
}
}

%union {
  LexVal tok;
  AstNode *node;
  AstList list;
  int ival;
}

/* literals and names */
%token <tok> IDENT "identifier" STRING "string" NUMBER "number" PRIVATE_NAME "private name"
%token <tok> TEMPLATE "template string" TPL_HEAD "template head" REGEXP "regular expression"
%token <tok> TPL_MIDDLE "template middle" TPL_TAIL "template tail"
/* reserved words: keep contiguous (parse_lex.c tests the range) */
%token <tok> BREAK "'break'" CASE "'case'" CATCH "'catch'" CLASS "'class'"
  CONST "'const'" CONTINUE "'continue'" DEBUGGER "'debugger'" DEFAULT "'default'"
  DELETE "'delete'" DO "'do'" ELSE "'else'" ENUM "'enum'" EXPORT "'export'"
  EXTENDS "'extends'" FALSE "'false'" FINALLY "'finally'" FOR "'for'"
  FUNCTION "'function'" IF "'if'" IMPORT "'import'" IN "'in'"
  INSTANCEOF "'instanceof'" NEW "'new'" NULL "'null'" RETURN "'return'"
  SUPER "'super'" SWITCH "'switch'" THIS "'this'" THROW "'throw'" TRUE "'true'"
  TRY "'try'" TYPEOF "'typeof'" VAR "'var'" VOID "'void'" WHILE "'while'"
  WITH "'with'"
/* contextual keywords, produced by the token wrapper */
%token <tok> LET "'let'" ASYNC "'async'" ASYNC_FN "'async' before function"
  YIELD "'yield'" YIELD_BARE "'yield' at line end" AWAIT "'await'"
  GET "'get'" SET "'set'" STATIC "'static'"
/* statement-start forms (see smark) */
%token <tok> FUNCTION_S "'function' (declaration)" CLASS_S "'class' (declaration)"
  ASYNC_FN_S "'async' (declaration)" LBRACE_S "'{' (block)"
/* punctuators */
%token <tok> ELLIPSIS "'...'" LE "'<='" GE "'>='" EQ "'=='" NE "'!='" SEQ "'==='"
  SNE "'!=='" EXP "'**'" INC "'++'" DEC "'--'" INC_NL "'++' after newline"
  DEC_NL "'--' after newline" SHL "'<<'" SHR "'>>'" USHR "'>>>'" AND "'&&'"
  OR "'||'" NULLISH "'??'" QDOT "'?.'" ARROW "'=>'" ASSIGN_OP "assignment operator"
/* lexer-internal kinds, never seen by the grammar */
%token PRAGMA "pragma comment" LEXERROR "lexer error"

%precedence LOWER_THAN_ELSE
%precedence ELSE
%left NULLISH OR
%left AND
%left '|'
%left '^'
%left '&'
%left EQ NE SEQ SNE
%left '<' '>' LE GE INSTANCEOF IN
%left SHL SHR USHR
%left '+' '-'
%left '*' '/' '%'
%right EXP

%type <node> stmt_item single_stmt sub_stmt statement declaration block plain_block
%type <node> var_stmt lex_decl expr_stmt if_stmt iter_stmt jump_stmt try_stmt
%type <node> switch_stmt labeled_stmt case_clause catch_clause finally_clause
%type <node> declarator declarator_noin binding_target for_init for_left opt_expr
%type <node> fn_decl fn_expr fn_tail fn_body class_decl class_expr class_heritage
%type <node> class_member class_elem field method_def method_head prop_name
%type <node> ident_name prop_def prop_body param rest_param
%type <node> expression expression_noin assign assign_noin cond cond_noin
%type <node> binary binary_noin unary update lhs new_expr member_expr call_expr
%type <node> opt_chain opt_base primary array_lit object_lit template_lit tpl_parts
%type <node> elem arg arrow arrow_noin arrow_params yield_expr
%type <node> module_decl import_decl export_decl export_body default_body import_spec
%type <node> export_spec export_name module_name
%type <list> module_items import_clause import_specs export_specs export_spec_list
%type <list> stmt_list decl_list decl_list_noin case_list class_body prop_list
%type <list> params param_list elem_list arguments arg_list elision opt_elision
%type <tok> opt_ident
%type <ival> fn_decl_head fn_expr_head var_kind

%start program

%%

program:
    module_items { pc->program = parse_make_program(pc, &$1, @$); }
  ;

/* The top level: statements, and import/export declarations, which the
 * parser accepts in both goals; parse_make_program decides (see
 * parse_source: a script that has them is parsed again as a module). */
module_items:
    %empty { $$ = (AstList){0}; }
  | module_items stmt_item { $$ = $1; if ($2) PUSH($$, $2); }
  | module_items smark module_decl { $$ = $1; PUSH($$, $3); }
  ;

stmt_list:
    %empty { $$ = (AstList){0}; }
  | stmt_list stmt_item { $$ = $1; if ($2) PUSH($$, $2); }
  ;

smark: %empty {
    if (yychar != T_PARSE_YYEMPTY) parse_stmt_regex(pc, &yychar, &yylval.tok, &yylloc);
    parse_stmt_start(pc, &yychar, yychar == T_PARSE_YYEMPTY);
  } ;
dmark: %empty { parse_default_start(pc, &yychar, yychar == T_PARSE_YYEMPTY); } ;
pmark: %empty { parse_prop_start(pc, &yychar, yychar == T_PARSE_YYEMPTY); } ;

stmt_item:
    smark statement { $$ = $2; }
  | smark declaration { $$ = $2; }
  ;

single_stmt: smark statement { $$ = $2; } ;

semi:
    ';'
  | error { ASI(0, @1); }
  ;

dw_semi:
    ';'
  | error { ASI(1, @1); }
  ;

statement:
    block
  | var_stmt
  | ';' { $$ = NEW0(AST_EMPTY, @$); }
  | expr_stmt
  | if_stmt
  | iter_stmt
  | jump_stmt
  | try_stmt
  | switch_stmt
  | labeled_stmt
  | DEBUGGER semi { $$ = NEW0(AST_DEBUGGER, @$); }
  | WITH '(' expression ')' single_stmt {
      ast_unsupported(B, @1, "the 'with' statement");
      $$ = NEW0(AST_EMPTY, @$);
    }
  ;

declaration: fn_decl | class_decl | lex_decl ;

block: LBRACE_S stmt_list '}' { $$ = ast_make_list_node(B, AST_BLOCK, &$2, @$); } ;
plain_block: '{' stmt_list '}' { $$ = ast_make_list_node(B, AST_BLOCK, &$2, @$); } ;

/* --- declarations ---------------------------------------------------------- */

var_stmt: VAR decl_list semi { $$ = ast_make_var(B, AV_VAR, &$2, 0, @$); } ;

lex_decl:
    LET decl_list semi { $$ = ast_make_var(B, AV_LET, &$2, 0, @$); }
  | CONST decl_list semi { $$ = ast_make_var(B, AV_CONST, &$2, 0, @$); }
  ;

decl_list:
    declarator { LIST1($$, $1); }
  | decl_list ',' declarator { $$ = $1; PUSH($$, $3); }
  ;

declarator:
    binding_target { $$ = NEW2(AST_DECLARATOR, @$, $1, NULL); }
  | binding_target '=' assign { $$ = NEW2(AST_DECLARATOR, @$, $1, $3); }
  ;

decl_list_noin:
    declarator_noin { LIST1($$, $1); }
  | decl_list_noin ',' declarator_noin { $$ = $1; PUSH($$, $3); }
  ;

declarator_noin:
    binding_target { $$ = NEW2(AST_DECLARATOR, @$, $1, NULL); }
  | binding_target '=' assign_noin { $$ = NEW2(AST_DECLARATOR, @$, $1, $3); }
  ;

binding_target:
    IDENT { $$ = ast_make_ident(B, &$1, @1); }
  | array_lit { $$ = ast_to_pattern(B, $1, PAT_BIND); }
  | object_lit { $$ = ast_to_pattern(B, $1, PAT_BIND); }
  ;

var_kind:
    VAR { $$ = AV_VAR; }
  | LET { $$ = AV_LET; }
  | CONST { $$ = AV_CONST; }
  ;

/* --- modules: import and export declarations ------------------------------- */

module_decl: import_decl | export_decl ;

/* `from` and `as` are identifiers whose spelling parse_word checks. */
import_decl:
    IMPORT module_name semi { $$ = parse_make_import(pc, $2, NULL, @$); }
  | IMPORT import_clause IDENT module_name semi {
      parse_word(pc, &$3, @3, "from");
      $$ = parse_make_import(pc, $4, &$2, @$);
    }
  ;

module_name: STRING { $$ = ast_make_string(B, &$1, @1); } ;

import_clause:
    IDENT { LIST1($$, parse_default_spec(pc, &$1, @1)); }
  | '*' IDENT IDENT { parse_word(pc, &$2, @2, "as"); LIST1($$, parse_spec(pc, NULL, &$3, @3, @$)); }
  | '{' '}' { $$ = (AstList){0}; }
  | '{' import_specs '}' { $$ = $2; }
  | '{' import_specs ',' '}' { $$ = $2; }
  | IDENT ',' '*' IDENT IDENT {
      parse_word(pc, &$4, @4, "as");
      LIST1($$, parse_default_spec(pc, &$1, @1));
      PUSH($$, parse_spec(pc, NULL, &$5, @5, ast_span_join(@3, @5)));
    }
  | IDENT ',' '{' '}' { LIST1($$, parse_default_spec(pc, &$1, @1)); }
  | IDENT ',' '{' import_specs '}' {
      LIST1($$, parse_default_spec(pc, &$1, @1));
      parse_append(pc, &$$, &$4);
    }
  | IDENT ',' '{' import_specs ',' '}' {
      LIST1($$, parse_default_spec(pc, &$1, @1));
      parse_append(pc, &$$, &$4);
    }
  ;

import_specs:
    import_spec { LIST1($$, $1); }
  | import_specs ',' import_spec { $$ = $1; PUSH($$, $3); }
  ;

import_spec:
    IDENT { $$ = parse_spec(pc, ast_make_ident(B, &$1, @1), &$1, @1, @$); }
  | export_name IDENT IDENT { parse_word(pc, &$2, @2, "as"); $$ = parse_spec(pc, $1, &$3, @3, @$); }
  ;

/* A name another module exports: any identifier name, or a string. */
export_name:
    ident_name
  | STRING { $$ = ast_make_string(B, &$1, @1); }
  ;

export_decl: EXPORT smark export_body { $$ = $3; $$->span = @$; } ;

/* After `export` the statement-start mark has re-classified '{' (LBRACE_S)
 * and function/class/async function (declarations). */
export_body:
    var_stmt { $$ = parse_make_export(pc, AEX_DECL, $1, NULL, NULL, @$); }
  | declaration { $$ = parse_make_export(pc, AEX_DECL, $1, NULL, NULL, @$); }
  | DEFAULT dmark default_body { $$ = parse_make_export(pc, AEX_DEFAULT, $3, NULL, NULL, @$); }
  | LBRACE_S export_specs '}' semi { $$ = parse_make_export(pc, AEX_NAMED, NULL, NULL, &$2, @$); }
  | LBRACE_S export_specs '}' IDENT module_name semi {
      parse_word(pc, &$4, @4, "from");
      $$ = parse_make_export(pc, AEX_NAMED, NULL, $5, &$2, @$);
    }
  | '*' IDENT module_name semi {
      parse_word(pc, &$2, @2, "from");
      $$ = parse_make_export(pc, AEX_ALL, NULL, $3, NULL, @$);
    }
  | '*' IDENT ident_name IDENT module_name semi {
      AstList l;
      parse_word(pc, &$2, @2, "as");
      parse_word(pc, &$4, @4, "from");
      LIST1(l, NEW2(AST_SPECIFIER, ast_span_join(@1, @3), NULL, $3));
      $$ = parse_make_export(pc, AEX_ALL, NULL, $5, &l, @$);
    }
  ;

export_specs:
    %empty { $$ = (AstList){0}; }
  | export_spec_list
  | export_spec_list ','
  ;

export_spec_list:
    export_spec { LIST1($$, $1); }
  | export_spec_list ',' export_spec { $$ = $1; PUSH($$, $3); }
  ;

export_spec:
    export_name { $$ = NEW2(AST_SPECIFIER, @$, $1, $1); }
  | export_name IDENT export_name {
      parse_word(pc, &$2, @2, "as");
      $$ = NEW2(AST_SPECIFIER, @$, $1, $3);
    }
  ;

/* `export default`: the mark has re-classified function, class and async
 * function as declarations; a nameless one is named "default". */
default_body:
    fn_decl
  | fn_decl_head fn_tail {
      $$ = with_str(with_op($2, AFN_DECL), "default", 7);
      $$->span = @$;
    }
  | class_decl
  | CLASS_S class_heritage '{' class_body '}' {
      $$ = with_flags(ast_make_class(B, "default", $2, &$4, @$), AF_DECL);
    }
  | assign semi
  ;

/* --- simple statements ---------------------------------------------------------- */

expr_stmt: expression semi { $$ = NEW1(AST_EXPR_STMT, @$, $1); } ;

if_stmt:
    IF '(' expression ')' sub_stmt %prec LOWER_THAN_ELSE { $$ = NEW3(AST_IF, @$, $3, $5, NULL); }
  | IF '(' expression ')' sub_stmt ELSE sub_stmt { $$ = NEW3(AST_IF, @$, $3, $5, $7); }
  ;

/* The body of an if or a label: a statement, or (Annex B, sloppy-mode web
 * compatibility, which node accepts) a plain function declaration. */
sub_stmt:
    single_stmt
  | smark fn_decl { $$ = parse_annex_b_function(pc, $2); }
  ;

jump_stmt:
    CONTINUE semi { $$ = NEW0(AST_CONTINUE, @$); }
  | CONTINUE IDENT semi { $$ = with_str(NEW0(AST_CONTINUE, @$), $2.str, $2.len); }
  | BREAK semi { $$ = NEW0(AST_BREAK, @$); }
  | BREAK IDENT semi { $$ = with_str(NEW0(AST_BREAK, @$), $2.str, $2.len); }
  | RETURN semi { $$ = NEW1(AST_RETURN, @$, NULL); }
  | RETURN expression semi { $$ = NEW1(AST_RETURN, @$, $2); }
  | THROW expression semi { $$ = NEW1(AST_THROW, @$, $2); }
  ;

labeled_stmt:
    IDENT ':' sub_stmt { $$ = with_str(NEW1(AST_LABELED, @$, $3), $1.str, $1.len); }
  ;

/* --- loops -------------------------------------------------------------------- */

iter_stmt:
    DO single_stmt WHILE '(' expression ')' dw_semi { $$ = NEW2(AST_DO_WHILE, @$, $2, $5); }
  | WHILE '(' expression ')' single_stmt { $$ = NEW2(AST_WHILE, @$, $3, $5); }
  | FOR '(' for_init ';' opt_expr ';' opt_expr ')' single_stmt {
      $$ = NEW3(AST_FOR, @$, $3, $5, $7);
      $$->kid[3] = $9;
    }
  | FOR '(' for_left IN expression ')' single_stmt { $$ = NEW3(AST_FOR_IN, @$, $3, $5, $7); }
  | FOR '(' for_left IDENT assign ')' single_stmt {
      $$ = parse_make_for_of(pc, $3, &$4, @4, $5, $7, 0, @$);
    }
  | FOR AWAIT '(' for_left IDENT assign ')' single_stmt {
      $$ = parse_make_for_of(pc, $4, &$5, @5, $6, $8, AF_AWAIT, @$);
    }
  ;

for_init:
    %empty { $$ = NULL; }
  | expression_noin
  | var_kind decl_list_noin { $$ = ast_make_var(B, $1, &$2, 0, @$); }
  ;

for_left:
    lhs { $$ = ast_to_pattern(B, $1, PAT_ASSIGN); }
  | var_kind binding_target {
      AstList l; LIST1(l, NEW2(AST_DECLARATOR, @2, $2, NULL));
      $$ = ast_make_var(B, $1, &l, 1, @$);
    }
  ;

opt_expr:
    %empty { $$ = NULL; }
  | expression
  ;

/* --- switch, try ------------------------------------------------------------------ */

switch_stmt:
    SWITCH '(' expression ')' '{' case_list '}' {
      $$ = NEW1(AST_SWITCH, @$, $3);
      $$->list = $6;
    }
  ;

case_list:
    %empty { $$ = (AstList){0}; }
  | case_list case_clause { $$ = $1; parse_add_case(pc, &$$, $2); }
  ;

case_clause:
    CASE expression ':' stmt_list { $$ = NEW1(AST_CASE, @$, $2); $$->list = $4; }
  | DEFAULT ':' stmt_list { $$ = NEW1(AST_CASE, @$, NULL); $$->list = $3; }
  ;

try_stmt:
    TRY plain_block catch_clause { $$ = parse_make_try(pc, $2, $3, NULL, @$); }
  | TRY plain_block finally_clause { $$ = parse_make_try(pc, $2, NULL, $3, @$); }
  | TRY plain_block catch_clause finally_clause { $$ = parse_make_try(pc, $2, $3, $4, @$); }
  ;

catch_clause:
    CATCH '(' binding_target ')' plain_block { $$ = NEW2(AST_TRY, @$, $3, $5); }
  | CATCH plain_block { $$ = NEW2(AST_TRY, @$, NULL, $2); }
  ;

finally_clause: FINALLY plain_block { $$ = $2; } ;

/* --- functions ---------------------------------------------------------------------- */

fn_decl:
    fn_decl_head IDENT fn_tail {
      $$ = with_str(with_op($3, AFN_DECL), $2.str, $2.len);
      $$->span = @$;
    }
  ;

fn_decl_head:
    FUNCTION_S { NEXT_FN(0, AFN_DECL); $$ = 0; }
  | FUNCTION_S '*' { NEXT_FN(AF_GENERATOR, AFN_DECL); $$ = 0; }
  | ASYNC_FN_S FUNCTION { NEXT_FN(AF_ASYNC, AFN_DECL); $$ = 0; }
  | ASYNC_FN_S FUNCTION '*' { NEXT_FN(AF_ASYNC | AF_GENERATOR, AFN_DECL); $$ = 0; }
  ;

fn_expr:
    fn_expr_head opt_ident fn_tail {
      $$ = with_str($3, $2.str, $2.len);
      $$->span = @$;
    }
  ;

fn_expr_head:
    FUNCTION { NEXT_FN(0, AFN_EXPR); $$ = 0; }
  | FUNCTION '*' { NEXT_FN(AF_GENERATOR, AFN_EXPR); $$ = 0; }
  | ASYNC_FN FUNCTION { NEXT_FN(AF_ASYNC, AFN_EXPR); $$ = 0; }
  | ASYNC_FN FUNCTION '*' { NEXT_FN(AF_ASYNC | AF_GENERATOR, AFN_EXPR); $$ = 0; }
  ;

opt_ident:
    %empty { $$ = (LexVal){0}; }
  | IDENT
  ;

fn_enter: %empty { parse_fn_enter(pc); } ;
static_enter: %empty { parse_static_block_enter(pc); } ;

/* '(' params ')' '{' body '}' after a function head; builds the FUNCTION. */
fn_tail:
    '(' fn_enter params ')' '{' fn_body '}' {
      $$ = parse_make_function(pc, &$3, $6, FN_LEAVE(), @$);
    }
  ;

fn_body: stmt_list { $$ = ast_make_list_node(B, AST_BLOCK, &$1, @$); } ;

params:
    %empty { $$ = (AstList){0}; }
  | param_list
  | param_list ','
  | rest_param { LIST1($$, $1); }
  | param_list ',' rest_param { $$ = $1; PUSH($$, $3); }
  ;

param_list:
    param { LIST1($$, $1); }
  | param_list ',' param { $$ = $1; PUSH($$, $3); }
  ;

param:
    binding_target
  | binding_target '=' assign { $$ = NEW2(AST_ASSIGN_PATTERN, @$, $1, $3); }
  ;

rest_param: ELLIPSIS binding_target { $$ = NEW1(AST_REST, @$, $2); } ;

/* Arrow functions: the parameters come from the cover grammar. */
arrow:
    arrow_params ARROW fn_enter LBRACE_S fn_body '}' {
      $$ = parse_make_arrow(pc, $1, $5, FN_LEAVE(), @$);
    }
  | arrow_params ARROW fn_enter assign {
      $$ = parse_make_arrow(pc, $1, $4, FN_LEAVE(), @$);
    }
  ;

/* The same with an expression body without `in` (for statement heads). */
arrow_noin:
    arrow_params ARROW fn_enter LBRACE_S fn_body '}' {
      $$ = parse_make_arrow(pc, $1, $5, FN_LEAVE(), @$);
    }
  | arrow_params ARROW fn_enter assign_noin {
      $$ = parse_make_arrow(pc, $1, $4, FN_LEAVE(), @$);
    }
  ;

arrow_params:
    IDENT { $$ = parse_arrow_head(pc, NULL, ast_make_ident(B, &$1, @1), 0, @$); }
  | '(' ')' { $$ = parse_arrow_head(pc, NULL, NULL, 0, @$); }
  | '(' expression ')' { $$ = parse_arrow_head(pc, $2, NULL, 0, @$); }
  | '(' expression ',' ')' { $$ = parse_arrow_head(pc, $2, NULL, 0, @$); }
  | '(' rest_param ')' { $$ = parse_arrow_head(pc, NULL, $2, 0, @$); }
  | '(' expression ',' rest_param ')' { $$ = parse_arrow_head(pc, $2, $4, 0, @$); }
  | ASYNC IDENT { $$ = parse_arrow_head(pc, NULL, ast_make_ident(B, &$2, @2), AF_ASYNC, @$); }
  | ASYNC arguments { $$ = parse_async_arrow_head(pc, &$2, @$); }
  ;

/* --- classes ------------------------------------------------------------------------ */

class_decl:
    CLASS_S IDENT class_heritage '{' class_body '}' {
      $$ = with_flags(ast_make_class(B, $2.str, $3, &$5, @$), AF_DECL);
    }
  ;

class_expr:
    CLASS opt_ident class_heritage '{' class_body '}' {
      $$ = ast_make_class(B, $2.str, $3, &$5, @$);
    }
  ;

class_heritage:
    %empty { $$ = NULL; }
  | EXTENDS lhs { $$ = $2; }
  ;

class_body:
    %empty { $$ = (AstList){0}; }
  | class_body class_elem { $$ = $1; if ($2) PUSH($$, $2); }
  ;

class_elem: pmark class_member { $$ = $2; } ;

class_member:
    method_def
  | field
  | STATIC pmark method_def { $$ = with_flags($3, AF_STATIC); }
  | STATIC pmark field { $$ = with_flags($3, AF_STATIC); }
  | STATIC '{' static_enter stmt_list '}' {
      $$ = parse_static_block(pc, &$4, FN_LEAVE(), @2, @$);
    }
  | ';' { $$ = NULL; }
  ;

field:
    prop_name semi { $$ = ast_make_prop(B, APROP_FIELD, $1, NULL, @$); }
  | prop_name '=' assign semi { $$ = ast_make_prop(B, APROP_FIELD, $1, $3, @$); }
  ;

method_def: method_head fn_tail { $$ = ast_make_method(B, $1, $2, @$); } ;

method_head:
    prop_name { NEXT_FN(0, AFN_METHOD); }
  | '*' prop_name { NEXT_FN(AF_GENERATOR, AFN_METHOD); $$ = $2; }
  | ASYNC prop_name { NEXT_FN(AF_ASYNC, AFN_METHOD); $$ = $2; }
  | ASYNC '*' prop_name { NEXT_FN(AF_ASYNC | AF_GENERATOR, AFN_METHOD); $$ = $3; }
  | GET prop_name { NEXT_FN(0, AFN_GET); $$ = $2; }
  | SET prop_name { NEXT_FN(0, AFN_SET); $$ = $2; }
  ;

prop_name:
    ident_name
  | STRING { $$ = ast_make_string(B, &$1, @1); }
  | NUMBER { $$ = ast_make_number(B, &$1, @1); }
  | '[' assign ']' { $$ = with_flags($2, AF_COMPUTED_KEY); }
  | PRIVATE_NAME { $$ = ast_make_private(B, &$1, @1); } /* classes only: parse_check */
  ;

/* A property name: any identifier, reserved word or contextual keyword. */
ident_name:
    IDENT { $$ = ast_make_ident(B, &$1, @1); }
  | LET { $$ = ast_make_ident(B, &$1, @1); }
  | ASYNC { $$ = ast_make_ident(B, &$1, @1); }
  | YIELD { $$ = ast_make_ident(B, &$1, @1); }
  | YIELD_BARE { $$ = ast_make_ident(B, &$1, @1); }
  | AWAIT { $$ = ast_make_ident(B, &$1, @1); }
  | BREAK { $$ = ast_make_ident(B, &$1, @1); }
  | CASE { $$ = ast_make_ident(B, &$1, @1); }
  | CATCH { $$ = ast_make_ident(B, &$1, @1); }
  | CLASS { $$ = ast_make_ident(B, &$1, @1); }
  | CONST { $$ = ast_make_ident(B, &$1, @1); }
  | CONTINUE { $$ = ast_make_ident(B, &$1, @1); }
  | DEBUGGER { $$ = ast_make_ident(B, &$1, @1); }
  | DEFAULT { $$ = ast_make_ident(B, &$1, @1); }
  | DELETE { $$ = ast_make_ident(B, &$1, @1); }
  | DO { $$ = ast_make_ident(B, &$1, @1); }
  | ELSE { $$ = ast_make_ident(B, &$1, @1); }
  | ENUM { $$ = ast_make_ident(B, &$1, @1); }
  | EXPORT { $$ = ast_make_ident(B, &$1, @1); }
  | EXTENDS { $$ = ast_make_ident(B, &$1, @1); }
  | FALSE { $$ = ast_make_ident(B, &$1, @1); }
  | FINALLY { $$ = ast_make_ident(B, &$1, @1); }
  | FOR { $$ = ast_make_ident(B, &$1, @1); }
  | FUNCTION { $$ = ast_make_ident(B, &$1, @1); }
  | IF { $$ = ast_make_ident(B, &$1, @1); }
  | IMPORT { $$ = ast_make_ident(B, &$1, @1); }
  | IN { $$ = ast_make_ident(B, &$1, @1); }
  | INSTANCEOF { $$ = ast_make_ident(B, &$1, @1); }
  | NEW { $$ = ast_make_ident(B, &$1, @1); }
  | NULL { $$ = ast_make_ident(B, &$1, @1); }
  | RETURN { $$ = ast_make_ident(B, &$1, @1); }
  | SUPER { $$ = ast_make_ident(B, &$1, @1); }
  | SWITCH { $$ = ast_make_ident(B, &$1, @1); }
  | THIS { $$ = ast_make_ident(B, &$1, @1); }
  | THROW { $$ = ast_make_ident(B, &$1, @1); }
  | TRUE { $$ = ast_make_ident(B, &$1, @1); }
  | TRY { $$ = ast_make_ident(B, &$1, @1); }
  | TYPEOF { $$ = ast_make_ident(B, &$1, @1); }
  | VAR { $$ = ast_make_ident(B, &$1, @1); }
  | VOID { $$ = ast_make_ident(B, &$1, @1); }
  | WHILE { $$ = ast_make_ident(B, &$1, @1); }
  | WITH { $$ = ast_make_ident(B, &$1, @1); }
  ;

/* --- object and array literals ------------------------------------------------------ */

object_lit:
    '{' '}' { $$ = NEW0(AST_OBJECT, @$); }
  | '{' prop_list '}' { $$ = ast_make_list_node(B, AST_OBJECT, &$2, @$); }
  | '{' prop_list ',' '}' { $$ = ast_make_list_node(B, AST_OBJECT, &$2, @$); }
  ;

prop_list:
    prop_def { LIST1($$, $1); }
  | prop_list ',' prop_def { $$ = $1; PUSH($$, $3); }
  ;

prop_def: pmark prop_body { $$ = $2; } ;

prop_body:
    prop_name ':' assign { $$ = ast_make_prop(B, APROP_INIT, $1, $3, @$); }
  | IDENT { $$ = parse_make_shorthand(pc, &$1, @1, NULL, @$); }
  | IDENT '=' assign { $$ = parse_make_shorthand(pc, &$1, @1, $3, @$); }
  | method_def
  | ELLIPSIS assign { $$ = ast_make_prop(B, APROP_SPREAD, $2, NULL, @$); }
  ;

array_lit:
    '[' opt_elision ']' { $$ = ast_make_list_node(B, AST_ARRAY, &$2, @$); }
  | '[' elem_list ']' { $$ = ast_make_list_node(B, AST_ARRAY, &$2, @$); }
  | '[' elem_list ',' opt_elision ']' {
      $$ = parse_make_array_tail(pc, &$2, &$4, @$);
    }
  ;

elem_list:
    opt_elision elem { $$ = $1; PUSH($$, $2); }
  | elem_list ',' opt_elision elem { $$ = $1; parse_append(pc, &$$, &$3); PUSH($$, $4); }
  ;

opt_elision:
    %empty { $$ = (AstList){0}; }
  | elision
  ;

elision:
    ',' { LIST1($$, NEW0(AST_HOLE, @1)); }
  | elision ',' { $$ = $1; PUSH($$, NEW0(AST_HOLE, @2)); }
  ;

elem:
    assign
  | ELLIPSIS assign { $$ = NEW1(AST_SPREAD, @$, $2); }
  ;

/* --- templates ---------------------------------------------------------------------- */

template_lit:
    TEMPLATE {
      $$ = NEW0(AST_TEMPLATE, @$);
      PUSH($$->list, ast_make_quasi(B, &$1, @1));
    }
  | TPL_HEAD tpl_parts TPL_TAIL {
      $$ = $2;
      $$->span = @$;
      PUSH($$->list, ast_make_quasi(B, &$3, @3));
    }
  ;

tpl_parts:
    expression {
      $$ = NEW0(AST_TEMPLATE, @$);
      PUSH($$->list, ast_make_quasi(B, &$<tok>0, @0));
      PUSH($$->list, $1);
    }
  | tpl_parts TPL_MIDDLE expression {
      $$ = $1;
      PUSH($$->list, ast_make_quasi(B, &$2, @2));
      PUSH($$->list, $3);
    }
  ;

/* --- expressions ---------------------------------------------------------------------- */

expression:
    assign
  | expression ',' assign { $$ = ast_make_seq(B, $1, $3, @$); }
  ;

expression_noin:
    assign_noin
  | expression_noin ',' assign_noin { $$ = ast_make_seq(B, $1, $3, @$); }
  ;

assign:
    cond
  | arrow
  | yield_expr
  | lhs '=' assign { $$ = ast_make_assign(B, AOP_ASSIGN, $1, $3, @$); }
  | lhs ASSIGN_OP assign { $$ = ast_make_assign(B, $2.op, $1, $3, @$); }
  ;

assign_noin:
    cond_noin
  | arrow_noin
  | yield_expr
  | lhs '=' assign_noin { $$ = ast_make_assign(B, AOP_ASSIGN, $1, $3, @$); }
  | lhs ASSIGN_OP assign_noin { $$ = ast_make_assign(B, $2.op, $1, $3, @$); }
  ;

yield_expr:
    YIELD { $$ = NEW1(AST_YIELD, @$, NULL); }
  | YIELD_BARE { $$ = NEW1(AST_YIELD, @$, NULL); }
  | YIELD assign { $$ = NEW1(AST_YIELD, @$, $2); }
  | YIELD '*' assign { $$ = with_flags(NEW1(AST_YIELD, @$, $3), AF_DELEGATE); }
  ;

cond:
    binary
  | binary '?' assign ':' assign { $$ = NEW3(AST_COND, @$, $1, $3, $5); }
  ;

cond_noin:
    binary_noin
  | binary_noin '?' assign ':' assign_noin { $$ = NEW3(AST_COND, @$, $1, $3, $5); }
  ;

binary:
    unary
  | binary NULLISH binary { $$ = ast_make_binary(B, AOP_NULLISH, $1, $3, @$); }
  | binary OR binary { $$ = ast_make_binary(B, AOP_OR, $1, $3, @$); }
  | binary AND binary { $$ = ast_make_binary(B, AOP_AND, $1, $3, @$); }
  | binary '|' binary { $$ = ast_make_binary(B, AOP_BITOR, $1, $3, @$); }
  | binary '^' binary { $$ = ast_make_binary(B, AOP_BITXOR, $1, $3, @$); }
  | binary '&' binary { $$ = ast_make_binary(B, AOP_BITAND, $1, $3, @$); }
  | binary EQ binary { $$ = ast_make_binary(B, AOP_EQ, $1, $3, @$); }
  | binary NE binary { $$ = ast_make_binary(B, AOP_NE, $1, $3, @$); }
  | binary SEQ binary { $$ = ast_make_binary(B, AOP_SEQ, $1, $3, @$); }
  | binary SNE binary { $$ = ast_make_binary(B, AOP_SNE, $1, $3, @$); }
  | binary '<' binary { $$ = ast_make_binary(B, AOP_LT, $1, $3, @$); }
  | binary '>' binary { $$ = ast_make_binary(B, AOP_GT, $1, $3, @$); }
  | binary LE binary { $$ = ast_make_binary(B, AOP_LE, $1, $3, @$); }
  | binary GE binary { $$ = ast_make_binary(B, AOP_GE, $1, $3, @$); }
  | binary INSTANCEOF binary { $$ = ast_make_binary(B, AOP_INSTANCEOF, $1, $3, @$); }
  | binary IN binary { $$ = ast_make_binary(B, AOP_IN, $1, $3, @$); }
  | PRIVATE_NAME IN binary { $$ = ast_make_binary(B, AOP_IN, ast_make_private(B, &$1, @1), $3, @$); }
  | binary SHL binary { $$ = ast_make_binary(B, AOP_SHL, $1, $3, @$); }
  | binary SHR binary { $$ = ast_make_binary(B, AOP_SHR, $1, $3, @$); }
  | binary USHR binary { $$ = ast_make_binary(B, AOP_USHR, $1, $3, @$); }
  | binary '+' binary { $$ = ast_make_binary(B, AOP_ADD, $1, $3, @$); }
  | binary '-' binary { $$ = ast_make_binary(B, AOP_SUB, $1, $3, @$); }
  | binary '*' binary { $$ = ast_make_binary(B, AOP_MUL, $1, $3, @$); }
  | binary '/' binary { $$ = ast_make_binary(B, AOP_DIV, $1, $3, @$); }
  | binary '%' binary { $$ = ast_make_binary(B, AOP_MOD, $1, $3, @$); }
  | binary EXP binary { $$ = ast_make_binary(B, AOP_EXP, $1, $3, @$); }
  ;

/* The same without `in`, for the head of a for statement. */
binary_noin:
    unary
  | binary_noin NULLISH binary_noin { $$ = ast_make_binary(B, AOP_NULLISH, $1, $3, @$); }
  | binary_noin OR binary_noin { $$ = ast_make_binary(B, AOP_OR, $1, $3, @$); }
  | binary_noin AND binary_noin { $$ = ast_make_binary(B, AOP_AND, $1, $3, @$); }
  | binary_noin '|' binary_noin { $$ = ast_make_binary(B, AOP_BITOR, $1, $3, @$); }
  | binary_noin '^' binary_noin { $$ = ast_make_binary(B, AOP_BITXOR, $1, $3, @$); }
  | binary_noin '&' binary_noin { $$ = ast_make_binary(B, AOP_BITAND, $1, $3, @$); }
  | binary_noin EQ binary_noin { $$ = ast_make_binary(B, AOP_EQ, $1, $3, @$); }
  | binary_noin NE binary_noin { $$ = ast_make_binary(B, AOP_NE, $1, $3, @$); }
  | binary_noin SEQ binary_noin { $$ = ast_make_binary(B, AOP_SEQ, $1, $3, @$); }
  | binary_noin SNE binary_noin { $$ = ast_make_binary(B, AOP_SNE, $1, $3, @$); }
  | binary_noin '<' binary_noin { $$ = ast_make_binary(B, AOP_LT, $1, $3, @$); }
  | binary_noin '>' binary_noin { $$ = ast_make_binary(B, AOP_GT, $1, $3, @$); }
  | binary_noin LE binary_noin { $$ = ast_make_binary(B, AOP_LE, $1, $3, @$); }
  | binary_noin GE binary_noin { $$ = ast_make_binary(B, AOP_GE, $1, $3, @$); }
  | binary_noin INSTANCEOF binary_noin { $$ = ast_make_binary(B, AOP_INSTANCEOF, $1, $3, @$); }
  | binary_noin SHL binary_noin { $$ = ast_make_binary(B, AOP_SHL, $1, $3, @$); }
  | binary_noin SHR binary_noin { $$ = ast_make_binary(B, AOP_SHR, $1, $3, @$); }
  | binary_noin USHR binary_noin { $$ = ast_make_binary(B, AOP_USHR, $1, $3, @$); }
  | binary_noin '+' binary_noin { $$ = ast_make_binary(B, AOP_ADD, $1, $3, @$); }
  | binary_noin '-' binary_noin { $$ = ast_make_binary(B, AOP_SUB, $1, $3, @$); }
  | binary_noin '*' binary_noin { $$ = ast_make_binary(B, AOP_MUL, $1, $3, @$); }
  | binary_noin '/' binary_noin { $$ = ast_make_binary(B, AOP_DIV, $1, $3, @$); }
  | binary_noin '%' binary_noin { $$ = ast_make_binary(B, AOP_MOD, $1, $3, @$); }
  | binary_noin EXP binary_noin { $$ = ast_make_binary(B, AOP_EXP, $1, $3, @$); }
  ;

unary:
    update
  | DELETE unary { $$ = ast_make_unary(B, AOP_DELETE, $2, @$); }
  | VOID unary { $$ = ast_make_unary(B, AOP_VOID, $2, @$); }
  | TYPEOF unary { $$ = ast_make_unary(B, AOP_TYPEOF, $2, @$); }
  | '+' unary { $$ = ast_make_unary(B, AOP_PLUS, $2, @$); }
  | '-' unary { $$ = ast_make_unary(B, AOP_NEG, $2, @$); }
  | '~' unary { $$ = ast_make_unary(B, AOP_BITNOT, $2, @$); }
  | '!' unary { $$ = ast_make_unary(B, AOP_NOT, $2, @$); }
  | AWAIT unary { $$ = NEW1(AST_AWAIT, @$, $2); }
  ;

update:
    lhs
  | lhs INC { $$ = ast_make_update(B, AOP_INC, $1, 0, @$); }
  | lhs DEC { $$ = ast_make_update(B, AOP_DEC, $1, 0, @$); }
  | INC unary { $$ = ast_make_update(B, AOP_INC, $2, 1, @$); }
  | DEC unary { $$ = ast_make_update(B, AOP_DEC, $2, 1, @$); }
  | INC_NL unary { $$ = ast_make_update(B, AOP_INC, $2, 1, @$); }
  | DEC_NL unary { $$ = ast_make_update(B, AOP_DEC, $2, 1, @$); }
  ;

lhs:
    new_expr
  | call_expr
  | opt_chain { $$ = NEW1(AST_OPT_CHAIN, @$, $1); }
  ;

new_expr:
    member_expr
  | NEW new_expr { $$ = NEW1(AST_NEW, @$, $2); }
  ;

member_expr:
    primary
  | member_expr '.' ident_name { $$ = ast_make_member(B, $1, $3, 0, @$); }
  | member_expr '[' expression ']' { $$ = ast_make_member(B, $1, $3, AF_COMPUTED, @$); }
  | member_expr '.' PRIVATE_NAME { $$ = ast_make_member(B, $1, ast_make_private(B, &$3, @3), AF_COMPUTED, @$); }
  | member_expr template_lit { $$ = NEW2(AST_TAGGED_TEMPLATE, @$, $1, $2); }
  | SUPER '.' ident_name { $$ = ast_make_member(B, NEW0(AST_SUPER, @1), $3, 0, @$); }
  | SUPER '[' expression ']' {
      $$ = ast_make_member(B, NEW0(AST_SUPER, @1), $3, AF_COMPUTED, @$);
    }
  | NEW member_expr arguments { $$ = NEW1(AST_NEW, @$, $2); $$->list = $3; }
  | NEW '.' IDENT { $$ = parse_new_target(pc, &$3, @$); }
  ;

call_expr:
    member_expr arguments { $$ = ast_make_call(B, $1, &$2, 0, @$); }
  | SUPER arguments { $$ = ast_make_call(B, NEW0(AST_SUPER, @1), &$2, 0, @$); }
  | ASYNC arguments { $$ = ast_make_call(B, ast_make_ident(B, &$1, @1), &$2, 0, @$); }
  | call_expr arguments { $$ = ast_make_call(B, $1, &$2, 0, @$); }
  | call_expr '.' ident_name { $$ = ast_make_member(B, $1, $3, 0, @$); }
  | call_expr '[' expression ']' { $$ = ast_make_member(B, $1, $3, AF_COMPUTED, @$); }
  | call_expr '.' PRIVATE_NAME { $$ = ast_make_member(B, $1, ast_make_private(B, &$3, @3), AF_COMPUTED, @$); }
  | call_expr template_lit { $$ = NEW2(AST_TAGGED_TEMPLATE, @$, $1, $2); }
  ;

/* a?.b.c(): the chain is built without the OPT_CHAIN wrapper, which `lhs`
 * adds around the longest chain. */
opt_base:
    member_expr
  | call_expr
  | opt_chain
  ;

opt_chain:
    opt_base QDOT ident_name { $$ = ast_make_member(B, $1, $3, AF_OPTIONAL, @$); }
  | opt_base QDOT '[' expression ']' {
      $$ = ast_make_member(B, $1, $4, AF_OPTIONAL | AF_COMPUTED, @$);
    }
  | opt_base QDOT PRIVATE_NAME {
      $$ = ast_make_member(B, $1, ast_make_private(B, &$3, @3), AF_OPTIONAL | AF_COMPUTED, @$);
    }
  | opt_base QDOT arguments { $$ = ast_make_call(B, $1, &$3, AF_OPTIONAL, @$); }
  | opt_base QDOT template_lit { $$ = parse_tagged_chain_error(pc, $1, @3); }
  | opt_chain '.' ident_name { $$ = ast_make_member(B, $1, $3, 0, @$); }
  | opt_chain '[' expression ']' { $$ = ast_make_member(B, $1, $3, AF_COMPUTED, @$); }
  | opt_chain '.' PRIVATE_NAME { $$ = ast_make_member(B, $1, ast_make_private(B, &$3, @3), AF_COMPUTED, @$); }
  | opt_chain arguments { $$ = ast_make_call(B, $1, &$2, 0, @$); }
  | opt_chain template_lit { $$ = parse_tagged_chain_error(pc, $1, @2); }
  ;

arguments:
    '(' ')' { $$ = (AstList){0}; }
  | '(' arg_list ')' { $$ = $2; }
  | '(' arg_list ',' ')' { $$ = $2; }
  ;

arg_list:
    arg { LIST1($$, $1); }
  | arg_list ',' arg { $$ = $1; PUSH($$, $3); }
  ;

arg:
    assign
  | ELLIPSIS assign { $$ = NEW1(AST_SPREAD, @$, $2); }
  ;

primary:
    THIS { $$ = NEW0(AST_THIS, @$); }
  | IDENT { $$ = ast_make_ident(B, &$1, @1); }
  | NULL { $$ = NEW0(AST_NULL_LIT, @$); }
  | TRUE { $$ = NEW0(AST_TRUE, @$); }
  | FALSE { $$ = NEW0(AST_FALSE, @$); }
  | NUMBER { $$ = ast_make_number(B, &$1, @1); }
  | STRING { $$ = ast_make_string(B, &$1, @1); }
  | REGEXP { $$ = ast_make_regexp(B, &$1, @1); }
  | array_lit
  | object_lit
  | fn_expr
  | class_expr
  | template_lit { $$ = ast_check_template(B, $1); }
  | '(' expression ')' { $$ = ast_make_paren(B, $2); }
  | IMPORT arguments {
      ast_unsupported(B, @1, "dynamic import()");
      $$ = NEW0(AST_NULL_LIT, @$);
    }
  | IMPORT '.' ident_name {
      ast_unsupported(B, @$, "import.meta");
      $$ = NEW0(AST_NULL_LIT, @$);
    }
  ;

%%

/* Bison's custom error report: records a pending error with the parser
 * state (see parse_asi); the expected tokens are computed from that state
 * only if the error is committed, since ASI absorbs most errors. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, ParseCtx *pc) {
  parse_syntax_error(pc, (int)*yyctx->yyssp);
  return 0;
}

int parse_expected_tokens(int state, const char **names, int max, int *ident) {
  yy_state_t st = (yy_state_t)state;
  yypcontext_t ctx = {&st, YYSYMBOL_YYEMPTY, NULL};
  yysymbol_kind_t exp[YYNTOKENS];
  int n = yypcontext_expected_tokens(&ctx, exp, YYNTOKENS);
  *ident = 0;
  for (int i = 0; i < n; i++) {
    if (i < max) names[i] = yysymbol_name(exp[i]);
    if (exp[i] == YYSYMBOL_IDENT) *ident = 1;
  }
  return n;
}

void parse_yyerror(SrcSpan *lloc, ParseCtx *pc, const char *msg) {
  ast_error(&pc->b, *lloc, "%s", strcmp(msg, "memory exhausted") == 0
                                     ? "program too deeply nested" : msg);
  pc->syntax_error = 1;
}

const char *lex_token_name(int kind) {
  if (kind == 0) return "end of input";
  return yysymbol_name(YYTRANSLATE(kind));
}
