/* regex_exec.c - the backtracking matcher of regex.h, and case folding.
 *
 * State: pc, position and the slots (capture bounds, then two registers
 * per quantifier: its iteration count and where its iteration began).  A
 * choice point pushes an entry [kind, pc, pos, barrier, slots...] on an
 * explicit stack; failing pops the newest.  Lookarounds are atomic: a
 * barrier entry marks where their body began, and when the body matches,
 * everything above the barrier is dropped (ECMA-262 22.2.2.4's
 * lookahead returns only its first result).  Every instruction costs one
 * unit of the caller's budget.
 */
#include "regex.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "regex_int.h"

/* Bound of the backtrack stack in int32 units (64 MB): past it the match
 * fails with RX_STACK, which the caller reports as V8 does an overflow. */
enum { RX_STACK_MAX = 1 << 24 };
enum { BT_ALT, BT_LOOK_POS, BT_LOOK_NEG };

typedef struct RxM {
  const RxProg *p;
  const uint16_t *s;  /* the subject: 16-bit units, or */
  const uint8_t *s8;  /* Latin-1 units (a narrow string, read in place) */
  int32_t n;
  int32_t *slots;
  uint32_t nslots;
  int32_t *stack;
  size_t sp, cap;
  int64_t bar; /* offset of the innermost lookaround barrier, -1 when none */
  int32_t pc, pos;
} RxM;

/* Unit i of the subject. */
#define U(m, i) ((m)->s8 ? (uint32_t)(m)->s8[i] : (uint32_t)(m)->s[i])

/* --- case folding ------------------------------------------------------------------ */

/* Scripts whose cases are two blocks of equal size: [lower, lower+n) maps
 * to [upper, upper+n). */
static const struct { uint32_t lower, upper, n; } case_blocks[] = {
    {0x561, 0x531, 38},   /* Armenian */
    {0x2170, 0x2160, 16}, /* Roman numerals */
    {0x24D0, 0x24B6, 26}, /* circled Latin letters */
    {0x2C30, 0x2C00, 47}, /* Glagolitic */
    {0xFF41, 0xFF21, 26}, /* fullwidth Latin */
    {0x10428, 0x10400, 40} /* Deseret */
};

static int block_case(uint32_t c, int to_upper, uint32_t *out) {
  for (size_t k = 0; k < sizeof case_blocks / sizeof case_blocks[0]; k++) {
    uint32_t from = to_upper ? case_blocks[k].lower : case_blocks[k].upper;
    uint32_t to = to_upper ? case_blocks[k].upper : case_blocks[k].lower;
    if (c >= from && c < from + case_blocks[k].n) {
      *out = c - from + to;
      return 1;
    }
  }
  return 0;
}

/* Latin Extended Additional: pairs, upper case at the even code point. */
static int latin_additional(uint32_t c) {
  return (c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF);
}

/* Simple upper-case mapping for the scripts ticktock knows (Latin,
 * Greek, Cyrillic, Armenian, Glagolitic, Deseret and a few symbol
 * blocks); other characters map to themselves. */
uint32_t rx_upper(uint32_t c) {
  uint32_t b;
  if (c >= 0x530 && block_case(c, 1, &b)) return b;
  if (latin_additional(c)) return c & ~1u;
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0xB5) return c;
  if (c == 0xB5) return 0x39C;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0x131) return 'I';
  if (c == 0x17F) return 'S';
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c & ~1u;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c : c - 1;
  if (c == 0x3C2) return 0x3A3;
  if ((c >= 0x3B1 && c <= 0x3C1) || (c >= 0x3C3 && c <= 0x3CB)) return c - 32;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

uint32_t rx_lower(uint32_t c) {
  uint32_t b;
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c >= 0x530 && block_case(c, 0, &b)) return b;
  if (latin_additional(c)) return c | 1u;
  if (c == 0x1E9E) return 0xDF;
  if (c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1u;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
  if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c == 0x212A) return 'k';
  return c;
}

/* Canonicalize: without u, toUpperCase unless that maps a non-ASCII
 * character into ASCII; with u, simple case folding (to lower case, with
 * the few folds that differ from it). */
