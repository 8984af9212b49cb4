/* bi_uri.c - encodeURI, encodeURIComponent, decodeURI, decodeURIComponent
 * (ECMA-262 19.2.6) and Annex B's escape and unescape, on UTF-16 code
 * units.  Malformed input throws URIError "URI malformed" as V8 does; the
 * URIError prototype is kept in the prelude hooks object at realm setup
 * (user code may replace the global URIError). */
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "vm_int.h"

static const char URI_MARK[] = "-_.!~*'()";
static const char URI_RESERVED[] = ";/?:@&=+$,#";
static const char HEX[] = "0123456789ABCDEF";

/* The argument's code units (ToString done by NF_STR). */
static uint16_t *arg_units(Vm *vm, Value v, uint32_t *n) {
  uint32_t s = bi_prim_string(vm, v);
  *n = str_len(vm->strs, s);
  uint16_t *u = xmalloc(sizeof(uint16_t) * (*n + 1));
  str_units(vm->strs, s, u);
  return u;
}

static bool ascii_in(uint16_t c, const char *set) { return c < 128 && c && strchr(set, c) != NULL; }

static bool alnum(uint16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

static VmStatus uri_error(Vm *vm) {
  Value e = vm_make_error(vm, INTR_ERROR, "URI malformed");
  Value proto = realm_hook(vm, "uriErrorProto");
  if (val_is_obj(proto)) {
    heap_touch(HEAP, val_obj_idx(e));
    heap_obj(HEAP, val_obj_idx(e))->proto = val_obj_idx(proto);
  }
  return vm_throw(vm, e);
}

static void put_byte(Buf *b, unsigned byte) {
  buf_putc(b, '%');
  buf_putc(b, HEX[byte >> 4]);
  buf_putc(b, HEX[byte & 15]);
}

/* Encode (19.2.6.5): code units outside the unescaped set as %XX bytes of
 * their UTF-8; a lone surrogate is malformed. */
static VmStatus encode(Vm *vm, Value arg, const char *extra, Value *out) {
  uint32_t n;
  uint16_t *u = arg_units(vm, arg, &n);
  Buf b;
  buf_init(&b);
  VmStatus st = VS_OK;
  for (uint32_t k = 0; k < n && st == VS_OK; k++) {
    uint32_t c = u[k];
    if (alnum((uint16_t)c) || ascii_in((uint16_t)c, URI_MARK) || (extra && ascii_in((uint16_t)c, extra))) {
      buf_putc(&b, (char)c);
      continue;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) st = uri_error(vm);
    else if (c >= 0xD800 && c <= 0xDBFF) {
      if (k + 1 < n && u[k + 1] >= 0xDC00 && u[k + 1] <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (u[++k] - 0xDC00);
      else st = uri_error(vm);
    }
    if (st != VS_OK) break;
    if (c < 0x80) put_byte(&b, c);
    else if (c < 0x800) put_byte(&b, 0xC0 | c >> 6), put_byte(&b, 0x80 | (c & 63));
    else if (c < 0x10000) put_byte(&b, 0xE0 | c >> 12), put_byte(&b, 0x80 | (c >> 6 & 63)), put_byte(&b, 0x80 | (c & 63));
    else
      put_byte(&b, 0xF0 | c >> 18), put_byte(&b, 0x80 | (c >> 12 & 63)), put_byte(&b, 0x80 | (c >> 6 & 63)),
          put_byte(&b, 0x80 | (c & 63));
  }
  if (st == VS_OK) *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  free(u);
  return st;
}

static int hexval(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The byte written %XX at u[k] (k + 2 < n checked by the caller), or -1. */
static int pct_byte(const uint16_t *u, uint32_t k) {
  if (u[k] != '%') return -1;
  int h = hexval(u[k + 1]), l = hexval(u[k + 2]);
  return h < 0 || l < 0 ? -1 : h * 16 + l;
}

/* Decodes the UTF-8 sequence of n bytes at u[*k] ("%XX" each) into a code
 * point; -1 when malformed (bad byte, overlong, surrogate, > U+10FFFF). */
static int32_t utf8_seq(const uint16_t *u, uint32_t len, uint32_t *k, int lead, int n) {
  static const int32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  int32_t cp = lead & (0x7F >> n);
  if (*k + 3 * (uint32_t)(n - 1) > len - 3) return -1;
  for (int j = 1; j < n; j++) {
    *k += 3;
    int b = pct_byte(u, *k);
    if (b < 0 || (b & 0xC0) != 0x80) return -1;
    cp = cp << 6 | (b & 63);
  }
  if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return cp;
}

/* Decode (19.2.6.6): %XX sequences back to code units; an escape of a
 * character in `reserved` stays as written. */
static VmStatus decode(Vm *vm, Value arg, const char *reserved, Value *out) {
  uint32_t n;
  uint16_t *u = arg_units(vm, arg, &n);
  uint16_t *o = xmalloc(sizeof(uint16_t) * (n + 1));
  uint32_t m = 0;
  VmStatus st = VS_OK;
  for (uint32_t k = 0; k < n; k++) {
    if (u[k] != '%') {
      o[m++] = u[k];
      continue;
    }
    int b = k + 2 < n ? pct_byte(u, k) : -1;
    int nbytes = b < 0 ? 0 : b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    int32_t cp = nbytes == 1 ? b : nbytes ? utf8_seq(u, n, &k, b, nbytes) : -1;
    if (cp < 0) {
      st = uri_error(vm);
      break;
    }
    if (nbytes == 1 && reserved && ascii_in((uint16_t)cp, reserved)) {
      memcpy(o + m, u + k, 3 * sizeof(uint16_t));
      m += 3;
    } else if (cp >= 0x10000) {
      o[m++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      o[m++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      o[m++] = (uint16_t)cp;
    }
    k += 2; /* past the last %XX (utf8_seq left k at its '%') */
  }
  if (st == VS_OK) *out = val_str(str_intern16(vm->strs, o, m));
  free(o);
  free(u);
  return st;
}

NATIVE(nat_encode_uri_component) {
  NATIVE_UNUSED();
  return encode(vm, ARG(0), NULL, out);
}

NATIVE(nat_encode_uri) {
  NATIVE_UNUSED();
  return encode(vm, ARG(0), URI_RESERVED, out);
}

NATIVE(nat_decode_uri_component) {
  NATIVE_UNUSED();
  return decode(vm, ARG(0), NULL, out);
}

NATIVE(nat_decode_uri) {
  NATIVE_UNUSED();
  return decode(vm, ARG(0), URI_RESERVED, out);
}

/* escape (B.2.1.1): %XX below 256, %uXXXX above, except "@*_+-./" and
 * alphanumerics. */
NATIVE(nat_escape) {
  NATIVE_UNUSED();
  uint32_t n;
  uint16_t *u = arg_units(vm, ARG(0), &n);
  Buf b;
  buf_init(&b);
  for (uint32_t k = 0; k < n; k++) {
    uint16_t c = u[k];
    if (alnum(c) || ascii_in(c, "@*_+-./")) buf_putc(&b, (char)c);
    else if (c < 256) put_byte(&b, c);
    else buf_printf(&b, "%%u%c%c%c%c", HEX[c >> 12], HEX[c >> 8 & 15], HEX[c >> 4 & 15], HEX[c & 15]);
  }
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  free(u);
  return VS_OK;
}

/* unescape (B.2.1.2): %uXXXX and %XX back to code units, anything else
 * kept. */
NATIVE(nat_unescape) {
  NATIVE_UNUSED();
  uint32_t n, m = 0;
  uint16_t *u = arg_units(vm, ARG(0), &n);
  uint16_t *o = xmalloc(sizeof(uint16_t) * (n + 1));
  for (uint32_t k = 0; k < n; k++) {
    uint16_t c = u[k];
    if (c == '%' && k + 5 < n && u[k + 1] == 'u' && hexval(u[k + 2]) >= 0 && hexval(u[k + 3]) >= 0 &&
        hexval(u[k + 4]) >= 0 && hexval(u[k + 5]) >= 0) {
      c = (uint16_t)(hexval(u[k + 2]) << 12 | hexval(u[k + 3]) << 8 | hexval(u[k + 4]) << 4 | hexval(u[k + 5]));
      k += 5;
    } else if (c == '%' && k + 2 < n && pct_byte(u, k) >= 0) {
      c = (uint16_t)pct_byte(u, k);
      k += 2;
    }
    o[m++] = c;
  }
  *out = val_str(str_intern16(vm->strs, o, m));
  free(o);
  free(u);
  return VS_OK;
}

static const NativeDef uri_defs[] = {
    {"encodeURIComponent", 1, NF_STR(0), nat_encode_uri_component},
    {"encodeURI", 1, NF_STR(0), nat_encode_uri},
    {"decodeURIComponent", 1, NF_STR(0), nat_decode_uri_component},
    {"decodeURI", 1, NF_STR(0), nat_decode_uri},
    {"escape", 1, NF_STR(0), nat_escape},
    {"unescape", 1, NF_STR(0), nat_unescape},
};

static void uri_init(Vm *vm) {
  static const char *const names[] = {"decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent",
                                      "escape", "unescape"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) bi_install(vm, vm->global, "uri", names[i], names[i]);
  Value ctor, proto = VAL_UNDEF;
  if (obj_get_own(vm, vm->global, bi_str(vm, "URIError"), &ctor) == LK_VALUE && val_is_obj(ctor))
    obj_get_own(vm, val_obj_idx(ctor), val_str(ATOM_prototype), &proto);
  obj_define_cstr(vm, vm->intr[INTR_PRELUDE_HOOKS], "uriErrorProto", proto, PA_WRITABLE);
}

const NativeModule bi_uri_module = {"uri", uri_defs, sizeof uri_defs / sizeof uri_defs[0], uri_init};
