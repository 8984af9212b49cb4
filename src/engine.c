/* engine.c - loading programs and making machines; see engine.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "engine.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "parse.h"
#include "prelude_image.h"
#include "realm.h"
#include "srcfile.h"
#include "str.h"

/* Modules a program may require (anything else is unsupported). */
static const char *const supported_modules[] = {
    "events", "fs", "fs/promises", "timers", "timers/promises", "util", "assert", "assert/strict",
    "worker_threads",
};

static bool module_supported(const char *name) {
  if (strncmp(name, "node:", 5) == 0) name += 5;
  for (size_t i = 0; i < sizeof supported_modules / sizeof supported_modules[0]; i++)
    if (strcmp(name, supported_modules[i]) == 0) return true;
  return false;
}

/* Reports an import or re-export of a module outside the subset, or of
 * another file (ticktock checks one file at a time). */
static void check_import(const AstNode *n, DiagList *d) {
  const AstNode *m = n->kind == AST_IMPORT ? n->kid[0] : n->kind == AST_EXPORT ? n->kid[1] : NULL;
  if (!m) return;
  const char *name = m->str;
  if (name[0] == '.' || name[0] == '/' || strncmp(name, "file:", 5) == 0)
    diag_add(d, DIAG_ERROR, m->span,
             "unsupported: import of another file '%s' (ticktock checks one file at a time)", name);
  else if (!module_supported(name))
    diag_add(d, DIAG_ERROR, m->span, "unsupported: import from '%s' (ticktock does not model this module)",
             name);
}

/* Reports require('x') of modules outside the subset, found statically. */
static void check_requires(const AstNode *n, DiagList *d) {
  if (!n) return;
  check_import(n, d);
  if (n->kind == AST_CALL && n->kid[0] && n->kid[0]->kind == AST_IDENT && strcmp(n->kid[0]->str, "require") == 0 &&
      n->list.len >= 1 && n->list.items[0]->kind == AST_STRING && !module_supported(n->list.items[0]->str))
    diag_add(d, DIAG_ERROR, n->span, "unsupported: require('%s') (ticktock does not model this module)",
             n->list.items[0]->str);
  for (int i = 0; i < 4; i++) check_requires(n->kid[i], d);
  for (uint32_t i = 0; i < n->list.len; i++) check_requires(n->list.items[i], d);
}

/* --- worker code ----------------------------------------------------------------------------
 *
 * `new Worker(CODE, { eval: true })` runs CODE in a new realm.  ticktock compiles
 * programs before it runs them, so the code of such workers is found and
 * compiled here: CODE is a string literal, a template without substitutions,
 * or a variable initialised with one.  At run time the Worker constructor looks
 * the string up (realm_setup stores the table); code it cannot find there is
 * reported as unsupported.  Counting the `new Worker` sites also tells how many
 * worker realms to prepare in the base heap (see realm_setup). */

typedef struct WorkerScan {
  const AstNode *root;
  Engine *e;
  DiagList *d;
  uint32_t sites;
} WorkerScan;

static bool is_worker_callee(const AstNode *c) {
  if (c->kind == AST_IDENT) return strcmp(c->str, "Worker") == 0;
  return c->kind == AST_MEMBER && !(c->flags & AF_COMPUTED) && c->kid[1]->kind == AST_IDENT &&
         strcmp(c->kid[1]->str, "Worker") == 0;
}

/* The string a literal stands for (template: only without substitutions). */
static const AstNode *string_literal(const AstNode *n) {
  if (!n) return NULL;
  if (n->kind == AST_STRING) return n;
  if (n->kind == AST_TEMPLATE && n->list.len == 1 && n->list.items[0]->str) return n->list.items[0];
  return NULL;
}

/* The literal a variable is initialised with (any declaration of that name). */
static const AstNode *find_init(const AstNode *n, const char *name) {
  if (!n) return NULL;
  if (n->kind == AST_DECLARATOR && n->kid[0] && n->kid[0]->kind == AST_IDENT && strcmp(n->kid[0]->str, name) == 0 &&
      string_literal(n->kid[1]))
    return string_literal(n->kid[1]);
  for (int i = 0; i < 4; i++) {
    const AstNode *r = find_init(n->kid[i], name);
    if (r) return r;
  }
  for (uint32_t i = 0; i < n->list.len; i++) {
    const AstNode *r = find_init(n->list.items[i], name);
    if (r) return r;
  }
  return NULL;
}

