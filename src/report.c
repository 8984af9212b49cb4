/* report.c - text, JSON and DOT reports; see report.h. */
#include "report.h"

#include <string.h>

#include "bignum.h"
#include "utf8.h"

static void json_findings(Buf *b, const Report *rp);
static void json_violations(Buf *b, const Report *rp);

/* --- shared helpers ------------------------------------------------------------------ */

void rp_json_string(Buf *b, const char *s, size_t n) {
  buf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': buf_puts(b, "\\\""); break;
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\r': buf_puts(b, "\\r"); break;
    case '\t': buf_puts(b, "\\t"); break;
    default:
      if (c < 0x20 || c == 0x7F) buf_printf(b, "\\u%04x", c);
      else buf_putc(b, (char)c);
    }
  }
  buf_putc(b, '"');
}

static void put_big(Buf *b, const BigNum *n) { big_to_string(n, b); }

static void put_count(Buf *b, const BigNum *n, bool infinite) {
  if (infinite) buf_puts(b, "infinitely many");
  else put_big(b, n);
}

static bool big_is_one(const BigNum *n) { return n->n == 1 && n->limb[0] == 1; }

static uint32_t line_count(const char *s, size_t n) {
  uint32_t k = 0;
  for (size_t i = 0; i < n; i++) k += s[i] == '\n';
  if (n && s[n - 1] != '\n') k++;
  return k;
}

/* --- text ----------------------------------------------------------------------------- */

/* The text, quoted when it could be misread (empty, padded). */
static void put_line_text(Buf *b, const char *t) {
  size_t n = strlen(t);
  bool quote = n == 0 || t[0] == ' ' || t[n - 1] == ' ';
  if (quote) rp_json_string(b, t, n);
  else buf_puts(b, t);
}

static void put_line_ref(Buf *b, const XaLine *l) {
  put_line_text(b, l->text);
  if (l->occ > 1) buf_printf(b, " (#%u)", l->occ);
}

static void text_block(Buf *b, const char *s, size_t n, const char *prefix, uint32_t max_lines) {
  size_t start = 0;
  uint32_t shown = 0, total = line_count(s, n);
  for (size_t i = 0; i <= n && shown < max_lines; i++) {
    if (i < n && s[i] != '\n') continue;
    if (i == n && i == start) break;
    buf_puts(b, prefix);
    buf_append(b, s + start, i - start);
    buf_putc(b, '\n');
    shown++;
    start = i + 1;
  }
  if (total > shown) buf_printf(b, "%s... (%u more lines)\n", prefix, total - shown);
}

/* An output that prints an unknown Math.random() number shows the
 * placeholder bi_console.c writes for it: the text stands for infinitely
 * many outputs, one per value. */
bool rp_value_dependent(const XaOutput *o) {
  static const char mark[] = "<random>";
  for (size_t i = 0; i + sizeof mark - 1 <= o->out_len; i++)
    if (memcmp(o->out + i, mark, sizeof mark - 1) == 0) return true;
  return false;
}

static void text_headline(Buf *b, const Report *rp) {
  const XaResult *r = rp->r;
  const XpGraph *g = rp->g;
  buf_printf(b, "%s: ", rp->file);
  if (!g->complete) buf_puts(b, "INCOMPLETE (");
  if (g->complete && r->count_exact && !r->count_infinite && big_is_one(&r->output_count) && r->noutputs &&
      rp_value_dependent(&r->outputs[0])) {
    buf_puts(b, "one output on every schedule, its text value-dependent");
  } else if (g->complete && r->count_exact && !r->count_infinite && big_is_one(&r->output_count)) {
    buf_puts(b, "deterministic: the same output on every schedule");
  } else {
    if (!r->count_exact) buf_puts(b, "at least ");
    put_count(b, &r->output_count, r->count_infinite);
    buf_puts(b, big_is_one(&r->output_count) && !r->count_infinite ? " possible output" : " possible outputs");
  }
  buf_puts(b, ", ");
  put_count(b, &r->schedules, r->schedules_infinite);
  buf_puts(b, big_is_one(&r->schedules) && !r->schedules_infinite ? " schedule" : " schedules");
  if (!g->complete) buf_printf(b, " found before %s)", g->incomplete_reason);
  buf_putc(b, '\n');
  if (r->nonterminating) buf_puts(b, "  some schedules never end (the program can run forever)\n");
}

