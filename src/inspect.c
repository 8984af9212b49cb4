/* inspect.c - node's util.inspect / util.format, ported algorithmically from
 * node v20's lib/internal/util/inspect.js (formatValue, formatRaw,
 * reduceToSingleString, groupArrayElements, formatError, strEscape).
 * Output pieces are malloc'd UTF-8 strings; lengths are measured in
 * characters (code points), which is what node's width computation gives
 * for the text snippets print. */
#include "inspect.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "numconv.h"
#include "promise.h"
#include "vm_ops.h"

enum { BREAK_LENGTH = 80, COMPACT = 3, MAX_ARRAY = 100 }; /* node's defaults */

typedef struct Strs {
  char **v;
  uint32_t n, cap;
} Strs;

typedef struct Ctx {
  Vm *vm;
  int depth; /* < 0: unlimited */
  bool no_levels;
  int indent;
  int current_depth;
  bool show_hidden;
  int max_array, break_length;
  double max_string;
  int compact; /* node's compact as a number (false: 0); `true` is not modelled */
  bool sorted;
  uint32_t *seen;
  uint32_t nseen, cseen;
  uint32_t *circ;   /* objects given a reference number, in order */
  uint32_t ncirc, ccirc;
  Value custom_key;  /* util.inspect.custom, or VAL_UNDEF: custom functions are not called */
  uint32_t results;  /* array of what the custom functions met so far returned (0: none) */
  uint32_t used;     /* results consumed */
  InspectPending *pending; /* set (and everything after it skipped) at the first custom call not made yet */
} Ctx;

/* --- small string utilities ------------------------------------------------------ */

static char *dupf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *dupf(const char *fmt, ...) {
  va_list ap;
  Buf b;
  buf_init(&b);
  va_start(ap, fmt);
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  return buf_take(&b, NULL);
}

static void strs_push(Strs *s, char *p) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->v = xrealloc(s->v, sizeof(char *) * s->cap);
  }
  s->v[s->n++] = p;
}

static void strs_free(Strs *s) {
  for (uint32_t i = 0; i < s->n; i++) free(s->v[i]);
  free(s->v);
}

/* Length in UTF-16 units, what node measures lines with (a UTF-8 lead
 * byte counts one, or two for a 4-byte sequence). */
static size_t width(const char *s) {
  size_t n = 0;
  for (; *s; s++) {
    unsigned char b = (unsigned char)*s;
    n += (b & 0xC0) != 0x80;
    n += b >= 0xF0;
  }
  return n;
}

static char *str_utf8(Vm *vm, uint32_t id) {
  Buf b;
  buf_init(&b);
  str_to_utf8(vm->strs, id, &b);
  return buf_take(&b, NULL);
}

/* --- primitives -------------------------------------------------------------------- */

static void escape_unit(Buf *b, uint32_t c, int quote) {
  static const char *const ctl[] = {"\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07",
                                     "\\b",   "\\t",   "\\n",   "\\x0B", "\\f",   "\\r",   "\\x0E", "\\x0F"};
  if (c < 16) buf_puts(b, ctl[c]);
  else if (c < 32 || (c >= 0x7F && c <= 0x9F)) buf_printf(b, "\\x%02X", c);
  else if (c == '\\') buf_puts(b, "\\\\");
  else if ((int)c == quote) buf_printf(b, "\\%c", (char)c);
  else buf_putc(b, (char)c);
}

/* strEscape: picks ', " or ` as node does and escapes what needs it. */
static char *quote_string(Vm *vm, uint32_t id) {
  uint32_t n = str_len(vm->strs, id);
  bool has_single = false, has_double = false, has_back = false;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = str_at(vm->strs, id, i);
    has_single |= c == '\'';
    has_double |= c == '"';
    has_back |= c == '`' || (c == '$' && i + 1 < n && str_at(vm->strs, id, i + 1) == '{');
  }
  int quote = '\'';
  if (has_single) {
    if (!has_double) quote = '"';
    else if (!has_back) quote = '`';
  }
  Buf b;
  buf_init(&b);
  buf_putc(&b, (char)quote);
  uint32_t start = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = str_at(vm->strs, id, i);
    bool hi = c >= 0xD800 && c <= 0xDBFF, lo = c >= 0xDC00 && c <= 0xDFFF;
    bool lone = (hi && !(i + 1 < n && str_at(vm->strs, id, i + 1) >= 0xDC00 && str_at(vm->strs, id, i + 1) <= 0xDFFF)) ||
                (lo && !(i > 0 && str_at(vm->strs, id, i - 1) >= 0xD800 && str_at(vm->strs, id, i - 1) <= 0xDBFF));
    bool special = c < 32 || c == '\\' || (int)c == quote || (c >= 0x7F && c <= 0x9F) || lone;
    if (!special) continue;
    if (i > start) {
      uint32_t piece = str_substr(vm->strs, id, start, i);
      str_to_utf8(vm->strs, piece, &b);
    }
    if (lone) buf_printf(&b, "\\u%04x", c);
    else escape_unit(&b, c, quote);
    start = i + 1;
  }
  if (n > start) str_to_utf8(vm->strs, str_substr(vm->strs, id, start, n), &b);
  buf_putc(&b, (char)quote);
  return buf_take(&b, NULL);
}

static char *fmt_number(double d) {
  if (d == 0 && signbit(d)) return xstrdup("-0");
  char buf[NUM_TOSTRING_BUFSIZE];
  num_to_string(d, buf);
  return xstrdup(buf); /* not dupf: printf was a visible cost of console.log(i) */
}

static char *symbol_string(Vm *vm, Value s) {
  Value d = heap_get_data(&vm->heap, val_obj_idx(s), 0);
  if (!val_is_str(d)) return dupf("Symbol()");
  char *t = str_utf8(vm, val_str_id(d));
  char *r = dupf("Symbol(%s)", t);
  free(t);
  return r;
}

/* formatPrimitive for strings: a long string (over 16 characters and too
 * wide for the line) is cut after each newline into quoted pieces joined by
 * " +" and a line break. */
/* node's maxStringLength: longer strings are cut, with a trailer. */
enum { MAX_STRING_LENGTH = 10000 };

static char *fmt_string_whole(Ctx *c, uint32_t id);

static char *fmt_string(Ctx *c, uint32_t id) {
  Vm *vm = c->vm;
  uint32_t n = str_len(vm->strs, id);
  if (n > c->max_string) { /* as node: slice(0, max) and n - max, a negative max included */
    double rest = n - c->max_string, end = trunc(c->max_string);
    if (end < 0) end = end + n < 0 ? 0 : end + n;
    char *head = fmt_string_whole(c, str_substr(vm->strs, id, 0, (uint32_t)end));
    char num[32];
    num[num_to_string(rest, num)] = '\0';
    char *r = dupf("%s... %s more character%s", head, num, rest > 1 ? "s" : "");
    free(head);
    return r;
  }
  return fmt_string_whole(c, id);
}

/* formatPrimitive for a string shown whole. */
static char *fmt_string_whole(Ctx *c, uint32_t id) {
  Vm *vm = c->vm;
  uint32_t n = str_len(vm->strs, id);
  if (n <= 16 || (int)n <= c->break_length - c->indent - 4) return quote_string(vm, id);
  Buf b;
  buf_init(&b);
  for (uint32_t start = 0, i = 0; i < n; i++) {
    if (str_at(vm->strs, id, i) != '\n' && i + 1 < n) continue;
    if (start) {
      buf_puts(&b, " +\n");
      for (int k = 0; k < c->indent + 2; k++) buf_putc(&b, ' ');
    }
    char *q = quote_string(vm, str_substr(vm->strs, id, start, i + 1));
    buf_puts(&b, q);
    free(q);
    start = i + 1;
  }
  return buf_take(&b, NULL);
}

