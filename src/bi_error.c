/* bi_error.c - Error and its subclasses, stack traces.
 *
 * An Error instance is an OK_ERROR object with own non-enumerable `message`
 * (when given), `cause` (when given) and `stack`; its data records where it
 * was created (line, column, and the frame's prototype id), which the host
 * uses to point at the source when an error goes uncaught. */
#include <string.h>

#include "bi.h"
#include "vm_int.h"

/* The object a receiver's properties are looked up on. */
static uint32_t receiver_object(Vm *vm, Value v) {
  return val_is_obj(v) ? val_obj_idx(v) : obj_prim_proto(vm, v);
}

/* The type V8 names in a method call frame ("String.f"): a class's own
 * name, else the receiver's Symbol.toStringTag, else the name of the first
 * constructor along its prototype chain. */
static uint32_t receiver_type(Vm *vm, Value this_v) {
  if (val_is_obj(this_v) && (heap_obj(HEAP, val_obj_idx(this_v))->flags & OF_CLASS)) return fn_name(vm, val_obj_idx(this_v));
  Value tag;
  if (val_is_obj(this_v) &&
      obj_lookup(vm, val_obj_idx(this_v), val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), &tag) == LK_VALUE &&
      val_is_str(tag) && str_len(vm->strs, val_str_id(tag)))
    return val_str_id(tag);
  for (uint32_t o = receiver_object(vm, this_v); o; o = heap_obj(HEAP, o)->proto) {
    Value c;
    if (obj_get_own(vm, o, val_str(ATOM_constructor), &c) != LK_VALUE || !val_is_callable(vm, c)) continue;
    uint32_t n = fn_name(vm, val_obj_idx(c));
    if (str_len(vm->strs, n)) return n;
  }
  return str_cstr(vm->strs, "Object");
}

/* The key under which the receiver holds fn (own or inherited data
 * property, string keys), or 0. */
static uint32_t method_key(Vm *vm, Value this_v, uint32_t fn) {
  for (uint32_t o = receiver_object(vm, this_v); o; o = heap_obj(HEAP, o)->proto)
    for (uint32_t i = 0; i < heap_obj(HEAP, o)->nprops; i++) {
      Value k = heap_prop_key(HEAP, o, i);
      if (val_is_str(k) && !(heap_prop_attrs(HEAP, o, i) & PA_ACCESSOR) && heap_prop_value(HEAP, o, i) == val_obj(fn))
        return val_str_id(k);
    }
  return 0;
}

static bool ends_with(Vm *vm, uint32_t s, uint32_t suffix) {
  uint32_t n = str_len(vm->strs, s), m = str_len(vm->strs, suffix);
  return m <= n && str_substr(vm->strs, s, n - m, n) == suffix;
}

/* Is the function of kind k named n a private method, getter or setter? */
static bool private_method(Vm *vm, const FuncProto *p, uint32_t n) {
  if (p->kind != FK_METHOD && p->kind != FK_GETTER && p->kind != FK_SETTER) return false;
  uint32_t at = p->kind == FK_METHOD ? 0 : 4;
  return str_len(vm->strs, n) > at && str_at(vm->strs, n, at) == '#';
}

/* Name shown in a stack frame line for frame f, as V8 writes it: "f",
 * "new C", "Type.f [as key]" for a call with a receiver (not undefined or
 * the global object), "Type.<anonymous>". */
static bool is_module(const Vm *vm) { return vm->prog->protos[vm->prog->main]->flags & FPF_MODULE; }

void vm_stack_file(Vm *vm, Buf *out) {
  if (!is_module(vm)) {
    buf_puts(out, vm->prog->abspath);
    return;
  }
  /* node's pathToFileURL: the characters a URL path cannot hold are
   * percent-encoded, bytes of non-ASCII characters too */
  static const char hex[] = "0123456789ABCDEF";
  buf_puts(out, "file://");
  for (const unsigned char *c = (const unsigned char *)vm->prog->abspath; *c; c++) {
    if (*c > 0x20 && *c < 0x7F && !strchr("%\\\"#<>?`{}", *c)) {
      buf_putc(out, (char)*c);
    } else {
      buf_putc(out, '%');
      buf_putc(out, hex[*c >> 4]);
      buf_putc(out, hex[*c & 15]);
    }
  }
}

