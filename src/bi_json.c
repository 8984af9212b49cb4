/* bi_json.c - JSON.parse (a recursive-descent parser over UTF-16 units,
 * depth-limited) and the string quoting used by JSON.stringify (which is in
 * the prelude because it calls toJSON and replacers). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "numconv.h"

enum { JSON_MAX_DEPTH = 512 };

typedef struct JsonP {
  Vm *vm;
  const uint16_t *s;
  uint32_t n, i, depth;
  uint32_t src; /* the input string id, for messages */
} JsonP;

static void ws(JsonP *p) {
  while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r')) p->i++;
}

/* V8's messages: "Unexpected end of JSON input"; "Unexpected token 'x',
 * "<the input, or 10 characters of context around x>" is not valid JSON";
 * "\"undefined\" is not valid JSON" for the strings a caller typically
 * passes by mistake. */
static VmStatus fail(JsonP *p) {
  Vm *vm = p->vm;
  if (p->i >= p->n) return vm_throw_error(vm, INTR_SYNTAX_ERROR, "Unexpected end of JSON input");
  static const char *const special[] = {"[object Object]", "undefined", "Infinity", "NaN"};
  for (size_t k = 0; k < sizeof special / sizeof special[0]; k++)
    if (p->src == str_cstr(vm->strs, special[k])) {
      char msg[48];
      snprintf(msg, sizeof msg, "\"%s\" is not valid JSON", special[k]);
      return vm_throw_error(vm, INTR_SYNTAX_ERROR, msg);
    }
  enum { CONTEXT = 10 };
  uint32_t pos = p->i, n = p->n, from = 0, to = n;
  const char *open = "\"", *close = "\"";
  if (n >= 2 * CONTEXT + 1) {
    if (pos < CONTEXT) to = pos + CONTEXT, close = "\"...";
    else if (pos < n - CONTEXT) from = pos - CONTEXT, to = pos + CONTEXT, open = "...\"", close = "\"...";
    else from = pos - CONTEXT, open = "...\"";
  }
  Buf b;
  buf_init(&b);
  buf_puts(&b, "Unexpected token '");
  str_to_utf8(vm->strs, str_substr(vm->strs, p->src, pos, pos + 1), &b);
  buf_printf(&b, "', %s", open);
  str_to_utf8(vm->strs, str_substr(vm->strs, p->src, from, to), &b);
  buf_printf(&b, "%s is not valid JSON", close);
  VmStatus st = vm_throw_error(vm, INTR_SYNTAX_ERROR, b.data);
  buf_free(&b);
  return st;
}

/* "<what> in JSON at position N" (N: the offending character). */
static VmStatus fail_at(JsonP *p, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s in JSON at position %u", what, p->i);
  return vm_throw_error(p->vm, INTR_SYNTAX_ERROR, msg);
}

static bool digit_at(JsonP *p) { return p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9'; }

static VmStatus value(JsonP *p, Value *out);

static int hex_digit(uint16_t h) {
  return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
}

/* One character of a string literal after its backslash (p->i at the
 * escape letter); false with the error thrown. */
static bool escape(JsonP *p, uint16_t *c, VmStatus *st) {
  uint16_t e = p->s[p->i];
  switch (e) {
    case '"': case '\\': case '/': *c = e; break;
    case 'b': *c = '\b'; break;
    case 'f': *c = '\f'; break;
    case 'n': *c = '\n'; break;
    case 'r': *c = '\r'; break;
    case 't': *c = '\t'; break;
    case 'u':
      *c = 0;
      for (int k = 0; k < 4; k++) {
        p->i++;
        int d = p->i < p->n ? hex_digit(p->s[p->i]) : -1;
        if (d < 0) {
          *st = p->i < p->n ? fail_at(p, "Bad Unicode escape") : fail_at(p, "Unterminated string");
          return false;
        }
        *c = (uint16_t)(*c * 16 + d);
      }
      break;
    default: *st = fail_at(p, "Bad escaped character"); return false;
  }
  p->i++;
  return true;
}

static VmStatus string(JsonP *p, Value *out) {
  p->i++; /* opening quote */
  uint16_t *buf = NULL;
  uint32_t len = 0, cap = 0;
  VmStatus st = VS_OK;
  for (;;) {
    if (p->i >= p->n) {
      st = fail_at(p, "Unterminated string");
      break;
    }
    uint16_t c = p->s[p->i];
    if (c == '"') {
      p->i++;
      break;
    }
    if (c < 0x20) {
      st = fail_at(p, "Bad control character in string literal");
      break;
    }
    p->i++;
    if (c == '\\') {
      if (p->i >= p->n) {
        st = fail_at(p, "Unterminated string");
        break;
      }
      if (!escape(p, &c, &st)) break;
    }
    if (len == cap) {
      cap = cap ? cap * 2 : 16;
      buf = xrealloc(buf, sizeof(uint16_t) * cap);
    }
    buf[len++] = c;
  }
  static const uint16_t none[1] = {0};
  if (st == VS_OK) *out = val_str(str_intern16(p->vm->strs, buf ? buf : none, len));
  free(buf);
  return st;
}

static VmStatus number(JsonP *p, Value *out) {
  uint32_t start = p->i;
  if (p->s[p->i] == '-') {
    p->i++;
    if (!digit_at(p)) return fail_at(p, "No number after minus sign");
  }
  if (p->s[p->i] == '0') {
    p->i++;
    if (digit_at(p)) return fail_at(p, "Unexpected number");
  } else {
    while (digit_at(p)) p->i++;
  }
  if (p->i < p->n && p->s[p->i] == '.') {
    p->i++;
    if (!digit_at(p)) return fail_at(p, "Unterminated fractional number");
    while (digit_at(p)) p->i++;
  }
  if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
    p->i++;
    if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-')) p->i++;
    if (!digit_at(p)) return fail_at(p, "Exponent part is missing a number");
    while (digit_at(p)) p->i++;
  }
  char buf[400];
  uint32_t n = p->i - start;
  if (n >= sizeof buf) n = sizeof buf - 1;
  for (uint32_t k = 0; k < n; k++) buf[k] = (char)p->s[start + k];
  double d;
  num_from_string(buf, n, &d);
  *out = val_num(d);
  return VS_OK;
}