static char *fmt_primitive(Ctx *c, Value v) {
  Vm *vm = c->vm;
  if (val_is_rnd(v)) v = vm_concrete(vm, v); /* a representative value */
  if (val_is_str(v)) return fmt_string(c, val_str_id(v));
  if (val_is_num(v)) return fmt_number(val_to_double(v));
  if (val_is_sym(v)) return symbol_string(vm, v);
  if (val_is_big(v)) return dupf("%sn", str_cstr_tmp(vm->strs, val_payload(v)));
  if (v == VAL_TRUE) return dupf("true");
  if (v == VAL_FALSE) return dupf("false");
  if (v == VAL_NULL) return dupf("null");
  return dupf("undefined");
}

/* --- helpers on objects ------------------------------------------------------------- */

#define HP (&c->vm->heap)

static bool is_identifier(Vm *vm, uint32_t id) {
  uint32_t n = str_len(vm->strs, id);
  if (n == 0) return false;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t ch = str_at(vm->strs, id, i);
    bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
    if (!alpha && !(i > 0 && ch >= '0' && ch <= '9')) return false;
  }
  return true;
}

/* getConstructorName: the name of the nearest own `constructor` along the
 * chain (the object included) that obj is an instance of -- so a class's
 * prototype object reads as its parent's ("{}", "Base {}") -- or NULL for
 * a null-prototype object. */
static char *ctor_name(Ctx *c, uint32_t obj) {
  Vm *vm = c->vm;
  for (uint32_t o = obj; o; o = heap_obj(HP, o)->proto) {
    Value ctor, proto;
    if (obj_get_own(vm, o, val_str(ATOM_constructor), &ctor) != LK_VALUE || !val_is_callable(vm, ctor)) continue;
    uint32_t n = fn_name(vm, val_obj_idx(ctor));
    if (!str_len(vm->strs, n)) continue;
    if (obj_lookup(vm, val_obj_idx(ctor), val_str(ATOM_prototype), &proto) != LK_VALUE || !val_is_obj(proto) ||
        !obj_instance_of(vm, val_obj(obj), val_obj_idx(proto)))
      continue;
    return str_utf8(vm, n);
  }
  return NULL;
}

/* The string a getter returns when its whole body is `return 'text'` (the
 * usual `get [Symbol.toStringTag]() { return 'Name'; }`): inspect never
 * runs JavaScript, but such a getter's result is known without running. */
static bool constant_getter(Vm *vm, Value getter, Value *out) {
  if (!val_is_obj(getter) || heap_obj(&vm->heap, val_obj_idx(getter))->kind != OK_FUNC) return false;
  const FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(&vm->heap, val_obj_idx(getter), FD_PROTO))];
  if (p->ncode < 3 || p->code[0] != OP_STR || p->code[2] != OP_RETURN) return false;
  *out = val_str(p->code[1]);
  return true;
}

/* Symbol.toStringTag as formatRaw takes it: a non-empty string that is not
 * an own enumerable property (those are listed with the keys). */
static char *to_string_tag(Ctx *c, uint32_t obj) {
  Vm *vm = c->vm;
  Value key = val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), t;
  Lookup lk = obj_lookup(vm, obj, key, &t);
  if (lk == LK_GETTER && !constant_getter(vm, t, &t)) return NULL;
  if (lk == LK_ABSENT || !val_is_str(t) || !str_len(vm->strs, val_str_id(t))) return NULL;
  int32_t own = heap_prop_find(HP, obj, key);
  if (!c->show_hidden && own >= 0 && (heap_prop_attrs(HP, obj, (uint32_t)own) & PA_ENUM)) return NULL;
  if (c->show_hidden && own >= 0) return NULL;
  return str_utf8(vm, val_str_id(t));
}

/* getPrefix(constructor, tag, fallback, size) */
static char *prefix(const char *ctor, const char *tag, const char *fallback, const char *size) {
  if (!ctor) {
    if (tag && strcmp(tag, fallback) != 0) return dupf("[%s%s: null prototype] [%s] ", fallback, size, tag);
    return dupf("[%s%s: null prototype] ", fallback, size);
  }
  if (tag && strcmp(ctor, tag) != 0) return dupf("%s%s [%s] ", ctor, size, tag);
  return dupf("%s%s ", ctor, size);
}

static bool seen_has(Ctx *c, uint32_t o) {
  for (uint32_t i = 0; i < c->nseen; i++)
    if (c->seen[i] == o) return true;
  return false;
}

static uint32_t circ_index(Ctx *c, uint32_t o, bool add) {
  for (uint32_t i = 0; i < c->ncirc; i++)
    if (c->circ[i] == o) return i + 1;
  if (!add) return 0;
  if (c->ncirc == c->ccirc) {
    c->ccirc = c->ccirc ? c->ccirc * 2 : 4;
    c->circ = xrealloc(c->circ, sizeof(uint32_t) * c->ccirc);
  }
  c->circ[c->ncirc++] = o;
  return c->ncirc;
}

static char *fmt_value(Ctx *c, Value v, int recurse);

/* formatProperty for a key of obj; with array type only the value. */
static char *fmt_property(Ctx *c, uint32_t obj, Value key, int recurse, bool array_type) {
  Vm *vm = c->vm;
  Value v;
  Lookup lk = obj_get_own(vm, obj, key, &v);
  char *str;
  if (lk == LK_GETTER || (lk == LK_ABSENT && heap_prop_find(HP, obj, key) >= 0)) {
    int32_t i = heap_prop_find(HP, obj, key);
    uint32_t acc = val_obj_idx(heap_prop_value(HP, obj, (uint32_t)i));
    bool g = heap_get_data(HP, acc, 0) != VAL_UNDEF, s = heap_get_data(HP, acc, 1) != VAL_UNDEF;
    str = dupf("%s", g && s ? "[Getter/Setter]" : g ? "[Getter]" : s ? "[Setter]" : "undefined");
  } else {
    c->indent += 2;
    str = fmt_value(c, v, recurse);
    c->indent -= 2;
  }
  if (array_type) return str;
  char *name;
  int32_t pi = heap_prop_find(HP, obj, key);
  /* keys without a property slot are indices or built-in ones (length) */
  bool enumerable = pi < 0 ? key_array_index(vm, key, NULL) : (heap_prop_attrs(HP, obj, (uint32_t)pi) & PA_ENUM) != 0;
  if (val_is_sym(key)) {
    char *s = symbol_string(vm, key);
    name = dupf("[%s]", s);
    free(s);
  } else if (key == val_str(ATOM_proto)) {
    name = dupf("['__proto__']");
  } else if (!enumerable) {
    char *k = str_utf8(vm, val_str_id(key));
    name = dupf("[%s]", k);
    free(k);
  } else if (is_identifier(vm, val_str_id(key))) {
    name = str_utf8(vm, val_str_id(key));
  } else {
    name = quote_string(vm, val_str_id(key));
  }
  char *r = dupf("%s: %s", name, str);
  free(name);
  free(str);
  return r;
}

