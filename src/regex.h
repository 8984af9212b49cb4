/* regex.h - ECMAScript regular expressions: pattern compiler and matcher.
 *
 * rx_compile parses a pattern (UTF-16 code units, the flags as RX_* bits)
 * into a small program for a backtracking matcher; rx_exec runs it over a
 * UTF-16 subject.  Matching never recurses in C: alternatives and
 * lookaround barriers live on an explicit heap-allocated backtrack stack,
 * and every instruction is charged against a caller-supplied budget, so a
 * catastrophic pattern ends with RX_BUDGET instead of hanging or crashing.
 * Syntax and semantics follow ECMA-262 (22.2) with Annex B's extensions in
 * non-unicode mode, as V8 implements them; Unicode property escapes (\p)
 * and the v flag are not supported (rx_compile reports them).
 *
 * Ownership: an RxProg is owned by the caller of rx_compile (rx_free).
 * Nothing here touches the VM: the program is derived data, never part of
 * a machine state.
 */
#ifndef TT_REGEX_H
#define TT_REGEX_H

#include <stddef.h>
#include <stdint.h>

enum {
  RX_D = 1u << 0, /* hasIndices */
  RX_G = 1u << 1, /* global */
  RX_I = 1u << 2, /* ignoreCase */
  RX_M = 1u << 3, /* multiline */
  RX_S = 1u << 4, /* dotAll */
  RX_U = 1u << 5, /* unicode */
  RX_V = 1u << 6, /* unicodeSets (rejected by rx_compile) */
  RX_Y = 1u << 7  /* sticky */
};

typedef struct RxProg RxProg;

typedef enum RxResult {
  RX_NOMATCH,
  RX_MATCH,
  RX_BUDGET, /* the budget ran out first */
  RX_STACK   /* the backtrack stack passed its bound (V8: stack overflow) */
} RxResult;

/* Parses flags (each of "dgimsuvy" at most once) into RX_* bits; returns
 * -1 when a flag is unknown or repeated. */
int rx_parse_flags(const uint16_t *f, uint32_t n, unsigned *out);

/* Writes the canonical flags text of bits (order "dgimsuvy") into out,
 * which must hold 9 bytes. */
void rx_flags_text(unsigned flags, char *out);

/* Compiles pattern src[0..n) under flags.  Returns NULL on a syntax error
 * and copies V8's message (without the "Invalid regular expression: /../:"
 * prefix, e.g. "Unterminated group") into err. */
RxProg *rx_compile(const uint16_t *src, uint32_t n, unsigned flags, char *err, size_t errn);
void rx_free(RxProg *p);

/* rx_exec over a subject of Latin-1 units (a narrow string, matched in
 * place without widening). */
RxResult rx_exec_latin1(const RxProg *p, const uint8_t *s, uint32_t n, uint32_t start, int32_t *caps,
                        uint64_t *budget);

/* EscapeRegExpPattern as V8 does it: a '/' outside a class and the line
 * terminators escaped, the empty pattern as "(?:)".  out must hold 6 * n
 * + 4 units; returns the length written. */
uint32_t rx_escape_source(const uint16_t *s, uint32_t n, uint16_t *out);

/* Number of capture groups including group 0 (the whole match). */
uint32_t rx_groups(const RxProg *p);
/* Name of group i (UTF-16, *len units), or NULL when it has none. */
const uint16_t *rx_group_name(const RxProg *p, uint32_t i, uint32_t *len);
/* Whether any group is named (exec's `groups` is then an object). */
int rx_has_names(const RxProg *p);

/* Searches s[0..n) for a match starting at `start` or later (only at start
 * when the program is sticky).  On RX_MATCH caps[2*i], caps[2*i+1] are the
 * bounds of group i (-1 when it did not participate); caps holds
 * 2 * rx_groups(p) entries.  *budget is decremented per instruction. */
RxResult rx_exec(const RxProg *p, const uint16_t *s, uint32_t n, uint32_t start, int32_t *caps,
                 uint64_t *budget);

#endif
