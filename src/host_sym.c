/* host_sym.c - symbolic random numbers and times of the node host (see
 * host_sym.h). */
#include "host_sym.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "host_int.h"
#include "promise.h"
#include "zone.h"

#define HEAPV (&vm->heap)

enum { REC_SYM = REC_HOST + 8 };

/* The realm's symbolic record: zone (numbers: n, then n*n bounds as
 * (c, strict) pairs), random variables, symbolic numbers, clock's variable,
 * each zone variable's value in `ticktock run`'s schedule (Math.random()
 * is 0.5 there): option 0 of a choice is the side that schedule takes. */
enum { SR_ZONE, SR_RVARS, SR_SYMS, SR_CLKVAR, SR_DEFAULTS, SR__COUNT };

/* A random variable x: lo <= x < hi (lo_open / hi_closed flip the sides),
 * its pinned value (or undefined), and the delay it became: a*x+b is the
 * timer delay whose whole milliseconds are zone variable dvar. */
enum { RV_LO, RV_HI, RV_LO_OPEN, RV_HI_CLOSED, RV_VALUE, RV_DA, RV_DB, RV_DVAR, RV__COUNT };

/* A symbolic number a*x+b: (random variable, a, b). */
enum { SY_RVAR, SY_A, SY_B, SY__COUNT };

enum { MAX_VARS = 250 }; /* zone variables (the var field of a VT_TIME has 16 bits) */

/* --- storage ---------------------------------------------------------------------------- */

static uint32_t new_rec(Vm *vm, uint32_t n) {
  uint32_t r = heap_alloc(HEAPV, OK_RECORD, 0, 0, n);
  heap_obj(HEAPV, r)->aux = REC_SYM;
  for (uint32_t i = 0; i < n; i++) heap_set_data(HEAPV, r, i, VAL_UNDEF);
  return r;
}

/* The realm's record (created on first use when make). */
static uint32_t sym_rec(Vm *vm, bool make) {
  Value s = hn_sym(vm);
  if (val_is_obj(s)) return val_obj_idx(s);
  if (!make) return 0;
  uint32_t r = new_rec(vm, SR__COUNT);
  uint32_t z = new_rec(vm, 3); /* n = 1: x_0 - x_0 <= 0 */
  heap_set_data(HEAPV, z, 0, val_num(1));
  heap_set_data(HEAPV, z, 1, val_num(0));
  heap_set_data(HEAPV, z, 2, VAL_FALSE);
  heap_set_data(HEAPV, r, SR_ZONE, val_obj(z));
  heap_set_data(HEAPV, r, SR_RVARS, val_obj(new_rec(vm, 0)));
  heap_set_data(HEAPV, r, SR_SYMS, val_obj(new_rec(vm, 0)));
  heap_set_data(HEAPV, r, SR_CLKVAR, val_num(0));
  uint32_t d = new_rec(vm, 1);
  heap_set_data(HEAPV, d, 0, val_num(0));
  heap_set_data(HEAPV, r, SR_DEFAULTS, val_obj(d));
  hn_set_sym(vm, val_obj(r));
  return r;
}

static uint32_t part(Vm *vm, int slot) { return val_obj_idx(heap_get_data(HEAPV, sym_rec(vm, true), (uint32_t)slot)); }
static double num_at(Vm *vm, uint32_t r, uint32_t i) { return val_to_double(heap_get_data(HEAPV, r, i)); }

static void zone_load(Vm *vm, Zone *z) {
  zn_init(z);
  uint32_t s = sym_rec(vm, false);
  if (!s) return;
  uint32_t r = val_obj_idx(heap_get_data(HEAPV, s, SR_ZONE)), n = (uint32_t)num_at(vm, r, 0);
  for (uint32_t i = 1; i < n; i++) zn_add_var(z, (ZnBound){-INFINITY, false}, (ZnBound){INFINITY, false});
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++) {
      uint32_t k = 1 + 2 * (i * n + j);
      z->m[i * z->cap + j] = (ZnBound){num_at(vm, r, k), heap_get_data(HEAPV, r, k + 1) == VAL_TRUE};
    }
}

static void zone_store(Vm *vm, Zone *z) {
  uint32_t r = part(vm, SR_ZONE), n = z->n;
  heap_data_resize(HEAPV, r, 1 + 2 * n * n, VAL_UNDEF);
  heap_set_data(HEAPV, r, 0, val_num(n));
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++) {
      ZnBound b = z->m[i * z->cap + j];
      heap_set_data(HEAPV, r, 1 + 2 * (i * n + j), val_num(b.c));
      heap_set_data(HEAPV, r, 2 + 2 * (i * n + j), val_bool(b.strict));
    }
  zn_free(z);
}