/* Own enumerable keys (strings, then symbols); arrays skip indices. */
static uint32_t own_keys(Ctx *c, uint32_t obj, bool skip_indices) {
  Vm *vm = c->vm;
  uint32_t all = c->show_hidden ? obj_own_names(vm, obj, true) : obj_own_keys(vm, obj, true, true);
  uint32_t out = arr_new(vm, 0);
  for (uint32_t i = 0; i < arr_len(vm, all); i++) {
    Value k = arr_get(vm, all, i);
    if (skip_indices && key_array_index(vm, k, NULL)) continue;
    arr_push(vm, out, k);
  }
  return out;
}

/* --- arrays ------------------------------------------------------------------------------ */

static void fmt_array_entries(Ctx *c, uint32_t arr, int recurse, Strs *out) {
  Vm *vm = c->vm;
  uint32_t len = heap_obj(HP, arr)->ndata, shown = 0, i = 0;
  while (i < len && shown < (uint32_t)c->max_array) {
    if (heap_get_data(HP, arr, i) == VAL_HOLE) {
      uint32_t j = i;
      while (j < len && heap_get_data(HP, arr, j) == VAL_HOLE) j++;
      uint32_t holes = j - i;
      strs_push(out, dupf("<%u empty item%s>", holes, holes > 1 ? "s" : ""));
      i = j;
    } else {
      strs_push(out, fmt_property(c, arr, key_from_index(vm, i), recurse, true));
      i++;
    }
    shown++;
  }
  if (i < len) {
    uint32_t remaining = len - i;
    strs_push(out, dupf("... %u more item%s", remaining, remaining > 1 ? "s" : ""));
  }
}

/* groupArrayElements (node v20), for arrays of more than six entries. */
static void group_array(Ctx *c, Strs *out, uint32_t arr) {
  uint32_t total = 0, maxlen = 0, n = out->n;
  if ((uint32_t)c->max_array < out->n && n > 0) n--; /* "... more items" */
  size_t *len = xmalloc(sizeof(size_t) * (out->n ? out->n : 1));
  for (uint32_t i = 0; i < n; i++) {
    len[i] = width(out->v[i]);
    total += (uint32_t)len[i] + 2;
    if (maxlen < len[i]) maxlen = (uint32_t)len[i];
  }
  uint32_t actual_max = maxlen + 2;
  if (actual_max * 3 + (double)c->indent < c->break_length && ((double)total / actual_max > 5 || maxlen <= 6)) {
    double average_bias = sqrt(actual_max - (double)total / out->n);
    double biased_max = fmax(actual_max - 3 - average_bias, 1);
    double cols = fmin(fmin(round(sqrt(2.5 * biased_max * n) / biased_max), floor(((double)c->break_length - c->indent) / actual_max)),
                       fmin(c->compact * 4, 15));
    uint32_t columns = (uint32_t)cols;
    if (columns > 1) {
      uint32_t *maxline = xmalloc(sizeof(uint32_t) * columns);
      for (uint32_t i = 0; i < columns; i++) {
        uint32_t l = 0;
        for (uint32_t j = i; j < out->n; j += columns)
          if (j < n && len[j] > l) l = (uint32_t)len[j];
        maxline[i] = l + 2;
      }
      bool numbers = true;
      for (uint32_t i = 0; arr && i < heap_obj(HP, arr)->ndata && i < out->n; i++)
        if (!val_is_num(heap_get_data(HP, arr, i))) numbers = false;
      Strs tmp = {0};
      for (uint32_t i = 0; i < n; i += columns) {
        uint32_t max = i + columns < n ? i + columns : n;
        Buf line;
        buf_init(&line);
        uint32_t j = i;
        for (; j < max - 1; j++) {
          uint32_t pad = maxline[j - i] - (uint32_t)len[j] - 2;
          if (numbers) for (uint32_t k = 0; k < pad; k++) buf_putc(&line, ' ');
          buf_printf(&line, "%s, ", out->v[j]);
          if (!numbers) for (uint32_t k = 0; k < pad; k++) buf_putc(&line, ' ');
        }
        if (numbers) {
          uint32_t pad = maxline[j - i] - 2 - (uint32_t)len[j];
          for (uint32_t k = 0; k < pad; k++) buf_putc(&line, ' ');
        }
        buf_puts(&line, out->v[j]);
        strs_push(&tmp, buf_take(&line, NULL));
      }
      if (n < out->n) strs_push(&tmp, dupf("%s", out->v[n]));
      free(maxline);
      strs_free(out);
      *out = tmp;
    }
  }
  free(len);
}

/* --- assembling ------------------------------------------------------------------------------- */

static bool below_break_length(Ctx *c, Strs *out, size_t start, const char *base) {
  size_t total = out->n + start;
  if (total + out->n > (size_t)c->break_length) return false;
  for (uint32_t i = 0; i < out->n; i++) {
    total += width(out->v[i]);
    if (total > (size_t)c->break_length) return false;
  }
  return base[0] == '\0' || !strchr(base, '\n');
}

static char *reduce(Ctx *c, Strs *out, const char *base, const char *brace0, const char *brace1, bool array_type,
                    int recurse, uint32_t arr) {
  uint32_t entries = out->n;
  if (c->compact >= 1 && array_type && entries > 6) group_array(c, out, arr);
  Buf b;
  buf_init(&b);
  if (c->compact >= 1 && c->current_depth - recurse < c->compact && entries == out->n) {
    size_t start = out->n + (size_t)c->indent + width(brace0) + width(base) + 10;
    if (below_break_length(c, out, start, base)) {
      Buf j;
      buf_init(&j);
      for (uint32_t i = 0; i < out->n; i++) buf_printf(&j, "%s%s", i ? ", " : "", out->v[i]);
      if (!j.data || !strchr(j.data, '\n')) {
        buf_printf(&b, "%s%s%s %s %s", base, base[0] ? " " : "", brace0, j.data ? j.data : "", brace1);
        buf_free(&j);
        return buf_take(&b, NULL);
      }
      buf_free(&j);
    }
  }
  Buf ind;
  buf_init(&ind);
  buf_putc(&ind, '\n');
  for (int i = 0; i < c->indent; i++) buf_putc(&ind, ' ');
  buf_printf(&b, "%s%s%s%s  ", base, base[0] ? " " : "", brace0, ind.data);
  for (uint32_t i = 0; i < out->n; i++) {
    if (i) buf_printf(&b, ",%s  ", ind.data);
    buf_puts(&b, out->v[i]);
  }
  buf_printf(&b, "%s%s", ind.data, brace1);
  buf_free(&ind);
  return buf_take(&b, NULL);
}

/* --- specific kinds ------------------------------------------------------------------------------ */

static char *fn_base(Ctx *c, uint32_t fn, const char *ctor) {
  Vm *vm = c->vm;
  Value namev;
  obj_lookup(vm, fn, val_str(ATOM_name), &namev);
  char *name = val_is_str(namev) ? str_utf8(vm, val_str_id(namev)) : dupf("%s", "");
  char *r;
  Obj *o = heap_obj(HP, fn);
  if (o->kind == OK_FUNC && (o->flags & OF_CLASS)) {
    uint32_t parent = o->proto;
    bool ext = o->flags & OF_DERIVED;
    char *pn = ext && parent ? str_utf8(vm, fn_name(vm, parent)) : NULL;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "[class %s", name[0] ? name : "(anonymous)");
    if (ext && pn && pn[0]) buf_printf(&b, " extends %s", pn);
    else if (ext && parent == 0) buf_puts(&b, " extends null");
    buf_putc(&b, ']');
    free(pn);
    r = buf_take(&b, NULL);
  } else {
    const char *type = "Function";
    if (o->kind == OK_FUNC) {
      FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(HP, fn, FD_PROTO))];
      bool gen = p->flags & FPF_GENERATOR, async = p->flags & FPF_ASYNC;
      type = gen && async ? "AsyncGeneratorFunction" : gen ? "GeneratorFunction" : async ? "AsyncFunction" : "Function";
    }
    Buf b;
    buf_init(&b);
    buf_printf(&b, "[%s", type);
    if (!ctor) buf_puts(&b, " (null prototype)");
    if (name[0]) buf_printf(&b, ": %s]", name);
    else buf_puts(&b, " (anonymous)]");
    if (ctor && strcmp(ctor, type) != 0) buf_printf(&b, " %s", ctor);
    r = buf_take(&b, NULL);
  }
  free(name);
  return r;
}

