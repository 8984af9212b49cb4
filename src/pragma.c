/* pragma.c - parsing `//@` pragmas and checking expectations; see pragma.h. */
#include "pragma.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "utf8.h"

/* --- a cursor over one pragma's text -------------------------------------------------- */

/* Positions in diagnostics are those of the source text, so the cursor
 * keeps the byte offset of the pragma text inside the file. */
typedef struct Cur {
  const char *s, *end;
  const char *src;      /* the whole file (for spans) */
  size_t src_len;
  DiagList *d;
  bool bad;             /* an error was reported for this pragma */
} Cur;

static SrcSpan span_of(const Cur *c, const char *from, const char *to) {
  SrcSpan sp = diag_span_at(c->src, c->src_len, (uint32_t)(from - c->src));
  sp.end = (uint32_t)((to > from ? to : from + 1) - c->src);
  return sp;
}

static const char *word_end(const char *p, const char *end) {
  while (p < end && *p != ' ' && *p != '\t') p++;
  return p;
}

/* Reports an error at [from, to) (to == from: the next word). */
static void cur_error(Cur *c, const char *from, const char *to, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void cur_error(Cur *c, const char *from, const char *to, const char *fmt, ...) {
  if (c->bad) return; /* one error per pragma */
  c->bad = true;
  if (to == from) to = word_end(from, c->end);
  va_list ap;
  va_start(ap, fmt);
  diag_vadd(c->d, DIAG_ERROR, span_of(c, from, to), fmt, ap);
  va_end(ap);
}

static void skip_blanks(Cur *c) {
  while (c->s < c->end && (*c->s == ' ' || *c->s == '\t')) c->s++;
}

static bool at_end(Cur *c) {
  skip_blanks(c);
  return c->s >= c->end;
}

/* A word of letters, digits, '-', '_' and '.'; returns its length (0: none). */
static size_t cur_word(Cur *c, const char **w) {
  skip_blanks(c);
  *w = c->s;
  while (c->s < c->end && (isalnum((unsigned char)*c->s) || *c->s == '-' || *c->s == '_')) c->s++;
  return (size_t)(c->s - *w);
}

static bool word_is(const char *w, size_t n, const char *lit) { return strlen(lit) == n && !memcmp(w, lit, n); }

/* Expects the literal word lit next. */
static bool cur_expect(Cur *c, const char *lit, const char *what) {
  const char *w;
  size_t n = cur_word(c, &w);
  if (word_is(w, n, lit)) return true;
  cur_error(c, w, w, "expected %s", what);
  return false;
}

/* Nothing may follow a complete pragma. */
static bool cur_done(Cur *c, const char *name) {
  if (at_end(c)) return true;
  cur_error(c, c->s, c->end, "unexpected text after '%s' pragma", name);
  return false;
}

/* A non-negative integer (at most max). */
static bool cur_uint(Cur *c, uint64_t max, uint64_t *out, const char *what) {
  skip_blanks(c);
  const char *p = c->s;
  uint64_t v = 0;
  while (c->s < c->end && isdigit((unsigned char)*c->s)) {
    v = v * 10 + (uint64_t)(*c->s - '0');
    if (v > max) {
      while (c->s < c->end && isdigit((unsigned char)*c->s)) c->s++;
      cur_error(c, p, c->s, "%s must be at most %llu", what, (unsigned long long)max);
      return false;
    }
    c->s++;
  }
  if (c->s == p) {
    cur_error(c, p, p, "expected %s (a non-negative integer)", what);
    return false;
  }
  *out = v;
  return true;
}

static void put_utf8(Buf *b, uint32_t cp) {
  char tmp[4];
  int n = utf8_encode(cp, tmp);
  buf_append(b, tmp, (size_t)n);
}

static char *dupn(const char *s, size_t n) {
  char *r = xmalloc(n + 1);
  memcpy(r, s, n);
  r[n] = '\0';
  return r;
}

static int hex4(const char *p, const char *end) {
  if (end - p < 4) return -1;
  int v = 0;
  for (int i = 0; i < 4; i++) {
    int c = p[i], d = isdigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* A JSON string literal: "..." with \" \\ \/ \b \f \n \r \t \uXXXX.  Returns
 * a malloc'd copy of its value or NULL (reported). */
static char *cur_string(Cur *c, const char *what) {
  skip_blanks(c);
  const char *start = c->s;
  if (c->s >= c->end || *c->s != '"') {
    cur_error(c, start, start, "expected %s (a string in double quotes)", what);
    return NULL;
  }
  Buf b;
  buf_init(&b);
  buf_reserve(&b, 1);
  for (c->s++; c->s < c->end && *c->s != '"'; c->s++) {
    if (*c->s != '\\') {
      buf_putc(&b, *c->s);
      continue;
    }
    const char *esc = c->s++;
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *k = c->s < c->end ? strchr(from, *c->s) : NULL;
    int u = c->s < c->end && *c->s == 'u' ? hex4(c->s + 1, c->end) : -1;
    if (k && *c->s) {
      buf_putc(&b, to[k - from]);
    } else if (u >= 0) {
      c->s += 4;
      int lo = u >= 0xD800 && u < 0xDC00 && c->end - c->s > 2 && c->s[1] == '\\' && c->s[2] == 'u' ? hex4(c->s + 3, c->end) : -1;
      if (lo >= 0xDC00 && lo < 0xE000) {
        put_utf8(&b, 0x10000u + (((uint32_t)u - 0xD800u) << 10) + ((uint32_t)lo - 0xDC00u));
        c->s += 6;
      } else {
        put_utf8(&b, (uint32_t)u);
      }
    } else {
      cur_error(c, esc, esc + 2, "invalid escape in string");
      buf_free(&b);
      return NULL;
    }
  }
  if (c->s >= c->end) {
    cur_error(c, start, c->end, "unterminated string");
    buf_free(&b);
    return NULL;
  }
  c->s++;
  size_t n;
  return buf_take(&b, &n);
}

/* --- JSON syntax (fetch bodies) --------------------------------------------------------- */

static const char *json_value(const char *p, const char *e, int depth);

static const char *json_ws(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  return p;
}

static const char *json_string(const char *p, const char *e) {
  for (p++; p < e && *p != '"'; p++) {
    if ((unsigned char)*p < 0x20) return NULL;
    if (*p != '\\') continue;
    if (++p >= e) return NULL;
    if (*p == 'u') {
      if (hex4(p + 1, e) < 0) return NULL;
      p += 4;
    } else if (!strchr("\"\\/bfnrt", *p) || !*p) {
      return NULL;
    }
  }
  return p < e ? p + 1 : NULL;
}

static const char *json_number(const char *p, const char *e) {
  if (p < e && *p == '-') p++;
  if (p >= e || !isdigit((unsigned char)*p)) return NULL;
  if (*p == '0') p++;
  else while (p < e && isdigit((unsigned char)*p)) p++;
  if (p < e && *p == '.') {
    if (++p >= e || !isdigit((unsigned char)*p)) return NULL;
    while (p < e && isdigit((unsigned char)*p)) p++;
  }
  if (p < e && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < e && (*p == '+' || *p == '-')) p++;
    if (p >= e || !isdigit((unsigned char)*p)) return NULL;
    while (p < e && isdigit((unsigned char)*p)) p++;
  }
  return p;
}

/* Array or object: elements separated by commas ("key": value for objects). */
static const char *json_compound(const char *p, const char *e, int depth, char close) {
  p = json_ws(p + 1, e);
  if (p < e && *p == close) return p + 1;
  for (;;) {
    if (close == '}') {
      if (p >= e || *p != '"' || !(p = json_string(p, e))) return NULL;
      p = json_ws(p, e);
      if (p >= e || *p != ':') return NULL;
      p++;
    }
    if (!(p = json_value(p, e, depth + 1))) return NULL;
    if (p < e && *p == ',') {
      p = json_ws(p + 1, e);
      continue;
    }
    return p < e && *p == close ? p + 1 : NULL;
  }
}

static const char *json_value(const char *p, const char *e, int depth) {
  if (depth > 200) return NULL;
  p = json_ws(p, e);
  if (p >= e) return NULL;
  const char *q;
  if (*p == '"') q = json_string(p, e);
  else if (*p == '[') q = json_compound(p, e, depth, ']');
  else if (*p == '{') q = json_compound(p, e, depth, '}');
  else if (*p == '-' || isdigit((unsigned char)*p)) q = json_number(p, e);
  else {
    static const char *const lits[] = {"true", "false", "null"};
    q = NULL;
    for (int i = 0; i < 3 && !q; i++)
      if ((size_t)(e - p) >= strlen(lits[i]) && !memcmp(p, lits[i], strlen(lits[i]))) q = p + strlen(lits[i]);
  }
  return q ? json_ws(q, e) : NULL;
}

static bool json_valid(const char *p, const char *e) {
  const char *q = json_value(p, e, 0);
  return q == e;
}

/* --- the pragmas ------------------------------------------------------------------------ */

typedef struct Ctx {
  PgSpec *s;
  Cur c;
  PgPos at;
  const AstPragma *p;
} Ctx;

static void push_fetch(PgSpec *s, char *url, char *body, int status) {
  for (uint32_t i = 0; i < s->nfetches; i++)
    if (!strcmp(s->fetches[i].url, url)) { /* the last declaration wins, as in prelude.js */
      free(s->fetches[i].url);
      free(s->fetches[i].body);
      s->fetches[i] = (FetchDecl){url, body, status};
      return;
    }
  s->fetches = xrealloc(s->fetches, sizeof *s->fetches * (s->nfetches + 1));
  s->fetches[s->nfetches++] = (FetchDecl){url, body, status};
}

/* fetch "URL" => JSON | => status N JSON | => fail */
static void pg_fetch(Ctx *x) {
  Cur *c = &x->c;
  char *url = cur_string(c, "the URL");
  if (!url) return;
  skip_blanks(c);
  if (c->end - c->s < 2 || c->s[0] != '=' || c->s[1] != '>') {
    cur_error(c, c->s, c->s, "expected '=>' after the URL");
    free(url);
    return;
  }
  c->s += 2;
  const char *w;
  size_t n = cur_word(c, &w);
  int status = 200;
  if (word_is(w, n, "fail")) {
    if (cur_done(c, "fetch")) push_fetch(x->s, url, xstrdup(""), 0);
    else free(url);
    return;
  }
  if (word_is(w, n, "status")) {
    uint64_t v;
    if (!cur_uint(c, 599, &v, "the status code") || v < 200) {
      if (!c->bad) cur_error(c, w, c->s, "the status code must be between 200 and 599");
      free(url);
      return;
    }
    status = (int)v;
  } else {
    c->s = w;
  }
  skip_blanks(c);
  if (!json_valid(c->s, c->end)) {
    cur_error(c, c->s, c->end, "the answer must be JSON, 'status N JSON' or 'fail'");
    free(url);
    return;
  }
  push_fetch(x->s, url, dupn(c->s, (size_t)(c->end - c->s)), status);
  c->s = c->end;
}

/* latency fetch|io LO..HI */
static void pg_latency(Ctx *x) {
  Cur *c = &x->c;
  const char *w;
  size_t n = cur_word(c, &w);
  PgLatency *l = word_is(w, n, "fetch") ? &x->s->fetch_latency : word_is(w, n, "io") ? &x->s->io_latency : NULL;
  if (!l) {
    cur_error(c, w, w, "expected 'fetch' or 'io' after 'latency'");
    return;
  }
  uint64_t lo, hi;
  const char *from = (skip_blanks(c), c->s);
  if (!cur_uint(c, 3600000, &lo, "the lowest latency in ms")) return;
  if (c->end - c->s < 2 || c->s[0] != '.' || c->s[1] != '.') {
    cur_error(c, c->s, c->s, "expected '..' in the latency range LO..HI");
    return;
  }
  c->s += 2;
  if (!cur_uint(c, 3600000, &hi, "the highest latency in ms")) return;
  if (lo > hi) {
    cur_error(c, from, c->s, "empty latency range: %llu is above %llu", (unsigned long long)lo,
              (unsigned long long)hi);
    return;
  }
  if (!cur_done(c, "latency")) return;
  *l = (PgLatency){true, (double)lo, (double)hi};
}

/* The `//` comment block right below the pragma: each line's text after
 * "//" and one optional blank, up to the first line that is not such a
 * comment (or is another pragma). */
static void pg_output_block(Ctx *x) {
  const char *src = x->c.src, *end = src + x->c.src_len;
  const char *p = src + x->p->span.end;
  while (p < end && *p != '\n') p++;
  Buf b;
  buf_init(&b);
  buf_reserve(&b, 1);
  bool any = false;
  while (p < end) {
    const char *line = p + 1, *q = line;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (end - q < 2 || q[0] != '/' || q[1] != '/' || (end - q > 2 && q[2] == '@')) break;
    q += 2;
    if (q < end && *q == ' ') q++;
    const char *e = q;
    while (e < end && *e != '\n') e++;
    const char *te = e > q && e[-1] == '\r' ? e - 1 : e;
    buf_append(&b, q, (size_t)(te - q));
    buf_putc(&b, '\n');
    any = true;
    p = e;
  }
  x->s->output_inline = any;
  x->s->output = buf_take(&b, &x->s->output_len);
}

/* KIND... for allow / expect */
static void pg_kinds(Ctx *x, bool allow) {
  Cur *c = &x->c;
  int count = 0;
  while (!at_end(c)) {
    const char *w;
    size_t n = cur_word(c, &w);
    char name[64];
    FindingKind k;
    snprintf(name, sizeof name, "%.*s", (int)(n < 63 ? n : 63), w);
    if (n == 0 || !fd_kind_from_name(name, &k)) {
      const char *e = n ? c->s : word_end(w, c->end);
      Buf known;
      buf_init(&known);
      for (int i = 0; i < FK__COUNT; i++) buf_printf(&known, "%s%s", i ? ", " : "", fd_kind_name((FindingKind)i));
      cur_error(c, w, e, "unknown finding kind '%.*s' (one of: %s)", (int)(e - w), w, known.data);
      buf_free(&known);
      return;
    }
    if (allow) x->s->policy.error[k] = false;
    else x->s->policy.expected[k] = true, x->s->expect_at[k] = x->at;
    count++;
  }
  if (!count) cur_error(c, c->s, c->s, "expected a finding kind after '%s'", allow ? "allow" : "expect");
}

/* always "A" before "B" */
static void pg_always(Ctx *x, const char *name) {
  Cur *c = &x->c;
  char *a = cur_string(c, "the earlier line");
  if (!a) return;
  char *b = NULL;
  if (cur_expect(c, "before", "'before' after the first line") && (b = cur_string(c, "the later line")) &&
      cur_done(c, name)) {
    PgSpec *s = x->s;
    s->orders = xrealloc(s->orders, sizeof *s->orders * (s->norders + 1));
    s->orders[s->norders++] = (PgOrder){a, b, x->at};
    return;
  }
  free(a);
  free(b);
}

static void pg_never(Ctx *x) {
  char *t = cur_string(&x->c, "the line that must not be printed");
  if (!t || !cur_done(&x->c, "never")) {
    free(t);
    return;
  }
  PgSpec *s = x->s;
  s->nevers = xrealloc(s->nevers, sizeof *s->nevers * (s->nnevers + 1));
  s->nevers[s->nnevers++] = (PgNever){t, x->at};
}

static const struct {
  const char *name;
  UnhandledMode mode;
} ur_modes[] = {{"throw", UR_THROW}, {"strict", UR_STRICT}, {"warn", UR_WARN}, {"none", UR_NONE},
                {"warn-with-error-code", UR_WARN_WITH_ERROR_CODE}};

static void pg_unhandled(Ctx *x) {
  Cur *c = &x->c;
  const char *w;
  size_t n = cur_word(c, &w);
  for (size_t i = 0; i < sizeof ur_modes / sizeof ur_modes[0]; i++)
    if (word_is(w, n, ur_modes[i].name)) {
      if (!cur_done(c, "unhandled-rejections")) return;
      x->s->unhandled_set = true;
      x->s->unhandled = ur_modes[i].mode;
      return;
    }
  cur_error(c, w, w, "expected a mode: throw, strict, warn, none or warn-with-error-code");
}

/* Pragmas with a number or nothing after their name. */
static void pg_simple(Ctx *x, const char *name) {
  Cur *c = &x->c;
  PgSpec *s = x->s;
  uint64_t v;
  if (!strcmp(name, "deterministic")) {
    s->deterministic = true;
    s->deterministic_at = x->at;
  } else if (!strcmp(name, "ideal-time")) {
    s->ideal_time = true;
  } else if (!strcmp(name, "expect-output")) {
    s->expect_output = true;
    s->output_at = x->at;
  } else if (!strcmp(name, "expect-outputs")) {
    if (!cur_uint(c, UINT32_MAX, &v, "the number of outputs")) return;
    s->expect_outputs = (int64_t)v;
    s->outputs_at = x->at;
  } else if (!strcmp(name, "jitter")) {
    if (!cur_uint(c, 1000, &v, "the jitter in ms")) return;
    s->jitter = (int64_t)v;
  } else if (!strcmp(name, "first-timer-stall")) {
    if (!cur_uint(c, 1000, &v, "the first-timer stall in ms")) return;
    s->first_stall = (int64_t)v;
  }
  if (cur_done(c, name) && !strcmp(name, "expect-output")) pg_output_block(x);
}

static const char *const pragma_names[] = {
    "host", "expect-output", "expect-outputs", "deterministic", "always", "expect-order", "never", "allow",
    "expect", "ideal-time", "jitter", "first-timer-stall", "latency", "fetch", "unhandled-rejections",
};
enum { NPRAGMAS = sizeof pragma_names / sizeof pragma_names[0] };

static const char known_pragmas[] = "host, expect-output, expect-outputs, deterministic, always, never, allow, "
                                    "expect, ideal-time, jitter, first-timer-stall, latency, fetch, "
                                    "unhandled-rejections";

static void pg_one(Ctx *x) {
  Cur *c = &x->c;
  const char *w;
  size_t n = cur_word(c, &w);
  char name[32] = "";
  if (n < sizeof name) memcpy(name, w, n), name[n] = '\0';
  int k = -1;
  for (int i = 0; i < NPRAGMAS && k < 0; i++)
    if (word_is(w, n, pragma_names[i])) k = i;
  if (k < 0) {
    const char *e = n ? c->s : word_end(w, c->end);
    if (e == w) cur_error(c, w, e, "expected a pragma after '//@' (known: %s)", known_pragmas);
    else cur_error(c, w, e, "unknown pragma '%.*s' (known: %s)", (int)(e - w), w, known_pragmas);
    return;
  }
  bool twice = (!strcmp(name, "expect-output") && x->s->expect_output) ||
               (!strcmp(name, "expect-outputs") && x->s->expect_outputs >= 0);
  if (twice) { /* two expectations of the same thing: which one holds? */
    PgPos first = name[13] ? x->s->outputs_at : x->s->output_at;
    cur_error(c, w, c->s, "'%s' is given twice (first at line %u)", name, first.line);
    return;
  }
  if (!strcmp(name, "host")) {
    const char *h;
    size_t hn = cur_word(c, &h);
    if (!word_is(h, hn, "node")) cur_error(c, h, h, "unknown host '%.*s' (ticktock models node v20: 'host node')",
                                         (int)(word_end(h, c->end) - h), h);
    else cur_done(c, "host");
  } else if (!strcmp(name, "always") || !strcmp(name, "expect-order")) pg_always(x, name);
  else if (!strcmp(name, "never")) pg_never(x);
  else if (!strcmp(name, "allow") || !strcmp(name, "expect")) pg_kinds(x, name[0] == 'a');
  else if (!strcmp(name, "latency")) pg_latency(x);
  else if (!strcmp(name, "fetch")) pg_fetch(x);
  else if (!strcmp(name, "unhandled-rejections")) pg_unhandled(x);
  else pg_simple(x, name);
}

bool pg_parse(const AstPragmaList *l, const char *text, size_t len, PgSpec *s, DiagList *d) {
  memset(s, 0, sizeof *s);
  s->expect_outputs = -1;
  s->jitter = s->first_stall = -1;
  fd_policy_default(&s->policy);
  uint32_t before = d->errors;
  for (uint32_t i = 0; l && i < l->len; i++) {
    const AstPragma *p = &l->items[i];
    /* p->text is the comment without "//@" and outer blanks: find it in
     * the source so errors point into the file */
    const char *start = text + p->span.start + 3, *end = text + p->span.end;
    while (start < end && (*start == ' ' || *start == '\t')) start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) end--;
    Ctx x = {s, {start, end, text, len, d, false}, {p->span.line, p->span.col}, p};
    pg_one(&x);
  }
  return d->errors == before;
}

void pg_free(PgSpec *s) {
  free(s->output);
  for (uint32_t i = 0; i < s->norders; i++) free(s->orders[i].a), free(s->orders[i].b);
  free(s->orders);
  for (uint32_t i = 0; i < s->nnevers; i++) free(s->nevers[i].text);
  free(s->nevers);
  for (uint32_t i = 0; i < s->nfetches; i++) free(s->fetches[i].url), free(s->fetches[i].body);
  free(s->fetches);
  memset(s, 0, sizeof *s);
}

void pg_apply_host(const PgSpec *s, HostOpts *o) {
  if (s->ideal_time) o->jitter = 0, o->first_stall = 0;
  if (s->jitter >= 0) o->jitter = (uint32_t)s->jitter;
  if (s->first_stall >= 0) o->first_stall = (uint32_t)s->first_stall;
  if (s->fetch_latency.set) o->fetch_latency_min = s->fetch_latency.lo, o->fetch_latency_max = s->fetch_latency.hi;
  if (s->io_latency.set) o->io_latency_min = s->io_latency.lo, o->io_latency_max = s->io_latency.hi;
  if (s->unhandled_set) o->unhandled = s->unhandled;
  if (s->nfetches) {
    o->fetches = xcalloc(s->nfetches, sizeof *o->fetches);
    for (uint32_t i = 0; i < s->nfetches; i++)
      o->fetches[i] = (FetchDecl){xstrdup(s->fetches[i].url), xstrdup(s->fetches[i].body), s->fetches[i].status};
    o->nfetches = s->nfetches;
  }
}

bool pg_has_output_expectations(const PgSpec *s) {
  return s->expect_output || s->norders || s->nnevers;
}

/* --- violations ----------------------------------------------------------------------------- */

void pg_violation_add(PgViolations *l, PgPos at, const char *detail, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 4;
    l->v = xrealloc(l->v, sizeof *l->v * l->cap);
  }
  l->v[l->n++] = (PgViolation){at, xstrdup(msg), detail && *detail ? xstrdup(detail) : NULL};
}

