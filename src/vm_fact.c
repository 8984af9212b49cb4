/* vm_fact.c - facts the machine records for the findings (see vm.h): the
 * fact buffer, user positions, packed sites, suspended-frame positions and
 * the recursion behind a stack overflow.
 *
 * Facts are text because the explorer interns them as edge labels (equal
 * facts on many transitions cost one string) and findings.c reads them
 * long after the machine that wrote them is gone; nothing in a fact may
 * depend on heap numbering, only on source positions and names. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm_int.h"

enum { FACTS_MAX = 1 << 16 }; /* bytes of facts kept per transition */

void vm_fact_text(Buf *b, const char *s, size_t n, size_t max) {
  for (size_t i = 0; i < n; i++) {
    if (i == max) {
      buf_puts(b, "...");
      return;
    }
    unsigned char c = (unsigned char)s[i];
    buf_putc(b, c < 0x20 || c == 0x7F ? ' ' : (char)c);
  }
}

/* Appends the decimal digits of v to out[*n..cap); false if they do not fit. */
static bool fact_digits(char *out, size_t cap, size_t *n, unsigned long long v) {
  char d[24];
  size_t k = sizeof d;
  do d[--k] = (char)('0' + v % 10); while ((v /= 10) != 0);
  if (*n + sizeof d - k > cap) return false;
  memcpy(out + *n, d + k, sizeof d - k);
  *n += sizeof d - k;
  return true;
}

/* Formats a fact into out[0..cap) by hand when fmt uses only %s, %u and
 * %llu, as every fact does: vsnprintf was a visible part of an explored
 * transition (one fact per task).  Returns the length, or -1 when fmt has
 * another conversion or the text does not fit (the caller uses vsnprintf). */
static int fact_format(char *out, size_t cap, const char *fmt, va_list ap) {
  size_t n = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      if (n == cap) return -1;
      out[n++] = *p;
    } else if (p[1] == 's') {
      const char *a = va_arg(ap, const char *);
      if (!a) return -1; /* as printf does, whatever it does */
      size_t len = strlen(a);
      if (len > cap - n) return -1;
      memcpy(out + n, a, len);
      n += len, p++;
    } else if (p[1] == 'u') {
      if (!fact_digits(out, cap, &n, va_arg(ap, unsigned))) return -1;
      p++;
    } else if (p[1] == 'l' && p[2] == 'l' && p[3] == 'u') {
      if (!fact_digits(out, cap, &n, va_arg(ap, unsigned long long))) return -1;
      p += 3;
    } else {
      return -1;
    }
  }
  return n <= INT32_MAX ? (int)n : -1;
}

