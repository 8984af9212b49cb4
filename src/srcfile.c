/* srcfile.c - reading a whole source file; see srcfile.h. */
#include "srcfile.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"

/* Reads the open stream f completely into a growing buffer. */
static int read_all(FILE *f, SrcFile *out) {
  size_t cap = 1 << 16, len = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (cap - len < 2) {
      if (cap >= (size_t)UINT32_MAX) break;
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    size_t n = fread(buf + len, 1, cap - len - 1, f);
    len += n;
    if (n == 0) break;
  }
  if (ferror(f) || len >= (size_t)UINT32_MAX) {
    free(buf);
    return 0;
  }
  buf[len] = '\0';
  out->text = buf;
  out->len = len;
  return 1;
}

int src_file_read(const char *path, SrcFile *out, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "cannot open '%s': %s", path, strerror(errno));
    return 0;
  }
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    snprintf(err, errlen, "cannot read '%s': Is a directory", path);
    fclose(f);
    return 0;
  }
  int ok = read_all(f, out);
  int saved = errno;
  fclose(f);
  if (!ok) {
    snprintf(err, errlen, "cannot read '%s': %s", path,
             saved ? strerror(saved) : "file too large");
    return 0;
  }
  out->path = path;
  return 1;
}

void src_file_free(SrcFile *f) {
  free(f->text);
  memset(f, 0, sizeof *f);
}

int src_file_is_module(const char *path) {
  size_t n = strlen(path);
  return n >= 4 && strcmp(path + n - 4, ".mjs") == 0;
}
