/* zone.c - difference-bound matrices (see zone.h). */
#include "zone.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static const ZnBound NONE = {INFINITY, false};
static const ZnBound ZERO = {0, false};

bool zn_bound_le(ZnBound a, ZnBound b) { return a.c < b.c || (a.c == b.c && (a.strict || !b.strict)); }

static ZnBound bound_add(ZnBound a, ZnBound b) {
  if (isinf(a.c) || isinf(b.c)) return NONE;
  return (ZnBound){a.c + b.c, a.strict || b.strict};
}

/* A cycle of this weight means no solution. */
static bool negative(ZnBound s) { return s.c < 0 || (s.c == 0 && s.strict); }

static ZnBound *at(const Zone *z, uint32_t i, uint32_t j) { return &z->m[i * z->cap + j]; }

static void grow(Zone *z, uint32_t cap) {
  ZnBound *m = xmalloc(sizeof *m * cap * cap);
  for (uint32_t i = 0; i < cap; i++)
    for (uint32_t j = 0; j < cap; j++) m[i * cap + j] = i < z->n && j < z->n ? *at(z, i, j) : NONE;
  free(z->m);
  z->m = m;
  z->cap = cap;
}

void zn_init(Zone *z) {
  memset(z, 0, sizeof *z);
  grow(z, 4);
  z->n = 1;
  *at(z, 0, 0) = ZERO;
}

void zn_free(Zone *z) {
  free(z->m);
  memset(z, 0, sizeof *z);
}

void zn_copy(Zone *dst, const Zone *src) {
  dst->n = src->n;
  dst->cap = src->cap;
  dst->empty = src->empty;
  dst->m = xmalloc(sizeof *dst->m * src->cap * src->cap);
  memcpy(dst->m, src->m, sizeof *dst->m * src->cap * src->cap);
}

uint32_t zn_add_var(Zone *z, ZnBound lo, ZnBound hi) {
  if (z->n == z->cap) grow(z, z->cap * 2);
  uint32_t v = z->n++;
  for (uint32_t k = 0; k < z->n; k++) *at(z, v, k) = *at(z, k, v) = NONE;
  *at(z, v, v) = ZERO;
  /* a fresh variable is only related to the others through x_0 */
  if (!isinf(hi.c)) zn_constrain(z, v, 0, hi);
  if (!isinf(lo.c)) zn_constrain(z, 0, v, (ZnBound){-lo.c, lo.strict});
  return v;
}

/* Closure after tightening one entry: every path k -> i -> j -> l may now
 * be shorter (O(n^2), the zone was canonical before). */
bool zn_constrain(Zone *z, uint32_t i, uint32_t j, ZnBound b) {
  if (z->empty) return false;
  if (zn_bound_le(*at(z, i, j), b)) return true; /* implied already */
  if (negative(bound_add(b, *at(z, j, i)))) {
    z->empty = true;
    return false;
  }
  for (uint32_t k = 0; k < z->n; k++) {
    ZnBound ki = k == i ? ZERO : *at(z, k, i);
    if (isinf(ki.c)) continue;
    ZnBound kij = bound_add(ki, b);
    for (uint32_t l = 0; l < z->n; l++) {
      ZnBound cand = bound_add(kij, l == j ? ZERO : *at(z, j, l));
      if (zn_bound_le(cand, *at(z, k, l)) && !zn_bound_le(*at(z, k, l), cand)) *at(z, k, l) = cand;
    }
  }
  return true;
}

ZnAnswer zn_query(const Zone *z, uint32_t i, uint32_t j, ZnBound b) {
  if (z->empty) return ZN_NEVER;
  if (zn_bound_le(*at(z, i, j), b)) return ZN_ALWAYS;
  if (negative(bound_add(b, *at(z, j, i)))) return ZN_NEVER;
  return ZN_MAYBE;
}

ZnBound zn_upper(const Zone *z, uint32_t i) { return *at(z, i, 0); }
ZnBound zn_lower_neg(const Zone *z, uint32_t i) { return *at(z, 0, i); }

void zn_project(Zone *z, const bool *keep) {
  uint32_t *map = xmalloc(sizeof *map * z->n), k = 0;
  for (uint32_t i = 0; i < z->n; i++) map[i] = keep[i] ? k++ : UINT32_MAX;
  for (uint32_t i = 0; i < z->n; i++) {
    if (map[i] == UINT32_MAX) continue;
    for (uint32_t j = 0; j < z->n; j++)
      if (map[j] != UINT32_MAX) *at(z, map[i], map[j]) = *at(z, i, j);
  }
  z->n = k;
  free(map);
}

void zn_permute(Zone *z, const uint32_t *perm) {
  ZnBound *m = xmalloc(sizeof *m * z->cap * z->cap);
  memcpy(m, z->m, sizeof *m * z->cap * z->cap);
  for (uint32_t i = 0; i < z->n; i++)
    for (uint32_t j = 0; j < z->n; j++) *at(z, perm[i], perm[j]) = m[i * z->cap + j];
  free(m);
}
