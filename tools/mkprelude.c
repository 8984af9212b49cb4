/* mkprelude.c - the build step that compiles the prelude (src/prelude/NN_*.js)
 * and prints it as C data: build/gen/prelude_img.c (see prelude_image.h).
 * Linked with the empty image, so pi_load compiles from source here. */
#include <stdio.h>

#include "compile.h"
#include "prelude_image.h"

int main(void) {
  StrTab *strs = str_new();
  Program *prog = prog_new(strs, "<prelude>", "<prelude>", "", 0);
  uint32_t id = pi_load(prog);
  if (id != UINT32_MAX) pi_write(stdout, prog, id);
  prog_free(prog);
  str_free(strs);
  return id == UINT32_MAX || fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
}
