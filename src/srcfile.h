/* srcfile.h - reading a whole source file into memory.
 *
 * Ownership: a SrcFile owns its text (malloc'd, NUL-terminated for
 * convenience; len excludes the NUL); src_file_free releases it. */
#ifndef TT_SRCFILE_H
#define TT_SRCFILE_H

#include <stddef.h>

typedef struct SrcFile {
  const char *path; /* as given by the caller, not copied */
  char *text;
  size_t len;
} SrcFile;

/* Reads path into *out.  Returns 1 on success; on failure returns 0, leaves
 * *out empty and writes a one-line reason (e.g. "cannot open 'x.js': No such
 * file or directory") into err[0..errlen).  Directories and files of 4 GiB
 * or more (offsets are 32-bit) are refused. */
int src_file_read(const char *path, SrcFile *out, char *err, size_t errlen);

void src_file_free(SrcFile *f);

/* True when path names an ES module by its extension (.mjs). */
int src_file_is_module(const char *path);

#endif
