/* str.c - interned UTF-16 strings; see str.h.
 *
 * Entries live in one array indexed by id; a power-of-two open-addressing
 * table (linear probing) maps content hashes to ids.  Swept entries go on a
 * free list threaded through their `len` field and are reused by id; the
 * hash table is rebuilt after a sweep, so tombstones are never needed.
 */
#include "str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { SF_WIDE = 1, SF_FREE = 2, SF_MARK = 4, SF_PERM = 8, SF_INDEX_KNOWN = 16, SF_IS_INDEX = 32 };

typedef struct StrEntry {
  uint32_t len;
  uint32_t hash;
  uint32_t index; /* array index value when SF_IS_INDEX */
  uint32_t flags;
  void *data;     /* uint8_t[len] or uint16_t[len] */
} StrEntry;

struct StrTab {
  StrEntry *e;
  uint32_t n, cap;
  uint32_t free_head; /* 0 = none (id 0 is "" and never freed) */
  uint32_t *slots;    /* hash table of ids; UINT32_MAX = empty */
  uint32_t nslots, used;
  size_t bytes;
  Buf tmp;
};

#define EMPTY_SLOT UINT32_MAX

static uint32_t hash_units16(const uint16_t *u, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 16777619u;
  return h ? h : 1;
}

static uint32_t hash_units8(const uint8_t *u, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 16777619u;
  return h ? h : 1;
}

static void table_insert(StrTab *t, uint32_t id) {
  uint32_t mask = t->nslots - 1, i = t->e[id].hash & mask;
  while (t->slots[i] != EMPTY_SLOT) i = (i + 1) & mask;
  t->slots[i] = id;
  t->used++;
}

static void table_rebuild(StrTab *t, uint32_t nslots) {
  free(t->slots);
  t->nslots = nslots;
  t->slots = xmalloc(sizeof(uint32_t) * nslots);
  memset(t->slots, 0xFF, sizeof(uint32_t) * nslots);
  t->used = 0;
  for (uint32_t id = 0; id < t->n; id++)
    if (!(t->e[id].flags & SF_FREE)) table_insert(t, id);
}

static bool entry_equals8(const StrEntry *e, const uint8_t *u, size_t n) {
  if (e->len != n || (e->flags & SF_WIDE)) return false;
  return n == 0 || memcmp(e->data, u, n) == 0;
}

static bool entry_equals16(const StrEntry *e, const uint16_t *u, size_t n) {
  if (e->len != n || !(e->flags & SF_WIDE)) return false;
  return memcmp(e->data, u, n * 2) == 0;
}

static uint32_t new_entry(StrTab *t, const void *data, size_t n, bool wide, uint32_t h) {
  uint32_t id;
  if (t->free_head) {
    id = t->free_head;
    t->free_head = t->e[id].len;
  } else {
    if (t->n == t->cap) {
      t->cap = t->cap ? t->cap * 2 : 1024;
      t->e = xrealloc(t->e, sizeof(StrEntry) * t->cap);
    }
    id = t->n++;
  }
  size_t bytes = n * (wide ? 2 : 1);
  StrEntry *e = &t->e[id];
  e->len = (uint32_t)n;
  e->hash = h;
  e->flags = wide ? SF_WIDE : 0;
  e->index = 0;
  e->data = xmalloc(bytes ? bytes : 1);
  if (bytes) memcpy(e->data, data, bytes);
  t->bytes += bytes + sizeof(StrEntry);
  if ((t->used + 1) * 4 >= t->nslots * 3) table_rebuild(t, t->nslots * 2);
  table_insert(t, id);
  return id;
}

uint32_t str_intern8(StrTab *t, const uint8_t *u, size_t n) {
  uint32_t h = hash_units8(u, n), mask = t->nslots - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t id = t->slots[i];
    if (id == EMPTY_SLOT) break;
    if (t->e[id].hash == h && entry_equals8(&t->e[id], u, n)) return id;
  }
  return new_entry(t, u, n, false, h);
}

uint32_t str_intern16(StrTab *t, const uint16_t *u, size_t n) {
  bool wide = false;
  for (size_t i = 0; i < n && !wide; i++) wide = u[i] > 0xFF;
  if (!wide) {
    uint8_t small[256] = {0};
    uint8_t *b = n <= sizeof small ? small : xmalloc(n);
    for (size_t i = 0; i < n; i++) b[i] = (uint8_t)u[i];
    uint32_t id = str_intern8(t, b, n);
    if (b != small) free(b);
    return id;
  }
  uint32_t h = hash_units16(u, n), mask = t->nslots - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t id = t->slots[i];
    if (id == EMPTY_SLOT) break;
    if (t->e[id].hash == h && entry_equals16(&t->e[id], u, n)) return id;
  }
  return new_entry(t, u, n, true, h);
}

