/* pool.c - hash-consed word sequences; see pool.h. */
#include "pool.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { BLOCK_MIN = 1 << 14, BLOCK_MAX = 1 << 22 }; /* units */
#define EMPTY UINT64_MAX

struct PoolBlock {
  PoolBlock *next;
  size_t size; /* units */
  uint32_t w[];
};

void pool_init(Pool *p, unsigned cache_log2) {
  memset(p, 0, sizeof *p);
  if (cache_log2) {
    p->cmask = (1u << cache_log2) - 1;
    p->cache = xmalloc(sizeof(PoolCache) * ((size_t)p->cmask + 1));
    for (uint32_t i = 0; i <= p->cmask; i++) p->cache[i] = (PoolCache){0, UINT32_MAX};
    p->bytes += sizeof(PoolCache) * ((size_t)p->cmask + 1);
  }
}

void pool_free(Pool *p) {
  for (PoolBlock *b = p->blocks, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  free(p->seq);
  free(p->table);
  free(p->cache);
  memset(p, 0, sizeof *p);
}

/* Four independent multiply lanes (the dependency chain of one lane, not
 * the multiplier, bounds the speed of a simple hash), folded at the end. */
static inline uint64_t mix(uint64_t h, uint64_t k) {
  h ^= k * 0xbf58476d1ce4e5b9ull;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

uint64_t pool_hash(const uint32_t *w, uint32_t n) {
  uint64_t a = 0x9E3779B97F4A7C15ull ^ n, b = 0xC2B2AE3D27D4EB4Full, c = 0x165667B19E3779F9ull,
           d = 0x27D4EB2F165667C5ull;
  uint32_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t k[4];
    memcpy(k, w + i, sizeof k);
    a = mix(a, k[0]);
    b = mix(b, k[1]);
    c = mix(c, k[2]);
    d = mix(d, k[3]);
  }
  for (; i + 2 <= n; i += 2) {
    uint64_t k;
    memcpy(&k, w + i, sizeof k);
    a = mix(a, k);
  }
  if (i < n) {
    uint32_t k;
    memcpy(&k, w + i, sizeof k); /* callers may pass words of another type */
    b = mix(b, k);
  }
  uint64_t h = mix(mix(a, b), mix(c, d) + n);
  return h ^ (h >> 29);
}

/* --- storage ------------------------------------------------------------------ */

/* Copies w[0..n) into a block, preceded by its length. */
static const uint32_t *store(Pool *p, const uint32_t *w, uint32_t n) {
  size_t need = (size_t)n + 1;
  if (need > p->free_left) {
    size_t size = p->blocks ? p->blocks->size * 2 : BLOCK_MIN;
    if (size > BLOCK_MAX) size = BLOCK_MAX;
    if (size < need) size = need;
    PoolBlock *b = xmalloc(sizeof *b + sizeof(uint32_t) * size);
    b->next = p->blocks;
    b->size = size;
    p->blocks = b;
    p->free_at = b->w;
    p->free_left = size;
    p->bytes += sizeof *b + sizeof(uint32_t) * size;
  }
  uint32_t *at = p->free_at;
  at[0] = n;
  memcpy(at + 1, w, sizeof(uint32_t) * n);
  p->free_at += need;
  p->free_left -= need;
  p->units += need;
  return at + 1;
}

static void table_grow(Pool *p) {
  uint64_t cap = p->tcap ? p->tcap * 2 : 1024;
  uint64_t *t = xmalloc(sizeof(uint64_t) * cap);
  memset(t, 0xFF, sizeof(uint64_t) * cap);
  for (uint64_t i = 0; i < p->tcap; i++) {
    uint64_t e = p->table[i];
    if (e == EMPTY) continue;
    uint64_t j = (e >> 32) & (cap - 1);
    while (t[j] != EMPTY) j = (j + 1) & (cap - 1);
    t[j] = e;
  }
  p->bytes += sizeof(uint64_t) * (cap - p->tcap);
  free(p->table);
  p->table = t;
  p->tcap = cap;
}

static bool same(const Pool *p, uint32_t id, const uint32_t *w, uint32_t n) {
  const uint32_t *s = p->seq[id];
  return s[-1] == n && memcmp(s, w, sizeof(uint32_t) * n) == 0;
}

/* --- lookup --------------------------------------------------------------------- */

/* The table stores the low 32 bits of the hash (the probe start is taken
 * from them, so the table can be rebuilt without the sequences). */
uint32_t pool_find(const Pool *p, const uint32_t *w, uint32_t n, uint64_t hash) {
  if (!p->tcap) return UINT32_MAX;
  uint64_t key = (uint64_t)(uint32_t)hash << 32;
  for (uint64_t i = (uint32_t)hash & (p->tcap - 1);; i = (i + 1) & (p->tcap - 1)) {
    uint64_t e = p->table[i];
    if (e == EMPTY) return UINT32_MAX;
    if ((e & ~(uint64_t)UINT32_MAX) == key && same(p, (uint32_t)e, w, n)) return (uint32_t)e;
  }
}

uint32_t pool_intern(Pool *p, const uint32_t *w, uint32_t n, uint64_t hash, bool *added) {
  PoolCache *c = p->cache ? &p->cache[(hash >> 40) & p->cmask] : NULL;
  if (c && c->hash == hash && c->id != UINT32_MAX && same(p, c->id, w, n)) {
    if (added) *added = false;
    return c->id;
  }
  if ((uint64_t)(p->n + 1) * 2 > p->tcap) table_grow(p);
  uint64_t key = (uint64_t)(uint32_t)hash << 32;
  uint64_t i = (uint32_t)hash & (p->tcap - 1);
  for (;; i = (i + 1) & (p->tcap - 1)) {
    uint64_t e = p->table[i];
    if (e == EMPTY) break;
    if ((e & ~(uint64_t)UINT32_MAX) == key && same(p, (uint32_t)e, w, n)) {
      if (c) *c = (PoolCache){hash, (uint32_t)e};
      if (added) *added = false;
      return (uint32_t)e;
    }
  }
  if (p->n == p->cap) {
    size_t old = p->cap;
    p->cap = p->cap ? p->cap * 2 : 1024;
    p->seq = xrealloc(p->seq, sizeof *p->seq * p->cap);
    p->bytes += sizeof *p->seq * (p->cap - old);
  }
  uint32_t id = p->n++;
  p->seq[id] = store(p, w, n);
  p->table[i] = key | id;
  if (c) *c = (PoolCache){hash, id};
  if (added) *added = true;
  return id;
}