/* --- errors (formatError) ------------------------------------------------------------- */

/* A data property along the chain as UTF-8 (NULL if absent, a getter, or
 * not a primitive). */
static char *data_string(Ctx *c, uint32_t obj, uint32_t atom) {
  Value v;
  if (obj_lookup(c->vm, obj, val_str(atom), &v) != LK_VALUE || val_is_obj(v) || v == VAL_UNDEF) return NULL;
  if (val_is_sym(v)) return symbol_string(c->vm, v);
  return str_utf8(c->vm, bi_prim_string(c->vm, v));
}

/* getStackString: err.stack, or Error.prototype.toString's text. */
static char *stack_string(Ctx *c, uint32_t err) {
  Value stack;
  if (obj_lookup(c->vm, err, val_str(ATOM_stack), &stack) == LK_VALUE && val_truthy(c->vm, stack) &&
      !val_is_obj(stack))
    return val_is_sym(stack) ? symbol_string(c->vm, stack) : str_utf8(c->vm, bi_prim_string(c->vm, stack));
  char *n = data_string(c, err, ATOM_name), *m = data_string(c, err, ATOM_message);
  char *r = !n ? dupf("%s%s%s", "Error", m && m[0] ? ": " : "", m ? m : "")
            : !n[0] ? dupf("%s", m ? m : "")
            : dupf("%s%s%s", n, m && m[0] ? ": " : "", m ? m : "");
  free(n);
  free(m);
  return r;
}

/* removeDuplicateErrorKeys: name, message and stack are not listed when the
 * stack already shows them. */
static void drop_shown_keys(Ctx *c, uint32_t err, uint32_t keys, const char *stack) {
  static const uint32_t atoms[] = {ATOM_name, ATOM_message, ATOM_stack};
  if (c->show_hidden) return;
  for (size_t a = 0; a < 3; a++) {
    uint32_t n = arr_len(c->vm, keys);
    for (uint32_t i = 0; i < n; i++) {
      if (arr_get(c->vm, keys, i) != val_str(atoms[a])) continue;
      Value v;
      obj_lookup(c->vm, err, val_str(atoms[a]), &v);
      char *t = val_is_obj(v) ? dupf("[object Object]") : val_is_sym(v) ? symbol_string(c->vm, v)
                                                          : str_utf8(c->vm, bi_prim_string(c->vm, v));
      if (strstr(stack, t)) heap_data_remove(HP, keys, i, 1);
      free(t);
      break;
    }
  }
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The leading "Name" of a stack for a null-prototype error: node's
 * /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/ or /^([a-z_A-Z0-9-]*Error)$/. */
static size_t stack_name_len(const char *stack) {
  if (stack[0] >= 'A' && stack[0] <= 'Z') {
    size_t i = 1;
    while (stack[i] && (isalnum((unsigned char)stack[i]) || strchr("_ []()-", stack[i]))) i++;
    for (size_t j = i; j > 1; j--) { /* backtrack to a position followed by ':' or "\n  at" */
      const char *r = stack + j;
      if (*r == ':') return j;
      if (*r == '\n') {
        const char *q = r + 1;
        if (!isspace((unsigned char)*q)) continue;
        while (isspace((unsigned char)*q)) q++;
        if (strncmp(q, "at", 2) == 0) return j;
      }
    }
  }
  size_t n = strlen(stack);
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)stack[i]) && stack[i] != '_' && stack[i] != '-') return 0;
  return ends_with(stack, "Error") ? n : 0;
}

/* improveStack: the first line names the constructor when it differs from
 * err.name ("MyError [TypeError]: ..."). */
static char *improve_stack(char *stack, const char *ctor, const char *tag, const char *name) {
  size_t len = strlen(name);
  bool plain = ends_with(name, "Error") && strncmp(stack, name, len) == 0 &&
               (stack[len] == '\0' || stack[len] == ':' || stack[len] == '\n');
  if (ctor && !plain) return stack;
  char *fallback = NULL;
  if (!ctor) {
    len = stack_name_len(stack);
    fallback = len ? dupf("%.*s", (int)len, stack) : dupf("Error");
  }
  char *p = prefix(ctor, tag, fallback ? fallback : "Error", "");
  p[strlen(p) - 1] = '\0';
  char *r = stack;
  if (strcmp(name, p) != 0) {
    if (strstr(p, name)) r = len == 0 ? dupf("%s: %s", p, stack) : dupf("%s%s", p, stack + len);
    else r = dupf("%s [%s]%s", p, name, stack + len);
    free(stack);
  }
  free(p);
  free(fallback);
  return r;
}

/* identicalSequenceRange over two frame lists. */
static uint32_t identical_run(Strs *a, Strs *b, uint32_t *offset) {
  for (uint32_t i = 0; i + 3 < a->n; i++) {
    uint32_t pos = 0;
    while (pos < b->n && strcmp(b->v[pos], a->v[i]) != 0) pos++;
    if (pos == b->n || b->n - pos <= 3) continue;
    uint32_t len = 1, max = a->n - i < b->n - pos ? a->n - i : b->n - pos;
    while (max > len && strcmp(a->v[i + len], b->v[pos + len]) == 0) len++;
    if (len > 3) {
      *offset = i;
      return len;
    }
  }
  return 0;
}

static void split_lines(const char *s, Strs *out) {
  for (const char *p = s;;) {
    const char *e = strchr(p, '\n');
    if (!e) {
      strs_push(out, dupf("%s", p));
      return;
    }
    strs_push(out, dupf("%.*s", (int)(e - p), p));
    p = e + 1;
  }
}

/* getStackFrames: frames the error shares with its cause collapse into
 * "... N lines matching cause stack trace ...". */
static void stack_frames(Ctx *c, uint32_t err, const char *frames, Buf *out) {
  Strs fs = {0};
  split_lines(frames, &fs);
  Value cause;
  if (obj_lookup(c->vm, err, val_str(ATOM_cause), &cause) == LK_VALUE && obj_is_kind(c->vm, cause, OK_ERROR)) {
    char *cs = stack_string(c, val_obj_idx(cause));
    char *at = strstr(cs, "\n    at");
    if (at) {
      Strs cf = {0};
      split_lines(at + 1, &cf);
      uint32_t offset = 0, len = identical_run(&fs, &cf, &offset);
      if (len > 0) {
        uint32_t skipped = len - 2;
        char *msg = dupf("    ... %u lines matching cause stack trace ...", skipped);
        for (uint32_t i = 0; i < fs.n; i++) {
          if (i > offset && i <= offset + skipped) continue;
          buf_printf(out, "\n%s", fs.v[i]);
          if (i == offset) buf_printf(out, "\n%s", msg);
        }
        free(msg);
        strs_free(&cf);
        strs_free(&fs);
        free(cs);
        return;
      }
      strs_free(&cf);
    }
    free(cs);
  }
  for (uint32_t i = 0; i < fs.n; i++) buf_printf(out, "\n%s", fs.v[i]);
  strs_free(&fs);
}