void pg_violations_free(PgViolations *l) {
  for (uint32_t i = 0; i < l->n; i++) free(l->v[i].message), free(l->v[i].detail);
  free(l->v);
  memset(l, 0, sizeof *l);
}

void pg_violations_sort(PgViolations *l) {
  for (uint32_t i = 1; i < l->n; i++) { /* insertion sort: few, and stable */
    PgViolation v = l->v[i];
    uint32_t k = i;
    while (k > 0 && (l->v[k - 1].at.line > v.at.line ||
                     (l->v[k - 1].at.line == v.at.line && l->v[k - 1].at.col > v.at.col)))
      l->v[k] = l->v[k - 1], k--;
    l->v[k] = v;
  }
}

bool pg_all_listed(const XaResult *r) {
  if (!r->count_exact || r->count_infinite) return false;
  BigNum n;
  big_init(&n);
  big_set_u64(&n, r->noutputs);
  bool all = big_cmp(&n, &r->output_count) == 0;
  big_free(&n);
  return all;
}

/* Index of the first line of out equal to text, or -1. */
static long find_line(const XaOutput *o, const char *text) {
  size_t tl = strlen(text), start = 0;
  long k = 0;
  for (size_t i = 0; i <= o->out_len; i++) {
    if (i < o->out_len && o->out[i] != '\n') continue;
    if (i == o->out_len && i == start) break;
    if (i - start == tl && !memcmp(o->out + start, text, tl)) return k;
    k++;
    start = i + 1;
  }
  return -1;
}

