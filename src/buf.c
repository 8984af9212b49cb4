/* buf.c - growable byte buffer; see buf.h. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

void buf_init(Buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

void buf_free(Buf *b) {
  free(b->data);
  buf_init(b);
}

void buf_clear(Buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void buf_reserve(Buf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->data[b->len] = '\0'; /* a new buffer is a string too (buf_take) */
  b->cap = cap;
}

void buf_append(Buf *b, const void *p, size_t n) {
  buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void buf_putc(Buf *b, char c) { buf_append(b, &c, 1); }

void buf_puts(Buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n <= 0) return;
  buf_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void buf_put_u32(Buf *b, uint32_t v) { buf_append(b, &v, sizeof v); }

void buf_put_u64(Buf *b, uint64_t v) { buf_append(b, &v, sizeof v); }

char *buf_take(Buf *b, size_t *len) {
  if (!b->data) {
    buf_reserve(b, 0);
    b->data[0] = '\0';
  }
  char *d = b->data;
  if (len) *len = b->len;
  buf_init(b);
  return d;
}