/* s (owned) with the current indentation after each line break, as node
 * indents multi-line text nested in an object; returns the new string. */
static char *indent_lines(const Ctx *c, char *s) {
  if (!c->indent || !strchr(s, '\n')) return s;
  Buf b;
  buf_init(&b);
  for (const char *p = s; *p; p++) {
    buf_putc(&b, *p);
    if (*p == '\n')
      for (int i = 0; i < c->indent; i++) buf_putc(&b, ' ');
  }
  free(s);
  return buf_take(&b, NULL);
}

/* formatError: the text shown for an error (before its braces, if any). */
static char *error_base(Ctx *c, uint32_t err, uint32_t keys, const char *ctor, const char *tag) {
  char *name = data_string(c, err, ATOM_name);
  if (!name) name = dupf("Error");
  char *s = stack_string(c, err);
  drop_shown_keys(c, err, keys, s);
  s = improve_stack(s, ctor, tag, name);
  free(name);
  char *msg = data_string(c, err, ATOM_message);
  const char *from = s;
  if (msg && msg[0]) {
    const char *m = strstr(s, msg);
    if (m && m != s) from = m + strlen(msg);
  }
  free(msg);
  const char *at = strstr(from, "\n    at");
  if (!at) {
    char *t = dupf("[%s]", s);
    free(s);
    s = t;
  } else {
    Buf b;
    buf_init(&b);
    buf_append(&b, s, (size_t)(at - s));
    stack_frames(c, err, at + 1, &b);
    free(s);
    s = buf_take(&b, NULL);
  }
  return indent_lines(c, s);
}

static uint32_t collection_size(Ctx *c, uint32_t m, bool is_set);

static void fmt_map_entries(Ctx *c, uint32_t m, bool is_set, int recurse, Strs *out) {
  uint32_t w = is_set ? 1 : 2, size = collection_size(c, m, is_set), shown = 0;
  c->indent += 2;
  for (uint32_t i = 0; i < heap_obj(HP, m)->ndata; i += w) {
    Value k = heap_get_data(HP, m, i);
    if (k == VAL_HOLE) continue;
    if (shown++ == (uint32_t)c->max_array) break;
    char *ks = fmt_value(c, k, recurse);
    if (is_set) {
      strs_push(out, ks);
    } else {
      char *vs = fmt_value(c, heap_get_data(HP, m, i + 1), recurse);
      strs_push(out, dupf("%s => %s", ks, vs));
      free(ks);
      free(vs);
    }
  }
  if (size > (uint32_t)c->max_array) {
    uint32_t rest = size - (uint32_t)c->max_array;
    strs_push(out, dupf("... %u more item%s", rest, rest > 1 ? "s" : ""));
  }
  c->indent -= 2;
}

static uint32_t collection_size(Ctx *c, uint32_t m, bool is_set) {
  uint32_t n = 0, w = is_set ? 1 : 2;
  for (uint32_t i = 0; i < heap_obj(HP, m)->ndata; i += w) n += heap_get_data(HP, m, i) != VAL_HOLE;
  return n;
}

/* --- formatRaw ----------------------------------------------------------------------------- */

typedef struct Shape {
  char *base;       /* text before the braces ("" if none) */
  char *brace0, *brace1;
  bool array_type;
  bool empty_early; /* formatted completely into base (no braces) */
} Shape;

static void shape_free(Shape *s) {
  free(s->base);
  free(s->brace0);
  free(s->brace1);
}

/* The map/set iterator kind of obj (an IT_* value), or -1. */
static int coll_iter(Ctx *c, uint32_t obj) {
  if (heap_obj(HP, obj)->kind != OK_ITER) return -1;
  unsigned k = heap_obj(HP, obj)->aux;
  return k >= IT_MAP_ENTRIES && k <= IT_SET_ENTRIES ? (int)k : -1;
}

/* getIteratorBraces: "[Map Iterator] {", "[Set Entries] {" for entries(). */
static char *iter_brace(Ctx *c, uint32_t obj, const char *tag) {
  int k = coll_iter(c, obj);
  const char *type = k <= IT_MAP_VALUES ? "Map" : "Set";
  bool entries = k == IT_MAP_ENTRIES || k == IT_SET_ENTRIES;
  char *t;
  char expected[16];
  snprintf(expected, sizeof expected, "%s Iterator", type);
  if (tag && strcmp(tag, expected) != 0) t = dupf("%s] [%s %s", tag, type, entries ? "Entries" : "Iterator");
  else t = dupf("%s %s", type, entries ? "Entries" : "Iterator");
  char *r = dupf("[%s] {", t);
  free(t);
  return r;
}

/* The entries a map/set iterator has left: "[ k, v ]" pairs for entries(),
 * the values otherwise (formatMapIterInner / formatSetIterInner). */
static void fmt_iter_entries(Ctx *c, uint32_t it, int recurse, Strs *out) {
  Vm *vm = c->vm;
  int k = coll_iter(c, it);
  Value t = heap_get_data(HP, it, 0);
  if (!val_is_obj(t)) return;
  uint32_t coll = val_obj_idx(t), pos = (uint32_t)val_to_double(heap_get_data(HP, it, 1));
  bool map = k <= IT_MAP_VALUES, pairs = k == IT_MAP_ENTRIES || k == IT_SET_ENTRIES;
  uint32_t width = map ? 2 : 1;
  c->indent += 2;
  for (; pos < heap_obj(HP, coll)->ndata; pos += width) {
    Value key = heap_get_data(HP, coll, pos);
    if (key == VAL_HOLE) continue;
    Value val = map ? heap_get_data(HP, coll, pos + 1) : key;
    if (!pairs) {
      strs_push(out, fmt_value(c, k == IT_MAP_VALUES ? val : key, recurse));
      continue;
    }
    Strs pair = {0};
    strs_push(&pair, fmt_value(c, key, recurse));
    strs_push(&pair, fmt_value(c, val, recurse));
    strs_push(out, reduce(c, &pair, "", "[", "]", true, recurse, 0));
    strs_free(&pair);
  }
  c->indent -= 2;
  (void)vm;
}

/* A module namespace object (util.types.isModuleNamespaceObject): the
 * prelude makes them (hooks.esmImport) with a null prototype, tag 'Module',
 * not extensible; nothing else a program builds that way is told apart. */
static bool is_namespace(Ctx *c, uint32_t obj, const char *ctor, const char *tag) {
  return !ctor && tag && strcmp(tag, "Module") == 0 && (heap_obj(HP, obj)->flags & OF_NOEXT);
}

static char *shape_plain(Ctx *c, uint32_t obj, uint32_t nkeys, const char *ctor, const char *tag, Shape *sh) {
  if (ctor && strcmp(ctor, "Object") == 0 && !tag) {
    sh->brace0 = dupf("{");
  } else {
    char *p = prefix(ctor, tag, is_namespace(c, obj, ctor, tag) ? "Module" : "Object", "");
    sh->brace0 = dupf("%s{", p);
    free(p);
  }
  (void)c;
  if (nkeys == 0) return dupf("%s}", sh->brace0);
  return NULL;
}

/* Decides base and braces like formatRaw; returns an early result for the
 * empty cases node prints before checking the depth. */