void vm_fact(Vm *vm, const char *fmt, ...) {
  if (!vm->record_facts || vm->facts.len > FACTS_MAX) return;
  char small[512], *line = small;
  va_list ap;
  va_start(ap, fmt);
  int n = fact_format(small, sizeof small - 1, fmt, ap);
  va_end(ap);
  if (n < 0) {
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small - 1, fmt, ap);
    va_end(ap);
  }
  if (n < 0) return;
  if ((size_t)n >= sizeof small - 1) {
    line = xmalloc((size_t)n + 2);
    va_start(ap, fmt);
    vsnprintf(line, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  line[n++] = '\n';
  /* the same fact twice in one transition says nothing new (a loop that
   * catches an overflow a thousand times) */
  bool dup = false;
  for (const char *seen = vm->facts.data; seen && *seen && !dup;) {
    dup = strncmp(seen, line, (size_t)n) == 0;
    seen = strchr(seen, '\n');
    if (seen) seen++;
  }
  if (!dup) buf_append(&vm->facts, line, (size_t)n);
  if (line != small) free(line);
}

LineEntry vm_user_pos(Vm *vm, uint32_t *entry) {
  uint32_t called = 0;
  for (uint32_t i = vm->nframes; i > 0; i--) {
    const Frame *f = &vm->frames[i - 1];
    const FuncProto *p = vm_proto(vm, f);
    if (p->flags & FPF_PRELUDE) {
      called = f->proto + 1;
      continue;
    }
    if (entry) *entry = called;
    LineEntry e = proto_pos(p, f->ipc);
    e.pc = f->proto;
    return e;
  }
  if (entry) *entry = called;
  return (LineEntry){UINT32_MAX, 0, 0};
}

double vm_site_pack(uint32_t line, uint32_t col, uint32_t creator) {
  if (line >= (1u << 20)) line = 0;
  if (col >= (1u << 16)) col = 0xFFFF;
  if (creator >= (1u << 16)) creator = 0;
  return (double)creator * 68719476736.0 + (double)line * 65536.0 + (double)col; /* 2^36, 2^16 */
}

void vm_site_unpack(double site, uint32_t *line, uint32_t *col, uint32_t *creator) {
  uint64_t v = site > 0 ? (uint64_t)site : 0;
  *col = (uint32_t)(v & 0xFFFF);
  *line = (uint32_t)((v >> 16) & 0xFFFFF);
  *creator = (uint32_t)(v >> 36);
}

/* --- stack overflow ------------------------------------------------------------ */

enum { CYCLE_MAX = 16, CYCLE_SCAN = 512 };

/* The user frames from the top (innermost first), at most n. */
static uint32_t user_frames(Vm *vm, uint32_t *idx, uint32_t n) {
  uint32_t k = 0;
  for (uint32_t i = vm->nframes; i > 0 && k < n; i--)
    if (!(vm_proto(vm, &vm->frames[i - 1])->flags & FPF_PRELUDE)) idx[k++] = i - 1;
  return k;
}

/* The smallest period of the functions at the top of the stack that
 * repeats at least three times; 0 when none does. */
static uint32_t period(Vm *vm, const uint32_t *idx, uint32_t n) {
  for (uint32_t k = 1; k <= CYCLE_MAX && 3 * k <= n; k++) {
    bool ok = true;
    for (uint32_t i = 0; i + k < n && i < 4 * k && ok; i++)
      ok = vm->frames[idx[i]].proto == vm->frames[idx[i + k]].proto;
    if (ok) return k;
  }
  return 0;
}

static void frame_label(Vm *vm, const Frame *f, Buf *b) {
  const FuncProto *p = vm_proto(vm, f);
  uint32_t name = f->func ? fn_name(vm, f->func) : 0;
  if (p->kind == FK_SCRIPT) buf_puts(b, "(main)");
  else if (name && str_len(vm->strs, name)) str_to_utf8(vm->strs, name, b);
  else buf_printf(b, "(anonymous %u:%u)", p->span.line, p->span.col);
  LineEntry pos = proto_pos(p, f->ipc);
  buf_printf(b, "@%u:%u", pos.line, pos.col);
}

void vm_fact_overflow(Vm *vm) {
  if (!vm->record_facts) return;
  uint32_t idx[CYCLE_SCAN];
  uint32_t n = user_frames(vm, idx, CYCLE_SCAN);
  if (n == 0) return;
  uint32_t k = period(vm, idx, n);
  Buf cyc;
  buf_init(&cyc);
  /* outermost first: f calls g calls f ... */
  for (uint32_t i = k ? k : 1; i > 0; i--) {
    if (cyc.len) buf_putc(&cyc, ' ');
    frame_label(vm, &vm->frames[idx[i - 1]], &cyc);
  }
  LineEntry at = proto_pos(vm_proto(vm, &vm->frames[idx[0]]), vm->frames[idx[0]].ipc);
  vm_fact(vm, "S\t%u:%u\t%u\t%s\t%s", at.line, at.col, vm->nframes, k ? "cycle" : "deep", cyc.data);
  buf_free(&cyc);
}

/* --- describing values for facts --------------------------------------------------- */

static void str_field(Vm *vm, uint32_t s, Buf *b, size_t max) {
  Buf t;
  buf_init(&t);
  str_to_utf8(vm->strs, s, &t);
  vm_fact_text(b, t.data ? t.data : "", t.len, max);
  buf_free(&t);
}

/* A data property's string value (getters are not run); 0 if none. */
static uint32_t own_string(Vm *vm, uint32_t obj, uint32_t atom) {
  Value v;
  if (obj_lookup(vm, obj, val_str(atom), &v) != LK_VALUE || !val_is_str(v)) return 0;
  return val_str_id(v);
}

void vm_fact_value(Vm *vm, Value v, Buf *b) {
  if (obj_is_kind(vm, v, OK_ERROR)) {
    uint32_t e = val_obj_idx(v), name = own_string(vm, e, ATOM_name), msg = own_string(vm, e, ATOM_message);
    if (name) str_field(vm, name, b, 40);
    else buf_puts(b, "Error");
    buf_puts(b, "('");
    if (msg) str_field(vm, msg, b, 80);
    buf_puts(b, "')");
    return;
  }
  if (val_is_str(v)) {
    buf_putc(b, '\'');
    str_field(vm, val_str_id(v), b, 80);
    buf_putc(b, '\'');
    return;
  }
  if (val_is_obj(v)) {
    buf_puts(b, heap_obj(H, val_obj_idx(v))->kind == OK_ARRAY ? "an array" : "an object");
    return;
  }
  uint32_t s = ATOM_undefined;
  if (!val_is_sym(v)) val_to_string_prim(vm, v, &s);
  str_field(vm, s, b, 80);
}

LineEntry vm_fact_callback(Vm *vm, Value fn, Buf *name) {
  for (int hops = 0; hops < 8 && obj_is_kind(vm, fn, OK_BOUND); hops++) fn = heap_get_data(H, val_obj_idx(fn), 0);
  LineEntry pos = {0, 0, 0};
  if (!val_is_obj(fn)) return pos;
  uint32_t f = val_obj_idx(fn), n = fn_name(vm, f);
  if (heap_obj(H, f)->kind == OK_NATIVE && promise_settles(vm, f)) /* internal names start with '$' */
    buf_puts(name, strcmp(realm_native_def(heap_obj(H, f)->aux)->name, "$resolveFunction") ? "reject" : "resolve");
  else if (n && str_len(vm->strs, n)) str_field(vm, n, name, 60);
  if (heap_obj(H, f)->kind == OK_FUNC) {
    const FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(H, f, FD_PROTO))];
    if (!(p->flags & FPF_PRELUDE)) pos = (LineEntry){p->id, p->span.line, p->span.col};
  }
  return pos;
}

void vm_fact_creator(Vm *vm, uint32_t creator, Buf *b) {
  if (creator == PC_USER) return;
  if (creator == PC_THEN) {
    buf_puts(b, "then");
    return;
  }
  uint32_t pid = creator - PC_PROTO;
  if (pid >= vm->prog->nprotos) return;
  const FuncProto *p = vm->prog->protos[pid];
  Buf name;
  buf_init(&name);
  str_to_utf8(vm->strs, p->name, &name);
  if (!(p->flags & FPF_PRELUDE)) buf_printf(b, "async %s", name.len ? name.data : "function");
  else if (name.len && !strcmp(name.data, "Promise")) buf_puts(b, "new Promise");
  else if (name.len) buf_printf(b, "Promise.%s", name.data);
  buf_free(&name);
}

void vm_fact_site(Buf *b, double site) {
  uint32_t line, col, creator;
  vm_site_unpack(site, &line, &col, &creator);
  buf_printf(b, "%u:%u", line, col);
}