/* Whether string id s reads as an identifier (non-ASCII characters count
 * as letters): V8 writes a method call "Type.name [as key]" only with such
 * names ('a b', '5' or '[Symbol.iterator]' stand alone). */
static bool ident_like(Vm *vm, uint32_t s) {
  Buf b;
  buf_init(&b);
  str_to_utf8(vm->strs, s, &b);
  bool ok = b.len > 0 && !(b.data[0] >= '0' && b.data[0] <= '9');
  for (size_t i = 0; ok && i < b.len; i++) {
    unsigned char c = (unsigned char)b.data[i];
    ok = c >= 0x80 || c == '$' || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
  buf_free(&b);
  return ok;
}

static void frame_name(Vm *vm, const Frame *f, Buf *out) {
  FuncProto *p = vm_proto(vm, f);
  if (p->kind == FK_SCRIPT) {
    /* a module's body has no name in V8's frames */
    if (!(p->flags & FPF_MODULE)) buf_puts(out, "Object.<anonymous>");
    return;
  }
  uint32_t n = fn_name(vm, f->func);
  if (p->kind == FK_CLASS_CTOR || p->kind == FK_DERIVED_CTOR || f->new_target != VAL_UNDEF) { /* "new F" */
    buf_puts(out, "new ");
    str_to_utf8(vm->strs, n, out);
    return;
  }
  if (private_method(vm, p, n)) { /* V8 writes a private method's name alone: "#m", "get #a" */
    str_to_utf8(vm->strs, n, out);
    return;
  }
  if (p->kind == FK_GETTER || p->kind == FK_SETTER) { /* "get a [as a]" */
    str_to_utf8(vm->strs, n, out);
    uint32_t len = str_len(vm->strs, n);
    if (len > 4) {
      buf_puts(out, " [as ");
      str_to_utf8(vm->strs, str_substr(vm->strs, n, 4, len), out);
      buf_putc(out, ']');
    }
    return;
  }
  Value r = f->this_val;
  /* (an arrow too is named by the receiver of its call, as in V8) */
  bool top = p->kind == FK_FIELDS || val_is_nullish(r) || r == VAL_UNINIT ||
             r == val_obj(vm->global);
  if (top || (str_len(vm->strs, n) && !ident_like(vm, n))) {
    str_to_utf8(vm->strs, n, out);
    return;
  }
  uint32_t type = receiver_type(vm, r), key = method_key(vm, r, f->func);
  if (key && !ident_like(vm, key)) key = 0;
  if (!str_len(vm->strs, n)) {
    str_to_utf8(vm->strs, type, out);
    buf_putc(out, '.');
    if (key) str_to_utf8(vm->strs, key, out);
    else buf_puts(out, "<anonymous>");
    return;
  }
  str_to_utf8(vm->strs, type, out);
  buf_putc(out, '.');
  str_to_utf8(vm->strs, n, out);
  if (key && !ends_with(vm, n, key)) {
    buf_puts(out, " [as ");
    str_to_utf8(vm->strs, key, out);
    buf_putc(out, ']');
  }
}

/* Appends one "\n    at [async ]name (file:line:col)" line for frame f
 * stopped at instruction ipc (file: vm_stack_file). */
/* The line of frame f, named as frame named (f itself, or the static
 * initialiser that runs a static block: one frame in V8). */
static void frame_line_as(Vm *vm, const Frame *f, const Frame *named, const char *prefix, const char *file,
                          Buf *out) {
  LineEntry pos = proto_pos(vm_proto(vm, f), f->ipc);
  Buf name;
  buf_init(&name);
  frame_name(vm, named, &name);
  if (name.len) buf_printf(out, "\n    at %s%s (%s:%u:%u)", prefix, name.data, file, pos.line, pos.col);
  else buf_printf(out, "\n    at %s%s:%u:%u", prefix, file, pos.line, pos.col);
  buf_free(&name);
}

static void frame_line(Vm *vm, const Frame *f, const char *prefix, const char *file, Buf *out) {
  frame_line_as(vm, f, f, prefix, file, out);
}

/* Appends a V8 built-in's frame: "at Type.name (<anonymous>)" (the
 * receiver's type), "at new Name (<anonymous>)" for a construction, "at
 * name (<anonymous>)" without a receiver. */
static void builtin_line(Vm *vm, uint32_t fn, Value this_v, bool construct, Buf *out) {
  uint32_t n = fn_name(vm, fn);
  buf_puts(out, "\n    at ");
  if (construct) {
    buf_puts(out, "new ");
  } else if (!val_is_nullish(this_v) && this_v != val_obj(vm->global)) {
    str_to_utf8(vm->strs, receiver_type(vm, this_v), out);
    buf_putc(out, '.');
  }
  str_to_utf8(vm->strs, n, out);
  buf_puts(out, " (<anonymous>)");
}

/* Whether the native running shows as a frame: a public built-in (not an
 * intrinsic of the prelude) that was not left for JavaScript frames, other
 * than the Array constructor and the natives that forward a call (call,
 * apply): V8 shows no frame for those. */
static bool native_frame(Vm *vm) {
  uint32_t fn = vm->native;
  if (!fn || fn >= HEAP->nobj || heap_obj(HEAP, fn)->kind != OK_NATIVE || vm->native_depth != vm->nframes) return false;
  const NativeDef *def = realm_native_def(heap_obj(HEAP, fn)->aux);
  return def->name[0] != '$' && !(def->flags & NF_FORWARD) && !(vm->native_new && fn == vm->intr[INTR_ARRAY]);
}

/* Appends the node frames a hidden prelude frame f stands for (its
 * node_site, see $nodeFrame), while fewer than 10 lines are shown;
 * returns how many. */
static uint32_t node_site_lines(Vm *vm, const Frame *f, uint32_t shown, Buf *out) {
  Buf site;
  buf_init(&site);
  str_to_utf8(vm->strs, val_str_id(f->node_site), &site);
  uint32_t n = 0;
  for (const char *line = site.data ? site.data : ""; *line && shown + n < 10; n++) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    buf_puts(out, "\n    at ");
    if (line[0] == '.') str_to_utf8(vm->strs, receiver_type(vm, f->this_val), out);
    buf_printf(out, "%.*s", (int)len, line);
    line += len + (end != NULL);
  }
  buf_free(&site);
  return n;
}

