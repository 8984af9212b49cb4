/* arena.c - bump allocator; see arena.h. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
  ArenaBlock *next;
  size_t used, cap;
  max_align_t data[]; /* flexible array keeps data maximally aligned */
};

enum { ARENA_MIN_BLOCK = 64 * 1024 };

static void oom(size_t n) {
  fprintf(stderr, "ticktock: out of memory (requesting %zu bytes)\n", n);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom(n);
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom(n * size);
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom(n);
  return q;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = xmalloc(n);
  memcpy(d, s, n);
  return d;
}

void arena_init(Arena *a) {
  a->head = NULL;
  a->total = 0;
}

void arena_free(Arena *a) {
  ArenaBlock *b = a->head;
  while (b) {
    ArenaBlock *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
  a->total = 0;
}

void *arena_alloc(Arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) / align * align;
  if (n == 0) n = align;
  ArenaBlock *b = a->head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > ARENA_MIN_BLOCK ? n : ARENA_MIN_BLOCK;
    if (cap > SIZE_MAX - sizeof(ArenaBlock)) oom(n);
    b = xmalloc(sizeof(ArenaBlock) + cap);
    b->used = 0;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  a->total += n;
  memset(p, 0, n);
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *d = arena_alloc(a, n + 1);
  if (n) memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

void *arena_grow(Arena *a, void *old, size_t old_n, size_t new_n, size_t elem) {
  void *p = arena_alloc(a, new_n * elem);
  if (old && old_n) memcpy(p, old, old_n * elem);
  return p;
}
