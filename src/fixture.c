/* fixture.c - reading, writing and comparing output fixtures; see fixture.h. */
#define _POSIX_C_SOURCE 200809L
#include "fixture.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static const char header[] = "# ticktock fixture v1";

void fx_add(FxSet *s, const char *out, size_t len, int exit_code) {
  for (uint32_t i = 0; i < s->n; i++)
    if (s->v[i].len == len && s->v[i].exit_code == exit_code && !memcmp(s->v[i].out, out, len)) return;
  s->v = xrealloc(s->v, sizeof *s->v * (s->n + 1));
  char *copy = xmalloc(len + 1);
  memcpy(copy, out, len);
  copy[len] = '\0';
  s->v[s->n++] = (FxOutput){copy, len, exit_code};
}

void fx_free(FxSet *s) {
  for (uint32_t i = 0; i < s->n; i++) free(s->v[i].out);
  free(s->v);
  memset(s, 0, sizeof *s);
}

static int cmp_output(const void *pa, const void *pb) {
  const FxOutput *a = pa, *b = pb;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->out, b->out, n);
  if (c) return c;
  if (a->len != b->len) return a->len < b->len ? -1 : 1;
  return (a->exit_code > b->exit_code) - (a->exit_code < b->exit_code);
}

void fx_sort(FxSet *s) {
  if (s->n > 1) qsort(s->v, s->n, sizeof *s->v, cmp_output);
}

void fx_from_result(const XaResult *r, FxSet *s) {
  memset(s, 0, sizeof *s);
  for (uint32_t i = 0; i < r->noutputs; i++) fx_add(s, r->outputs[i].out, r->outputs[i].out_len, r->outputs[i].exit_code);
  fx_sort(s);
}

/* --- the file format ----------------------------------------------------------------- */

static bool starts_with(const char *p, size_t n, const char *lit) {
  size_t l = strlen(lit);
  return n >= l && !memcmp(p, lit, l);
}

/* One "== output K, exit code C" line: C. */
static bool parse_output_header(const char *p, size_t n, int *code) {
  const char *key = "exit code ";
  for (size_t i = 0; i + strlen(key) <= n; i++)
    if (!memcmp(p + i, key, strlen(key))) {
      char tmp[16];
      size_t k = n - i - strlen(key);
      if (k == 0 || k >= sizeof tmp) return false;
      memcpy(tmp, p + i + strlen(key), k);
      tmp[k] = '\0';
      char *end;
      long v = strtol(tmp, &end, 10);
      if (*end || v < -255 || v > 255) return false;
      *code = (int)v;
      return true;
    }
  return false;
}

static bool parse_structured(const char *text, size_t len, FxSet *s, char *err, size_t errlen) {
  Buf cur;
  buf_init(&cur);
  bool open = false;
  int code = 0;
  uint32_t lineno = 0;
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    const char *p = text + i;
    size_t n = e - i;
    lineno++;
    if (n && p[n - 1] == '\r') n--;
    if (starts_with(p, n, "==")) {
      if (open) fx_add(s, cur.data ? cur.data : "", cur.len, code);
      buf_clear(&cur);
      open = true;
      if (!parse_output_header(p, n, &code)) {
        snprintf(err, errlen, "line %u: expected '== output N, exit code C'", lineno);
        buf_free(&cur);
        return false;
      }
    } else if (starts_with(p, n, "|") && open) {
      size_t skip = n >= 2 && p[1] == ' ' ? 2 : 1;
      buf_append(&cur, p + skip, n - skip);
      buf_putc(&cur, '\n');
    } else if (starts_with(p, n, "\\") && open && cur.len) {
      cur.len--; /* no newline at the end of the output */
    } else if (starts_with(p, n, "# pinned")) {
      s->pinned = true;
    } else if (!starts_with(p, n, "#") && n) {
      snprintf(err, errlen, "line %u: expected '| TEXT', '== output ...' or a '#' comment", lineno);
      buf_free(&cur);
      return false;
    }
    i = e + 1;
  }
  if (open) fx_add(s, cur.data ? cur.data : "", cur.len, code);
  buf_free(&cur);
  if (!s->n) {
    snprintf(err, errlen, "no output in the fixture");
    return false;
  }
  return true;
}

bool fx_parse(const char *text, size_t len, FxSet *s, char *err, size_t errlen) {
  memset(s, 0, sizeof *s);
  if (starts_with(text, len, header)) {
    if (parse_structured(text, len, s, err, errlen)) return true;
    fx_free(s);
    return false;
  }
  fx_add(s, text, len, 0);
  return true;
}