/* Appends V8's async frames ("at async f (...)": the async functions and
 * combinators, "at async Promise.all (index 1)", that wait one on the
 * next for the running job; see promise_async_frames), at most max;
 * returns how many. */
static uint32_t async_frames(Vm *vm, const char *file, Buf *out, uint32_t max) {
  PromiseAsyncFrame fs[10];
  uint32_t shown = 0;
  uint32_t n = promise_async_frames(vm, fs, max < 10 ? max : 10);
  for (uint32_t i = 0; i < n; i++) {
    if (!fs[i].frame) {
      buf_printf(out, "\n    at async %s (index %u)", fs[i].combinator, fs[i].index);
      shown++;
      continue;
    }
    Frame f;
    vm_frame_obj_view(vm, fs[i].frame, &f);
    if (vm_proto(vm, &f)->flags & FPF_HIDDEN) continue;
    frame_line(vm, &f, "async ", file, out);
    shown++;
  }
  return shown;
}

/* node's own frames below a program's top level, while it runs it: the
 * CommonJS loader's, or the ES module loader's during the module's first
 * synchronous run (after an await, the module resumes from a job). */
static const char *const cjs_loader[] = {
    "Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
    "Module.load (node:internal/modules/cjs/loader:1266:32)",
    "Module._load (node:internal/modules/cjs/loader:1091:12)",
    "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
    "node:internal/main/run_main_module:28:49",
    NULL};
static const char *const esm_loader[] = {
    "ModuleJob.run (node:internal/modules/esm/module_job:325:25)",
    "async ModuleLoader.import (node:internal/modules/esm/loader:606:24)",
    "async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)",
    NULL};

