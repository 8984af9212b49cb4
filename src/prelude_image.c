/* prelude_image.c - loading and writing the compiled prelude; see
 * prelude_image.h. */
#include "prelude_image.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "realm.h"

/* --- loading ---------------------------------------------------------------------- */

static void intern_strings(StrTab *t, const PreludeImage *im) {
  if (str_count(t) != im->first_str) {
    fprintf(stderr, "ticktock: internal error: the prelude image expects %u atoms, the table has %u\n",
            (unsigned)im->first_str, (unsigned)str_count(t));
    abort();
  }
  const uint8_t *b = im->str_bytes;
  uint16_t *wide = NULL;
  for (uint32_t i = 0; i < im->nstrs; i++) {
    uint32_t n = im->str_len[i] & 0x7FFFFFFFu, id;
    if (im->str_len[i] >> 31) {
      wide = xrealloc(wide, sizeof(uint16_t) * (n ? n : 1));
      for (uint32_t k = 0; k < n; k++) wide[k] = (uint16_t)(b[2 * k] | b[2 * k + 1] << 8);
      id = str_intern16(t, wide, n);
      b += 2 * (size_t)n;
    } else {
      id = str_intern8(t, b, n);
      b += n;
    }
    if (id != im->first_str + i) {
      fprintf(stderr, "ticktock: internal error: prelude image string %u got id %u\n",
              (unsigned)(im->first_str + i), (unsigned)id);
      abort();
    }
  }
  free(wide);
}

/* The image's arrays are used in place (nothing writes code or tables
 * after compilation; a write would fault on the read-only data). */
static void proto_of(const PreludeImage *im, const PiProto *s, uint32_t id, FuncProto *p, uint32_t *caches) {
  p->id = id;
  p->kind = s->kind;
  p->flags = s->flags;
  p->name = s->name;
  p->nparams = s->nparams;
  p->length = s->length;
  p->nlocals = s->nlocals;
  p->maxstack = s->maxstack;
  p->stack_cost = s->stack_cost;
  p->code = (uint32_t *)(im->code + s->code);
  p->ncode = s->ncode;
  p->consts = (Value *)(im->consts + s->consts);
  p->nconsts = s->nconsts;
  p->exc = (ExcEntry *)(im->exc + s->exc);
  p->nexc = s->nexc;
  p->lines = (LineEntry *)(im->lines + s->lines);
  p->nlines = s->nlines;
  p->span = s->span;
  p->caches = caches + s->code;
}

uint32_t pi_load(Program *prog) {
  const PreludeImage *im = &prelude_image;
  if (im->nprotos == 0 || prog->nprotos != 0) return realm_compile_prelude(prog);
  intern_strings(prog->strs, im);
  const PiProto *last = &im->protos[im->nprotos - 1];
  prog->image_protos = xcalloc(im->nprotos, sizeof(FuncProto));
  prog->image_caches = xcalloc(last->code + last->ncode + 1, sizeof(uint32_t));
  prog->protos = xmalloc(sizeof(FuncProto *) * im->nprotos);
  prog->cap = prog->nprotos = prog->nimage = im->nprotos;
  for (uint32_t i = 0; i < im->nprotos; i++) {
    proto_of(im, &im->protos[i], i, &prog->image_protos[i], prog->image_caches);
    prog->protos[i] = &prog->image_protos[i];
  }
  return im->main;
}

/* --- writing ---------------------------------------------------------------------- */

/* Writes numbers as the body of a C array, a dozen to a line. */
typedef struct PiOut {
  FILE *f;
  uint32_t col;
} PiOut;

static void out_open(PiOut *o, const char *decl) {
  fprintf(o->f, "static const %s[] = {\n", decl);
  o->col = 0;
}

static void out_num(PiOut *o, uint64_t v) {
  fprintf(o->f, "%" PRIu64 "u,%s", v, ++o->col % 12 == 0 ? "\n" : "");
}

/* A trailing 0 keeps an empty array legal. */
static void out_close(PiOut *o) { fprintf(o->f, "0};\n"); }

