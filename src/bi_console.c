/* bi_console.c - console and util.inspect/util.format.
 *
 * Output goes through vm_write (the host decides where it lands: stdout and
 * stderr for `run`, transition labels for the explorer).  console.group
 * indentation is machine state (a hidden property of the console object). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "inspect.h"
#include "vm_ops.h"

void vm_write(Vm *vm, int fd, const char *data, size_t len) {
  if (vm->hooks.write) vm->hooks.write(vm->hooks.ctx, vm, fd, data, len);
  else buf_append(fd == 2 ? &vm->err : &vm->out, data, len);
}

static int group_indent(Vm *vm, uint32_t console) {
  Value v;
  if (obj_get_own(vm, console, val_str(ATOM_indent_), &v) == LK_VALUE && val_is_num(v)) return (int)val_to_double(v);
  return 0;
}

static void emit(Vm *vm, uint32_t console, int fd, Buf *text) {
  int indent = group_indent(vm, console);
  Buf line;
  buf_init(&line);
  for (int i = 0; i < indent; i++) buf_putc(&line, ' ');
  for (size_t i = 0; i < text->len; i++) {
    buf_putc(&line, text->data[i]);
    if (text->data[i] == '\n')
      for (int k = 0; k < indent; k++) buf_putc(&line, ' ');
  }
  buf_putc(&line, '\n');
  vm_write(vm, fd, line.data, line.len);
  buf_free(&line);
}

static uint32_t console_of(Vm *vm, Value this_v) {
  Value c;
  if (val_is_obj(this_v)) return val_obj_idx(this_v);
  obj_get_own(vm, vm->global, bi_str(vm, "console"), &c);
  return val_is_obj(c) ? val_obj_idx(c) : vm->global;
}

/* Calls prelude hook `name` with `lead` (if not undefined) before args. */
static VmStatus slow_format(Vm *vm, const char *name, Value this_v, Value lead, Value *args, uint32_t argc) {
  uint32_t n = argc + (lead != VAL_UNDEF);
  Value *a = xmalloc(sizeof(Value) * (n ? n : 1));
  if (lead != VAL_UNDEF) a[0] = lead;
  memcpy(a + (lead != VAL_UNDEF), args, sizeof(Value) * argc);
  VmStatus st = vm_tail_call(vm, realm_hook(vm, name), this_v, a, n);
  free(a);
  return st;
}

/* The text console.log prints for an unknown number (check mode: its
 * output is value-dependent, see report.c). */
#define RANDOM_PLACEHOLDER "<random>"

/* Symbolic numbers (vm.h) among the arguments: a known one is its number,
 * an unknown one prints as the placeholder, unless a format string could
 * read it as a number (then it takes a representative value). */
static void symbolic_args(Vm *vm, Value *args, uint32_t argc) {
  bool format = argc && val_is_str(args[0]) && memchr(str_cstr_tmp(vm->strs, val_str_id(args[0])), '%',
                                                          str_len(vm->strs, val_str_id(args[0])));
  for (uint32_t i = 0; i < argc; i++) {
    if (!val_is_rnd(args[i])) continue;
    Value known;
    if (!format && !vm->hooks.sym_arith(vm->hooks.ctx, vm, VM_SYM_PEEK, VAL_UNDEF, args[i], &known))
      args[i] = bi_str(vm, RANDOM_PLACEHOLDER);
    else args[i] = vm_concrete(vm, args[i]);
  }
}

static VmStatus log_to(Vm *vm, Value this_v, Value *args, uint32_t argc, int fd, Value *out) {
  if (vm->hooks.sym_live && *vm->hooks.sym_live) symbolic_args(vm, args, argc);
  if (inspect_format_needs_js(vm, args, argc)) return slow_format(vm, "logSlow", this_v, val_num(fd), args, argc);
  Buf b;
  buf_init(&b);
  if (!inspect_format(vm, args, argc, true, &b)) {
    buf_free(&b);
    return slow_format(vm, "logSlow", this_v, val_num(fd), args, argc);
  }
  emit(vm, console_of(vm, this_v), fd, &b);
  buf_free(&b);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_log) {
  NATIVE_UNUSED();
  return log_to(vm, this_v, args, argc, 1, out);
}

NATIVE(nat_error) {
  NATIVE_UNUSED();
  return log_to(vm, this_v, args, argc, 2, out);
}