static char *shape_of(Ctx *c, uint32_t obj, ObjKind kind, uint32_t keys, const char *ctor, const char *tag,
                      Shape *sh) {
  Vm *vm = c->vm;
  Obj *o = heap_obj(HP, obj);
  uint32_t nkeys = arr_len(vm, keys);
  sh->base = dupf("%s", "");
  sh->brace1 = dupf("}");
  switch (kind) {
    case OK_ARGUMENTS: /* an object with index keys, as node shows it */
      sh->brace0 = dupf("[Arguments] {");
      if (nkeys == 0) return dupf("[Arguments] {}");
      return NULL;
    case OK_ITER:
      if (coll_iter(c, obj) >= 0) {
        sh->brace0 = iter_brace(c, obj, tag);
        return NULL;
      }
      return shape_plain(c, obj, nkeys, ctor, tag, sh);
    case OK_ARRAY: {
      char size[24];
      snprintf(size, sizeof size, "(%u)", o->ndata);
      sh->array_type = true;
      free(sh->brace1);
      sh->brace1 = dupf("]");
      if (ctor && strcmp(ctor, "Array") == 0 && !tag) sh->brace0 = dupf("[");
      else {
        char *p = prefix(ctor, tag, "Array", size);
        sh->brace0 = dupf("%s[", p);
        free(p);
      }
      if (o->ndata == 0 && nkeys == 0) return dupf("%s]", sh->brace0);
      return NULL;
    }
    case OK_MAP: case OK_SET: {
      bool set = o->kind == OK_SET;
      if (o->aux == 1) { /* WeakMap / WeakSet: entries are not shown */
        char *p = prefix(ctor, tag, set ? "WeakSet" : "WeakMap", "");
        sh->brace0 = dupf("%s{", p);
        free(p);
        return NULL;
      }
      char size[24];
      snprintf(size, sizeof size, "(%u)", collection_size(c, obj, set));
      char *p = prefix(ctor, tag, set ? "Set" : "Map", size);
      sh->brace0 = dupf("%s{", p);
      free(p);
      if (collection_size(c, obj, set) == 0 && nkeys == 0) return dupf("%s}", sh->brace0);
      return NULL;
    }
    case OK_FUNC: case OK_NATIVE: case OK_BOUND: {
      free(sh->base);
      sh->base = fn_base(c, obj, ctor);
      sh->brace0 = dupf("{");
      if (nkeys == 0) return dupf("%s", sh->base);
      return NULL;
    }
    case OK_ERROR: {
      free(sh->base);
      sh->base = error_base(c, obj, keys, ctor, tag);
      sh->brace0 = dupf("{");
      if (arr_len(vm, keys) == 0) return dupf("%s", sh->base); /* error_base may drop keys */
      return NULL;
    }
    case OK_BOXED: {
      /* node shows Number.prototype and the like as plain objects */
      if (obj == vm->intr[INTR_NUMBER_PROTO] || obj == vm->intr[INTR_STRING_PROTO] ||
          obj == vm->intr[INTR_BOOLEAN_PROTO])
        return shape_plain(c, obj, nkeys, ctor, tag, sh);
      Value p = heap_get_data(HP, obj, 0);
      char *ps = fmt_primitive(c, p);
      const char *type = val_is_str(p) ? "String" : val_is_num(p) ? "Number" : val_is_bool(p) ? "Boolean"
                       : val_is_big(p) ? "BigInt" : "Symbol";
      free(sh->base);
      sh->base = dupf("[%s: %s]", type, ps);
      free(ps);
      sh->brace0 = dupf("{");
      if (nkeys == 0) return dupf("%s", sh->base);
      return NULL;
    }
    case OK_DATE: { /* ISO form, "Invalid Date" for NaN; a prefix for subclasses */
      double t = val_to_double(heap_get_data(HP, obj, 0));
      char iso[32];
      if (isnan(t)) snprintf(iso, sizeof iso, "Invalid Date");
      else num_date_iso(t, iso);
      char *p = prefix(ctor, tag, "Date", "");
      free(sh->base);
      sh->base = strcmp(p, "Date ") == 0 ? dupf("%s", iso) : dupf("%s%s", p, iso);
      free(p);
      sh->brace0 = dupf("{");
      if (nkeys == 0) return dupf("%s", sh->base);
      return NULL;
    }
    case OK_REGEXP: { /* /source/flags as RegExp.prototype.toString would (unpatched) */
      char *p = prefix(ctor, tag, "RegExp", "");
      char *src = str_utf8(vm, bi_regexp_source(vm, obj));
      char *flags = str_utf8(vm, val_str_id(heap_get_data(HP, obj, 1)));
      free(sh->base);
      sh->base = dupf("%s/%s/%s", strcmp(p, "RegExp ") == 0 ? "" : p, src, flags);
      free(p), free(src), free(flags);
      sh->brace0 = dupf("{");
      if (nkeys == 0) return dupf("%s", sh->base);
      return NULL;
    }
    case OK_PROMISE: {
      char *p = prefix(ctor, tag, "Promise", "");
      sh->brace0 = dupf("%s{", p);
      free(p);
      return NULL;
    }
    default: return shape_plain(c, obj, nkeys, ctor, tag, sh);
  }
}

static char *depth_marker(const char *ctor, const char *tag, ObjKind kind) {
  const char *fallback = kind == OK_ARRAY ? "Array" : kind == OK_MAP ? "Map" : kind == OK_SET ? "Set" : "Object";
  if (!ctor) return dupf("[%s: null prototype]", fallback);
  if (tag && strcmp(ctor, tag) != 0) return dupf("[%s [%s]]", ctor, tag);
  return dupf("[%s]", ctor);
}

/* node's isError is `isNativeError(e) || e instanceof Error`: an ordinary
 * object that inherits from Error.prototype (old-style subclasses,
 * TypeError.prototype) is shown as an error too, unless its constructor is
 * named Object (node takes plain objects first). */
static ObjKind shown_kind(Ctx *c, uint32_t obj, const char *ctor) {
  ObjKind kind = (ObjKind)heap_obj(HP, obj)->kind;
  if (kind == OK_PLAIN && ctor && strcmp(ctor, "Object") != 0 &&
      obj_instance_of(c->vm, val_obj(obj), c->vm->intr[INTR_ERROR_PROTO]))
    return OK_ERROR;
  return kind;
}