static const char *const *loader_frames(Vm *vm, uint32_t top) {
  const Frame *bottom = NULL;
  for (uint32_t i = 0; i < top && !bottom; i++)
    if (!(vm_proto(vm, &vm->frames[i])->flags & FPF_HIDDEN)) bottom = &vm->frames[i];
  if (!bottom || vm_proto(vm, bottom)->kind != FK_SCRIPT) return NULL;
  if (!(vm_proto(vm, bottom)->flags & FPF_MODULE)) return cjs_loader;
  return (bottom->flags & FR_ASYNC_FIRST) ? esm_loader : NULL;
}

/* Appends "\n    at ..." lines for the JavaScript frames, innermost first:
 * at most 10, without built-in frames, and without the innermost `skip`
 * ones.  With `until` (a function object), frames are dropped up to and
 * including the innermost call of it, as V8 does for the constructor
 * (new.target) of an error built by `super(message)`.  `native`: the
 * native running shows as a built-in frame (an error it makes); false
 * when that native is the one capturing (Error constructors,
 * captureStackTrace, console.trace), which V8 does not show. */
/* The frames a trace shows start below the innermost call of `until` (V8's
 * SKIP_UNTIL_SEEN), or at the top (until 0). */
static uint32_t trace_top(Vm *vm, uint32_t until) {
  if (until)
    for (uint32_t i = vm->nframes; i > 0; i--)
      if (vm->frames[i - 1].func == until) return i - 1;
  return vm->nframes;
}

static void stack_trace(Vm *vm, Buf *out, uint32_t skip, uint32_t until, bool native) {
  uint32_t shown = 0, top = trace_top(vm, until);
  Buf file;
  buf_init(&file);
  vm_stack_file(vm, &file);
  if (native && native_frame(vm)) {
    if (skip) skip--;
    else builtin_line(vm, vm->native, vm->native_this, vm->native_new, out), shown++;
  }
  for (uint32_t i = top; i > 0 && shown < 10; i--) {
    const Frame *f = &vm->frames[i - 1];
    FuncProto *p = vm_proto(vm, f);
    bool builtin = (p->flags & FPF_HIDDEN) && ((heap_obj(HEAP, f->func)->flags & OF_BUILTIN) || f->builtin);
    if ((p->flags & FPF_HIDDEN) && !builtin) {
      if (val_is_str(f->node_site) && i < top) shown += node_site_lines(vm, f, shown, out);
      continue;
    }
    if (skip) {
      skip--;
      continue;
    }
    if (builtin && f->builtin) builtin_line(vm, f->builtin, f->builtin_this, f->flags & FR_BUILTIN_NEW, out);
    else if (builtin) builtin_line(vm, f->func, f->this_val, f->new_target != VAL_UNDEF, out);
    else if ((p->flags & FPF_STATIC_BLOCK) && i > 1) frame_line_as(vm, f, &vm->frames[--i - 1], "", file.data, out);
    else frame_line(vm, f, "", file.data, out);
    shown++;
    /* a generator runs under its built-in next(), a frame of its own in V8 */
    if ((p->flags & FPF_GENERATOR) && i > 1 && shown < 10) {
      uint32_t gn = fn_name(vm, f->func);
      buf_printf(out, "\n    at %s.next (<anonymous>)", str_len(vm->strs, gn) ? str_cstr_tmp(vm->strs, gn) : "Generator");
      shown++;
    }
  }
  shown += async_frames(vm, file.data, out, 10 - shown);
  buf_free(&file);
  const char *const *loader = loader_frames(vm, top);
  if (!loader && vm->hooks.task_frames) loader = vm->hooks.task_frames(vm->hooks.ctx, vm);
  for (uint32_t i = 0; loader && loader[i] && shown < 10; i++, shown++) buf_printf(out, "\n    at %s", loader[i]);
}

void vm_stack_trace(Vm *vm, Buf *out, uint32_t skip) { stack_trace(vm, out, skip, 0, false); }