void fx_write(Buf *b, const FxSet *s) {
  if (s->n == 1 && s->v[0].exit_code == 0 && !starts_with(s->v[0].out, s->v[0].len, header)) {
    buf_append(b, s->v[0].out, s->v[0].len);
    return;
  }
  buf_printf(b, "%s: %u possible output%s\n", header, s->n, s->n == 1 ? "" : "s");
  buf_puts(b, "# every output the program can print; lines are '| TEXT' (see ticktock(1), FIXTURES)\n");
  for (uint32_t i = 0; i < s->n; i++) {
    const FxOutput *o = &s->v[i];
    buf_printf(b, "== output %u, exit code %d\n", i + 1, o->exit_code);
    size_t start = 0;
    for (size_t k = 0; k <= o->len; k++) {
      if (k < o->len && o->out[k] != '\n') continue;
      if (k == o->len && k == start) break;
      buf_puts(b, k > start ? "| " : "|");
      buf_append(b, o->out + start, k - start);
      buf_putc(b, '\n');
      start = k + 1;
    }
    if (o->len && o->out[o->len - 1] != '\n') buf_puts(b, "\\ no newline at end of output\n");
  }
}

/* --- comparing ------------------------------------------------------------------------ */

typedef struct Lines {
  const char **p;
  size_t *n;
  uint32_t count;
} Lines;

static void split(const char *t, size_t len, Lines *l) {
  uint32_t cap = 1;
  for (size_t i = 0; i < len; i++) cap += t[i] == '\n';
  l->p = xmalloc(sizeof *l->p * cap);
  l->n = xmalloc(sizeof *l->n * cap);
  l->count = 0;
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && t[i] != '\n') continue;
    if (i == len && i == start) break;
    l->p[l->count] = t + start;
    l->n[l->count++] = i - start;
    start = i + 1;
  }
}

static void lines_free(Lines *l) {
  free(l->p);
  free(l->n);
}

static bool line_eq(const Lines *a, uint32_t i, const Lines *b, uint32_t j) {
  return a->n[i] == b->n[j] && !memcmp(a->p[i], b->p[j], a->n[i]);
}

/* Longest common subsequence table (suffixes), for the diff; the texts are
 * program outputs, so quadratic space is bounded by capping the lines. */
static uint32_t *lcs_table(const Lines *a, const Lines *b) {
  size_t w = (size_t)b->count + 1;
  uint32_t *t = xcalloc(((size_t)a->count + 1) * w, sizeof *t);
  for (uint32_t i = a->count; i-- > 0;)
    for (uint32_t j = b->count; j-- > 0;)
      t[i * w + j] = line_eq(a, i, b, j) ? t[(i + 1) * w + j + 1] + 1
                     : t[(i + 1) * w + j] > t[i * w + j + 1] ? t[(i + 1) * w + j] : t[i * w + j + 1];
  return t;
}

enum { DIFF_MAX_LINES = 2000 };

void fx_diff(Buf *b, const char *a, size_t alen, const char *bt, size_t blen, const char *alabel, const char *blabel) {
  if (alen == blen && !memcmp(a, bt, alen)) return;
  Lines la, lb;
  split(a, alen, &la);
  split(bt, blen, &lb);
  buf_printf(b, "--- %s\n+++ %s\n", alabel, blabel);
  if (la.count > DIFF_MAX_LINES || lb.count > DIFF_MAX_LINES) {
    buf_printf(b, "(outputs of %u and %u lines differ; too long to diff)\n", la.count, lb.count);
  } else {
    uint32_t *t = lcs_table(&la, &lb);
    size_t w = (size_t)lb.count + 1;
    uint32_t i = 0, j = 0;
    while (i < la.count || j < lb.count) {
      if (i < la.count && j < lb.count && line_eq(&la, i, &lb, j)) {
        buf_printf(b, " %.*s\n", (int)la.n[i], la.p[i]);
        i++, j++;
      } else if (i < la.count && (j == lb.count || t[(i + 1) * w + j] >= t[i * w + j + 1])) {
        buf_printf(b, "-%.*s\n", (int)la.n[i], la.p[i]); /* deletions first, as diff -u */
        i++;
      } else {
        buf_printf(b, "+%.*s\n", (int)lb.n[j], lb.p[j]);
        j++;
      }
    }
    free(t);
    bool anl = alen && a[alen - 1] != '\n', bnl = blen && bt[blen - 1] != '\n';
    if (anl != bnl) buf_printf(b, "(only the %s output ends without a newline)\n", anl ? "expected" : "actual");
  }
  lines_free(&la);
  lines_free(&lb);
}

static bool same(const FxOutput *a, const FxOutput *b, bool any_exit) {
  return a->len == b->len && !memcmp(a->out, b->out, a->len) && (any_exit || a->exit_code == b->exit_code);
}

static bool contains(const FxSet *s, const FxOutput *o, bool any_exit) {
  for (uint32_t i = 0; i < s->n; i++)
    if (same(&s->v[i], o, any_exit)) return true;
  return false;
}

const FxOutput *fx_nearest(const FxSet *s, const FxOutput *o) {
  const FxOutput *best = NULL;
  long best_score = -1;
  Lines lo;
  split(o->out, o->len, &lo);
  for (uint32_t i = 0; i < s->n; i++) {
    Lines ls;
    split(s->v[i].out, s->v[i].len, &ls);
    long score = 0;
    if (ls.count <= DIFF_MAX_LINES && lo.count <= DIFF_MAX_LINES) {
      uint32_t *t = lcs_table(&ls, &lo);
      score = (long)t[0] * 2 - (long)ls.count - (long)lo.count;
      free(t);
      score += 1L << 30;
    }
    if (score > best_score) best_score = score, best = &s->v[i];
    lines_free(&ls);
  }
  lines_free(&lo);
  return best;
}