bool hs_symbolic(Vm *vm) {
  uint32_t s = sym_rec(vm, false);
  return s && num_at(vm, val_obj_idx(heap_get_data(HEAPV, s, SR_ZONE)), 0) > 1;
}

/* --- time terms ------------------------------------------------------------------------ */

static ZnBound le(double c) { return (ZnBound){c, false}; }

static double default_of(Vm *vm, uint32_t v) {
  uint32_t d = part(vm, SR_DEFAULTS);
  return v < heap_obj(HEAPV, d)->ndata ? num_at(vm, d, v) : 0;
}

/* The value of x_v when the zone fixes it. */
static bool fixed(const Zone *z, uint32_t v, double *value) {
  double hi = zn_upper(z, v).c, lo = -zn_lower_neg(z, v).c;
  *value = lo;
  return hi == lo;
}

Value hs_val(Vm *vm, Tm t) {
  if (t.v == 0 || !isfinite(t.off)) return val_num(t.off);
  if (t.off != floor(t.off) || fabs(t.off) > 2147483647.0) return val_num(hs_concrete(vm, t)); /* whole ms only */
  return VAL_MAKE(VT_TIME, (uint32_t)(int32_t)t.off) | ((uint64_t)t.v << 32);
}

/* x_v is given value c (both sides of the zone). */
static void pin_var(Vm *vm, uint32_t v, double c) {
  Zone z;
  zone_load(vm, &z);
  zn_constrain(&z, v, 0, le(c));
  zn_constrain(&z, 0, v, le(-c));
  zone_store(vm, &z);
}

/* A representative value of x_v in its bounds: option 0 the earliest, then
 * spread up to the latest (a choice CH_RANDOM; an approximation). */
static double pick_var(Vm *vm, uint32_t v) {
  Zone z;
  zone_load(vm, &z);
  double lo = -zn_lower_neg(&z, v).c, hi = zn_upper(&z, v).c, c = lo, def = default_of(vm, v);
  zn_free(&z);
  if (isinf(hi)) hi = lo + 1000;
  if (hi > lo) {
    Host *h = hn_host(vm);
    uint32_t k = h->opts->random_points < 2 ? 2 : h->opts->random_points;
    if (hi - lo + 1 < k) k = (uint32_t)(hi - lo + 1);
    uint32_t i = hn_choose(vm, CH_RANDOM, k);
    c = lo + round((hi - lo) * i / (k - 1));
    if (i == 0 && def >= lo && def <= hi) c = def; /* run's value when it fits */
    h->sym_approx = true;
  }
  pin_var(vm, v, c);
  return c;
}

double hs_concrete(Vm *vm, Tm t) {
  if (t.v == 0) return t.off;
  Zone z;
  zone_load(vm, &z);
  double c;
  bool fix = fixed(&z, t.v, &c);
  zn_free(&z);
  return (fix ? c : pick_var(vm, t.v)) + t.off;
}

double hs_earliest(Vm *vm, Tm t) {
  if (t.v == 0) return t.off;
  Zone z;
  zone_load(vm, &z);
  double lo = -zn_lower_neg(&z, t.v).c;
  zn_free(&z);
  return lo + t.off;
}

Tm hs_plus(Vm *vm, Tm t, Tm d) {
  if (t.v && d.v) d = hs_num(hs_concrete(vm, d)); /* not a difference constraint */
  return (Tm){t.v ? t.v : d.v, t.off + d.off};
}

/* hs_le of two times over different variables, both finite. */
bool hs_le_zone(Vm *vm, Tm a, Tm b) {
  Zone z;
  zone_load(vm, &z);
  /* x_a + oa <= x_b + ob  <=>  x_a - x_b <= ob - oa (integers: otherwise <= oa - ob - 1) */
  ZnAnswer ans = zn_query(&z, a.v, b.v, le(b.off - a.off));
  if (ans != ZN_MAYBE) {
    zn_free(&z);
    return ans == ZN_ALWAYS;
  }
  /* option 0: the side `ticktock run`'s values take */
  bool def = default_of(vm, a.v) + a.off <= default_of(vm, b.v) + b.off;
  bool yes = (hn_choose(vm, CH_ZONE, 2) == 0) == def;
  if (yes) zn_constrain(&z, a.v, b.v, le(b.off - a.off));
  else zn_constrain(&z, b.v, a.v, le(a.off - b.off - 1));
  zone_store(vm, &z);
  return yes;
}


Tm hs_clock(Vm *vm) {
  uint32_t s = sym_rec(vm, false);
  return (Tm){s ? (uint32_t)num_at(vm, s, SR_CLKVAR) : 0, vm->clock};
}