static void write_strings(PiOut *o, const StrTab *t, uint32_t first) {
  uint32_t n = str_count(t);
  out_open(o, "uint32_t pi_str_len");
  for (uint32_t id = first; id < n; id++) out_num(o, str_len(t, id) | (str_is_wide(t, id) ? 0x80000000u : 0));
  out_close(o);
  out_open(o, "uint8_t pi_str_bytes");
  for (uint32_t id = first; id < n; id++)
    for (uint32_t k = 0; k < str_len(t, id); k++) {
      if (str_is_wide(t, id)) {
        uint16_t u = str_data16(t, id)[k];
        out_num(o, u & 0xFF);
        out_num(o, u >> 8);
      } else {
        out_num(o, str_data8(t, id)[k]);
      }
    }
  out_close(o);
}

static void write_protos(FILE *out, const Program *prog) {
  uint32_t code = 0, consts = 0, exc = 0, lines = 0;
  fprintf(out, "static const PiProto pi_protos[] = {\n");
  for (uint32_t i = 0; i < prog->nprotos; i++) {
    const FuncProto *p = prog->protos[i];
    uint32_t v[] = {p->name,   p->nparams, p->length, p->nlocals, p->maxstack, p->stack_cost,
                    code,      p->ncode,   consts,    p->nconsts, exc,         p->nexc,
                    lines,     p->nlines,  p->span.start, p->span.end, p->span.line, p->span.col};
    fprintf(out, "{%u,%u", p->kind, p->flags);
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) fprintf(out, k == 14 ? ",{%" PRIu32 : ",%" PRIu32, v[k]);
    fprintf(out, "}},\n");
    code += p->ncode;
    consts += p->nconsts;
    exc += p->nexc;
    lines += p->nlines;
  }
  fprintf(out, "};\n");
}

static void write_tables(PiOut *o, const Program *prog) {
  out_open(o, "uint32_t pi_code");
  for (uint32_t p = 0; p < prog->nprotos; p++)
    for (uint32_t i = 0; i < prog->protos[p]->ncode; i++) out_num(o, prog->protos[p]->code[i]);
  out_close(o);
  out_open(o, "uint64_t pi_consts");
  for (uint32_t p = 0; p < prog->nprotos; p++)
    for (uint32_t i = 0; i < prog->protos[p]->nconsts; i++) out_num(o, prog->protos[p]->consts[i]);
  out_close(o);
  fprintf(o->f, "static const ExcEntry pi_exc[] = {\n");
  for (uint32_t p = 0; p < prog->nprotos; p++)
    for (uint32_t i = 0; i < prog->protos[p]->nexc; i++) {
      const ExcEntry *e = &prog->protos[p]->exc[i];
      fprintf(o->f, "{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%u,%u},\n", e->start, e->end, e->handler, e->depth,
              e->finally);
    }
  fprintf(o->f, "{0,0,0,0,0}};\n");
  fprintf(o->f, "static const LineEntry pi_lines[] = {\n");
  for (uint32_t p = 0; p < prog->nprotos; p++)
    for (uint32_t i = 0; i < prog->protos[p]->nlines; i++) {
      const LineEntry *l = &prog->protos[p]->lines[i];
      fprintf(o->f, "{%" PRIu32 ",%" PRIu32 ",%" PRIu32 "},%s", l->pc, l->line, l->col, i % 6 == 5 ? "\n" : "");
    }
  fprintf(o->f, "{0,0,0}};\n");
}

void pi_write(FILE *out, const Program *prog, uint32_t main) {
  StrTab *fresh = str_new();
  uint32_t first = str_count(fresh);
  str_free(fresh);
  PiOut o = {out, 0};
  fprintf(out, "/* Generated by build/mkprelude from src/prelude/NN_*.js; do not edit. */\n");
  fprintf(out, "#include \"prelude_image.h\"\n");
  write_strings(&o, prog->strs, first);
  write_protos(out, prog);
  write_tables(&o, prog);
  fprintf(out,
          "const PreludeImage prelude_image = {%" PRIu32 ", %" PRIu32 ", pi_str_len, pi_str_bytes, %" PRIu32 ", %" PRIu32
          ", pi_protos, pi_code, pi_consts, pi_exc, pi_lines};\n",
          first, str_count(prog->strs) - first, prog->nprotos, main);
}