/* Where the guaranteed-order analysis keeps a line (first occurrence). */
static long line_index(const XaResult *r, const char *text) {
  for (uint32_t i = 0; i < r->nlines; i++)
    if (r->lines[i].occ == 1 && !strcmp(r->lines[i].text, text)) return (long)i;
  return -1;
}

static void witness_detail(Buf *b, const char *file, const XaOutput *o) {
  if (o->witness[0]) buf_printf(b, "witness %s (ticktock run --schedule %s %s):\n", o->witness, o->witness, file);
  else buf_printf(b, "on the default schedule (ticktock run %s):\n", file);
  size_t start = 0;
  for (size_t i = 0; i <= o->out_len; i++) {
    if (i < o->out_len && o->out[i] != '\n') continue;
    if (i == o->out_len && i == start) break;
    buf_printf(b, "  | %.*s\n", (int)(i - start), o->out + start);
    start = i + 1;
  }
}

static void check_order(const PgOrder *po, const char *file, const XaResult *r, bool all, PgViolations *out) {
  long ia = line_index(r, po->a), ib = line_index(r, po->b);
  if (ib < 0 || ia < 0) {
    if (all) pg_violation_add(out, po->at, NULL, "\"%s\" is never printed", ia < 0 ? po->a : po->b);
    return;
  }
  if (!all) {
    if (r->rel[ia * r->nlines + ib] != REL_BEFORE)
      pg_violation_add(out, po->at, NULL, "\"%s\" is not always printed before \"%s\"", po->a, po->b);
    return;
  }
  for (uint32_t i = 0; i < r->noutputs; i++) {
    const XaOutput *o = &r->outputs[i];
    long pa = find_line(o, po->a), pb = find_line(o, po->b);
    if (pb < 0 || (pa >= 0 && pa < pb)) continue;
    Buf d;
    buf_init(&d);
    witness_detail(&d, file, o);
    if (pa < 0) pg_violation_add(out, po->at, d.data, "\"%s\" can be printed without \"%s\" before it", po->b, po->a);
    else pg_violation_add(out, po->at, d.data, "\"%s\" can be printed before \"%s\"", po->b, po->a);
    buf_free(&d);
    return;
  }
}