static void text_output(Buf *b, const Report *rp, uint32_t i) {
  const XaOutput *o = &rp->r->outputs[i];
  const XaResult *r = rp->r;
  buf_printf(b, "\noutput %u", i + 1);
  if (r->count_exact && !r->count_infinite) {
    buf_puts(b, " of ");
    put_big(b, &r->output_count);
  }
  if (!big_is_zero(&o->schedules)) {
    buf_puts(b, ": ");
    put_big(b, &o->schedules);
    buf_puts(b, big_is_one(&o->schedules) ? " schedule" : " schedules");
  }
  buf_printf(b, ", exit code %d", o->exit_code);
  if (o->witness[0]) buf_printf(b, ", witness %s", o->witness);
  buf_putc(b, '\n');
  if (rp_value_dependent(o)) buf_puts(b, "  (value-dependent: <random> stands for a value of Math.random())\n");
  if (o->out_len == 0) buf_puts(b, "  (no output)\n");
  else text_block(b, o->out, o->out_len, "  | ", UINT32_MAX);
  if (o->err_len) text_block(b, o->err, o->err_len, "  ! ", 8);
}

/* Hasse edges grouped by their lower line: `a → b, c`. */
static void text_order(Buf *b, const Report *rp) {
  const XaResult *r = rp->r;
  if (!r->order_exact) {
    buf_puts(b, "\nguaranteed order: not computed (too many outputs to enumerate)\n");
    return;
  }
  if (r->nhasse == 0) {
    if (r->nlines > 1) buf_puts(b, "\nguaranteed order: none (every pair of lines can come in either order)\n");
    return;
  }
  buf_puts(b, "\nguaranteed order (the left line is printed before the right one on every schedule\nthat prints both):\n");
  for (uint32_t i = 0; i < r->nlines; i++) {
    bool first = true;
    for (uint32_t k = 0; k < r->nhasse; k++) {
      if (r->hasse[k][0] != i) continue;
      if (first) {
        buf_puts(b, "  ");
        put_line_ref(b, &r->lines[i]);
        buf_puts(b, " -> ");
        first = false;
      } else {
        buf_puts(b, ", ");
      }
      put_line_ref(b, &r->lines[r->hasse[k][1]]);
    }
    if (!first) buf_putc(b, '\n');
  }
  bool some = false;
  for (uint32_t i = 0; i < r->nlines; i++) some |= !r->lines[i].always;
  if (!some) return;
  buf_puts(b, "printed on some schedules only:");
  for (uint32_t i = 0; i < r->nlines; i++) {
    if (r->lines[i].always) continue;
    buf_puts(b, " ");
    put_line_ref(b, &r->lines[i]);
    buf_puts(b, i + 1 < r->nlines ? ";" : "");
  }
  buf_putc(b, '\n');
}

static void text_stats(Buf *b, const Report *rp) {
  const XpStats *s = &rp->g->stats;
  buf_printf(b,
             "\nstate space (time model: a synchronous run may cross %u ms boundar%s):\n"
             "  %llu states stored, %llu states matched, %llu transitions, depth %u\n"
             "  %llu host steps, %.2f s, %.1f MB\n",
             rp->jitter, rp->jitter == 1 ? "y" : "ies", (unsigned long long)s->states,
             (unsigned long long)s->matched, (unsigned long long)s->transitions, s->max_depth,
             (unsigned long long)s->steps, s->seconds, (double)s->memory / (1024.0 * 1024.0));
  if (s->inferred) /* (programs without commuting completions keep the report they had) */
    buf_printf(b, "  %llu of the transitions added by partial-order reduction, not run\n",
               (unsigned long long)s->inferred);
  if (rp->g->random_approx)
    buf_puts(b, "  approximate: a value that depends on Math.random() was needed as a number and took\n"
                "  representative values (choices r), so outputs that need other values may be missing\n");
}