/* The position in the innermost script frame at or below frame top. */
static LineEntry pos_below(Vm *vm, uint32_t top) {
  for (uint32_t i = top; i > 0; i--) {
    const Frame *f = &vm->frames[i - 1];
    FuncProto *p = vm_proto(vm, f);
    if (p->flags & FPF_HIDDEN) continue;
    LineEntry e = proto_pos(p, f->ipc);
    e.pc = f->proto;
    return e;
  }
  return (LineEntry){UINT32_MAX, 0, 0};
}

LineEntry vm_current_pos(Vm *vm) { return pos_below(vm, vm->nframes); }

/* Records the stack frames and the position of err.  Like V8, the `stack`
 * string itself is made on first read (obj_get_own calls
 * error_format_stack), so a name or message set after construction shows
 * in its first line. */
static void capture(Vm *vm, uint32_t err, uint32_t until, bool native) {
  Buf b;
  buf_init(&b);
  stack_trace(vm, &b, 0, until, native);
  heap_set_data(HEAP, err, ED_FRAMES, val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len)));
  buf_free(&b);
  obj_define(vm, err, val_str(ATOM_stack), VAL_HOLE, PA_WRITABLE | PA_CONFIG);
  LineEntry pos = pos_below(vm, trace_top(vm, until)); /* node points at the trace's first frame */
  heap_set_data(HEAP, err, ED_LINE, val_num(pos.line));
  heap_set_data(HEAP, err, ED_COL, val_num(pos.col));
  heap_set_data(HEAP, err, ED_PROTO, val_num(pos.pc));
}

/* A data property along the chain (getters are not run: undefined). */
static Value data_lookup(Vm *vm, uint32_t obj, uint32_t atom) {
  Value v;
  return obj_lookup(vm, obj, val_str(atom), &v) == LK_VALUE ? v : VAL_UNDEF;
}

/* The first line of a stack: "name: message" as Error.prototype.toString
 * makes it, from data properties only (getters are not run). */
static uint32_t stack_head(Vm *vm, uint32_t obj) {
  Value name = data_lookup(vm, obj, ATOM_name), msg = data_lookup(vm, obj, ATOM_message);
  uint32_t n = name == VAL_UNDEF ? ATOM_Error : bi_prim_string(vm, name);
  uint32_t m = msg == VAL_UNDEF ? ATOM_empty : bi_prim_string(vm, msg);
  if (str_len(vm->strs, n) == 0) return m;
  if (str_len(vm->strs, m) == 0) return n;
  return str_concat(vm->strs, str_concat(vm->strs, n, str_cstr(vm->strs, ": ")), m);
}

uint32_t error_format_stack(Vm *vm, uint32_t err) {
  uint32_t head = stack_head(vm, err);
  Value frames = heap_get_data(HEAP, err, ED_FRAMES);
  return val_is_str(frames) ? str_concat(vm->strs, head, val_str_id(frames)) : head;
}

/* An error object; `stack` is its first own property, as in V8. */
static uint32_t new_error(Vm *vm, uint32_t proto) {
  uint32_t e = heap_alloc(HEAP, OK_ERROR, proto, 4, ED__COUNT);
  obj_define(vm, e, val_str(ATOM_stack), VAL_HOLE, PA_WRITABLE | PA_CONFIG);
  return e;
}


Value vm_make_error(Vm *vm, uint32_t ctor_intr, const char *msg) {
  static const struct { int ctor, proto; } map[] = {
      {INTR_ERROR, INTR_ERROR_PROTO}, {INTR_TYPE_ERROR, INTR_TYPE_ERROR_PROTO},
      {INTR_RANGE_ERROR, INTR_RANGE_ERROR_PROTO}, {INTR_REFERENCE_ERROR, INTR_REFERENCE_ERROR_PROTO},
      {INTR_SYNTAX_ERROR, INTR_SYNTAX_ERROR_PROTO}, {INTR_AGGREGATE_ERROR, INTR_AGGREGATE_ERROR_PROTO}};
  uint32_t proto = vm->intr[INTR_ERROR_PROTO];
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if ((uint32_t)map[i].ctor == ctor_intr) proto = vm->intr[map[i].proto];
  uint32_t e = new_error(vm, proto);
  Value m = bi_str(vm, msg);
  obj_define(vm, e, val_str(ATOM_message), m, PA_WRITABLE | PA_CONFIG);
  capture(vm, e, 0, true);
  return val_obj(e);
}