static int cmp_entry(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* node's `sorted`: an object's entries all, an array's keys after its
 * elements (the last n entries), when there are two or more. */
static void sort_entries(Strs *out, uint32_t n) {
  if (n > 1 && n <= out->n) qsort(out->v + (out->n - n), n, sizeof *out->v, cmp_entry);
}

static char *fmt_raw(Ctx *c, uint32_t obj, int recurse) {
  Vm *vm = c->vm;
  char *ctor = ctor_name(c, obj);
  ObjKind kind = shown_kind(c, obj, ctor);
  char *tag = to_string_tag(c, obj);
  if (tag && ctor && strcmp(tag, ctor) == 0) {
    free(tag);
    tag = NULL;
  }
  bool is_array = kind == OK_ARRAY;
  bool boxed_str = kind == OK_BOXED && val_is_str(heap_get_data(HP, obj, 0));
  uint32_t keys = own_keys(c, obj, is_array || boxed_str);
  if (kind == OK_ERROR) {
    if (obj_has(vm, obj, val_str(ATOM_cause))) {
      bool has = false;
      for (uint32_t i = 0; i < arr_len(vm, keys); i++) has |= arr_get(vm, keys, i) == val_str(ATOM_cause);
      if (!has) arr_push(vm, keys, val_str(ATOM_cause));
    }
    Value errs;
    if (obj_lookup(vm, obj, val_str(ATOM_errors), &errs) == LK_VALUE && obj_is_kind(vm, errs, OK_ARRAY)) {
      bool has = false;
      for (uint32_t i = 0; i < arr_len(vm, keys); i++) has |= arr_get(vm, keys, i) == val_str(ATOM_errors);
      if (!has) arr_push(vm, keys, val_str(ATOM_errors));
    }
  }
  Shape sh = {0};
  char *early = shape_of(c, obj, kind, keys, ctor, tag, &sh);
  if (early) {
    shape_free(&sh);
    free(ctor);
    free(tag);
    return early;
  }
  if ((c->depth >= 0 && recurse > c->depth) || c->no_levels) {
    char *m = depth_marker(ctor, tag, kind);
    shape_free(&sh);
    free(ctor);
    free(tag);
    return m;
  }
  recurse++;
  if (c->nseen == c->cseen) {
    c->cseen = c->cseen ? c->cseen * 2 : 8;
    c->seen = xrealloc(c->seen, sizeof(uint32_t) * c->cseen);
  }
  c->seen[c->nseen++] = obj;
  c->current_depth = recurse;
  Strs out = {0};
  if (is_array) {
    fmt_array_entries(c, obj, recurse, &out);
  } else if (coll_iter(c, obj) >= 0) {
    fmt_iter_entries(c, obj, recurse, &out);
  } else if ((kind == OK_MAP || kind == OK_SET) && heap_obj(HP, obj)->aux == 1) {
    strs_push(&out, dupf("<items unknown>"));
  } else if (kind == OK_MAP || kind == OK_SET) {
    fmt_map_entries(c, obj, kind == OK_SET, recurse, &out);
  } else if (kind == OK_PROMISE) {
    unsigned state = promise_state(vm, obj);
    if (state == PS_PENDING) {
      strs_push(&out, dupf("<pending>"));
    } else {
      c->indent += 2;
      char *v = fmt_value(c, promise_result(vm, obj), recurse);
      c->indent -= 2;
      strs_push(&out, state == PS_REJECTED ? dupf("<rejected> %s", v) : dupf("%s", v));
      free(v);
    }
  }
  for (uint32_t i = 0; i < arr_len(vm, keys); i++)
    strs_push(&out, fmt_property(c, obj, arr_get(vm, keys, i), recurse, false));
  if (c->sorted) sort_entries(&out, sh.array_type ? arr_len(vm, keys) : out.n);
  c->nseen--;
  uint32_t ref = circ_index(c, obj, false);
  if (ref) { /* counted in the line width as node does: part of base */
    char *tmp = sh.base[0] ? dupf("<ref *%u> %s", ref, sh.base) : dupf("<ref *%u>", ref);
    free(sh.base);
    sh.base = tmp;
  }
  char *r = reduce(c, &out, sh.base, sh.brace0, sh.brace1, sh.array_type, recurse, is_array ? obj : 0);
  strs_free(&out);
  shape_free(&sh);
  free(ctor);
  free(tag);
  return r;
}

/* Whether formatValue calls obj's [util.inspect.custom]: a function, and
 * obj is not its constructor's prototype (node's check for prototypes). */
static bool has_custom(Ctx *c, uint32_t obj) {
  Vm *vm = c->vm;
  Value f, ctor, proto;
  if (c->custom_key == VAL_UNDEF || obj_lookup(vm, obj, c->custom_key, &f) != LK_VALUE || !val_is_callable(vm, f))
    return false;
  return !(obj_lookup(vm, obj, val_str(ATOM_constructor), &ctor) == LK_VALUE && val_is_obj(ctor) &&
           obj_lookup(vm, val_obj_idx(ctor), val_str(ATOM_prototype), &proto) == LK_VALUE && proto == val_obj(obj));
}

/* A custom function's result in place of obj: a string as is (its line
 * breaks indented to the current level), anything else formatted in turn;
 * NULL when it returned obj itself (then obj is formatted as usual).  The
 * call not made yet stops the walk (c->pending). */
static char *fmt_custom_result(Ctx *c, uint32_t obj, int recurse) {
  Vm *vm = c->vm;
  if (!c->results || c->used == arr_len(vm, c->results)) {
    c->pending->obj = val_obj(obj);
    c->pending->recurse = recurse;
    c->pending = NULL;
    return dupf("%s", "");
  }
  Value r = arr_get(vm, c->results, c->used++);
  if (r == val_obj(obj)) return NULL;
  if (!val_is_str(r)) return fmt_value(c, r, recurse);
  return indent_lines(c, str_utf8(vm, val_str_id(r)));
}

static char *fmt_value(Ctx *c, Value v, int recurse) {
  if (c->custom_key != VAL_UNDEF && !c->pending) return dupf("%s", ""); /* stopped: the result is discarded */
  if (!val_is_obj(v)) return fmt_primitive(c, v);
  uint32_t o = val_obj_idx(v);
  if (has_custom(c, o)) {
    char *r = fmt_custom_result(c, o, recurse);
    if (r) return r;
  }
  if (seen_has(c, o)) return dupf("[Circular *%u]", circ_index(c, o, true));
  return fmt_raw(c, o, recurse);
}

static void ctx_init(Ctx *c, Vm *vm, const InspectOpts *opts) {
  memset(c, 0, sizeof *c);
  c->vm = vm;
  c->custom_key = VAL_UNDEF;
  c->depth = opts ? opts->depth : 2;
  c->show_hidden = opts && opts->show_hidden;
  c->no_levels = opts && opts->no_levels;
  c->max_array = opts && opts->limits ? (opts->max_array_length < 0 ? 0 : opts->max_array_length) : MAX_ARRAY;
  c->break_length = opts && opts->limits ? opts->break_length : BREAK_LENGTH;
  c->max_string = opts && opts->limits ? opts->max_string_length : MAX_STRING_LENGTH;
  c->sorted = opts && opts->sorted;
  c->compact = opts && opts->limits ? opts->compact : COMPACT;
}

static void ctx_free(Ctx *c) {
  free(c->seen);
  free(c->circ);
}

void inspect_value(Vm *vm, Value v, const InspectOpts *opts, Buf *out) {
  Ctx c;
  ctx_init(&c, vm, opts);
  char *s = fmt_value(&c, v, 0);
  buf_puts(out, s);
  free(s);
  ctx_free(&c);
}

bool inspect_value_custom(Vm *vm, Value v, const InspectOpts *opts, uint32_t results, InspectPending *pending,
                          Buf *out) {
  Ctx c;
  ctx_init(&c, vm, opts);
  Value key = realm_hook(vm, "inspectCustomSymbol");
  if (val_is_sym(key)) c.custom_key = key;
  c.results = results;
  c.pending = pending;
  char *s = fmt_value(&c, v, 0);
  bool done = c.custom_key == VAL_UNDEF || c.pending;
  if (done) buf_puts(out, s);
  free(s);
  ctx_free(&c);
  return done;
}

/* --- util.format ------------------------------------------------------------------------------ */

/* Appends inspect(v) with custom functions honoured if `custom`; false
 * (nothing appended) when one must run first. */
static bool append_inspect(Vm *vm, Value v, int depth, bool hidden, bool custom, Buf *out) {
  InspectOpts o = {.depth = depth, .show_hidden = hidden};
  if (!custom || !val_is_obj(v)) { /* (a primitive has no custom inspect function) */
    inspect_value(vm, v, &o, out);
    return true;
  }
  InspectPending pending;
  Buf b;
  buf_init(&b);
  bool done = inspect_value_custom(vm, v, &o, 0, &pending, &b);
  if (done) buf_append(out, b.data ? b.data : "", b.len);
  buf_free(&b);
  return done;
}

/* hasBuiltInToString: the toString an object would use comes from a
 * built-in prototype (so %s inspects it instead of calling toString). */
static bool builtin_to_string(Vm *vm, uint32_t obj) {
  Value ts, ctor;
  if (obj_lookup(vm, obj, val_str(ATOM_toString), &ts) != LK_VALUE || !val_is_callable(vm, ts)) return true;
  if (obj_has_own(vm, obj, val_str(ATOM_toString))) return false;
  uint32_t o = obj;
  do o = heap_obj(&vm->heap, o)->proto;
  while (o && !obj_has_own(vm, o, val_str(ATOM_toString)));
  if (!o || obj_get_own(vm, o, val_str(ATOM_constructor), &ctor) != LK_VALUE || !val_is_callable(vm, ctor)) return false;
  Obj *c = heap_obj(&vm->heap, val_obj_idx(ctor));
  if (c->kind == OK_NATIVE) return true;
  return c->kind == OK_FUNC &&
         (vm->prog->protos[(uint32_t)val_to_double(heap_get_data(&vm->heap, val_obj_idx(ctor), FD_PROTO))]->flags & FPF_PRELUDE);
}

/* %s; false when a custom inspect function must run first */
static bool append_string_of(Vm *vm, Value v, bool custom, Buf *out) {
  if (val_is_rnd(v)) v = vm_concrete(vm, v);
  if (val_is_num(v)) {
    char *s = fmt_number(val_to_double(v));
    buf_puts(out, s);
    free(s);
  } else if (val_is_sym(v) || val_is_big(v)) {
    char *s = val_is_sym(v) ? symbol_string(vm, v) : dupf("%sn", str_cstr_tmp(vm->strs, val_payload(v)));
    buf_puts(out, s);
    free(s);
  } else if (val_is_callable(vm, v)) {
    fn_source(vm, val_obj_idx(v), out);
  } else if (val_is_obj(v)) {
    return append_inspect(vm, v, 0, false, custom, out);
  } else {
    str_to_utf8(vm->strs, bi_prim_string(vm, v), out);
  }
  return true;
}

/* %d %i %f of a primitive: Number(v), parseInt(v), parseFloat(v). */
static void append_number_of(Vm *vm, Value v, uint16_t conv, Buf *out) {
  double x = NAN;
  if (val_is_big(v) && conv != 'f') { /* node: `${v}n` */
    str_to_utf8(vm->strs, val_payload(v), out);
    buf_putc(out, 'n');
    return;
  }
  if (val_is_sym(v) || val_is_obj(v)) x = NAN;
  else if (conv == 'd') x = val_to_number_nothrow(vm, v);
  else {
    const char *s = str_cstr_tmp(vm->strs, bi_prim_string(vm, v));
    if (conv == 'i') num_parse_int(s, strlen(s), 0, &x);
    else num_parse_float(s, strlen(s), &x);
  }
  char *t = fmt_number(x);
  buf_puts(out, t);
  free(t);
}

/* Walks util.format's placeholders the way node does (formatWithOptions):
 * calls visit(ctx, conversion, arg) for each placeholder that consumes an
 * argument, and literal(ctx, from, to) for format text kept as is.  Returns
 * the index of the first argument left for the space-separated tail. */
typedef struct FmtWalk {
  Vm *vm;
  const Value *args;
  uint32_t argc;
  Buf *out;     /* NULL: only checking whether JavaScript is needed */
  bool slow;    /* some placeholder needs JavaScript (toJSON, toString, valueOf) */
  bool custom;  /* honour [util.inspect.custom] functions */
  bool stopped; /* one of those must run first (out is incomplete) */
} FmtWalk;

static void fmt_literal(FmtWalk *w, uint32_t f, uint32_t from, uint32_t to) {
  if (w->out && to > from) str_to_utf8(w->vm->strs, str_substr(w->vm->strs, f, from, to), w->out);
}

static void fmt_placeholder(FmtWalk *w, uint16_t d, Value v) {
  Vm *vm = w->vm;
  switch (d) {
    case 's':
      if (val_is_obj(v) && !val_is_callable(vm, v) && !builtin_to_string(vm, val_obj_idx(v))) w->slow = true;
      else if (w->out) w->stopped |= !append_string_of(vm, v, w->custom, w->out);
      break;
    case 'j': w->slow = true; break;
    case 'd': case 'i': case 'f':
      if (val_is_obj(v)) w->slow = true;
      else if (w->out) append_number_of(vm, v, d, w->out);
      break;
    case 'O': if (w->out) w->stopped |= !append_inspect(vm, v, 2, false, w->custom, w->out); break;
    case 'o': if (w->out) w->stopped |= !append_inspect(vm, v, 4, true, w->custom, w->out); break;
    default: break; /* %c: consumed, prints nothing */
  }
}

static uint32_t fmt_walk(FmtWalk *w) {
  Vm *vm = w->vm;
  uint32_t f = val_str_id(w->args[0]), n = str_len(vm->strs, f), last = 0, a = 0;
  for (uint32_t i = 0; i + 1 < n; i++) {
    if (str_at(vm->strs, f, i) != '%') continue;
    uint16_t d = str_at(vm->strs, f, ++i);
    if (a + 1 != w->argc) {
      if (d == '%') {
        fmt_literal(w, f, last, i);
        last = i + 1;
        continue;
      }
      if (d > 127 || !strchr("sjdOoifc", (char)d)) continue;
      fmt_literal(w, f, last, i - 1);
      fmt_placeholder(w, d, w->args[++a]);
      last = i + 1;
    } else if (d == '%') {
      fmt_literal(w, f, last, i);
      last = i + 1;
    }
  }
  if (last == 0) return 0;
  fmt_literal(w, f, last, n);
  return a + 1;
}

InspectNeed inspect_format_arg(Vm *vm, uint16_t conv, Value v, Buf *out) {
  FmtWalk w = {vm, &v, 1, out, false, true, false};
  fmt_placeholder(&w, conv, v);
  return w.slow ? IN_JS : w.stopped ? IN_CUSTOM : IN_NONE;
}

bool inspect_format_needs_js(Vm *vm, const Value *args, uint32_t argc) {
  if (argc < 2 || !val_is_str(args[0])) return false;
  FmtWalk w = {vm, args, argc, NULL, false, false, false};
  fmt_walk(&w);
  return w.slow;
}

bool inspect_format(Vm *vm, const Value *args, uint32_t argc, bool custom, Buf *out) {
  uint32_t a = 0;
  if (argc == 1 && val_is_str(args[0])) {
    str_to_utf8(vm->strs, val_str_id(args[0]), out);
    return true;
  }
  if (argc > 0 && val_is_str(args[0])) {
    FmtWalk w = {vm, args, argc, out, false, custom, false};
    a = fmt_walk(&w);
    if (w.stopped) return false;
  }
  for (bool first = a == 0; a < argc; a++, first = false) {
    if (!first) buf_putc(out, ' ');
    if (val_is_str(args[a])) str_to_utf8(vm->strs, val_str_id(args[a]), out);
    else if (!append_inspect(vm, args[a], 2, false, custom, out)) return false;
  }
  return true;
}
