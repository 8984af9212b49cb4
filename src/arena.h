/* arena.h - bump allocator for data that lives as long as a compilation.
 *
 * Ownership: an Arena owns every block it hands out; arena_free releases all
 * of them at once.  Nothing allocated from an arena is freed individually.
 * Allocation failure aborts the process with a message (out of memory is not
 * a condition the front end or compiler can recover from meaningfully).
 */
#ifndef TT_ARENA_H
#define TT_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
  ArenaBlock *head; /* newest block first */
  size_t total;     /* bytes handed out, for statistics */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);

/* Returns zeroed memory aligned for any type. */
void *arena_alloc(Arena *a, size_t n);

/* Copies n bytes and appends a NUL; the result is owned by the arena. */
char *arena_strndup(Arena *a, const char *s, size_t n);

/* Grows an arena-owned array: returns a new block of new_n elements holding the
 * old_n elements of old (which stays allocated until arena_free). */
void *arena_grow(Arena *a, void *old, size_t old_n, size_t new_n, size_t elem);

/* Process-wide allocation helpers that abort on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
