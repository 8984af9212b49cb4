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
  inspect_format(vm, args, argc, &b);
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
    inspect_format(vm, args + 1, argc - 1, &b);
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
    inspect_format(vm, args, argc, &b);
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

NATIVE(nat_inspect) {
  NATIVE_UNUSED();
  InspectOpts o = {.depth = 2, .max_array_length = 100, .break_length = 80};
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
  }
  Buf b;
  buf_init(&b);
  inspect_value(vm, ARG(0), &o, &b);
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  return VS_OK;
}

NATIVE(nat_format) {
  NATIVE_UNUSED();
  if (inspect_format_needs_js(vm, args, argc)) return slow_format(vm, "formatSlow", VAL_UNDEF, VAL_UNDEF, args, argc);
  Buf b;
  buf_init(&b);
  inspect_format(vm, args, argc, &b);
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  return VS_OK;
}

/* $formatArg(conversion, v): util.format's text for one placeholder, or
 * undefined when it needs JavaScript (the caller does it). */
NATIVE(nat_format_arg) {
  NATIVE_UNUSED();
  uint32_t c = bi_prim_string(vm, ARG(0));
  Buf b;
  buf_init(&b);
  if (str_len(vm->strs, c) == 1 && inspect_format_arg(vm, str_at(vm->strs, c, 0), ARG(1), &b))
    *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  else
    *out = VAL_UNDEF;
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

static const NativeDef console_defs[] = {
    {"$writeOut", 2, NF_INTRINSIC, nat_write_out},
    {"log", 0, NF_SYMBOLIC, nat_log},   {"info", 0, NF_SYMBOLIC, nat_log},   {"debug", 0, NF_SYMBOLIC, nat_log},
    {"warn", 0, NF_SYMBOLIC, nat_error}, {"error", 0, NF_SYMBOLIC, nat_error},       {"dir", 0, 0, nat_dir},
    {"group", 0, 0, nat_group},   {"groupEnd", 0, 0, nat_group_end}, {"assert", 0, 0, nat_assert},
    {"trace", 0, 0, nat_trace},   {"$inspect", 2, NF_INTRINSIC, nat_inspect},
    {"$format", 1, NF_INTRINSIC, nat_format},
    {"$formatArg", 2, NF_INTRINSIC, nat_format_arg},
};

static void console_init(Vm *vm) {
  uint32_t c = obj_new(vm);
  realm_install(vm, c, &bi_console_module);
  bi_install(vm, c, "console", "group", "groupCollapsed");
  obj_define_cstr(vm, vm->global, "console", val_obj(c), PA_WRITABLE | PA_CONFIG);
}

const NativeModule bi_console_module = {"console", console_defs, sizeof console_defs / sizeof console_defs[0],
                                        console_init};