/* new Error(message, { cause }) and the subclasses (callee's `prototype`). */
static VmStatus construct_error(Vm *vm, uint32_t callee, Value msg, Value opts, Value *out) {
  Value nt = vm->new_target == VAL_UNDEF ? val_obj(callee) : vm->new_target, proto;
  obj_lookup(vm, val_obj_idx(nt), val_str(ATOM_prototype), &proto);
  uint32_t e = new_error(vm, val_is_obj(proto) ? val_obj_idx(proto) : vm->intr[INTR_ERROR_PROTO]);
  Value m = VAL_UNDEF;
  if (msg != VAL_UNDEF) {
    if (val_is_obj(msg)) {
      Value a[2] = {msg, opts};
      (void)a;
      m = bi_str(vm, "[object Object]");
    } else {
      uint32_t s;
      VmStatus st = val_to_string_prim(vm, msg, &s);
      if (st != VS_OK) return st;
      m = val_str(s);
    }
    obj_define(vm, e, val_str(ATOM_message), m, PA_WRITABLE | PA_CONFIG);
  }
  Value cause;
  Lookup lk = val_is_obj(opts) ? obj_lookup(vm, val_obj_idx(opts), val_str(ATOM_cause), &cause) : LK_ABSENT;
  if (lk == LK_VALUE) obj_define(vm, e, val_str(ATOM_cause), cause, PA_WRITABLE | PA_CONFIG);
  /* frames up to the subclass constructor (super(message)) are not shown,
   * nor the Error constructor's own */
  capture(vm, e, heap_obj(HEAP, val_obj_idx(nt))->kind == OK_FUNC ? val_obj_idx(nt) : 0, false);
  *out = val_obj(e);
  if (lk == LK_GETTER) { /* options.cause is a getter: the prelude reads it */
    Value a[2] = {*out, opts};
    return vm_tail_call(vm, realm_hook(vm, "errorCause"), VAL_UNDEF, a, 2);
  }
  return VS_OK;
}

NATIVE(nat_error) {
  NATIVE_UNUSED();
  return construct_error(vm, callee, ARG(0), ARG(1), out);
}

NATIVE(nat_aggregate_error) {
  NATIVE_UNUSED();
  VmStatus st = construct_error(vm, callee, ARG(1), ARG(2), out);
  if (st != VS_OK) return st;
  Value errs = ARG(0);
  if (!is_array_like_kind(vm, errs)) { /* any iterable: the prelude spreads it */
    Value a[2] = {*out, errs};
    return vm_tail_call(vm, realm_hook(vm, "aggregateErrors"), VAL_UNDEF, a, 2);
  }
  uint32_t list = arr_new(vm, 0);
  for (uint32_t i = 0; i < arr_len(vm, val_obj_idx(errs)); i++) arr_push(vm, list, arr_get(vm, val_obj_idx(errs), i));
  obj_define(vm, val_obj_idx(*out), val_str(ATOM_errors), val_obj(list), PA_WRITABLE | PA_CONFIG);
  return VS_OK;
}

NATIVE(nat_error_to_string) {
  NATIVE_UNUSED();
  if (!val_is_obj(this_v)) return vm_throw_type(vm, "Error.prototype.toString requires that 'this' be an Object");
  Value name, msg;
  obj_lookup(vm, val_obj_idx(this_v), val_str(ATOM_name), &name);
  obj_lookup(vm, val_obj_idx(this_v), val_str(ATOM_message), &msg);
  uint32_t n = name == VAL_UNDEF ? ATOM_Error : bi_prim_string(vm, name);
  uint32_t m = msg == VAL_UNDEF ? ATOM_empty : bi_prim_string(vm, msg);
  if (str_len(vm->strs, n) == 0) *out = val_str(m);
  else if (str_len(vm->strs, m) == 0) *out = val_str(n);
  else *out = val_str(str_concat(vm->strs, str_concat(vm->strs, n, str_cstr(vm->strs, ": ")), m));
  return VS_OK;
}

