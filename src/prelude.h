/* prelude.h - the prelude's source text, embedded at build time from
 * the files in src/prelude/ (see the Makefile rule for build/gen/prelude.c). */
#ifndef TT_PRELUDE_H
#define TT_PRELUDE_H

#include <stddef.h>

extern const char *const prelude_lines[];
extern const size_t prelude_nlines;

#endif