void hs_set_clock(Vm *vm, Tm t) {
  if (t.v || sym_rec(vm, false)) heap_set_data(HEAPV, sym_rec(vm, true), SR_CLKVAR, val_num(t.v));
  vm->clock = t.off;
}

double hs_clock_concrete(Vm *vm) {
  Tm c = hs_clock(vm);
  if (c.v) hs_set_clock(vm, hs_num(hs_concrete(vm, c)));
  return vm->clock;
}

/* --- random variables and symbolic numbers ---------------------------------------------- */

static uint32_t rv_base(uint32_t r) { return r * RV__COUNT; }
static Value rv_get(Vm *vm, uint32_t r, int f) { return heap_get_data(HEAPV, part(vm, SR_RVARS), rv_base(r) + (uint32_t)f); }
static void rv_set(Vm *vm, uint32_t r, int f, Value v) { heap_set_data(HEAPV, part(vm, SR_RVARS), rv_base(r) + (uint32_t)f, v); }

static Value sym_make(Vm *vm, uint32_t r, double a, double b) {
  uint32_t t = part(vm, SR_SYMS), n = heap_obj(HEAPV, t)->ndata / SY__COUNT;
  for (uint32_t i = 0; i < n; i++) /* one entry per (x, a, b): equal values, equal states */
    if (num_at(vm, t, i * SY__COUNT + SY_RVAR) == r && num_at(vm, t, i * SY__COUNT + SY_A) == a &&
        num_at(vm, t, i * SY__COUNT + SY_B) == b)
      return VAL_MAKE(VT_RND, i);
  heap_data_push(HEAPV, t, val_num(r));
  heap_data_push(HEAPV, t, val_num(a));
  heap_data_push(HEAPV, t, val_num(b));
  return VAL_MAKE(VT_RND, n);
}

static void sym_get(Vm *vm, Value v, uint32_t *r, double *a, double *b) {
  uint32_t t = part(vm, SR_SYMS), i = val_payload(v) * SY__COUNT;
  *r = (uint32_t)num_at(vm, t, i + SY_RVAR);
  *a = num_at(vm, t, i + SY_A);
  *b = num_at(vm, t, i + SY_B);
}

Value hs_random(Vm *vm) {
  uint32_t t = part(vm, SR_RVARS), r = heap_obj(HEAPV, t)->ndata / RV__COUNT;
  const Value init[RV__COUNT] = {[RV_LO] = val_num(0), [RV_HI] = val_num(1), [RV_LO_OPEN] = VAL_FALSE,
                                 [RV_HI_CLOSED] = VAL_FALSE, [RV_VALUE] = VAL_UNDEF, [RV_DA] = VAL_UNDEF,
                                 [RV_DB] = VAL_UNDEF, [RV_DVAR] = VAL_UNDEF};
  for (int i = 0; i < RV__COUNT; i++) heap_data_push(HEAPV, t, init[i]);
  hn_host(vm)->sym_live = true;
  return sym_make(vm, r, 1, 0);
}

/* The whole milliseconds node makes of delay value d (S31): NaN, below 1
 * and beyond 2^31-1 become 1 (the overflow warning is host_node's). */
static double msecs_of(double d) { return d >= 1 && d <= 2147483647.0 ? trunc(d) : 1; }

/* Pins x to a representative value: the old model's points (0.5, then
 * spread) over what the constraints leave of its interval. */
static double rv_pin(Vm *vm, uint32_t r) {
  Value pinned = rv_get(vm, r, RV_VALUE);
  if (val_is_num(pinned)) return val_to_double(pinned);
  double lo = val_to_double(rv_get(vm, r, RV_LO)), hi = val_to_double(rv_get(vm, r, RV_HI));
  Value dvar = rv_get(vm, r, RV_DVAR);
  Host *h = hn_host(vm);
  uint32_t k = h->opts->random_points < 2 ? 2 : h->opts->random_points;
  uint32_t i = hn_choose(vm, CH_RANDOM, k);
  double f = i == 0 ? 0.5 : ((double)i - 0.5) / (double)(k - 1);
  double x = lo + f * (hi - lo);
  h->sym_approx = true;
  if (val_is_num(dvar)) {
    /* x must give a delay the zone allows: pick the delay, then x in its cell */
    double a = val_to_double(rv_get(vm, r, RV_DA)), b = val_to_double(rv_get(vm, r, RV_DB));
    double m = msecs_of(a * x + b);
    Zone z;
    zone_load(vm, &z);
    uint32_t v = (uint32_t)val_to_double(dvar);
    double mlo = -zn_lower_neg(&z, v).c, mhi = zn_upper(&z, v).c;
    zn_free(&z);
    if (m < mlo || m > mhi) {
      m = m < mlo ? mlo : mhi;
      double lo_x = ((m < 2 ? -INFINITY : m) - b) / a, hi_x = (m + 1 - b) / a;
      if (a < 0) {
        double s = lo_x;
        lo_x = hi_x, hi_x = s;
      }
      x = (fmax(lo_x, lo) + fmin(hi_x, hi)) / 2;
    }
    pin_var(vm, v, m);
  }
  rv_set(vm, r, RV_VALUE, val_num(x));
  return x;
}

