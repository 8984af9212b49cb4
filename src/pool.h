/* pool.h - hash-consing of word sequences: every distinct sequence is stored
 * once and named by a dense id (0, 1, 2, ... in insertion order).
 *
 * The explorer stores states as trees of pooled sequences (state.h): object
 * records, chunks of record ids, and the top vector of a state, which is the
 * visited set.  Equality is always exact: a hash only selects candidates,
 * which are compared word by word, so colliding sequences get distinct ids.
 *
 * Sequences live in blocks that never move, so a pointer returned by
 * pool_seq stays valid until pool_free.  An optional direct-mapped cache of
 * recently interned sequences spares the main table (and its cache misses)
 * when the same sequences come back again and again, as object records do
 * from one transition to the next.
 *
 * Ownership: a Pool owns its blocks and tables (pool_free).
 */
#ifndef TT_POOL_H
#define TT_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PoolBlock PoolBlock;

typedef struct PoolCache {
  uint64_t hash;
  uint32_t id;
} PoolCache;

typedef struct Pool {
  const uint32_t **seq;   /* id -> first unit; the length is the unit before it */
  uint32_t n, cap;        /* ids in use */
  uint64_t *table;        /* open addressing: hash bits << 32 | id; EMPTY = all ones */
  uint64_t tcap;          /* power of two */
  PoolBlock *blocks;      /* newest first */
  uint32_t *free_at;      /* next free unit of the newest block */
  size_t free_left;       /* units left in it */
  PoolCache *cache;       /* NULL, or cmask + 1 entries */
  uint32_t cmask;
  size_t bytes;           /* everything allocated, for statistics */
  uint64_t units;         /* units stored (sequences and their lengths) */
} Pool;

/* cache_log2 = 0: no cache. */
void pool_init(Pool *p, unsigned cache_log2);
void pool_free(Pool *p);

/* Hash of n units. */
uint64_t pool_hash(const uint32_t *w, uint32_t n);

/* The id of the sequence w[0..n) whose hash is `hash` (normally pool_hash;
 * any function of the contents will do), adding it if it is new; *added
 * (may be NULL) tells which. */
uint32_t pool_intern(Pool *p, const uint32_t *w, uint32_t n, uint64_t hash, bool *added);

/* Starts loading the table slot where a lookup of a sequence with this
 * hash begins, so that a caller with other work to do first does not wait
 * for it (a table of millions of sequences is mostly out of the cache). */
static inline void pool_prefetch(const Pool *p, uint64_t hash) {
  if (p->tcap) __builtin_prefetch(&p->table[(uint32_t)hash & (p->tcap - 1)]);
}

/* Looks the sequence up without adding it; UINT32_MAX if absent. */
uint32_t pool_find(const Pool *p, const uint32_t *w, uint32_t n, uint64_t hash);

static inline const uint32_t *pool_seq(const Pool *p, uint32_t id) { return p->seq[id]; }
static inline uint32_t pool_len(const Pool *p, uint32_t id) { return p->seq[id][-1]; }

#endif
