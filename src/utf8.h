/* utf8.h - UTF-8 / WTF-8 helpers shared by the lexer, diagnostics and the
 * AST printer.  Pure functions over caller-owned bytes; nothing allocates. */
#ifndef TT_UTF8_H
#define TT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Checks that s[0..len) is well-formed UTF-8 without NUL bytes (surrogate
 * code points and overlong forms are rejected).  Returns len when valid,
 * otherwise the offset of the first bad byte; *is_nul tells which problem. */
size_t utf8_validate(const char *s, size_t len, int *is_nul);

/* Decodes one code point at s[0..len) (len >= 1), also accepting WTF-8
 * surrogates; returns its byte length (1 for a malformed byte, whose value
 * is returned as 0xFFFD). */
int utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encodes cp (0..0x10FFFF, surrogates allowed: WTF-8) into out[0..4);
 * returns the byte count. */
int utf8_encode(uint32_t cp, char *out);

/* Byte length of the line terminator starting at s (LF, CR, CRLF, U+2028,
 * U+2029), or 0 when s does not start one. */
int utf8_newline_len(const char *s, size_t len);

/* UTF-16 code units of the character whose UTF-8 lead byte is b (0 for a
 * continuation byte), used for V8-compatible columns. */
static inline int utf8_utf16_units(unsigned char b) {
  if (b < 0x80) return 1;
  if (b < 0xC0) return 0;
  return b >= 0xF0 ? 2 : 1;
}

#endif
