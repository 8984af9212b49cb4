/* utf8.c - UTF-8 / WTF-8 helpers; see utf8.h. */
#include "utf8.h"

/* Length of the well-formed sequence at s, or 0 when it is malformed. */
static size_t seq_len(const unsigned char *s, size_t len) {
  unsigned char b = s[0];
  if (b < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF; /* bounds for the second byte */
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b == 0xE0) { n = 3; lo = 0xA0; }
  else if (b == 0xED) { n = 3; hi = 0x9F; } /* no UTF-16 surrogates */
  else if (b >= 0xE1 && b <= 0xEF) n = 3;
  else if (b == 0xF0) { n = 4; lo = 0x90; }
  else if (b >= 0xF1 && b <= 0xF3) n = 4;
  else if (b == 0xF4) { n = 4; hi = 0x8F; }
  else return 0;
  if (len < n || s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i < n; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return n;
}

size_t utf8_validate(const char *s, size_t len, int *is_nul) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  *is_nul = 0;
  while (i < len) {
    if (p[i] == 0) {
      *is_nul = 1;
      return i;
    }
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = seq_len(p + i, len - i);
    if (n == 0) return i;
    i += n;
  }
  return len;
}

int utf8_decode(const char *s, size_t len, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned char b = p[0];
  int n = b < 0x80 ? 1 : b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (n == 0 || (size_t)n > len) {
    *cp = b < 0x80 ? b : 0xFFFD;
    return 1;
  }
  uint32_t v = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (p[i] & 0x3Fu);
  }
  *cp = v;
  return n;
}

int utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

int utf8_newline_len(const char *s, size_t len) {
  if (len == 0) return 0;
  if (s[0] == '\n') return 1;
  if (s[0] == '\r') return len > 1 && s[1] == '\n' ? 2 : 1;
  if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
      ((unsigned char)s[2] == 0xA8 || (unsigned char)s[2] == 0xA9))
    return 3;
  return 0;
}