void rp_text_buf(Buf *b, const Report *rp) {
  text_headline(b, rp);
  uint32_t n = rp->r->noutputs < rp->max_outputs ? rp->r->noutputs : rp->max_outputs;
  for (uint32_t i = 0; i < n; i++) text_output(b, rp, i);
  if (rp->r->noutputs > n) buf_printf(b, "\n(%u more outputs listed with --max-outputs)\n", rp->r->noutputs - n);
  text_order(b, rp);
  if (rp->show_stats) text_stats(b, rp);
  if ((rp->findings && rp->findings->n) || (rp->violations && rp->violations->n)) {
    buf_putc(b, '\n');
    rp_problems(b, rp);
  }
}

void rp_text(FILE *f, const Report *rp) {
  Buf b;
  buf_init(&b);
  rp_text_buf(&b, rp);
  fwrite(b.data, 1, b.len, f);
  buf_free(&b);
}

/* --- JSON ----------------------------------------------------------------------------- */

static void json_key(Buf *b, const char *k) { buf_printf(b, "\"%s\": ", k); }

static void json_stats(Buf *b, const XpGraph *g) {
  const XpStats *s = &g->stats;
  buf_printf(b,
             "{\"states_stored\": %llu, \"states_matched\": %llu, \"transitions\": %llu, "
             "\"depth\": %u, \"host_steps\": %llu, \"transitions_inferred\": %llu}",
             (unsigned long long)s->states, (unsigned long long)s->matched, (unsigned long long)s->transitions,
             s->max_depth, (unsigned long long)s->steps, (unsigned long long)s->inferred);
}

static void json_outputs(Buf *b, const XaResult *r, uint32_t max) {
  buf_puts(b, "[");
  uint32_t n = r->noutputs < max ? r->noutputs : max;
  for (uint32_t i = 0; i < n; i++) {
    const XaOutput *o = &r->outputs[i];
    buf_puts(b, i ? ",\n    {" : "\n    {");
    json_key(b, "stdout");
    rp_json_string(b, o->out, o->out_len);
    buf_puts(b, ", ");
    json_key(b, "stderr");
    rp_json_string(b, o->err, o->err_len);
    buf_printf(b, ", \"exit_code\": %d, \"schedules\": ", o->exit_code);
    if (big_is_zero(&o->schedules)) buf_puts(b, "null");
    else put_big(b, &o->schedules);
    buf_puts(b, ", ");
    json_key(b, "witness");
    rp_json_string(b, o->witness, strlen(o->witness));
    if (rp_value_dependent(o)) buf_puts(b, ", \"value_dependent\": true");
    buf_puts(b, "}");
  }
  buf_puts(b, n ? "\n  ]" : "]");
}

static void json_order(Buf *b, const XaResult *r) {
  buf_printf(b, "{\"exact\": %s, \"lines\": [", r->order_exact ? "true" : "false");
  for (uint32_t i = 0; i < r->nlines; i++) {
    buf_puts(b, i ? ",\n      {" : "\n      {");
    json_key(b, "text");
    rp_json_string(b, r->lines[i].text, strlen(r->lines[i].text));
    buf_printf(b, ", \"occurrence\": %u, \"always\": %s}", r->lines[i].occ, r->lines[i].always ? "true" : "false");
  }
  buf_puts(b, r->nlines ? "\n    ], \"before\": [" : "], \"before\": [");
  for (uint32_t k = 0; k < r->nhasse; k++) buf_printf(b, "%s[%u, %u]", k ? ", " : "", r->hasse[k][0], r->hasse[k][1]);
  buf_puts(b, "]}");
}

