/* diag.c - collecting and printing diagnostics; see diag.h. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

void diag_init(DiagList *d) { memset(d, 0, sizeof *d); }

void diag_free(DiagList *d) {
  for (uint32_t i = 0; i < d->len; i++) free(d->items[i].msg);
  free(d->items);
  memset(d, 0, sizeof *d);
}

void diag_vadd(DiagList *d, DiagLevel level, SrcSpan span, const char *fmt, va_list ap) {
  if (level == DIAG_ERROR) d->errors++;
  if (d->len >= DIAG_MAX) {
    if (level == DIAG_ERROR) d->dropped++;
    return;
  }
  char buf[512];
  vsnprintf(buf, sizeof buf, fmt, ap);
  if (d->len == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 8;
    d->items = xrealloc(d->items, d->cap * sizeof *d->items);
  }
  d->items[d->len++] = (Diag){level, span, xstrdup(buf)};
}

void diag_add(DiagList *d, DiagLevel level, SrcSpan span, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vadd(d, level, span, fmt, ap);
  va_end(ap);
}

void diag_append(DiagList *d, const DiagList *from) {
  for (uint32_t i = 0; i < from->len; i++)
    diag_add(d, from->items[i].level, from->items[i].span, "%s", from->items[i].msg);
  d->errors += from->dropped;
  d->dropped += from->dropped;
}

SrcSpan diag_span_at(const char *text, size_t len, uint32_t offset) {
  SrcSpan s = {offset, offset, 1, 1};
  size_t i = 0;
  if (offset > len) offset = (uint32_t)len;
  while (i < offset) {
    int nl = utf8_newline_len(text + i, len - i);
    if (nl) {
      s.line++;
      s.col = 1;
      i += (size_t)nl;
      continue;
    }
    s.col += (uint32_t)utf8_utf16_units((unsigned char)text[i]);
    i++;
  }
  return s;
}

/* Offset of the start of the line holding offset `at`. */
static size_t line_start(const char *t, size_t at) {
  while (at > 0) {
    unsigned char c = (unsigned char)t[at - 1];
    if (c == '\n' || c == '\r') break;
    if (at >= 3 && c >= 0xA8 && c <= 0xA9 && (unsigned char)t[at - 2] == 0x80 &&
        (unsigned char)t[at - 3] == 0xE2)
      break;
    at--;
  }
  return at;
}

/* Offset of the first line terminator at or after `at` (or len). */
static size_t line_end(const char *t, size_t len, size_t at) {
  while (at < len && !utf8_newline_len(t + at, len - at)) at++;
  return at;
}

/* Prints the source line and the caret line for span. Tabs in the source
 * are copied into the caret line so the caret lines up in any terminal. */
static void print_caret(FILE *out, const DiagSource *src, SrcSpan span) {
  size_t start = span.start > src->len ? src->len : span.start;
  size_t ls = line_start(src->text, start), le = line_end(src->text, src->len, start);
  fprintf(out, "%.*s\n", (int)(le - ls), src->text + ls);
  for (size_t i = ls; i < start; i++) { /* one blank per UTF-16 unit, tabs kept */
    unsigned char c = (unsigned char)src->text[i];
    if (c == '\t') fputc('\t', out);
    else for (int k = utf8_utf16_units(c); k > 0; k--) fputc(' ', out);
  }
  fputc('^', out);
  size_t end = span.end < le ? span.end : le;
  for (size_t i = start + 1; i < end; i++)
    if (((unsigned char)src->text[i] & 0xC0) != 0x80) fputc('~', out);
  fputc('\n', out);
}

static const char *level_name(DiagLevel l) {
  return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}

void diag_print(FILE *out, const DiagSource *src, const DiagList *d) {
  for (uint32_t i = 0; i < d->len; i++) {
    const Diag *g = &d->items[i];
    if (g->span.line == 0) {
      fprintf(out, "%s: %s: %s\n", src->file, level_name(g->level), g->msg);
      continue;
    }
    fprintf(out, "%s:%u:%u: %s: %s\n", src->file, (unsigned)g->span.line, (unsigned)g->span.col,
            level_name(g->level), g->msg);
    if (src->text) print_caret(out, src, g->span);
  }
  if (d->dropped)
    fprintf(out, "%s: note: %u more error%s not shown\n", src->file, (unsigned)d->dropped,
            d->dropped == 1 ? "" : "s");
}

void diag_print_summary(FILE *out, const DiagList *d) {
  if (d->errors == 0) return;
  fprintf(out, "%u error%s generated.\n", (unsigned)d->errors, d->errors == 1 ? "" : "s");
}