/* A literal (true, false, null); on a mismatch p->i is left at the first
 * wrong character for the error. */
static bool word(JsonP *p, const char *w) {
  for (size_t k = 0; w[k]; k++, p->i++)
    if (p->i >= p->n || p->s[p->i] != (uint16_t)w[k]) return false;
  return true;
}

static VmStatus array(JsonP *p, Value *out) {
  Vm *vm = p->vm;
  p->i++;
  uint32_t a = arr_new(vm, 0);
  *out = val_obj(a);
  ws(p);
  if (p->i < p->n && p->s[p->i] == ']') {
    p->i++;
    return VS_OK;
  }
  for (;;) {
    Value v;
    VmStatus st = value(p, &v);
    if (st != VS_OK) return st;
    arr_push(vm, a, v);
    ws(p);
    if (p->i < p->n && p->s[p->i] == ',') {
      p->i++;
      continue;
    }
    if (p->i < p->n && p->s[p->i] == ']') {
      p->i++;
      return VS_OK;
    }
    return fail_at(p, "Expected ',' or ']' after array element");
  }
}

static VmStatus object(JsonP *p, Value *out) {
  Vm *vm = p->vm;
  p->i++;
  uint32_t o = obj_new(vm);
  *out = val_obj(o);
  ws(p);
  if (p->i < p->n && p->s[p->i] == '}') {
    p->i++;
    return VS_OK;
  }
  for (bool first = true;; first = false) {
    ws(p);
    if (p->i >= p->n || p->s[p->i] != '"')
      return fail_at(p, first ? "Expected property name or '}'" : "Expected double-quoted property name");
    Value k, v;
    VmStatus st = string(p, &k);
    if (st != VS_OK) return st;
    ws(p);
    if (p->i >= p->n || p->s[p->i] != ':') return fail_at(p, "Expected ':' after property name");
    p->i++;
    if ((st = value(p, &v)) != VS_OK) return st;
    if (k == val_str(ATOM_proto)) {
      int32_t idx = heap_prop_find(HEAP, o, k);
      if (idx >= 0) heap_prop_set_value(HEAP, o, (uint32_t)idx, v);
      else heap_prop_add(HEAP, o, k, v, PA_DEFAULT);
    } else {
      obj_define(vm, o, k, v, PA_DEFAULT);
    }
    ws(p);
    if (p->i < p->n && p->s[p->i] == ',') {
      p->i++;
      continue;
    }
    if (p->i < p->n && p->s[p->i] == '}') {
      p->i++;
      return VS_OK;
    }
    return fail_at(p, "Expected ',' or '}' after property value");
  }
}

static VmStatus value(JsonP *p, Value *out) {
  ws(p);
  if (p->i >= p->n) return fail(p);
  if (++p->depth > JSON_MAX_DEPTH) return vm_throw_range(p->vm, "Maximum call stack size exceeded");
  VmStatus st;
  uint16_t c = p->s[p->i];
  if (c == '{') st = object(p, out);
  else if (c == '[') st = array(p, out);
  else if (c == '"') st = string(p, out);
  else if (c == '-' || (c >= '0' && c <= '9')) st = number(p, out);
  else if (c == 't' || c == 'f' || c == 'n') {
    const char *w = c == 't' ? "true" : c == 'f' ? "false" : "null";
    *out = c == 't' ? VAL_TRUE : c == 'f' ? VAL_FALSE : VAL_NULL;
    st = word(p, w) ? VS_OK : fail(p);
  } else st = fail(p);
  p->depth--;
  return st;
}