static void json_report(Buf *b, const Report *rp) {
  const XaResult *r = rp->r;
  const XpGraph *g = rp->g;
  buf_puts(b, "{\n  ");
  json_key(b, "file");
  rp_json_string(b, rp->file, strlen(rp->file));
  buf_printf(b, ",\n  \"host\": \"%s\",\n  \"time_model\": {\"jitter_ms\": %u, \"first_timer_stall_ms\": %u},\n",
             rp->host, rp->jitter, rp->first_stall);
  buf_printf(b, "  \"complete\": %s,\n  \"incomplete_reason\": ", g->complete ? "true" : "false");
  if (g->complete) buf_puts(b, "null");
  else rp_json_string(b, g->incomplete_reason, strlen(g->incomplete_reason));
  if (g->random_approx) buf_puts(b, ",\n  \"random_values_approximate\": true");
  buf_puts(b, ",\n  \"stats\": ");
  json_stats(b, g);
  buf_puts(b, ",\n  \"output_count\": ");
  if (r->count_infinite) buf_puts(b, "null");
  else put_big(b, &r->output_count);
  buf_printf(b, ",\n  \"output_count_exact\": %s,\n  \"schedules\": ", r->count_exact ? "true" : "false");
  if (r->schedules_infinite) buf_puts(b, "null");
  else put_big(b, &r->schedules);
  buf_printf(b, ",\n  \"terminates\": %s,\n  \"deterministic\": %s,\n  \"outputs\": ",
             r->nonterminating || r->cyclic ? "false" : "true",
             g->complete && r->count_exact && !r->count_infinite && big_is_one(&r->output_count) ? "true" : "false");
  json_outputs(b, r, rp->max_outputs);
  buf_puts(b, ",\n  \"guaranteed_order\": ");
  json_order(b, r);
  buf_puts(b, ",\n  \"findings\": ");
  json_findings(b, rp);
  if (rp->violations) {
    buf_puts(b, ",\n  \"violations\": ");
    json_violations(b, rp);
    buf_printf(b, ",\n  \"status\": \"%s\"", rp_status_name(rp->status));
  }
  buf_puts(b, "\n}\n");
}

void rp_json_buf(Buf *b, const Report *rp, const char *indent) {
  Buf t;
  buf_init(&t);
  json_report(&t, rp);
  for (size_t i = 0; i < t.len; i++) {
    buf_putc(b, t.data[i]);
    if (t.data[i] == '\n' && i + 1 < t.len && indent) buf_puts(b, indent);
  }
  buf_free(&t);
}

void rp_json(FILE *f, const Report *rp) {
  Buf b;
  buf_init(&b);
  rp_json_buf(&b, rp, NULL);
  fwrite(b.data, 1, b.len, f);
  buf_free(&b);
}

/* --- DOT ------------------------------------------------------------------------------- */

static void dot_label(Buf *b, const XaLine *l) {
  Buf t;
  buf_init(&t);
  buf_puts(&t, l->text);
  if (l->occ > 1) buf_printf(&t, " (#%u)", l->occ);
  rp_json_string(b, t.data ? t.data : "", t.len); /* DOT accepts the same escapes */
  buf_free(&t);
}

void rp_dot(FILE *f, const Report *rp) {
  const XaResult *r = rp->r;
  Buf b;
  buf_init(&b);
  buf_puts(&b, "digraph order {\n  label=");
  Buf title;
  buf_init(&title);
  buf_printf(&title, "%s: guaranteed order%s", rp->file, rp->g->complete ? "" : " (INCOMPLETE)");
  rp_json_string(&b, title.data, title.len);
  buf_free(&title);
  buf_puts(&b, ";\n  labelloc=t;\n  node [shape=box, fontname=\"monospace\"];\n");
  for (uint32_t i = 0; i < r->nlines; i++) {
    buf_printf(&b, "  n%u [label=", i);
    dot_label(&b, &r->lines[i]);
    buf_puts(&b, r->lines[i].always ? "];\n" : ", style=dashed];\n");
  }
  for (uint32_t k = 0; k < r->nhasse; k++) buf_printf(&b, "  n%u -> n%u;\n", r->hasse[k][0], r->hasse[k][1]);
  buf_puts(&b, "}\n");
  fwrite(b.data, 1, b.len, f);
  buf_free(&b);
}

/* --- verdict: findings and violated expectations ----------------------------------------- */

const char *rp_status_name(int status) {
  switch (status) {
  case 0: return "passed";
  case 1: return "failed";
  case 3: return "incomplete";
  default: return "error";
  }
}

static const char *severity_name(FdSeverity s) {
  return s == FD_ERROR ? "error" : s == FD_WARNING ? "warning" : "note";
}