static void check_never(const PgNever *pn, const char *file, const XaResult *r, PgViolations *out) {
  for (uint32_t i = 0; i < r->noutputs; i++) {
    if (find_line(&r->outputs[i], pn->text) < 0) continue;
    Buf d;
    buf_init(&d);
    witness_detail(&d, file, &r->outputs[i]);
    pg_violation_add(out, pn->at, d.data, "\"%s\" is printed on some schedule", pn->text);
    buf_free(&d);
    return;
  }
  if (line_index(r, pn->text) >= 0) pg_violation_add(out, pn->at, NULL, "\"%s\" is printed on some schedule", pn->text);
}

void pg_evaluate_findings(const PgSpec *s, const FdList *found, PgViolations *out) {
  for (int k = 0; k < FK__COUNT; k++) {
    if (!s->policy.expected[k]) continue;
    bool seen = false;
    for (uint32_t i = 0; i < found->n && !seen; i++) seen = found->v[i].kind == (FindingKind)k;
    if (!seen)
      pg_violation_add(out, s->expect_at[k], NULL, "expected a '%s' finding, but there is none",
                       fd_kind_name((FindingKind)k));
  }
}

static void count_text(Buf *b, const XaResult *r) {
  if (r->count_infinite) buf_puts(b, "infinitely many");
  else big_to_string(&r->output_count, b);
}

