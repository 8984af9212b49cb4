/* engine.h - from a source file to a ready machine: read, parse, check the
 * subset, compile (prelude + program), create the realm.  Shared by every
 * subcommand that runs programs.
 *
 * Ownership: an Engine owns its string table, program and source text;
 * engine_free releases them (machines made from it must be freed first).
 */
#ifndef TT_ENGINE_H
#define TT_ENGINE_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "host_node.h"
#include "realm.h"
#include "vm.h"

typedef struct Engine {
  StrTab *strs;
  Program *prog;
  uint32_t prelude;  /* proto id of the prelude */
  uint32_t main;     /* proto id of the program body */
  Arena arena;       /* the syntax tree and pragmas, kept for reports */
  AstPragmaList pragmas;
  const char *path;
  bool module;
  RealmWorkers workers; /* worker code compiled ahead, realms to prepare */
} Engine;

/* Loads path.  On failure returns false with diagnostics in d (and *src set
 * so they can be printed); a missing file is reported in io_err. */
bool engine_load(Engine *e, const char *path, DiagList *d, char *io_err, size_t io_len);
/* The same for source text already in memory (copied; len bytes, need not
 * be NUL-terminated): path names it in messages, abspath in stack traces,
 * module selects the ES module goal.  Used by the fuzz harness. */
bool engine_load_text(Engine *e, const char *path, const char *abspath, const char *text, size_t len, bool module,
                      DiagList *d);
void engine_free(Engine *e);

/* A new machine with only the realm set up (the pristine base machine
 * states are decoded against).  NULL only if the prelude fails. */
Vm *engine_realm(Engine *e);

/* A new machine with the realm set up and the host prepared to run the
 * program with opts.  NULL only if the prelude fails (an internal error). */
Vm *engine_machine(Engine *e, Host *host);

/* The diagnostic source of the loaded file. */
DiagSource engine_source(const Engine *e);

#endif