/* Index of the output of s most like o among those with used[i] false
 * (all when used is NULL); -1 when none. */
static long nearest_free(const FxSet *s, const bool *used, const FxOutput *o) {
  FxSet sub = {0};
  long *map = xmalloc(sizeof *map * (s->n + 1));
  for (uint32_t i = 0; i < s->n; i++)
    if (!used || !used[i]) {
      sub.v = xrealloc(sub.v, sizeof *sub.v * (sub.n + 1));
      sub.v[sub.n] = s->v[i];
      map[sub.n++] = (long)i;
    }
  const FxOutput *n = fx_nearest(&sub, o);
  long r = n ? map[n - sub.v] : -1;
  free(sub.v); /* the outputs themselves belong to s */
  free(map);
  return r;
}

/* "heading:" then the difference between exp (expected) and act (actual). */
static void explain(Buf *b, const char *heading, const FxOutput *exp, const FxOutput *act, bool any_exit) {
  buf_printf(b, "%s:\n", heading);
  if (!exp || !act) return;
  if (exp->len == act->len && !memcmp(exp->out, act->out, exp->len)) {
    buf_printf(b, "  the same stdout, but exit code %d instead of %d\n", act->exit_code, exp->exit_code);
    return;
  }
  fx_diff(b, exp->out, exp->len, act->out, act->len, "expected", "actual");
  if (!any_exit && exp->exit_code != act->exit_code)
    buf_printf(b, "(and exit code %d instead of %d)\n", act->exit_code, exp->exit_code);
}

uint32_t fx_compare(const FxSet *want, const FxSet *got, bool got_complete, const char *what, Buf *diff) {
  bool any = want->any_exit;
  if (want->n == 1 && got->n == 1) { /* the common case: one diff */
    if (same(&want->v[0], &got->v[0], any)) return 0;
    explain(diff, "the program prints", &want->v[0], &got->v[0], any);
    return 1;
  }
  /* each output only one side has, paired with the nearest one only the
   * other side has, so a changed line shows once */
  bool *missing = xcalloc(want->n + 1, sizeof *missing), *paired = xcalloc(want->n + 1, sizeof *paired);
  for (uint32_t i = 0; i < want->n; i++) missing[i] = got_complete && !contains(got, &want->v[i], any);
  uint32_t k = 0;
  Buf line;
  buf_init(&line);
  for (uint32_t i = 0; i < got->n; i++) {
    if (contains(want, &got->v[i], any)) continue;
    bool *skip = xcalloc(want->n + 1, sizeof *skip);
    bool any_free = false;
    for (uint32_t w = 0; w < want->n; w++) skip[w] = !missing[w] || paired[w], any_free |= !skip[w];
    long n = nearest_free(want, any_free ? skip : NULL, &got->v[i]);
    free(skip);
    buf_clear(&line);
    if (n >= 0 && missing[n] && !paired[n]) {
      paired[n] = true;
      buf_printf(&line, "output %ld of %u in %s is never printed; the program prints output %u of %u instead", n + 1,
                 want->n, what, i + 1, got->n);
    } else {
      buf_printf(&line, "the program can print output %u of %u, which %s does not list", i + 1, got->n, what);
    }
    explain(diff, line.data, n >= 0 ? &want->v[n] : NULL, &got->v[i], any);
    k++;
  }
  for (uint32_t w = 0; w < want->n; w++) {
    if (!missing[w] || paired[w]) continue;
    long n = nearest_free(got, NULL, &want->v[w]);
    buf_clear(&line);
    buf_printf(&line, "output %u of %u in %s is never printed", w + 1, want->n, what);
    explain(diff, line.data, &want->v[w], n >= 0 ? &got->v[n] : NULL, any);
    k++;
  }
  buf_free(&line);
  free(missing);
  free(paired);
  return k;
}

/* --- files ---------------------------------------------------------------------------------- */

char *fx_read_file(const char *path, size_t *len, bool *exists) {
  *exists = false;
  *len = 0;
  FILE *f = fopen(path, "rb");
  if (!f) {
    *exists = errno != ENOENT;
    return NULL;
  }
  *exists = true;
  Buf b;
  buf_init(&b);
  buf_reserve(&b, 1);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(&b, chunk, n);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    buf_free(&b);
    return NULL;
  }
  return buf_take(&b, len);
}

char *fx_path_for(const char *spec) {
  size_t n = strlen(spec);
  const char *dot = strrchr(spec, '.'), *slash = strrchr(spec, '/');
  if (dot && (!slash || dot > slash)) n = (size_t)(dot - spec);
  char *p = xmalloc(n + sizeof ".expected");
  memcpy(p, spec, n);
  memcpy(p + n, ".expected", sizeof ".expected");
  return p;
}