/* True when the options argument is an object literal with `eval: <truthy literal>`. */
static bool eval_option(const AstNode *opts) {
  if (!opts || opts->kind != AST_OBJECT) return false;
  for (uint32_t i = 0; i < opts->list.len; i++) {
    const AstNode *p = opts->list.items[i];
    if (p->op != APROP_INIT || (p->flags & AF_COMPUTED) || !p->kid[0] || !p->kid[1]) continue;
    const AstNode *k = p->kid[0];
    if ((k->kind == AST_IDENT || k->kind == AST_STRING) && strcmp(k->str, "eval") == 0)
      return p->kid[1]->kind == AST_TRUE || (p->kid[1]->kind == AST_NUMBER && p->kid[1]->num != 0);
  }
  return false;
}

/* Moves the spans of worker code parsed on its own to where the code sits in
 * the file (only when the literal's text is the code itself, without
 * escapes), so stack traces and Function.prototype.toString see the file. */
static void shift_spans(AstNode *n, uint32_t base, uint32_t line, uint32_t col) {
  if (!n) return;
  if (n->span.line == 1) n->span.col += col - 1;
  n->span.line += line - 1;
  n->span.start += base;
  n->span.end += base;
  for (int i = 0; i < 4; i++) shift_spans(n->kid[i], base, line, col);
  for (uint32_t i = 0; i < n->list.len; i++) shift_spans(n->list.items[i], base, line, col);
}

/* Where the cooked text of literal lit starts in the file, or false when
 * the source spells it differently (escapes). */
static bool literal_base(const Engine *e, const AstNode *lit, uint32_t *base) {
  const char *src = e->prog->source;
  const AstNode *raw = lit->kind == AST_TEMPLATE_ELEM ? lit->kid[0] : lit;
  uint32_t start = raw->span.start + (lit->kind == AST_STRING ? 1 : 0);
  if (lit->kind == AST_TEMPLATE_ELEM) {
    if (!raw || raw->len != lit->len || memcmp(raw->str, lit->str, lit->len) != 0) return false;
    start = raw->span.start;
    if (start < raw->span.end && src[start] == '`') start++;
  }
  if (start + lit->len > e->prog->source_len || memcmp(src + start, lit->str, lit->len) != 0) return false;
  *base = start;
  return true;
}

static void add_worker_code(WorkerScan *w, const AstNode *lit, SrcSpan site) {
  Engine *e = w->e;
  for (uint32_t i = 0; i < e->workers.ncode; i++)
    if (e->workers.code_len[i] == lit->len && memcmp(e->workers.code[i], lit->str, lit->len) == 0) return;
  DiagList wd;
  diag_init(&wd);
  ParseResult pr;
  uint32_t proto = UINT32_MAX, base;
  if (parse_source(&e->arena, lit->str, lit->len, PARSE_SCRIPT, &pr, &wd)) {
    if (literal_base(e, lit, &base)) {
      SrcSpan at = diag_span_at(e->prog->source, e->prog->source_len, base);
      shift_spans(pr.program, base, at.line, at.col);
    }
    CompileOpts o = {.prelude = false};
    proto = cg_compile(e->prog, pr.program, &o, &wd);
  }
  if (proto == UINT32_MAX) {
    diag_add(w->d, DIAG_ERROR, site, "in the code of this worker: %s", wd.len ? wd.items[0].msg : "it does not compile");
  } else {
    uint32_t n = e->workers.ncode++;
    e->workers.code = xrealloc(e->workers.code, sizeof(char *) * e->workers.ncode);
    e->workers.code_len = xrealloc(e->workers.code_len, sizeof(uint32_t) * e->workers.ncode);
    e->workers.proto = xrealloc(e->workers.proto, sizeof(uint32_t) * e->workers.ncode);
    e->workers.code[n] = xmalloc(lit->len + 1);
    memcpy(e->workers.code[n], lit->str, lit->len + 1);
    e->workers.code_len[n] = lit->len;
    e->workers.proto[n] = proto;
  }
  diag_free(&wd);
}