double hs_number(Vm *vm, Value v) {
  if (!val_is_rnd(v)) return val_to_double(v);
  uint32_t r;
  double a, b;
  sym_get(vm, v, &r, &a, &b);
  return a * rv_pin(vm, r) + b;
}

Value hs_concrete_value(void *ctx, Vm *vm, Value v) {
  (void)ctx;
  return val_num(hs_number(vm, v));
}

/* Bounds [mlo, mhi] of the whole milliseconds of a*x+b over x's interval
 * (*clamped: some values are below 1, which node makes 1); false when
 * node would warn (beyond 2^31-1) or a is 0. */
static bool delay_range(Vm *vm, uint32_t r, double a, double b, double *mlo, double *mhi, bool *clamped) {
  double lo = val_to_double(rv_get(vm, r, RV_LO)), hi = val_to_double(rv_get(vm, r, RV_HI));
  if (!(a != 0) || !isfinite(a) || !isfinite(b)) return false;
  double v1 = a * lo + b, v2 = a * hi + b; /* v2 is never reached (x < hi) */
  double top = fmax(v1, v2), bottom = fmin(v1, v2);
  if (top > 2147483647.0) return false;
  bool top_open = a > 0 ? rv_get(vm, r, RV_HI_CLOSED) != VAL_TRUE : rv_get(vm, r, RV_LO_OPEN) == VAL_TRUE;
  double mtop = top_open && top == floor(top) ? top - 1 : floor(top);
  *mlo = msecs_of(bottom);
  *mhi = fmax(1, mtop);
  *clamped = !(bottom >= 1);
  if (*mlo > *mhi) *mlo = *mhi;
  return true;
}

bool hs_delay_ok(Vm *vm, Value after) {
  uint32_t r;
  double a, b, mlo, mhi;
  bool clamped;
  sym_get(vm, after, &r, &a, &b);
  return !val_is_num(rv_get(vm, r, RV_VALUE)) && delay_range(vm, r, a, b, &mlo, &mhi, &clamped);
}

bool hs_delay(Vm *vm, Value after, Tm start, Tm *msecs) {
  if (!val_is_rnd(after)) return false;
  uint32_t r;
  double a, b;
  sym_get(vm, after, &r, &a, &b);
  if (val_is_num(rv_get(vm, r, RV_VALUE))) return false;
  Value dvar = rv_get(vm, r, RV_DVAR);
  double mlo, mhi;
  bool clamped;
  if (val_is_num(dvar)) {
    /* the same delay again (another timer): the same variable; shifted by
     * whole milliseconds, the variable plus the shift while no value is
     * clamped to 1 (anything else is not a difference constraint) */
    double da = val_to_double(rv_get(vm, r, RV_DA)), db = val_to_double(rv_get(vm, r, RV_DB)), m2, m3;
    bool c2;
    *msecs = (Tm){(uint32_t)val_to_double(dvar), b - db};
    if (da != a || start.v) return false;
    if (b == db) return true;
    return b - db == floor(b - db) && delay_range(vm, r, a, b, &mlo, &mhi, &clamped) &&
           delay_range(vm, r, da, db, &m2, &m3, &c2) && !clamped && !c2;
  }
  if (start.v || !delay_range(vm, r, a, b, &mlo, &mhi, &clamped)) return false;
  Zone z;
  zone_load(vm, &z);
  if (z.n >= MAX_VARS) {
    zn_free(&z);
    return false;
  }
  uint32_t v = zn_add_var(&z, le(mlo), le(mhi));
  zone_store(vm, &z);
  double lo = val_to_double(rv_get(vm, r, RV_LO)), hi = val_to_double(rv_get(vm, r, RV_HI));
  double xd = lo <= 0.5 && 0.5 < hi ? 0.5 : (lo + hi) / 2; /* run's Math.random() */
  uint32_t defs = part(vm, SR_DEFAULTS);
  heap_data_resize(HEAPV, defs, v + 1, val_num(0));
  heap_set_data(HEAPV, defs, v, val_num(fmin(mhi, fmax(mlo, msecs_of(a * xd + b)))));
  rv_set(vm, r, RV_DA, val_num(a));
  rv_set(vm, r, RV_DB, val_num(b));
  rv_set(vm, r, RV_DVAR, val_num(v));
  *msecs = (Tm){v, 0};
  return true;
}