uint32_t pg_evaluate(const PgSpec *s, const char *file, const XpGraph *g, const XaResult *r, PgViolations *out) {
  uint32_t before = out->n;
  bool complete = g->complete && r->count_exact;
  bool all = complete && pg_all_listed(r);
  BigNum one;
  big_init(&one);
  big_set_u64(&one, 1);
  bool several = r->count_infinite || big_cmp(&r->output_count, &one) > 0;
  if (s->deterministic && (several || (complete && big_is_zero(&r->output_count)))) {
    Buf n;
    buf_init(&n);
    count_text(&n, r);
    pg_violation_add(out, s->deterministic_at, NULL, "not deterministic: %s%s possible outputs",
                     complete ? "" : "at least ", n.data);
    buf_free(&n);
  }
  if (s->expect_outputs >= 0) {
    BigNum want;
    big_init(&want);
    big_set_u64(&want, (uint64_t)s->expect_outputs);
    int c = r->count_infinite ? 1 : big_cmp(&r->output_count, &want);
    if (c > 0 || (complete && c != 0)) {
      Buf n;
      buf_init(&n);
      count_text(&n, r);
      pg_violation_add(out, s->outputs_at, NULL, "expected %lld possible output%s, found %s%s",
                       (long long)s->expect_outputs, s->expect_outputs == 1 ? "" : "s", complete ? "" : "at least ",
                       n.data);
      buf_free(&n);
    }
    big_free(&want);
  }
  big_free(&one);
  for (uint32_t i = 0; i < s->norders; i++) check_order(&s->orders[i], file, r, all, out);
  for (uint32_t i = 0; i < s->nnevers; i++) check_never(&s->nevers[i], file, r, out);
  return out->n - before;
}
