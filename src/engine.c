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
};

static bool module_supported(const char *name) {
  if (strncmp(name, "node:", 5) == 0) name += 5;
  for (size_t i = 0; i < sizeof supported_modules / sizeof supported_modules[0]; i++)
    if (strcmp(name, supported_modules[i]) == 0) return true;
  return false;
}

/* Reports require('x') of modules outside the subset, found statically. */
static void check_requires(const AstNode *n, DiagList *d) {
  if (!n) return;
  if (n->kind == AST_CALL && n->kid[0] && n->kid[0]->kind == AST_IDENT && strcmp(n->kid[0]->str, "require") == 0 &&
      n->list.len >= 1 && n->list.items[0]->kind == AST_STRING && !module_supported(n->list.items[0]->str))
    diag_add(d, DIAG_ERROR, n->span, "unsupported: require('%s') (ticktock does not model this module)",
             n->list.items[0]->str);
  for (int i = 0; i < 4; i++) check_requires(n->kid[i], d);
  for (uint32_t i = 0; i < n->list.len; i++) check_requires(n->list.items[i], d);
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
  if (!parse_source(&e->arena, e->prog->source, e->prog->source_len, e->module ? PARSE_MODULE : PARSE_SCRIPT, &pr, d))
    return false;
  e->pragmas = pr.pragmas;
  check_requires(pr.program, d);
  if (d->errors) return false;
  CompileOpts o = {.prelude = false};
  e->main = cg_compile(e->prog, pr.program, &o, d);
  if (e->main != UINT32_MAX && getenv("TT_DISASM")) /* debugging aid */
    for (uint32_t i = 0; i < e->prog->nprotos; i++) prog_disasm(stderr, e->prog, e->prog->protos[i]);
  return e->main != UINT32_MAX;
}

void engine_free(Engine *e) {
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
  if (!realm_setup(vm, e->prelude)) {
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