/* --- comparisons and whole numbers: x's interval splits -------------------------------------- */

typedef struct Iv {
  double lo, hi;
  bool lo_open, hi_closed;
} Iv;

static Iv rv_iv(Vm *vm, uint32_t r) {
  return (Iv){val_to_double(rv_get(vm, r, RV_LO)), val_to_double(rv_get(vm, r, RV_HI)),
              rv_get(vm, r, RV_LO_OPEN) == VAL_TRUE, rv_get(vm, r, RV_HI_CLOSED) == VAL_TRUE};
}

static void rv_set_iv(Vm *vm, uint32_t r, Iv v) {
  rv_set(vm, r, RV_LO, val_num(v.lo));
  rv_set(vm, r, RV_HI, val_num(v.hi));
  rv_set(vm, r, RV_LO_OPEN, val_bool(v.lo_open));
  rv_set(vm, r, RV_HI_CLOSED, val_bool(v.hi_closed));
}

static bool iv_empty(Iv v) { return v.lo > v.hi || (v.lo == v.hi && (v.lo_open || !v.hi_closed)); }
static bool iv_has(Iv v, double x) { return (x > v.lo || (x == v.lo && !v.lo_open)) && (x < v.hi || (x == v.hi && v.hi_closed)); }

/* x <= t (closed) or x < t */
static Iv iv_below(Iv v, double t, bool closed) {
  if (t < v.hi || (t == v.hi && !closed)) v.hi = t, v.hi_closed = closed;
  return v;
}

/* x > t (open) or x >= t */
static Iv iv_above(Iv v, double t, bool open) {
  if (t > v.lo || (t == v.lo && open)) v.lo = t, v.lo_open = open;
  return v;
}

/* x's interval narrowed by what the zone still allows of the timer delay
 * a*x+b it became (m whole ms: m >= 2 means a*x+b >= m, m <= M means
 * a*x+b < M + 1; every value of m in its zone range has solutions). */
static Iv rv_effective(Vm *vm, uint32_t r) {
  Iv v = rv_iv(vm, r);
  Value dvar = rv_get(vm, r, RV_DVAR);
  if (!val_is_num(dvar)) return v;
  double a = val_to_double(rv_get(vm, r, RV_DA)), b = val_to_double(rv_get(vm, r, RV_DB));
  Zone z;
  zone_load(vm, &z);
  uint32_t y = (uint32_t)val_to_double(dvar);
  double zlo = -zn_lower_neg(&z, y).c, zhi = zn_upper(&z, y).c;
  zn_free(&z);
  if (zlo >= 2) v = a > 0 ? iv_above(v, (zlo - b) / a, false) : iv_below(v, (zlo - b) / a, true);
  return a > 0 ? iv_below(v, (zhi + 1 - b) / a, false) : iv_above(v, (zhi + 1 - b) / a, true);
}

/* x's interval narrowed to v; the delay it became, if any, to the whole
 * milliseconds v allows (an implied constraint: other deadlines follow). */
static void rv_narrow(Vm *vm, uint32_t r, Iv v) {
  rv_set_iv(vm, r, v);
  Value dvar = rv_get(vm, r, RV_DVAR);
  double mlo, mhi;
  bool clamped;
  if (!val_is_num(dvar) ||
      !delay_range(vm, r, val_to_double(rv_get(vm, r, RV_DA)), val_to_double(rv_get(vm, r, RV_DB)), &mlo, &mhi, &clamped))
    return;
  Zone z;
  zone_load(vm, &z);
  uint32_t y = (uint32_t)val_to_double(dvar);
  Zone keep;
  zn_copy(&keep, &z);
  bool ok = zn_constrain(&z, y, 0, le(mhi)) && zn_constrain(&z, 0, y, le(-mlo));
  if (ok) { /* (a rounding error at a cell's edge could empty it: keep the zone then) */
    zn_free(&keep);
    zone_store(vm, &z);
  } else {
    zn_free(&z);
    zn_free(&keep);
  }
}

/* ticktock run's value of x (Math.random() is 0.5 there) when x may take it. */
static double iv_default(Iv v) { return iv_has(v, 0.5) ? 0.5 : (v.lo + v.hi) / 2; }

/* a*x+b OP c (OP one of < <= > >=, the symbolic side on the left): true,
 * false, or a choice CH_ZONE narrowing x to the side taken (option 0: the
 * side of ticktock run's value). */