uint32_t rx_canon(unsigned flags, uint32_t c) {
  if (!(flags & RX_I)) return c;
  if (flags & RX_U) {
    if (c == 0x3C2) return 0x3C3;
    if (c == 0xB5) return 0x3BC;
    if (c == 0x17F) return 's';
    return rx_lower(c);
  }
  uint32_t u = rx_upper(c);
  return (c >= 128 && u < 128) ? c : u;
}

/* --- character access ------------------------------------------------------------- */

static int is_lt(uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

static int is_word(const RxProg *p, int32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return 1;
  return (p->flags & RX_I) && (p->flags & RX_U) && (c == 0x17F || c == 0x212A);
}

/* The character next to m->pos in the direction of matching (a code point
 * under u) and its length in units; -1 at the edge. */
static int32_t char_at(const RxM *m, int back, int *len) {
  int32_t i = m->pos;
  *len = 1;
  if (!back) {
    if (i >= m->n) return -1;
    uint32_t c = U(m, i);
    if ((m->p->flags & RX_U) && c >= 0xD800 && c <= 0xDBFF && i + 1 < m->n && U(m, i + 1) >= 0xDC00 &&
        U(m, i + 1) <= 0xDFFF) {
      *len = 2;
      return (int32_t)(0x10000 + ((c - 0xD800) << 10) + (U(m, i + 1) - 0xDC00u));
    }
    return (int32_t)c;
  }
  if (i <= 0) return -1;
  uint32_t c = U(m, i - 1);
  if ((m->p->flags & RX_U) && c >= 0xDC00 && c <= 0xDFFF && i >= 2 && U(m, i - 2) >= 0xD800 &&
      U(m, i - 2) <= 0xDBFF) {
    *len = 2;
    return (int32_t)(0x10000 + ((U(m, i - 2) - 0xD800u) << 10) + (c - 0xDC00));
  }
  return (int32_t)c;
}

static int class_has(const RxProg *p, const RxClass *k, uint32_t c) {
  for (uint32_t r = k->first; r < k->first + k->count; r++)
    if (c >= p->ranges[r].lo && c <= p->ranges[r].hi) return 1;
  return 0;
}

/* Whether some member of the class canonicalizes like c does (22.2.2.9's
 * CharacterSetMatcher under i), trying c's case variants. */
static int class_match(const RxProg *p, const RxClass *k, uint32_t c) {
  int in = class_has(p, k, c);
  if (!in && (p->flags & RX_I)) {
    uint32_t cc = rx_canon(p->flags, c);
    uint32_t cand[] = {rx_upper(c), rx_lower(c), rx_lower(rx_upper(c)), rx_upper(rx_lower(c)), cc,
                       cc == 's' ? 0x17F : cc == 'k' ? 0x212A : cc == 0x3BC ? 0xB5 : cc == 0x3C3 ? 0x3C2 : cc};
    for (size_t j = 0; j < sizeof cand / sizeof cand[0] && !in; j++)
      in = rx_canon(p->flags, cand[j]) == cc && class_has(p, k, cand[j]);
  }
  return in != k->negated;
}

/* --- the backtrack stack ------------------------------------------------------------ */

static size_t entry_size(const RxM *m) { return 4 + m->nslots; }

/* Pushes a choice point resuming at pc; 0 when the stack is full. */
static int push(RxM *m, int kind, int32_t pc) {
  size_t need = m->sp + entry_size(m);
  if (need > RX_STACK_MAX) return 0;
  if (need > m->cap) {
    while (m->cap < need) m->cap = m->cap ? m->cap * 2 : 256;
    m->stack = xrealloc(m->stack, m->cap * sizeof *m->stack);
  }
  int32_t *e = m->stack + m->sp;
  e[0] = kind, e[1] = pc, e[2] = m->pos, e[3] = (int32_t)m->bar;
  memcpy(e + 4, m->slots, m->nslots * sizeof *m->slots);
  if (kind != BT_ALT) m->bar = (int64_t)m->sp;
  m->sp = need;
  return 1;
}

static void restore(RxM *m, const int32_t *e) {
  m->pc = e[1], m->pos = e[2], m->bar = e[3];
  memcpy(m->slots, e + 4, m->nslots * sizeof *m->slots);
}

/* Backtracks: resumes the newest choice point; 0 when none is left.  A
 * lookaround barrier reached this way means its body failed. */
static int backtrack(RxM *m) {
  while (m->sp) {
    m->sp -= entry_size(m);
    const int32_t *e = m->stack + m->sp;
    if (e[0] == BT_LOOK_POS) continue; /* positive lookaround failed: keep failing */
    restore(m, e);
    return 1; /* an alternative, or a negative lookaround that held */
  }
  return 0;
}

/* The lookaround body matched: drop its choice points; a positive one
 * continues where it began (keeping its captures), a negative one fails. */
static int look_end(RxM *m) {
  size_t b = (size_t)m->bar;
  const int32_t *e = m->stack + b;
  int neg = e[0] == BT_LOOK_NEG;
  m->sp = b;
  m->bar = e[3];
  if (neg) return backtrack(m);
  m->pc = e[1];
  m->pos = e[2];
  return 1;
}

/* --- instructions ---------------------------------------------------------------- */

static int step_char(RxM *m, const int32_t *c) {
  int len;
  int32_t ch = char_at(m, c[2], &len);
  if (ch < 0 || (int32_t)rx_canon(m->p->flags, (uint32_t)ch) != c[1]) return 0;
  m->pos += c[2] ? -len : len;
  m->pc += 3;
  return 1;
}

static int step_any(RxM *m, const int32_t *c) {
  int len;
  int32_t ch = char_at(m, c[1], &len);
  if (ch < 0 || (!(m->p->flags & RX_S) && is_lt((uint32_t)ch))) return 0;
  m->pos += c[1] ? -len : len;
  m->pc += 2;
  return 1;
}

static int step_class(RxM *m, const int32_t *c) {
  int len;
  int32_t ch = char_at(m, c[2], &len);
  if (ch < 0 || !class_match(m->p, &m->p->classes[c[1]], (uint32_t)ch)) return 0;
  m->pos += c[2] ? -len : len;
  m->pc += 3;
  return 1;
}

/* \N: the text group N matched, again (an unset group matches empty). */
static int step_backref(RxM *m, const int32_t *c) {
  int32_t a = m->slots[2 * c[1]], b = m->slots[2 * c[1] + 1];
  m->pc += 3;
  if (a < 0 || b < 0) return 1;
  int32_t len = b - a, at = c[2] ? m->pos - len : m->pos;
  if (at < 0 || at + len > m->n) return 0;
  for (int32_t k = 0; k < len; k++) {
    uint32_t x = U(m, a + k), y = U(m, at + k);
    if (x != y && rx_canon(m->p->flags, x) != rx_canon(m->p->flags, y)) return 0;
  }
  m->pos = c[2] ? at : at + len;
  return 1;
}

static int step_assert(RxM *m, int op, int neg) {
  int ml = (m->p->flags & RX_M) != 0, ok;
  if (op == RO_BOL) ok = m->pos == 0 || (ml && is_lt(U(m, m->pos - 1)));
  else if (op == RO_EOL) ok = m->pos == m->n || (ml && is_lt(U(m, m->pos)));
  else {
    int a = m->pos > 0 && is_word(m->p, U(m, m->pos - 1));
    int b = m->pos < m->n && is_word(m->p, U(m, m->pos));
    ok = (a != b) != neg;
  }
  return ok;
}

/* LOOP r min max greedy exit: below min, iterate; at max, leave; else
 * try one way first and keep the other as a choice point. */
static int step_loop(RxM *m, const int32_t *c) {
  int32_t cnt = m->slots[c[1]], body = m->pc + 6;
  if (cnt < c[2]) {
    m->pc = body;
    return 1;
  }
  if (c[3] >= 0 && cnt >= c[3]) {
    m->pc = c[5];
    return 1;
  }
  if (!push(m, BT_ALT, c[4] ? c[5] : body)) return -1;
  m->pc = c[4] ? body : c[5];
  return 1;
}

/* LOOPEND r min loop: an iteration past min that consumed nothing fails
 * (22.2.2.3.1 RepeatMatcher step 2.b). */
static int step_loopend(RxM *m, const int32_t *c) {
  int32_t cnt = m->slots[c[1]];
  if (cnt >= c[2] && m->pos == m->slots[c[1] + 1]) return 0;
  if (cnt < INT32_MAX) m->slots[c[1]] = cnt + 1;
  m->pc = c[3];
  return 1;
}

/* Executes one instruction: 1 continue, 0 fail (backtrack), -1 stack
 * overflow, 2 match. */
static int step(RxM *m) {
  const int32_t *c = m->p->code + m->pc;
  switch (c[0]) {
  case RO_CHAR: return step_char(m, c);
  case RO_ANY: return step_any(m, c);
  case RO_CLASS: return step_class(m, c);
  case RO_BOL: case RO_EOL:
    m->pc += 1;
    return step_assert(m, c[0], 0);
  case RO_WORDB:
    m->pc += 2;
    return step_assert(m, c[0], c[1]);
  case RO_SPLIT:
    if (!push(m, BT_ALT, c[2])) return -1;
    m->pc = c[1];
    return 1;
  case RO_JMP: m->pc = c[1]; return 1;
  case RO_SAVE: m->slots[c[1]] = m->pos, m->pc += 2; return 1;
  case RO_RESET:
    for (int32_t k = c[1]; k < c[2]; k++) m->slots[k] = -1;
    m->pc += 3;
    return 1;
  case RO_BACKREF: return step_backref(m, c);
  case RO_LOOK:
    if (!push(m, c[1] ? BT_LOOK_NEG : BT_LOOK_POS, c[2])) return -1;
    m->pc += 3;
    return 1;
  case RO_LOOKEND: return look_end(m) ? 1 : 3;
  case RO_CNTSET: m->slots[c[1]] = 0, m->pc += 2; return 1;
  case RO_LOOP: return step_loop(m, c);
  case RO_LOOPEND: return step_loopend(m, c);
  default: return 2; /* RO_MATCH */
  }
}

/* Runs the program from position start; the match (if any) is in slots. */
static RxResult run_at(RxM *m, int32_t start, uint64_t *budget) {
  for (uint32_t k = 0; k < m->nslots; k++) m->slots[k] = -1;
  m->sp = 0, m->bar = -1, m->pc = 0, m->pos = start;
  for (;;) {
    if (*budget == 0) return RX_BUDGET;
    --*budget;
    int r = step(m);
    if (r == 2) return RX_MATCH;
    if (r < 0) return RX_STACK;
    if (r == 3 || (r == 0 && !backtrack(m))) return RX_NOMATCH; /* 3: nothing left to try */
  }
}

static RxResult exec_any(const RxProg *p, const uint16_t *s, const uint8_t *s8, uint32_t n, uint32_t start,
                         int32_t *caps, uint64_t *budget) {
  RxM m = {.p = p, .s = s, .s8 = s8, .n = (int32_t)n, .nslots = 2 * p->ngroups + p->nregs};
  m.slots = xmalloc((m.nslots ? m.nslots : 1) * sizeof *m.slots);
  RxResult r = RX_NOMATCH;
  /* V8 (not the spec): under u a start inside a surrogate pair moves back
   * to the pair's start */
  if ((p->flags & RX_U) && start > 0 && start < n && U(&m, start) >= 0xDC00 && U(&m, start) <= 0xDFFF &&
      U(&m, start - 1) >= 0xD800 && U(&m, start - 1) <= 0xDBFF)
    start--;
  for (uint32_t at = start; at <= n; at++) {
    r = run_at(&m, (int32_t)at, budget);
    if (r != RX_NOMATCH || (p->flags & RX_Y)) break;
    if ((p->flags & RX_U) && at + 1 < n && U(&m, at) >= 0xD800 && U(&m, at) <= 0xDBFF && U(&m, at + 1) >= 0xDC00 &&
        U(&m, at + 1) <= 0xDFFF)
      at++;
  }
  if (r == RX_MATCH) memcpy(caps, m.slots, 2 * p->ngroups * sizeof *caps);
  free(m.slots);
  free(m.stack);
  return r;
}

RxResult rx_exec(const RxProg *p, const uint16_t *s, uint32_t n, uint32_t start, int32_t *caps,
                 uint64_t *budget) {
  return exec_any(p, s, NULL, n, start, caps, budget);
}

RxResult rx_exec_latin1(const RxProg *p, const uint8_t *s, uint32_t n, uint32_t start, int32_t *caps,
                        uint64_t *budget) {
  return exec_any(p, NULL, s, n, start, caps, budget);
}