void rp_counts(const Report *rp, uint32_t *errors, uint32_t *others, uint32_t *violations) {
  *errors = *others = 0;
  for (uint32_t i = 0; rp->findings && i < rp->findings->n; i++) {
    if (rp->findings->v[i].severity == FD_ERROR) ++*errors;
    else ++*others;
  }
  *violations = rp->violations ? rp->violations->n : 0;
}

/* "file:line:col: " (or "file: " for the file as a whole). */
static void put_where(Buf *b, const char *file, uint32_t line, uint32_t col, bool gcc) {
  if (line) buf_printf(b, "%s:%u:%u: ", file, line, col ? col : 1);
  else if (gcc) buf_printf(b, "%s:1:1: ", file);
  else buf_printf(b, "%s: ", file);
}

/* The source line `line` and a caret under column col (UTF-16 units). */
static void put_source(Buf *b, const Report *rp, uint32_t line, uint32_t col) {
  if (!rp->src || !line) return;
  const char *p = rp->src, *end = rp->src + rp->src_len;
  for (uint32_t l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  if (p >= end) return;
  const char *e = p;
  while (e < end && *e != '\n' && *e != '\r') e++;
  buf_printf(b, "%.*s\n", (int)(e - p), p);
  uint32_t units = 1;
  for (const char *q = p; q < e && units < col; q++) {
    if (*q == '\t') buf_putc(b, '\t'), units++;
    else for (int k = utf8_utf16_units((unsigned char)*q); k > 0; k--) buf_putc(b, ' '), units++;
  }
  buf_puts(b, "^\n");
}

static void put_indented(Buf *b, const char *text, const char *indent) {
  for (const char *p = text; *p;) {
    const char *e = strchr(p, '\n');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    buf_printf(b, "%s%.*s\n", indent, (int)n, p);
    p += n + (e ? 1 : 0);
  }
}

static void finding_text(Buf *b, const Report *rp, const Finding *f) {
  put_where(b, rp->file, f->line, f->col, false);
  buf_printf(b, "%s: %s [%s]\n", severity_name(f->severity), f->message, fd_kind_name(f->kind));
  put_source(b, rp, f->line, f->col);
  /* the message of order-dependent names both witnesses already */
  if (f->kind == FK_ORDER_DEPENDENT) return;
  for (uint32_t k = 0; k < f->nrelated; k++) {
    put_where(b, rp->file, f->related[k].line, f->related[k].col, false);
    buf_printf(b, "note: %s\n", f->related[k].note);
    put_source(b, rp, f->related[k].line, f->related[k].col);
  }
  /* the extent is in the message; the witness shows one such schedule */
  if (f->witness && f->witness[0])
    buf_printf(b, "  witness %s: ticktock run --schedule %s %s (step by step: ticktock explain --witness %s %s)\n", f->witness,
               f->witness, rp->file, f->witness, rp->file);
}

static void violation_text(Buf *b, const Report *rp, const PgViolation *v) {
  put_where(b, rp->file, v->at.line, v->at.col, false);
  buf_printf(b, "error: %s\n", v->message);
  put_source(b, rp, v->at.line, v->at.col);
  if (v->detail) put_indented(b, v->detail, "  ");
}

void rp_problems(Buf *b, const Report *rp) {
  for (uint32_t i = 0; rp->violations && i < rp->violations->n; i++) violation_text(b, rp, &rp->violations->v[i]);
  for (uint32_t i = 0; rp->findings && i < rp->findings->n; i++) finding_text(b, rp, &rp->findings->v[i]);
}

void rp_gcc(Buf *b, const Report *rp) {
  for (uint32_t i = 0; rp->violations && i < rp->violations->n; i++) {
    const PgViolation *v = &rp->violations->v[i];
    put_where(b, rp->file, v->at.line, v->at.col, true);
    buf_printf(b, "error: %s\n", v->message);
  }
  for (uint32_t i = 0; rp->findings && i < rp->findings->n; i++) {
    const Finding *f = &rp->findings->v[i];
    put_where(b, rp->file, f->line, f->col, true);
    buf_printf(b, "%s: %s [%s]", severity_name(f->severity), f->message, fd_kind_name(f->kind));
    if (f->witness && f->witness[0]) buf_printf(b, " (witness %s)", f->witness);
    buf_putc(b, '\n');
    for (uint32_t k = 0; k < f->nrelated; k++) {
      put_where(b, rp->file, f->related[k].line, f->related[k].col, true);
      buf_printf(b, "note: %s\n", f->related[k].note);
    }
  }
}

static void json_pos(Buf *b, const char *file, uint32_t line, uint32_t col) {
  buf_puts(b, "\"file\": ");
  rp_json_string(b, file, strlen(file));
  if (line) buf_printf(b, ", \"line\": %u, \"col\": %u", line, col ? col : 1);
  else buf_puts(b, ", \"line\": null, \"col\": null");
}

static void json_findings(Buf *b, const Report *rp) {
  const FdList *l = rp->findings;
  if (!l || !l->n) {
    buf_puts(b, "[]");
    return;
  }
  buf_puts(b, "[");
  for (uint32_t i = 0; i < l->n; i++) {
    const Finding *f = &l->v[i];
    buf_printf(b, "%s\n    {\"kind\": \"%s\", \"severity\": \"%s\", \"message\": ", i ? "," : "", fd_kind_name(f->kind),
               severity_name(f->severity));
    rp_json_string(b, f->message, strlen(f->message));
    buf_puts(b, ", ");
    json_pos(b, rp->file, f->line, f->col);
    buf_printf(b, ", \"on\": \"%s\", \"schedules\": ", f->on_all ? "all" : "some");
    if (big_is_zero(&f->schedules)) buf_puts(b, "null");
    else put_big(b, &f->schedules);
    buf_puts(b, ", \"witness\": ");
    if (f->witness) rp_json_string(b, f->witness, strlen(f->witness));
    else buf_puts(b, "null");
    buf_puts(b, ", \"related\": [");
    for (uint32_t k = 0; k < f->nrelated; k++) {
      buf_puts(b, k ? ", {" : "{");
      json_pos(b, rp->file, f->related[k].line, f->related[k].col);
      buf_puts(b, ", \"note\": ");
      rp_json_string(b, f->related[k].note, strlen(f->related[k].note));
      buf_puts(b, "}");
    }
    buf_puts(b, "]}");
  }
  buf_puts(b, "\n  ]");
}

static void json_violations(Buf *b, const Report *rp) {
  const PgViolations *l = rp->violations;
  if (!l || !l->n) {
    buf_puts(b, "[]");
    return;
  }
  buf_puts(b, "[");
  for (uint32_t i = 0; i < l->n; i++) {
    const PgViolation *v = &l->v[i];
    buf_printf(b, "%s\n    {\"message\": ", i ? "," : "");
    rp_json_string(b, v->message, strlen(v->message));
    buf_puts(b, ", ");
    json_pos(b, rp->file, v->at.line, v->at.col);
    buf_puts(b, ", \"detail\": ");
    if (v->detail) rp_json_string(b, v->detail, strlen(v->detail));
    else buf_puts(b, "null");
    buf_puts(b, "}");
  }
  buf_puts(b, "\n  ]");
}

void rp_json_diags(Buf *b, const char *file, const DiagList *d, const char *indent) {
  for (uint32_t i = 0; i < d->len; i++) {
    const Diag *g = &d->items[i];
    buf_printf(b, "%s\n%s{", i ? "," : "", indent);
    json_pos(b, file, g->span.line, g->span.col);
    buf_printf(b, ", \"severity\": \"%s\", \"message\": ",
               g->level == DIAG_ERROR ? "error" : g->level == DIAG_WARNING ? "warning" : "note");
    rp_json_string(b, g->msg, strlen(g->msg));
    buf_puts(b, "}");
  }
}

void rp_xml_text(Buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '&': buf_puts(b, "&amp;"); break;
    case '<': buf_puts(b, "&lt;"); break;
    case '>': buf_puts(b, "&gt;"); break;
    case '"': buf_puts(b, "&quot;"); break;
    case '\'': buf_puts(b, "&apos;"); break;
    default:
      if (c < 0x20 && c != '\n' && c != '\t') buf_printf(b, "&#xFFFD;"); /* not allowed in XML 1.0 */
      else buf_putc(b, (char)c);
    }
  }
}