/* Decodes one WTF-8 sequence at s[*i]; returns the code point or 0xFFFD. */
static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *i) {
  unsigned c = s[(*i)++];
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0 || c > 0xF4) return 0xFFFD;
  uint32_t cp = c & (0x3F >> extra);
  for (int k = 0; k < extra; k++) {
    if (*i >= n || (s[*i] & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (s[(*i)++] & 0x3F);
  }
  static const uint32_t min[] = {0, 0x80, 0x800, 0x10000};
  if (cp < min[extra] || cp > 0x10FFFF) return 0xFFFD;
  return cp;
}

uint32_t str_from_utf8(StrTab *t, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n && u[i] < 0x80) i++;
  if (i == n) return str_intern8(t, u, n);
  uint16_t small[512];
  uint16_t *out = n <= 512 ? small : xmalloc(sizeof(uint16_t) * n);
  size_t k = 0;
  for (i = 0; i < n;) {
    uint32_t cp = utf8_next(u, n, &i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[k++] = (uint16_t)(0xD800 + (cp >> 10));
      out[k++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      out[k++] = (uint16_t)cp;
    }
  }
  uint32_t id = str_intern16(t, out, k);
  if (out != small) free(out);
  return id;
}

uint32_t str_cstr(StrTab *t, const char *s) { return str_from_utf8(t, s, strlen(s)); }

StrTab *str_new(void) {
  StrTab *t = xcalloc(1, sizeof *t);
  t->nslots = 2048;
  t->slots = xmalloc(sizeof(uint32_t) * t->nslots);
  memset(t->slots, 0xFF, sizeof(uint32_t) * t->nslots);
  buf_init(&t->tmp);
  uint32_t empty = str_intern8(t, (const uint8_t *)"", 0);
  str_set_permanent(t, empty);
  /* each atom must get the id of its enum constant (a duplicate text in
   * the list would shift every later id) */
#define TT_ATOM_INTERN(id, text)                                              \
  if (str_cstr(t, text) != ATOM_##id) {                                       \
    fprintf(stderr, "ticktock: internal error: atom %s is not unique\n", text); \
    abort();                                                                  \
  }                                                                           \
  str_set_permanent(t, ATOM_##id);
  TT_ATOM_LIST(TT_ATOM_INTERN)
#undef TT_ATOM_INTERN
  return t;
}

void str_free(StrTab *t) {
  if (!t) return;
  for (uint32_t i = 0; i < t->n; i++)
    if (!(t->e[i].flags & SF_FREE)) free(t->e[i].data);
  free(t->e);
  free(t->slots);
  buf_free(&t->tmp);
  free(t);
}

uint32_t str_len(const StrTab *t, uint32_t id) { return t->e[id].len; }

uint16_t str_at(const StrTab *t, uint32_t id, uint32_t i) {
  const StrEntry *e = &t->e[id];
  return (e->flags & SF_WIDE) ? ((const uint16_t *)e->data)[i] : ((const uint8_t *)e->data)[i];
}

bool str_is_wide(const StrTab *t, uint32_t id) { return t->e[id].flags & SF_WIDE; }
const uint8_t *str_data8(const StrTab *t, uint32_t id) { return t->e[id].data; }
const uint16_t *str_data16(const StrTab *t, uint32_t id) { return t->e[id].data; }
uint32_t str_hash(const StrTab *t, uint32_t id) { return t->e[id].hash; }

void str_units(const StrTab *t, uint32_t id, uint16_t *out) {
  const StrEntry *e = &t->e[id];
  if (e->flags & SF_WIDE) {
    memcpy(out, e->data, e->len * 2u);
  } else {
    const uint8_t *d = e->data;
    for (uint32_t i = 0; i < e->len; i++) out[i] = d[i];
  }
}

uint32_t str_concat(StrTab *t, uint32_t a, uint32_t b) {
  uint32_t la = t->e[a].len, lb = t->e[b].len;
  if (la == 0) return b;
  if (lb == 0) return a;
  size_t n = (size_t)la + lb;
  if (!(t->e[a].flags & SF_WIDE) && !(t->e[b].flags & SF_WIDE)) {
    uint8_t *buf = xmalloc(n);
    memcpy(buf, t->e[a].data, la);
    memcpy(buf + la, t->e[b].data, lb);
    uint32_t id = str_intern8(t, buf, n);
    free(buf);
    return id;
  }
  uint16_t *buf = xmalloc(n * 2);
  str_units(t, a, buf);
  str_units(t, b, buf + la);
  uint32_t id = str_intern16(t, buf, n);
  free(buf);
  return id;
}

uint32_t str_substr(StrTab *t, uint32_t id, uint32_t start, uint32_t end) {
  uint32_t len = t->e[id].len;
  if (end > len) end = len;
  if (start >= end) return ATOM_empty;
  if (start == 0 && end == len) return id;
  if (!(t->e[id].flags & SF_WIDE)) {
    /* copy first: interning may move the entry array */
    size_t n = end - start;
    uint8_t small[256];
    uint8_t *b = n <= sizeof small ? small : xmalloc(n);
    memcpy(b, (const uint8_t *)t->e[id].data + start, n);
    uint32_t r = str_intern8(t, b, n);
    if (b != small) free(b);
    return r;
  }
  size_t n = end - start;
  uint16_t *b = xmalloc(n * 2);
  memcpy(b, (const uint16_t *)t->e[id].data + start, n * 2);
  uint32_t r = str_intern16(t, b, n);
  free(b);
  return r;
}

int str_cmp(const StrTab *t, uint32_t a, uint32_t b) {
  if (a == b) return 0;
  uint32_t la = t->e[a].len, lb = t->e[b].len, n = la < lb ? la : lb;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t x = str_at(t, a, i), y = str_at(t, b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

bool str_array_index(const StrTab *t, uint32_t id, uint32_t *index) {
  StrEntry *e = &((StrTab *)t)->e[id];
  if (!(e->flags & SF_INDEX_KNOWN)) {
    bool ok = e->len > 0 && e->len <= 10 && !(e->flags & SF_WIDE);
    uint64_t v = 0;
    const uint8_t *d = e->data;
    for (uint32_t i = 0; ok && i < e->len; i++) {
      ok = d[i] >= '0' && d[i] <= '9' && !(i == 0 && d[i] == '0' && e->len > 1);
      v = v * 10 + (uint64_t)(d[i] - '0');
    }
    ok = ok && v < UINT32_MAX;
    e->flags |= SF_INDEX_KNOWN | (ok ? SF_IS_INDEX : 0);
    e->index = ok ? (uint32_t)v : 0;
  }
  if (index) *index = e->index;
  return e->flags & SF_IS_INDEX;
}

bool str_eq_cstr(const StrTab *t, uint32_t id, const char *s) {
  const StrEntry *e = &t->e[id];
  size_t n = strlen(s);
  if (e->len != n) return false;
  for (size_t i = 0; i < n; i++)
    if (str_at(t, id, (uint32_t)i) != (unsigned char)s[i]) return false;
  return true;
}

static void put_cp(Buf *out, uint32_t cp) {
  char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  buf_append(out, b, n);
}

void str_to_utf8(const StrTab *t, uint32_t id, Buf *out) {
  const StrEntry *e = &t->e[id];
  if (!(e->flags & SF_WIDE)) {
    const uint8_t *d = e->data;
    uint32_t i = 0;
    while (i < e->len) {
      uint32_t j = i;
      while (j < e->len && d[j] < 0x80) j++;
      buf_append(out, d + i, j - i);
      if (j < e->len) put_cp(out, d[j++]);
      i = j;
    }
    return;
  }
  const uint16_t *d = e->data;
  for (uint32_t i = 0; i < e->len; i++) {
    uint32_t c = d[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < e->len && d[i + 1] >= 0xDC00 && d[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (d[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    put_cp(out, c);
  }
}

const char *str_cstr_tmp(StrTab *t, uint32_t id) {
  buf_clear(&t->tmp);
  str_to_utf8(t, id, &t->tmp);
  buf_putc(&t->tmp, '\0');
  return t->tmp.data;
}

void str_gc_begin(StrTab *t) {
  for (uint32_t i = 0; i < t->n; i++) t->e[i].flags &= ~(uint32_t)SF_MARK;
}

void str_mark(StrTab *t, uint32_t id) { t->e[id].flags |= SF_MARK; }

void str_set_permanent(StrTab *t, uint32_t id) { t->e[id].flags |= SF_PERM; }

size_t str_gc_sweep(StrTab *t) {
  size_t freed = 0;
  for (uint32_t id = 1; id < t->n; id++) {
    StrEntry *e = &t->e[id];
    if (e->flags & (SF_FREE | SF_MARK | SF_PERM)) continue;
    t->bytes -= (size_t)e->len * ((e->flags & SF_WIDE) ? 2 : 1) + sizeof(StrEntry);
    free(e->data);
    e->data = NULL;
    e->flags = SF_FREE;
    e->len = t->free_head;
    t->free_head = id;
    freed++;
  }
  if (freed) table_rebuild(t, t->nslots);
  return freed;
}

uint32_t str_count(const StrTab *t) { return t->n; }
size_t str_bytes(const StrTab *t) { return t->bytes; }