NATIVE(nat_dir) {
  NATIVE_UNUSED();
  Buf b;
  buf_init(&b);
  InspectOpts o = {.depth = 2};
  if (val_is_obj(ARG(1))) {
    Value d;
    if (obj_lookup(vm, val_obj_idx(args[1]), bi_str(vm, "depth"), &d) == LK_VALUE)
      o.depth = val_is_num(d) ? (int)val_to_double(d) : d == VAL_NULL ? -1 : 2;
  }
  inspect_value(vm, ARG(0), &o, &b);
  emit(vm, console_of(vm, this_v), 1, &b);
  buf_free(&b);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_group) {
  NATIVE_UNUSED();
  uint32_t c = console_of(vm, this_v);
  if (argc) log_to(vm, this_v, args, argc, 1, out);
  obj_define(vm, c, val_str(ATOM_indent_), val_num(group_indent(vm, c) + 2), PA_WRITABLE);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_group_end) {
  NATIVE_UNUSED();
  uint32_t c = console_of(vm, this_v);
  int i = group_indent(vm, c);
  obj_define(vm, c, val_str(ATOM_indent_), val_num(i >= 2 ? i - 2 : 0), PA_WRITABLE);
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_assert) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (val_truthy(vm, ARG(0))) return VS_OK;
  Buf b;
  buf_init(&b);
  buf_puts(&b, "Assertion failed");
  if (argc > 1) {
    buf_puts(&b, ": ");
    inspect_format(vm, args + 1, argc - 1, false, &b);
  }
  emit(vm, console_of(vm, this_v), 2, &b);
  buf_free(&b);
  return VS_OK;
}

NATIVE(nat_trace) {
  NATIVE_UNUSED();
  Buf b;
  buf_init(&b);
  buf_puts(&b, "Trace");
  if (argc) {
    buf_puts(&b, ": ");
    inspect_format(vm, args, argc, false, &b);
  }
  vm_stack_trace(vm, &b, 0);
  emit(vm, console_of(vm, this_v), 2, &b);
  buf_free(&b);
  *out = VAL_UNDEF;
  return VS_OK;
}

/* util.inspect(v, opts) and util.format(fmt, ...) */
/* A numeric option of util.inspect: Infinity and null read as `inf`. */
static bool num_option(Vm *vm, uint32_t opts, const char *name, double inf, double *out) {
  Value v;
  if (obj_lookup(vm, opts, bi_str(vm, name), &v) != LK_VALUE || v == VAL_UNDEF) return false;
  double d = v == VAL_NULL ? inf : val_is_num(v) ? val_to_double(v) : NAN;
  if (d != d) return false;
  *out = d > inf ? inf : d;
  return true;
}

/* $inspect(v, opts[, results]) is util.inspect.  [util.inspect.custom]
 * functions run in the prelude's inspectCustom, which calls this again
 * with the results of the calls so far until it gets a string; without
 * `results`, meeting one tail-calls inspectCustom(v, opts), with them it
 * returns [object, recurseTimes] of the next call to make. */
NATIVE(nat_inspect) {
  NATIVE_UNUSED();
  InspectOpts o = {.depth = 2, .max_array_length = 100, .break_length = 80, .max_string_length = 10000, .compact = 3};
  bool custom = true;
  if (val_is_obj(ARG(1))) {
    uint32_t opts = val_obj_idx(args[1]);
    double d;
    if (num_option(vm, opts, "depth", 1e9, &d)) {
      o.depth = d >= 1e9 ? -1 : d < 0 ? 0 : (int)d;
      o.no_levels = d < 0;
    }
    Value h;
    if (obj_lookup(vm, opts, bi_str(vm, "showHidden"), &h) == LK_VALUE) o.show_hidden = val_truthy(vm, h);
    if (num_option(vm, opts, "maxArrayLength", 1e9, &d)) o.limits = true, o.max_array_length = d < 0 ? 0 : (int)d;
    if (num_option(vm, opts, "breakLength", 1e9, &d)) o.limits = true, o.break_length = (int)d;
    if (num_option(vm, opts, "maxStringLength", 1e9, &d)) o.limits = true, o.max_string_length = d;
    if (obj_lookup(vm, opts, bi_str(vm, "sorted"), &h) == LK_VALUE) o.sorted = h == VAL_TRUE;
    if (obj_lookup(vm, opts, bi_str(vm, "compact"), &h) == LK_VALUE && (h == VAL_FALSE || val_is_num(h)))
      o.limits = true, o.compact = h == VAL_FALSE ? 0 : (int)fmin(fmax(val_to_double(h), 0), 1000);
    if (obj_lookup(vm, opts, bi_str(vm, "customInspect"), &h) == LK_VALUE && h != VAL_UNDEF) custom = val_truthy(vm, h);
  }
  Buf b;
  buf_init(&b);
  InspectPending p;
  uint32_t results = obj_is_kind(vm, ARG(2), OK_ARRAY) ? val_obj_idx(args[2]) : 0;
  if (!custom) {
    inspect_value(vm, ARG(0), &o, &b);
  } else if (!inspect_value_custom(vm, ARG(0), &o, results, &p, &b)) {
    buf_free(&b);
    if (!results) {
      Value a[2] = {ARG(0), ARG(1)};
      return vm_tail_call(vm, realm_hook(vm, "inspectCustom"), VAL_UNDEF, a, 2);
    }
    uint32_t r = arr_new(vm, 0);
    arr_push(vm, r, p.obj);
    arr_push(vm, r, val_num(p.recurse));
    *out = val_obj(r);
    return VS_OK;
  }
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  return VS_OK;
}