static bool compare(Vm *vm, uint32_t r, double a, double b, uint32_t op, double c) {
  double t = (c - b) / a;
  bool below = (op == OP_LT || op == OP_LE) == (a > 0);        /* the true side is x below t */
  bool closed = op == OP_LE || op == OP_GE;                     /* ... including t */
  Iv v = rv_effective(vm, r);
  Iv yes = below ? iv_below(v, t, closed) : iv_above(v, t, !closed);
  Iv no = below ? iv_above(v, t, closed) : iv_below(v, t, !closed);
  if (iv_empty(no)) return true;
  if (iv_empty(yes)) return false;
  bool def = iv_has(yes, iv_default(v));
  bool taken = (hn_choose(vm, CH_ZONE, 2) == 0) == def;
  rv_narrow(vm, r, taken ? yes : no);
  return taken;
}

/* floor(a*x+b): one of the whole numbers x's interval allows (a choice
 * CH_ZONE, option 0 ticktock run's); false when there are too many. */
static bool floor_cells(Vm *vm, uint32_t r, double a, double b, double *k) {
  Iv v = rv_effective(vm, r);
  double vlo = a > 0 ? a * v.lo + b : a * v.hi + b, vhi = a > 0 ? a * v.hi + b : a * v.lo + b;
  bool hi_in = a > 0 ? v.hi_closed : !v.lo_open;
  double kmin = floor(vlo), kmax = !hi_in && vhi == floor(vhi) ? vhi - 1 : floor(vhi);
  if (!isfinite(kmin) || !isfinite(kmax) || kmax - kmin >= 64) return false;
  uint32_t n = (uint32_t)(kmax - kmin + 1), c = hn_choose(vm, CH_ZONE, n);
  double kd = fmin(kmax, fmax(kmin, floor(a * iv_default(v) + b)));
  /* option 0 is run's cell, the others in increasing order */
  *k = c == 0 ? kd : kmin + c - 1 + (kmin + c - 1 >= kd);
  /* k <= a*x+b < k+1 */
  double t1 = (*k - b) / a, t2 = (*k + 1 - b) / a;
  v = a > 0 ? iv_below(iv_above(v, t1, false), t2, false) : iv_above(iv_below(v, t1, true), t2, true);
  rv_narrow(vm, r, v);
  return true;
}

/* Math.floor/ceil/trunc/round of a*x+b. */
static bool whole(Vm *vm, uint32_t op, uint32_t r, double a, double b, Value *out) {
  double k, sign = 1;
  if (op == VM_SYM_TRUNC) { /* floor above 0, ceil below */
    Iv v = rv_effective(vm, r);
    double e1 = a * v.lo + b, e2 = a * v.hi + b;
    if (fmin(e1, e2) >= 0) op = VM_SYM_FLOOR;
    else if (fmax(e1, e2) <= 0) op = VM_SYM_CEIL;
    else return false;
  }
  if (op == VM_SYM_CEIL) a = -a, b = -b, sign = -1; /* ceil(v) = -floor(-v) */
  if (op == VM_SYM_ROUND) b += 0.5;                  /* round(v) = floor(v + 0.5) */
  if (!floor_cells(vm, r, a, b, &k)) return false;
  *out = val_num(sign * k);
  return true;
}

bool hs_arith(void *ctx, Vm *vm, uint32_t op, Value x, Value y, Value *out) {
  (void)ctx;
  if (op == VM_SYM_PEEK) {
    uint32_t r;
    double a, b;
    sym_get(vm, y, &r, &a, &b);
    if (!val_is_num(rv_get(vm, r, RV_VALUE))) return false;
    *out = val_num(a * val_to_double(rv_get(vm, r, RV_VALUE)) + b);
    return true;
  }
  if (op >= VM_SYM_FLOOR && op <= VM_SYM_ROUND) {
    uint32_t r;
    double a, b;
    sym_get(vm, y, &r, &a, &b);
    if (val_is_num(rv_get(vm, r, RV_VALUE))) return false; /* x pinned: plain arithmetic */
    return whole(vm, op, r, a, b, out);
  }
  bool unary = op == OP_NEG || op == OP_PLUS || op == OP_TO_NUMERIC;
  if (!unary && val_is_rnd(x) && val_is_rnd(y)) return false;
  Value s = !unary && val_is_rnd(x) ? x : y, o = s == x ? y : x;
  if (!unary && !val_is_num(o)) return false;
  uint32_t r;
  double a, b, c = unary ? 0 : val_to_double(o);
  sym_get(vm, s, &r, &a, &b);
  if (val_is_num(rv_get(vm, r, RV_VALUE))) return false; /* pinned: plain arithmetic */
  bool left = s == x; /* the symbolic operand is on the left */
  if (!isfinite(c)) return false;
  if (op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE) {
    static const uint32_t flip[4] = {OP_GT, OP_GE, OP_LT, OP_LE}; /* c OP v is v flip(OP) c */
    uint32_t cmp = left ? op : flip[op == OP_LT ? 0 : op == OP_LE ? 1 : op == OP_GT ? 2 : 3];
    *out = val_bool(compare(vm, r, a, b, cmp, c));
    return true;
  }
  if (op == OP_BITOR) { /* v | 0 truncates (ToInt32) when v stays within int32 */
    Iv v = rv_effective(vm, r);
    double e1 = a * v.lo + b, e2 = a * v.hi + b;
    if (c != 0 || fmax(fabs(e1), fabs(e2)) >= 2147483648.0) return false;
    if (!whole(vm, VM_SYM_TRUNC, r, a, b, out)) return false;
    *out = val_num(val_to_double(*out) + 0.0); /* -0 | 0 is 0 */
    return true;
  }
  switch (op) {
    case OP_PLUS: case OP_TO_NUMERIC: break;
    case OP_ADD: b += c; break;
    case OP_SUB:
      if (left) b -= c;
      else a = -a, b = c - b;
      break;
    case OP_MUL:
      if (c == 0) return false;
      a *= c, b *= c;
      break;
    case OP_DIV:
      if (!left || c == 0) return false;
      a /= c, b /= c;
      break;
    default: return false;
  }
  *out = sym_make(vm, r, a, b);
  return true;
}

