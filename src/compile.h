/* compile.h - syntax tree to bytecode.
 *
 * cg_compile appends the function prototypes of one parsed program to a
 * Program and returns the id of the prototype of its top-level code (a
 * CommonJS module function taking exports, require, module, __filename and
 * __dirname; for an ES module, an async function taking nothing).  Errors
 * (redeclarations, constructs the engine does not model) go to the DiagList
 * and the result is UINT32_MAX; the Program then holds no half-built code
 * that anything refers to.
 */
#ifndef TT_COMPILE_H
#define TT_COMPILE_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "bytecode.h"
#include "diag.h"

typedef struct CompileOpts {
  bool prelude; /* built-in code: $name intrinsics, hidden frames */
  /* operand of OP_INTRINSIC for $name, UINT32_MAX if unknown */
  uint32_t (*intrinsic)(const char *name);
} CompileOpts;

uint32_t cg_compile(Program *prog, const AstNode *program, const CompileOpts *opts, DiagList *d);

/* Creates an empty program sharing strs; file/source are copied. */
Program *prog_new(StrTab *strs, const char *file, const char *abspath, const char *source,
                  size_t len);

#endif