NATIVE(nat_format) {
  NATIVE_UNUSED();
  if (inspect_format_needs_js(vm, args, argc)) return slow_format(vm, "formatSlow", VAL_UNDEF, VAL_UNDEF, args, argc);
  Buf b;
  buf_init(&b);
  if (!inspect_format(vm, args, argc, true, &b)) {
    buf_free(&b);
    return slow_format(vm, "formatSlow", VAL_UNDEF, VAL_UNDEF, args, argc);
  }
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  return VS_OK;
}

/* $formatArg(conversion, v): util.format's text for one placeholder, or
 * undefined when it needs JavaScript (the caller does it), null when that
 * is a [util.inspect.custom] function (the caller inspects v with it). */
NATIVE(nat_format_arg) {
  NATIVE_UNUSED();
  uint32_t c = bi_prim_string(vm, ARG(0));
  Buf b;
  buf_init(&b);
  InspectNeed need = str_len(vm->strs, c) == 1 ? inspect_format_arg(vm, str_at(vm->strs, c, 0), ARG(1), &b) : IN_JS;
  if (need == IN_NONE)
    *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  else
    *out = need == IN_CUSTOM ? VAL_NULL : VAL_UNDEF;
  buf_free(&b);
  return VS_OK;
}

/* $writeOut(fd, string): process.stdout.write / process.stderr.write */
NATIVE(nat_write_out) {
  NATIVE_UNUSED();
  Buf b;
  buf_init(&b);
  str_to_utf8(vm->strs, bi_prim_string(vm, ARG(1)), &b);
  vm_write(vm, bi_num(vm, ARG(0)) == 2 ? 2 : 1, b.data ? b.data : "", b.len);
  buf_free(&b);
  *out = VAL_TRUE;
  return VS_OK;
}

/* $typeTag(v): what util.types tells apart that JavaScript cannot see
 * (internal slots, function kinds): 'Date', 'Map', 'WeakMap', 'Set',
 * 'WeakSet', 'Error', 'Promise', 'Boxed', 'Arguments', 'MapIterator',
 * 'SetIterator', 'Generator', 'AsyncFunction', 'GeneratorFunction',
 * 'AsyncGeneratorFunction', or '' for anything else. */
static const char *type_tag(Vm *vm, uint32_t o) {
  const Obj *ob = heap_obj(&vm->heap, o);
  switch (ob->kind) {
    case OK_DATE: return "Date";
    case OK_REGEXP: return "RegExp";
    case OK_MAP: return ob->aux == 1 ? "WeakMap" : "Map";
    case OK_SET: return ob->aux == 1 ? "WeakSet" : "Set";
    case OK_ERROR: return "Error";
    case OK_PROMISE: return "Promise";
    case OK_BOXED: return "Boxed";
    case OK_ARGUMENTS: return "Arguments";
    case OK_GENERATOR: return "Generator";
    case OK_ITER:
      if (ob->aux >= IT_MAP_ENTRIES && ob->aux <= IT_MAP_VALUES) return "MapIterator";
      if (ob->aux == IT_SET_VALUES || ob->aux == IT_SET_ENTRIES) return "SetIterator";
      return "";
    case OK_FUNC: {
      const FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(&vm->heap, o, FD_PROTO))];
      bool gen = p->flags & FPF_GENERATOR, async = p->flags & FPF_ASYNC;
      return gen && async ? "AsyncGeneratorFunction" : gen ? "GeneratorFunction" : async ? "AsyncFunction" : "";
    }
    default: return "";
  }
}

NATIVE(nat_type_tag) {
  NATIVE_UNUSED();
  *out = bi_str(vm, val_is_obj(ARG(0)) ? type_tag(vm, val_obj_idx(args[0])) : "");
  return VS_OK;
}

static const NativeDef console_defs[] = {
    {"$writeOut", 2, NF_INTRINSIC, nat_write_out},
    {"log", 0, NF_SYMBOLIC, nat_log},   {"info", 0, NF_SYMBOLIC, nat_log},   {"debug", 0, NF_SYMBOLIC, nat_log},
    {"warn", 0, NF_SYMBOLIC, nat_error}, {"error", 0, NF_SYMBOLIC, nat_error},       {"dir", 0, 0, nat_dir},
    {"group", 0, 0, nat_group},   {"groupEnd", 0, 0, nat_group_end}, {"assert", 0, 0, nat_assert},
    {"trace", 0, 0, nat_trace},   {"$inspect", 3, NF_INTRINSIC, nat_inspect},
    {"$format", 1, NF_INTRINSIC, nat_format},
    {"$formatArg", 2, NF_INTRINSIC, nat_format_arg},
    {"$typeTag", 1, NF_INTRINSIC, nat_type_tag},
};

static void console_init(Vm *vm) {
  uint32_t c = obj_new(vm);
  realm_install(vm, c, &bi_console_module);
  bi_install(vm, c, "console", "group", "groupCollapsed");
  obj_define_cstr(vm, vm->global, "console", val_obj(c), PA_WRITABLE | PA_CONFIG);
}

const NativeModule bi_console_module = {"console", console_defs, sizeof console_defs / sizeof console_defs[0],
                                        console_init};