/* $dropFrames(err): an error V8 makes with no JavaScript frame on its stack
 * (Promise.any's AggregateError): no "at" lines, no source position. */
NATIVE(nat_drop_frames) {
  NATIVE_UNUSED();
  if (bi_is_kind(vm, ARG(0), OK_ERROR)) {
    uint32_t e = val_obj_idx(ARG(0));
    heap_set_data(HEAP, e, ED_FRAMES, val_str(ATOM_empty));
    heap_set_data(HEAP, e, ED_LINE, val_num(0));
    heap_set_data(HEAP, e, ED_COL, val_num(0));
  }
  *out = ARG(0);
  return VS_OK;
}

/* Keeps the first `max` "\n    at " lines of frames text s. */
static uint32_t cap_frames(Vm *vm, uint32_t s, uint32_t max) {
  Buf b;
  buf_init(&b);
  str_to_utf8(vm->strs, s, &b);
  const char *at = b.data ? b.data : "";
  for (uint32_t n = 0; (at = strstr(at, "\n    at ")) != NULL; n++, at++)
    if (n == max) {
      b.len = (size_t)(at - b.data);
      break;
    }
  uint32_t r = str_from_utf8(vm->strs, b.data ? b.data : "", b.len);
  buf_free(&b);
  return r;
}

/* $internalFrames(err, frames, site, plain): err was made where node makes
 * it in its own JavaScript: `frames` ("\n    at ..." lines, innermost
 * first) go above the recorded ones, within V8's limit of 10; `site` (a
 * string: node's "file:line", source line and caret) replaces the source
 * position in a fatal report; `plain` marks a non-native error object
 * (DOMException).  Called right after construction, before `stack` is read. */
NATIVE(nat_internal_frames) {
  NATIVE_UNUSED();
  if (!bi_is_kind(vm, ARG(0), OK_ERROR) || !val_is_str(ARG(1))) {
    *out = VAL_UNDEF;
    return VS_OK;
  }
  uint32_t e = val_obj_idx(ARG(0));
  Value old = heap_get_data(HEAP, e, ED_FRAMES);
  uint32_t s = val_is_str(old) ? str_concat(vm->strs, val_str_id(ARG(1)), val_str_id(old)) : val_str_id(ARG(1));
  heap_set_data(HEAP, e, ED_FRAMES, val_str(cap_frames(vm, s, 10)));
  if (val_is_str(ARG(2))) {
    heap_set_data(HEAP, e, ED_SITE, ARG(2));
    heap_set_data(HEAP, e, ED_LINE, val_num(0));
    heap_set_data(HEAP, e, ED_COL, val_num(0));
  }
  heap_set_data(HEAP, e, ED_PLAIN, val_truthy(vm, ARG(3)) ? VAL_TRUE : VAL_FALSE);
  *out = ARG(0);
  return VS_OK;
}

/* $nodeFrame(site): the calling prelude function (hidden from stack
 * traces) stands, from here on, for node's own frames `site`: "\n"
 * separated, innermost first, each as V8 prints it after "at "; one that
 * starts with '.' gets the frame's receiver type in front (".emit
 * (node:events:524:28)" is "Sub.emit (...)" on a Sub).  The prelude calls
 * it right before the call site those frames belong to; undefined clears. */
NATIVE(nat_node_frame) {
  NATIVE_UNUSED();
  if (vm->nframes) vm->frames[vm->nframes - 1].node_site = val_is_str(ARG(0)) ? ARG(0) : 0;
  *out = VAL_UNDEF;
  return VS_OK;
}

/* Error.captureStackTrace(obj[, constructorOpt]): the frames of the
 * caller (without this native's own, and without those up to and
 * including the innermost call of constructorOpt); an error keeps them as
 * its own are kept, any other object gets an own `stack` string, headed as
 * Error.prototype.toString would head it. */