static void scan_workers(WorkerScan *w, const AstNode *n) {
  if (!n) return;
  if (n->kind == AST_NEW && n->kid[0] && is_worker_callee(n->kid[0])) {
    w->sites++;
    const AstNode *code = n->list.len >= 1 ? n->list.items[0] : NULL;
    if (code && n->list.len >= 2 && eval_option(n->list.items[1])) {
      const AstNode *lit = code->kind == AST_IDENT ? find_init(w->root, code->str) : string_literal(code);
      if (lit) add_worker_code(w, lit, code->span);
    }
  }
  for (int i = 0; i < 4; i++) scan_workers(w, n->kid[i]);
  for (uint32_t i = 0; i < n->list.len; i++) scan_workers(w, n->list.items[i]);
}

bool engine_load(Engine *e, const char *path, DiagList *d, char *io_err, size_t io_len) {
  memset(e, 0, sizeof *e);
  SrcFile f;
  if (!src_file_read(path, &f, io_err, io_len)) {
    e->path = path;
    return false;
  }
  char abspath[PATH_MAX];
  if (!realpath(path, abspath)) snprintf(abspath, sizeof abspath, "%s", path);
  bool ok = engine_load_text(e, path, abspath, f.text, f.len, src_file_is_module(path), d);
  src_file_free(&f);
  return ok;
}

bool engine_load_text(Engine *e, const char *path, const char *abspath, const char *text, size_t len, bool module,
                      DiagList *d) {
  memset(e, 0, sizeof *e);
  e->path = path;
  e->strs = str_new();
  e->prog = prog_new(e->strs, path, abspath, text, len);
  arena_init(&e->arena);
  e->module = module;
  e->prelude = pi_load(e->prog);
  if (e->prelude == UINT32_MAX) {
    diag_add(d, DIAG_ERROR, (SrcSpan){0, 0, 0, 0}, "internal error: the prelude does not compile");
    return false;
  }
  ParseResult pr;
  if (!parse_source(&e->arena, e->prog->source, e->prog->source_len, e->module ? PARSE_MODULE : PARSE_DETECT, &pr, d))
    return false;
  e->module = (pr.program->flags & AF_MODULE) != 0;
  e->pragmas = pr.pragmas;
  check_requires(pr.program, d);
  if (d->errors) return false;
  CompileOpts o = {.prelude = false, .intrinsic = realm_intrinsic_lookup}; /* hooks, for imports */
  e->main = cg_compile(e->prog, pr.program, &o, d);
  if (e->main == UINT32_MAX) return false;
  e->prog->main = e->main;
  WorkerScan ws = {.root = pr.program, .e = e, .d = d};
  scan_workers(&ws, pr.program);
  if (d->errors) return false;
  /* two realms per `new Worker` site (one in a loop usually makes a few), at most 8 */
  e->workers.spares = ws.sites * 2 > 8 ? 8 : ws.sites * 2;
  e->workers.main_proto = e->main;
  if (e->main != UINT32_MAX && getenv("TT_DISASM")) /* debugging aid */
    for (uint32_t i = 0; i < e->prog->nprotos; i++) prog_disasm(stderr, e->prog, e->prog->protos[i]);
  return e->main != UINT32_MAX;
}

void engine_free(Engine *e) {
  for (uint32_t i = 0; i < e->workers.ncode; i++) free(e->workers.code[i]);
  free(e->workers.code);
  free(e->workers.code_len);
  free(e->workers.proto);
  prog_free(e->prog);
  str_free(e->strs);
  arena_free(&e->arena);
  memset(e, 0, sizeof *e);
}

DiagSource engine_source(const Engine *e) {
  DiagSource s = {e->path, e->prog ? e->prog->source : "", e->prog ? e->prog->source_len : 0};
  return s;
}

Vm *engine_realm(Engine *e) {
  Vm *vm = vm_new(e->prog, e->strs);
  if (!realm_setup(vm, e->prelude, &e->workers)) {
    vm_free(vm);
    return NULL;
  }
  return vm;
}

Vm *engine_machine(Engine *e, Host *host) {
  Vm *vm = engine_realm(e);
  if (vm) host_init(vm, host, e->main);
  return vm;
}