/* --- canonical form --------------------------------------------------------------------- */

typedef struct Walk {
  uint32_t *order; /* old variable -> new number (0: unused yet) */
  uint32_t next;
  const Zone *z;
  bool rewrite;
} Walk;

static Value walk_value(Vm *vm, Walk *w, Value v) {
  if (!val_is_time(v)) return v;
  Tm t = hs_tm(vm, v);
  double c;
  if (fixed(w->z, t.v, &c)) return w->rewrite ? val_num(c + t.off) : v;
  if (!w->order[t.v]) w->order[t.v] = w->next++;
  return w->rewrite ? hs_val(vm, (Tm){w->order[t.v], t.off}) : v;
}

static void walk_slot(Vm *vm, uint32_t obj, uint32_t slot, void *ctx) {
  Walk *w = ctx;
  Value v = heap_get_data(HEAPV, obj, slot), nv = walk_value(vm, w, v);
  if (nv != v) heap_set_data(HEAPV, obj, slot, nv);
}

/* A variable the clock or a random variable's delay names. */
static uint32_t walk_var(Walk *w, uint32_t v) {
  if (!v) return 0;
  if (!w->order[v]) w->order[v] = w->next++;
  return w->order[v];
}

/* --- dropping what no value refers to ---------------------------------------------------------- */

typedef struct Reach {
  Vm *vm;
  uint8_t *seen;       /* per heap object */
  uint32_t *todo, ntodo;
  uint32_t *sym_new;   /* old symbolic number -> new index + 1 (0: not reached) */
  uint32_t nsym_new;
  bool touched;        /* the object being walked had a value renumbered */
} Reach;

static void reach_value(Value *v, void *ctx) {
  Reach *r = ctx;
  if (val_is_obj(*v) || val_is_sym(*v)) {
    uint32_t t = val_payload(*v);
    if (!r->seen[t]) r->seen[t] = 1, r->todo[r->ntodo++] = t;
  } else if (val_is_rnd(*v)) {
    uint32_t i = val_payload(*v);
    if (!r->sym_new[i]) r->sym_new[i] = ++r->nsym_new;
    Value nv = VAL_MAKE(VT_RND, r->sym_new[i] - 1);
    if (nv != *v) *v = nv, r->touched = true;
  }
}

/* Keeps the symbolic numbers some reachable value holds, numbered in the
 * order a walk from the machine's roots reaches them, and the random
 * variables they use (so that a program drawing random numbers in a loop
 * comes back to the same states). */
