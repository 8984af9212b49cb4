/* buf.h - growable byte buffer.
 *
 * Ownership: a Buf owns its bytes; buf_free releases them.  Growth aborts on
 * out-of-memory (see arena.h xrealloc).  data is always NUL-terminated after
 * any append, so it can be printed with %s when it holds text.
 */
#ifndef TT_BUF_H
#define TT_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
  char *data;
  size_t len, cap;
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
void buf_clear(Buf *b);
void buf_reserve(Buf *b, size_t extra);
void buf_append(Buf *b, const void *p, size_t n);
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_put_u32(Buf *b, uint32_t v); /* raw little-endian-agnostic copy */
void buf_put_u64(Buf *b, uint64_t v);
/* Takes ownership of the bytes out of b (b becomes empty); caller frees. */
char *buf_take(Buf *b, size_t *len);

#endif