NATIVE(nat_parse) {
  NATIVE_UNUSED();
  if (val_is_obj(ARG(0))) return vm_tail_call(vm, realm_hook(vm, "jsonParseObject"), VAL_UNDEF, args, argc);
  uint32_t s = bi_prim_string(vm, ARG(0));
  JsonP p = {.vm = vm, .n = str_len(vm->strs, s), .src = s};
  uint16_t *u = xmalloc(sizeof(uint16_t) * (p.n ? p.n : 1));
  str_units(vm->strs, s, u);
  p.s = u;
  VmStatus st = value(&p, out);
  if (st == VS_OK) {
    ws(&p);
    if (p.i < p.n) {
      char msg[96];
      snprintf(msg, sizeof msg, "Unexpected non-whitespace character after JSON at position %u", p.i);
      st = vm_throw_error(vm, INTR_SYNTAX_ERROR, msg);
    }
  }
  free(u);
  if (st == VS_OK && val_is_callable(vm, ARG(1))) {
    Value a[2] = {*out, args[1]};
    return vm_tail_call(vm, realm_hook(vm, "jsonRevive"), VAL_UNDEF, a, 2);
  }
  return st;
}

/* $jsonQuote(s): QuoteJSONString. */
NATIVE(nat_quote) {
  NATIVE_UNUSED();
  uint32_t s = bi_prim_string(vm, ARG(0)), n = str_len(vm->strs, s);
  uint16_t *o = xmalloc(sizeof(uint16_t) * (6 * n + 2));
  uint32_t k = 0;
  o[k++] = '"';
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = str_at(vm->strs, s, i);
    const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b" : c == '\f' ? "\\f"
                    : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) lone = !(i + 1 < n && str_at(vm->strs, s, i + 1) >= 0xDC00 && str_at(vm->strs, s, i + 1) <= 0xDFFF);
    else if (c >= 0xDC00 && c <= 0xDFFF) lone = !(i > 0 && str_at(vm->strs, s, i - 1) >= 0xD800 && str_at(vm->strs, s, i - 1) <= 0xDBFF);
    if (esc) {
      for (const char *q = esc; *q; q++) o[k++] = (uint16_t)*q;
    } else if (c < 0x20 || lone) {
      char h[8];
      snprintf(h, sizeof h, "\\u%04x", c);
      for (int q = 0; q < 6; q++) o[k++] = (uint16_t)h[q];
    } else {
      o[k++] = c;
    }
  }
  o[k++] = '"';
  *out = val_str(str_intern16(vm->strs, o, k));
  free(o);
  return VS_OK;
}

/* $ctorName(o): the constructor name V8's circular-structure message
 * gives o: the name of the nearest 'constructor' data property along the
 * chain that is a named function, else "Object".  Runs no user code (a
 * getter is skipped, a function's own name, not a static 'name', counts). */
NATIVE(nat_ctor_name) {
  NATIVE_UNUSED();
  *out = bi_str(vm, "Object");
  uint32_t depth = 0;
  for (uint32_t o = val_is_obj(ARG(0)) ? val_obj_idx(ARG(0)) : 0; o && depth < 10000; o = heap_obj(HEAP, o)->proto, depth++) {
    Value c;
    if (obj_get_own(vm, o, val_str(ATOM_constructor), &c) != LK_VALUE || !val_is_callable(vm, c)) continue;
    uint32_t f = val_obj_idx(c), n = fn_name(vm, f);
    if (heap_obj(HEAP, f)->kind == OK_FUNC) { /* the name it was made with: V8 reads no 'name' property */
      uint32_t pid = (uint32_t)val_to_double(heap_get_data(HEAP, f, FD_PROTO));
      if (str_len(vm->strs, vm->prog->protos[pid]->name)) n = vm->prog->protos[pid]->name;
    }
    if (str_len(vm->strs, n)) *out = val_str(n);
    break;
  }
  return VS_OK;
}

static const NativeDef json_defs[] = {
    {"parse", 2, NF_STR(0), nat_parse},
    {"$jsonQuote", 1, NF_INTRINSIC, nat_quote},
    {"$ctorName", 1, NF_INTRINSIC, nat_ctor_name},
};

static void json_init(Vm *vm) {
  uint32_t j = obj_new(vm);
  bi_install(vm, j, "json", "parse", "parse");
  obj_define(vm, j, val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), bi_str(vm, "JSON"), PA_CONFIG);
  bi_method(vm, vm->global, "JSON", val_obj(j));
}

const NativeModule bi_json_module = {"json", json_defs, sizeof json_defs / sizeof json_defs[0], json_init};