static void collect(Vm *vm) {
  uint32_t syms = part(vm, SR_SYMS), nsym = heap_obj(HEAPV, syms)->ndata / SY__COUNT;
  Reach r = {vm, xcalloc(HEAPV->nobj + 1, 1), xmalloc(sizeof(uint32_t) * (HEAPV->nobj + 1)), 0,
             xcalloc(nsym + 1, sizeof(uint32_t)), 0, false};
  vm_each_root(vm, reach_value, &r);
  while (r.ntodo) {
    uint32_t o = r.todo[--r.ntodo];
    r.touched = false;
    heap_each_ref(HEAPV, o, reach_value, &r);
    if (r.touched) heap_touch(HEAPV, o);
  }
  /* the new tables: symbolic numbers in reach order, their variables in that order of use */
  uint32_t rvars = part(vm, SR_RVARS), nrv = heap_obj(HEAPV, rvars)->ndata / RV__COUNT;
  uint32_t *inv = xmalloc(sizeof(uint32_t) * (r.nsym_new + 1)), *order = xcalloc(nrv + 1, sizeof(uint32_t)), k = 0;
  for (uint32_t i = 0; i < nsym; i++)
    if (r.sym_new[i]) inv[r.sym_new[i] - 1] = i;
  Value *sy = xmalloc(sizeof(Value) * (r.nsym_new * SY__COUNT + 1));
  for (uint32_t i = 0; i < r.nsym_new; i++) {
    uint32_t old = inv[i], rv_old = (uint32_t)num_at(vm, syms, old * SY__COUNT + SY_RVAR);
    if (!order[rv_old]) order[rv_old] = ++k;
    sy[i * SY__COUNT + SY_RVAR] = val_num(order[rv_old] - 1);
    sy[i * SY__COUNT + SY_A] = heap_get_data(HEAPV, syms, old * SY__COUNT + SY_A);
    sy[i * SY__COUNT + SY_B] = heap_get_data(HEAPV, syms, old * SY__COUNT + SY_B);
  }
  free(inv);
  Value *rv = xmalloc(sizeof(Value) * (k * RV__COUNT + 1));
  for (uint32_t old = 0; old < nrv; old++)
    if (order[old])
      for (uint32_t f = 0; f < RV__COUNT; f++) rv[(order[old] - 1) * RV__COUNT + f] = heap_get_data(HEAPV, rvars, old * RV__COUNT + f);
  heap_data_resize(HEAPV, syms, r.nsym_new * SY__COUNT, VAL_UNDEF);
  for (uint32_t i = 0; i < r.nsym_new * SY__COUNT; i++) heap_set_data(HEAPV, syms, i, sy[i]);
  heap_data_resize(HEAPV, rvars, k * RV__COUNT, VAL_UNDEF);
  for (uint32_t i = 0; i < k * RV__COUNT; i++) heap_set_data(HEAPV, rvars, i, rv[i]);
  free(rv);
  free(order);
  free(sy);
  free(r.seen);
  free(r.todo);
  free(r.sym_new);
}

void hs_normalize(Vm *vm) {
  uint32_t s = sym_rec(vm, false);
  if (!s) return;
  if (!hw_threads(vm)) collect(vm);
  Zone z;
  zone_load(vm, &z);
  Walk w = {xcalloc(z.n, sizeof(uint32_t)), 1, &z, false};
  /* first pass: numbers in order of first use; fixed variables become numbers */
  hn_each_time(vm, walk_slot, &w);
  Tm clk = hs_clock(vm);
  double c;
  if (clk.v && fixed(&z, clk.v, &c)) vm->clock = clk.off + c, clk.v = 0;
  uint32_t clk_new = walk_var(&w, clk.v);
  uint32_t rv = part(vm, SR_RVARS), nrv = heap_obj(HEAPV, rv)->ndata / RV__COUNT;
  Value *dv = xmalloc(sizeof *dv * (nrv + 1));
  for (uint32_t r = 0; r < nrv; r++) {
    dv[r] = val_is_num(rv_get(vm, r, RV_VALUE)) ? VAL_UNDEF : rv_get(vm, r, RV_DVAR); /* pinned: done */
    if (val_is_num(dv[r])) {
      uint32_t nv = walk_var(&w, (uint32_t)val_to_double(dv[r]));
      dv[r] = nv ? val_num(nv) : VAL_UNDEF;
    }
  }
  w.rewrite = true;
  hn_each_time(vm, walk_slot, &w);
  for (uint32_t r = 0; r < nrv; r++) rv_set(vm, r, RV_DVAR, dv[r]);
  free(dv);
  heap_set_data(HEAPV, s, SR_CLKVAR, val_num(clk_new));
  /* the zone: keep the used variables, in their new order */
  bool *keep = xcalloc(z.n, sizeof(bool));
  keep[0] = true;
  for (uint32_t i = 1; i < z.n; i++) keep[i] = w.order[i] != 0;
  uint32_t *perm = xcalloc(z.n, sizeof(uint32_t)), k = 1;
  for (uint32_t i = 1; i < z.n; i++)
    if (keep[i]) perm[k++] = w.order[i];
  uint32_t defs = part(vm, SR_DEFAULTS);
  Value *dval = xcalloc(z.n, sizeof(Value));
  for (uint32_t i = 0; i < z.n; i++) dval[i] = val_num(0);
  for (uint32_t i = 1; i < z.n; i++)
    if (keep[i]) dval[w.order[i]] = val_num(default_of(vm, i));
  heap_data_resize(HEAPV, defs, w.next, val_num(0));
  for (uint32_t i = 0; i < w.next; i++) heap_set_data(HEAPV, defs, i, dval[i]);
  free(dval);
  zn_project(&z, keep);
  zn_permute(&z, perm);
  free(keep);
  free(perm);
  free(w.order);
  zone_store(vm, &z);
}