NATIVE(nat_capture_stack) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!val_is_obj(ARG(0))) return vm_throw_type(vm, "invalid_argument");
  uint32_t o = val_obj_idx(ARG(0)), until = 0;
  if (val_is_obj(ARG(1)) && heap_obj(HEAP, val_obj_idx(ARG(1)))->kind == OK_FUNC) until = val_obj_idx(ARG(1));
  if (heap_obj(HEAP, o)->kind == OK_ERROR) {
    capture(vm, o, until, false);
    return VS_OK;
  }
  if ((heap_obj(HEAP, o)->flags & OF_NOEXT) && !obj_has_own(vm, o, val_str(ATOM_stack)))
    return vm_throw_type(vm, "Cannot define property stack, object is not extensible");
  Buf b;
  buf_init(&b);
  str_to_utf8(vm->strs, stack_head(vm, o), &b);
  stack_trace(vm, &b, 0, until, false);
  obj_define(vm, o, val_str(ATOM_stack), val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len)),
             PA_WRITABLE | PA_CONFIG);
  buf_free(&b);
  return VS_OK;
}

static const NativeDef error_defs[] = {
    {"Error", 1, NF_CTOR, nat_error},
    {"TypeError", 1, NF_CTOR, nat_error},
    {"RangeError", 1, NF_CTOR, nat_error},
    {"ReferenceError", 1, NF_CTOR, nat_error},
    {"SyntaxError", 1, NF_CTOR, nat_error},
    {"EvalError", 1, NF_CTOR, nat_error},
    {"URIError", 1, NF_CTOR, nat_error},
    {"AggregateError", 2, NF_CTOR, nat_aggregate_error},
    {"toString", 0, 0, nat_error_to_string},
    {"captureStackTrace", 2, 0, nat_capture_stack},
    {"$dropFrames", 1, NF_INTRINSIC, nat_drop_frames},
    {"$internalFrames", 4, NF_INTRINSIC, nat_internal_frames},
    {"$nodeFrame", 1, NF_INTRINSIC, nat_node_frame},
};

static void subclass(Vm *vm, const char *name, int proto_intr, int ctor_intr) {
  uint32_t proto = proto_intr >= 0 ? vm->intr[proto_intr] : obj_new_proto(vm, vm->intr[INTR_ERROR_PROTO]);
  uint32_t c = realm_new_native(vm, "error", name, 0);
  heap_obj(HEAP, c)->proto = vm->intr[INTR_ERROR];
  obj_define_cstr(vm, c, "prototype", val_obj(proto), 0);
  obj_define_cstr(vm, proto, "constructor", val_obj(c), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, proto, "name", bi_str(vm, name), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, proto, "message", val_str(ATOM_empty), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, vm->global, name, val_obj(c), PA_WRITABLE | PA_CONFIG);
  if (ctor_intr >= 0) vm->intr[ctor_intr] = c;
}

static void error_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "error", "Error", INTR_ERROR_PROTO, INTR_ERROR);
  uint32_t p = vm->intr[INTR_ERROR_PROTO];
  obj_define_cstr(vm, p, "name", bi_str(vm, "Error"), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, p, "message", val_str(ATOM_empty), PA_WRITABLE | PA_CONFIG);
  bi_install(vm, p, "error", "toString", "toString");
  bi_install(vm, c, "error", "captureStackTrace", "captureStackTrace");
  obj_define_cstr(vm, c, "stackTraceLimit", val_num(10), PA_DEFAULT);
  subclass(vm, "TypeError", INTR_TYPE_ERROR_PROTO, INTR_TYPE_ERROR);
  subclass(vm, "RangeError", INTR_RANGE_ERROR_PROTO, INTR_RANGE_ERROR);
  subclass(vm, "ReferenceError", INTR_REFERENCE_ERROR_PROTO, INTR_REFERENCE_ERROR);
  subclass(vm, "SyntaxError", INTR_SYNTAX_ERROR_PROTO, INTR_SYNTAX_ERROR);
  subclass(vm, "EvalError", -1, -1);
  subclass(vm, "URIError", -1, -1);
  subclass(vm, "AggregateError", INTR_AGGREGATE_ERROR_PROTO, INTR_AGGREGATE_ERROR);
}

const NativeModule bi_error_module = {"error", error_defs, sizeof error_defs / sizeof error_defs[0], error_init};
