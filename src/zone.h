/* zone.h - difference-bound matrices (DBMs): the symbolic times of the
 * node host (deadlines that depend on Math.random()).
 *
 * A zone is a conjunction of constraints x_i - x_j < c or <= c over real
 * variables x_1..x_{n-1} and the constant x_0 = 0 (so x_i <= c is
 * x_i - x_0 <= c).  It is kept canonical: every entry is the tightest bound
 * the constraints imply (shortest paths, closed after each added
 * constraint), so two zones with the same solutions have the same matrix
 * and a query reads one entry.  A zone owns its matrix; zn_free releases
 * it.  Integer variables are the caller's business: it tightens x - y < c
 * to x - y <= c - 1 before adding (difference systems with integer bounds
 * have integer solutions whenever they have real ones). */
#ifndef TT_ZONE_H
#define TT_ZONE_H

#include <stdbool.h>
#include <stdint.h>

/* A bound c (strict: < c, else <= c); c = +INFINITY means none. */
typedef struct ZnBound {
  double c;
  bool strict;
} ZnBound;

typedef struct Zone {
  uint32_t n;   /* variables including x_0 */
  uint32_t cap; /* allocated rows */
  ZnBound *m;   /* m[i * cap + j] bounds x_i - x_j */
  bool empty;   /* the constraints have no solution */
} Zone;

typedef enum { ZN_NEVER, ZN_MAYBE, ZN_ALWAYS } ZnAnswer;

/* An unconstrained zone with x_0 only. */
void zn_init(Zone *z);
void zn_free(Zone *z);
void zn_copy(Zone *dst, const Zone *src);

/* A new variable with lo (<|<=) x <= or < hi; returns its index.
 * lo = -INFINITY / hi = INFINITY leave that side open. */
uint32_t zn_add_var(Zone *z, ZnBound lo, ZnBound hi);

/* Adds x_i - x_j (<|<=) c and closes the zone; false when the zone becomes
 * empty (the zone is then unusable: check before adding). */
bool zn_constrain(Zone *z, uint32_t i, uint32_t j, ZnBound b);

/* Whether x_i - x_j (<|<=) c holds in every / no / some solution. */
ZnAnswer zn_query(const Zone *z, uint32_t i, uint32_t j, ZnBound b);

/* Tightest bounds of x_i: lo is the bound of -x_i (so x_i >= -lo.c). */
ZnBound zn_upper(const Zone *z, uint32_t i);
ZnBound zn_lower_neg(const Zone *z, uint32_t i);

/* Keeps the variables with keep[i] = true (keep[0] must be true) in their
 * order, renumbered 0..k-1; projection is exact for canonical zones. */
void zn_project(Zone *z, const bool *keep);

/* Renumbers: variable i becomes perm[i] (a permutation with perm[0] = 0). */
void zn_permute(Zone *z, const uint32_t *perm);

/* Is the bound a at least as tight as b? */
bool zn_bound_le(ZnBound a, ZnBound b);

#endif
