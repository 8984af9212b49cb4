/* regex.c - the pattern parser and code generator of regex.h.
 *
 * A pattern is parsed (recursive descent over ECMA-262 22.2.1, plus Annex
 * B.1.2's extensions when the u flag is off, as V8 accepts them) into a
 * tree of RxNodes in one array, then code is generated from the tree (a
 * quantifier must wrap the code of its atom, easier from a tree than while
 * emitting).  Recursion follows the nesting of the pattern, never the
 * length of a subject; nesting deeper than RX_MAX_DEPTH is refused.
 * Errors carry V8's message text.
 */
#include "regex.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "regex_int.h"

enum { RX_MAX_DEPTH = 500, RX_INF = -1 };

enum { RN_CHAR, RN_ANY, RN_CLASS, RN_SEQ, RN_ALT, RN_GROUP, RN_LOOK, RN_REPEAT,
       RN_BOL, RN_EOL, RN_WORDB, RN_BACKREF };

typedef struct RxNode {
  uint8_t kind, neg, greedy, behind;
  int32_t a, b;            /* char / class / group; repeat min, max */
  int32_t cfirst, clast;   /* repeat: groups inside the atom [cfirst, clast) */
  uint32_t kid, last, next; /* children (seq, alt), body; sibling link */
} RxNode;

typedef struct RxParser {
  const uint16_t *s;
  uint32_t n, i;
  int u;
  RxProg *p;
  RxNode *nodes;
  uint32_t nnodes, capnodes;
  uint32_t group_next; /* index the next capturing group gets */
  int depth;
  const char *err;
  const char *late_err; /* V8 reports these after the whole pattern parsed */
  uint8_t *closed;      /* per group: its ')' has been parsed */
} RxParser;

#define NONE UINT32_MAX

/* --- small helpers -------------------------------------------------------------- */

static uint32_t node_new(RxParser *ps, int kind) {
  if (ps->nnodes == ps->capnodes) {
    ps->capnodes = ps->capnodes ? ps->capnodes * 2 : 32;
    ps->nodes = xrealloc(ps->nodes, ps->capnodes * sizeof *ps->nodes);
  }
  RxNode *nd = &ps->nodes[ps->nnodes];
  memset(nd, 0, sizeof *nd);
  nd->kind = (uint8_t)kind;
  nd->kid = nd->last = nd->next = NONE;
  return ps->nnodes++;
}

static void node_add(RxParser *ps, uint32_t list, uint32_t kid) {
  RxNode *l = &ps->nodes[list];
  if (l->kid == NONE) l->kid = kid;
  else ps->nodes[l->last].next = kid;
  ps->nodes[list].last = kid;
}

static int peek(const RxParser *ps, uint32_t k) { return ps->i + k < ps->n ? ps->s[ps->i + k] : -1; }
static int eat(RxParser *ps, int c) {
  if (peek(ps, 0) != c) return 0;
  ps->i++;
  return 1;
}
static uint32_t fail(RxParser *ps, const char *msg) {
  if (!ps->err) ps->err = msg;
  return NONE;
}
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int hexv(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
static int is_syntax(int c) { return c > 0 && c < 128 && strchr("^$\\.*+?()[]{}|/", c); }
static int is_class_escape(int c) { return c > 0 && c < 128 && strchr("dDwWsS", c); }
static int is_ident_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
}
static int is_ident_part(int c) { return is_ident_start(c) || is_digit(c); }

static uint32_t class_new(RxProg *p, int negated) {
  if (p->nclasses == p->capclasses) {
    p->capclasses = p->capclasses ? p->capclasses * 2 : 8;
    p->classes = xrealloc(p->classes, p->capclasses * sizeof *p->classes);
  }
  p->classes[p->nclasses] = (RxClass){p->nranges, 0, negated};
  return p->nclasses++;
}

/* Ranges are appended to the newest class only (classes are built one at
 * a time). */
static void class_add(RxProg *p, uint32_t lo, uint32_t hi) {
  if (p->nranges == p->capranges) {
    p->capranges = p->capranges ? p->capranges * 2 : 32;
    p->ranges = xrealloc(p->ranges, p->capranges * sizeof *p->ranges);
  }
  p->ranges[p->nranges++] = (RxRange){lo, hi};
  p->classes[p->nclasses - 1].count++;
}

/* Adds the ranges of \d \w \s (upper case: the complement). */
static void class_add_escape(RxProg *p, int e) {
  static const RxRange digit[] = {{'0', '9'}};
  static const RxRange word[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  /* under i and u, \w also holds the characters that fold into it (22.2.2.9.4
   * WordCharacters): long s and the Kelvin sign; \W must leave them out */
  static const RxRange word_iu[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0x17F, 0x17F}, {0x212A, 0x212A}};
  static const RxRange space[] = {{9, 13}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680},
                                  {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F},
                                  {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
  const RxRange *r;
  size_t nr;
  int lower = e | 0x20;
  if (lower == 'd') r = digit, nr = 1;
  else if (lower == 'w' && (p->flags & RX_I) && (p->flags & RX_U)) r = word_iu, nr = 6;
  else if (lower == 'w') r = word, nr = 4;
  else r = space, nr = sizeof space / sizeof space[0];
  if (e == lower) {
    for (size_t k = 0; k < nr; k++) class_add(p, r[k].lo, r[k].hi);
    return;
  }
  uint32_t from = 0; /* the complement: the gaps between the sorted ranges */
  for (size_t k = 0; k < nr; k++) {
    if (r[k].lo > from) class_add(p, from, r[k].lo - 1);
    from = r[k].hi + 1;
  }
  class_add(p, from, 0x10FFFF);
}

/* --- group names -------------------------------------------------------------- */

/* Reads a group name after '<' up to '>' (consumed); returns its length
 * or -1 when it is not an identifier. */
static int read_name(RxParser *ps, uint32_t *start) {
  *start = ps->i;
  if (!is_ident_start(peek(ps, 0))) return -1;
  while (is_ident_part(peek(ps, 0))) ps->i++;
  if (!eat(ps, '>')) return -1;
  return (int)(ps->i - 1 - *start);
}

static int name_eq(const RxProg *p, uint32_t g, const uint16_t *s, uint32_t len) {
  return p->names[g] && p->namelen[g] == len && memcmp(p->names[g], s, len * 2) == 0;
}

static int32_t name_find(const RxProg *p, const uint16_t *s, uint32_t len) {
  for (uint32_t g = 1; g < p->ngroups; g++)
    if (name_eq(p, g, s, len)) return (int32_t)g;
  return -1;
}

/* Whether s[i] opens a named group "(?<" (not a lookbehind). */
static int is_named(const RxParser *ps, uint32_t i) {
  return i + 3 < ps->n && ps->s[i + 1] == '?' && ps->s[i + 2] == '<' && ps->s[i + 3] != '=' &&
         ps->s[i + 3] != '!';
}

/* Records the name starting at s[i] for group g when it is well formed
 * (parse_group reports a malformed one). */
static void record_name(RxParser *ps, uint32_t i, uint32_t g) {
  uint32_t k = i;
  if (k >= ps->n || !is_ident_start(ps->s[k])) return;
  while (k < ps->n && is_ident_part(ps->s[k])) k++;
  if (k >= ps->n || ps->s[k] != '>') return;
  ps->p->names[g] = xmalloc((size_t)(k - i) * 2 + 2);
  memcpy(ps->p->names[g], ps->s + i, (size_t)(k - i) * 2);
  ps->p->namelen[g] = k - i;
  ps->p->has_names = 1;
}

/* One pass over the pattern counting the capturing groups; when record,
 * their names are recorded too (the names arrays exist by then). */
static uint32_t scan_groups(RxParser *ps, int record) {
  int in_class = 0;
  uint32_t count = 1;
  for (uint32_t i = 0; i < ps->n; i++) {
    uint16_t c = ps->s[i];
    if (c == '\\') i++;
    else if (c == '[') in_class = 1;
    else if (c == ']') in_class = 0;
    else if (c == '(' && !in_class && (i + 1 >= ps->n || ps->s[i + 1] != '?')) count++;
    else if (c == '(' && !in_class && is_named(ps, i)) {
      if (record) record_name(ps, i + 3, count);
      count++;
    }
  }
  return count;
}

/* Counts the capturing groups and records their names before parsing:
 * \1 and \k<name> may refer to groups further right. */
static void prescan(RxParser *ps) {
  RxProg *p = ps->p;
  p->ngroups = scan_groups(ps, 0);
  p->names = xcalloc(p->ngroups, sizeof *p->names);
  p->namelen = xcalloc(p->ngroups, sizeof *p->namelen);
  ps->closed = xcalloc(p->ngroups, 1);
  scan_groups(ps, 1);
}

/* --- escapes ---------------------------------------------------------------------- */

/* \u after the 'u': XXXX, a surrogate pair \uXXXX\uXXXX or \u{...} under
 * u; -1 when malformed. */
static int32_t read_unicode_escape(RxParser *ps) {
  if (ps->u && peek(ps, 0) == '{') {
    uint32_t save = ps->i++;
    int32_t v = 0;
    int digits = 0;
    while (hexv(peek(ps, 0)) >= 0) {
      v = v * 16 + hexv(peek(ps, 0));
      ps->i++, digits++;
      if (v > 0x10FFFF) break;
    }
    if (!digits || v > 0x10FFFF || !eat(ps, '}')) {
      ps->i = save;
      return -1;
    }
    return v;
  }
  int32_t v = 0;
  for (int k = 0; k < 4; k++) {
    int h = hexv(peek(ps, k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  ps->i += 4;
  if (ps->u && v >= 0xD800 && v <= 0xDBFF && peek(ps, 0) == '\\' && peek(ps, 1) == 'u') {
    int32_t lo = 0;
    int ok = 1;
    for (int k = 0; k < 4 && ok; k++) {
      int h = hexv(peek(ps, 2 + k));
      if (h < 0) ok = 0;
      else lo = lo * 16 + h;
    }
    if (ok && lo >= 0xDC00 && lo <= 0xDFFF) {
      ps->i += 6;
      return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    }
  }
  return v;
}

/* Legacy octal escape (Annex B): up to three digits, value at most 0377. */
static int32_t read_octal(RxParser *ps) {
  int32_t v = peek(ps, 0) - '0';
  ps->i++;
  if (peek(ps, 0) >= '0' && peek(ps, 0) <= '7') {
    v = v * 8 + peek(ps, 0) - '0';
    ps->i++;
    if (v < 32 && peek(ps, 0) >= '0' && peek(ps, 0) <= '7') {
      v = v * 8 + peek(ps, 0) - '0';
      ps->i++;
    }
  }
  return v;
}

/* A character escape after '\' (the shared part of atom and class
 * escapes): returns the character, or -1 with ps->err set. */
static int32_t char_escape(RxParser *ps, int in_class) {
  int c = peek(ps, 0);
  ps->i++;
  switch (c) {
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  case 'c': {
    int l = peek(ps, 0);
    if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') ||
        (in_class && !ps->u && (is_digit(l) || l == '_'))) {
      ps->i++;
      return l % 32;
    }
    if (ps->u) return fail(ps, "Invalid Unicode escape"), -1;
    ps->i--; /* Annex B: the backslash stands for itself, 'c' follows */
    return '\\';
  }
  case 'x': {
    int h1 = hexv(peek(ps, 0)), h2 = hexv(peek(ps, 1));
    if (h1 >= 0 && h2 >= 0) {
      ps->i += 2;
      return h1 * 16 + h2;
    }
    if (ps->u) return fail(ps, "Invalid escape"), -1;
    return 'x';
  }
  case 'u': {
    int32_t v = read_unicode_escape(ps);
    if (v >= 0) return v;
    if (ps->u) return fail(ps, "Invalid Unicode escape"), -1;
    return 'u';
  }
  case '0':
    if (!is_digit(peek(ps, 0))) return 0;
    if (ps->u) return fail(ps, in_class ? "Invalid class escape" : "Invalid decimal escape"), -1;
    ps->i--;
    return read_octal(ps);
  default: break;
  }
  if (ps->u) {
    if (is_syntax(c) || (in_class && c == '-')) return c;
    return fail(ps, "Invalid escape"), -1;
  }
  if (in_class && c >= '1' && c <= '7') {
    ps->i--;
    return read_octal(ps);
  }
  /* Annex B identity escape; a surrogate pair stays two units (non-u) */
  return c;
}

/* \p / \P under u (at the 'p'): a well-formed \p{Name} or \p{Name=Value}
 * is reported as not modelled, anything else with V8's message. */
static void property_escape(RxParser *ps, int in_class) {
  uint32_t k = ps->i + 1;
  int ok = k < ps->n && ps->s[k] == '{';
  uint32_t start = ++k;
  ok = ok && k < ps->n && ps->s[k] < 128 && isalpha(ps->s[k]); /* names and values start with a letter */
  while (ok && k < ps->n && ps->s[k] != '}') {
    ok = ps->s[k] < 128 && (isalnum(ps->s[k]) || ps->s[k] == '_' || ps->s[k] == '=');
    if (ok && ps->s[k] == '=') ok = k + 1 < ps->n && ps->s[k + 1] < 128 && isalpha(ps->s[k + 1]);
    k++;
  }
  ok = ok && k < ps->n && k > start;
  if (ok) fail(ps, "unsupported: Unicode property escapes (ticktock does not model them)");
  else fail(ps, in_class ? "Invalid property name in character class" : "Invalid property name");
}

/* --- atoms ------------------------------------------------------------------------ */

static uint32_t parse_disjunction(RxParser *ps);

static uint32_t char_node(RxParser *ps, int32_t c) {
  uint32_t nd = node_new(ps, RN_CHAR);
  ps->nodes[nd].a = c;
  return nd;
}

/* Reads one literal character (a surrogate pair under u). */
static int32_t read_char(RxParser *ps) {
  int32_t c = ps->s[ps->i++];
  if (ps->u && c >= 0xD800 && c <= 0xDBFF && peek(ps, 0) >= 0xDC00 && peek(ps, 0) <= 0xDFFF)
    c = 0x10000 + ((c - 0xD800) << 10) + (ps->s[ps->i++] - 0xDC00);
  return c;
}

static uint32_t backref_node(RxParser *ps, int32_t g) {
  uint32_t nd = node_new(ps, RN_BACKREF);
  ps->nodes[nd].a = g;
  return nd;
}

/* \k<name>: a named backreference where names exist (or under u). */
static uint32_t named_backref(RxParser *ps) {
  uint32_t start;
  if (!eat(ps, '<')) return fail(ps, "Invalid named reference");
  int len = read_name(ps, &start);
  if (len < 0) return fail(ps, "Invalid named reference");
  int32_t g = name_find(ps->p, ps->s + start, (uint32_t)len);
  if (g < 0 && !ps->late_err) ps->late_err = "Invalid named capture referenced";
  return backref_node(ps, g < 0 ? 0 : g);
}

/* \1..\99: a backreference when that group exists, else (Annex B) an
 * octal escape or the digit itself. */
static uint32_t decimal_escape(RxParser *ps) {
  uint32_t save = ps->i;
  uint64_t v = 0;
  while (is_digit(peek(ps, 0)) && v < 100000) v = v * 10 + (uint64_t)(peek(ps, 0) - '0'), ps->i++;
  if (v < ps->p->ngroups) return backref_node(ps, (int32_t)v);
  if (ps->u) return fail(ps, "Invalid escape");
  ps->i = save;
  if (peek(ps, 0) >= '8') return char_node(ps, ps->s[ps->i++]);
  return char_node(ps, read_octal(ps));
}

static uint32_t class_escape_node(RxParser *ps, int e) {
  uint32_t nd = node_new(ps, RN_CLASS);
  ps->nodes[nd].a = (int32_t)class_new(ps->p, 0);
  class_add_escape(ps->p, e);
  return nd;
}

static uint32_t atom_escape(RxParser *ps) {
  int c = peek(ps, 0);
  if (c < 0) return fail(ps, "\\ at end of pattern");
  if (c >= '1' && c <= '9') return decimal_escape(ps);
  if (is_class_escape(c)) {
    ps->i++;
    return class_escape_node(ps, c);
  }
  if (c == 'k' && (ps->u || ps->p->has_names)) {
    ps->i++;
    return named_backref(ps);
  }
  if ((c == 'p' || c == 'P') && ps->u) return property_escape(ps, 0), NONE;
  int32_t ch = char_escape(ps, 0);
  return ch < 0 ? NONE : char_node(ps, ch);
}

/* One class atom: a character (>= 0) or a class escape (-'d' etc.). */
static int32_t class_atom(RxParser *ps) {
  if (!eat(ps, '\\')) return read_char(ps);
  int c = peek(ps, 0);
  if (c < 0) return fail(ps, "\\ at end of pattern"), INT32_MIN;
  if (is_class_escape(c)) {
    ps->i++;
    return -c;
  }
  if (c == 'b') {
    ps->i++;
    return 8;
  }
  if (c == '-' && ps->u) {
    ps->i++;
    return '-';
  }
  if ((c == 'p' || c == 'P') && ps->u) return property_escape(ps, 1), INT32_MIN;
  if (c == 'k' && !ps->u) {
    ps->i++;
    return 'k';
  }
  if (ps->u && is_digit(c) && c != '0') return fail(ps, "Invalid class escape"), INT32_MIN;
  int32_t ch = char_escape(ps, 1);
  return ch < 0 ? INT32_MIN : ch;
}

/* Adds atom a (a character or -escape) to the newest class. */
static void class_add_atom(RxProg *p, int32_t a) {
  if (a < 0) class_add_escape(p, -a);
  else class_add(p, (uint32_t)a, (uint32_t)a);
}

/* '[' already read: ClassContents ']' */
static uint32_t parse_class(RxParser *ps) {
  uint32_t nd = node_new(ps, RN_CLASS);
  ps->nodes[nd].a = (int32_t)class_new(ps->p, eat(ps, '^'));
  for (;;) {
    if (ps->i >= ps->n) return fail(ps, "Unterminated character class");
    if (eat(ps, ']')) return nd;
    int32_t a = class_atom(ps);
    if (a == INT32_MIN) return NONE;
    if (peek(ps, 0) != '-' || peek(ps, 1) == ']' || peek(ps, 1) < 0) {
      class_add_atom(ps->p, a);
      continue;
    }
    ps->i++; /* '-' */
    int32_t b = class_atom(ps);
    if (b == INT32_MIN) return NONE;
    if (a < 0 || b < 0) {
      if (ps->u) return fail(ps, "Invalid character class");
      class_add_atom(ps->p, a); /* Annex B: the '-' is literal */
      class_add(ps->p, '-', '-');
      class_add_atom(ps->p, b);
      continue;
    }
    if (a > b) return fail(ps, "Range out of order in character class");
    class_add(ps->p, (uint32_t)a, (uint32_t)b);
  }
}

/* Whether a closed group other than g has g's name. */
static int closed_duplicate(const RxParser *ps, uint32_t g) {
  const RxProg *p = ps->p;
  for (uint32_t k = 1; k < p->ngroups; k++)
    if (k != g && ps->closed[k] && p->names[g] && name_eq(p, k, p->names[g], p->namelen[g])) return 1;
  return 0;
}

/* A capturing group's body: the group node (its number in a), or NONE. */
static uint32_t parse_capture(RxParser *ps) {
  if (ps->group_next >= ps->p->ngroups) return fail(ps, "Invalid group");
  uint32_t g = ps->group_next++;
  uint32_t nd = node_new(ps, RN_GROUP);
  ps->nodes[nd].a = (int32_t)g;
  uint32_t body = parse_disjunction(ps);
  ps->nodes[nd].kid = body;
  return body == NONE ? NONE : nd;
}

/* '(' already read: the kinds of group. */
static uint32_t parse_group(RxParser *ps) {
  uint32_t nd;
  if (eat(ps, '?')) {
    int c = peek(ps, 0);
    if (c == ':') {
      ps->i++;
      nd = parse_disjunction(ps);
    } else if (c == '=' || c == '!' || (c == '<' && (peek(ps, 1) == '=' || peek(ps, 1) == '!'))) {
      int behind = eat(ps, '<');
      nd = node_new(ps, RN_LOOK);
      ps->nodes[nd].behind = (uint8_t)behind;
      ps->nodes[nd].neg = ps->s[ps->i++] == '!';
      uint32_t body = parse_disjunction(ps);
      ps->nodes[nd].kid = body;
      if (body == NONE) return NONE;
    } else if (c == '<') {
      ps->i++;
      uint32_t start;
      int len = read_name(ps, &start);
      if (len < 0) return fail(ps, "Invalid capture group name");
      nd = parse_capture(ps);
      if (nd == NONE) return NONE;
      /* V8 notices a duplicate name when the group closes, among the
       * groups closed before it */
      if (peek(ps, 0) == ')' && closed_duplicate(ps, (uint32_t)ps->nodes[nd].a))
        return fail(ps, "Duplicate capture group name");
    } else {
      return fail(ps, "Invalid group");
    }
  } else {
    nd = parse_capture(ps);
  }
  if (nd == NONE) return NONE;
  if (!eat(ps, ')')) return fail(ps, "Unterminated group");
  if (ps->nodes[nd].kind == RN_GROUP) ps->closed[ps->nodes[nd].a] = 1;
  return nd;
}

/* Reads {n}, {n,} or {n,m} at ps->i; returns 0 (position unchanged) when
 * the text is not a quantifier. */
static int read_braces(RxParser *ps, int32_t *min, int32_t *max) {
  uint32_t save = ps->i;
  if (!eat(ps, '{') || !is_digit(peek(ps, 0))) goto no;
  int64_t a = 0, b;
  while (is_digit(peek(ps, 0))) {
    a = a * 10 + (peek(ps, 0) - '0');
    if (a > INT32_MAX) a = INT32_MAX;
    ps->i++;
  }
  b = a;
  if (eat(ps, ',')) {
    b = RX_INF;
    if (is_digit(peek(ps, 0))) {
      b = 0;
      while (is_digit(peek(ps, 0))) {
        b = b * 10 + (peek(ps, 0) - '0');
        if (b > INT32_MAX) b = INT32_MAX;
        ps->i++;
      }
    }
  }
  if (!eat(ps, '}')) goto no;
  *min = (int32_t)a;
  *max = (int32_t)b;
  return 1;
no:
  ps->i = save;
  return 0;
}

/* Term: Assertion | Atom Quantifier? */
static uint32_t parse_atom(RxParser *ps, int *quantifiable) {
  int c = peek(ps, 0);
  int32_t mn, mx;
  *quantifiable = 1;
  switch (c) {
  case '^': ps->i++, *quantifiable = 0; return node_new(ps, RN_BOL);
  case '$': ps->i++, *quantifiable = 0; return node_new(ps, RN_EOL);
  case '.': ps->i++; return node_new(ps, RN_ANY);
  case '(': {
    ps->i++;
    int look = peek(ps, 0) == '?' && (peek(ps, 1) == '=' || peek(ps, 1) == '!' ||
                                      (peek(ps, 1) == '<' && (peek(ps, 2) == '=' || peek(ps, 2) == '!')));
    if (look) *quantifiable = !ps->u && peek(ps, 1) != '<' ? 1 : -1;
    if (++ps->depth > RX_MAX_DEPTH) return fail(ps, "Regular expression too large");
    uint32_t nd = parse_group(ps);
    ps->depth--;
    return nd;
  }
  case '[': ps->i++; return parse_class(ps);
  case '*': case '+': case '?': return fail(ps, "Nothing to repeat");
  case '{':
    if (read_braces(ps, &mn, &mx)) return fail(ps, "Nothing to repeat");
    if (ps->u) return fail(ps, "Lone quantifier brackets");
    ps->i++;
    return char_node(ps, '{');
  case '}': case ']':
    if (ps->u) return fail(ps, "Lone quantifier brackets");
    ps->i++;
    return char_node(ps, c);
  case '\\':
    ps->i++;
    if (eat(ps, 'b')) return *quantifiable = 0, node_new(ps, RN_WORDB);
    if (eat(ps, 'B')) {
      uint32_t nd = node_new(ps, RN_WORDB);
      ps->nodes[nd].neg = 1;
      *quantifiable = 0;
      return nd;
    }
    return atom_escape(ps);
  default: return char_node(ps, read_char(ps));
  }
}

/* Wraps atom in a repeat node when a quantifier follows. */
static uint32_t parse_quantifier(RxParser *ps, uint32_t atom, int quantifiable, uint32_t groups_before) {
  int32_t mn, mx;
  int c = peek(ps, 0);
  if (c == '*') mn = 0, mx = RX_INF, ps->i++;
  else if (c == '+') mn = 1, mx = RX_INF, ps->i++;
  else if (c == '?') mn = 0, mx = 1, ps->i++;
  else if (c == '{' && read_braces(ps, &mn, &mx)) {
    if (mx != RX_INF && mx < mn) return fail(ps, "numbers out of order in {} quantifier");
  } else {
    /* after an assertion a '{' begins the next term (Lone quantifier brackets) */
    if (c == '{' && ps->u && quantifiable != 0) return fail(ps, "Incomplete quantifier");
    return atom;
  }
  if (quantifiable == 0) return fail(ps, "Nothing to repeat");
  if (quantifiable < 0) return fail(ps, "Invalid quantifier");
  uint32_t nd = node_new(ps, RN_REPEAT);
  RxNode *r = &ps->nodes[nd];
  r->a = mn, r->b = mx, r->greedy = !eat(ps, '?'), r->kid = atom;
  r->cfirst = (int32_t)groups_before, r->clast = (int32_t)ps->group_next;
  return nd;
}

/* Alternative: Term* (up to '|', ')' or the end) */
static uint32_t parse_alternative(RxParser *ps) {
  uint32_t seq = node_new(ps, RN_SEQ);
  while (ps->i < ps->n && peek(ps, 0) != '|' && peek(ps, 0) != ')') {
    int q;
    uint32_t groups_before = ps->group_next;
    uint32_t atom = parse_atom(ps, &q);
    if (atom == NONE) return NONE;
    uint32_t t = parse_quantifier(ps, atom, q, groups_before);
    if (t == NONE) return NONE;
    node_add(ps, seq, t);
  }
  return seq;
}

/* Disjunction: Alternative ('|' Alternative)* */
static uint32_t parse_disjunction(RxParser *ps) {
  uint32_t first = parse_alternative(ps);
  if (first == NONE || peek(ps, 0) != '|') return first;
  uint32_t alt = node_new(ps, RN_ALT);
  node_add(ps, alt, first);
  while (eat(ps, '|')) {
    uint32_t a = parse_alternative(ps);
    if (a == NONE) return NONE;
    node_add(ps, alt, a);
  }
  return alt;
}

/* --- code generation --------------------------------------------------------------- */

static uint32_t emit(RxProg *p, int32_t v) {
  if (p->ncode == p->capcode) {
    p->capcode = p->capcode ? p->capcode * 2 : 64;
    p->code = xrealloc(p->code, p->capcode * sizeof *p->code);
  }
  p->code[p->ncode] = v;
  return p->ncode++;
}

static void emit2(RxProg *p, int32_t op, int32_t a) { emit(p, op), emit(p, a); }
static void emit3(RxProg *p, int32_t op, int32_t a, int32_t b) { emit(p, op), emit(p, a), emit(p, b); }

static void gen(RxParser *ps, uint32_t nd, int back);

/* Sequence: in order, or right to left inside a lookbehind. */
static void gen_seq(RxParser *ps, const RxNode *n, int back) {
  uint32_t count = 0;
  for (uint32_t k = n->kid; k != NONE; k = ps->nodes[k].next) count++;
  if (!back) {
    for (uint32_t k = n->kid; k != NONE; k = ps->nodes[k].next) gen(ps, k, back);
    return;
  }
  uint32_t *kids = xmalloc((count ? count : 1) * sizeof *kids);
  uint32_t j = 0;
  for (uint32_t k = n->kid; k != NONE; k = ps->nodes[k].next) kids[j++] = k;
  while (j) gen(ps, kids[--j], back);
  free(kids);
}

/* a|b|c: SPLIT L1 N1; L1: a; JMP end; N1: SPLIT L2 N2; ... c; end: */
static void gen_alt(RxParser *ps, const RxNode *n, int back) {
  RxProg *p = ps->p;
  uint32_t jumps = NONE; /* chain of JMP operands to patch, linked through themselves */
  for (uint32_t k = n->kid; k != NONE; k = ps->nodes[k].next) {
    uint32_t split = NONE;
    if (ps->nodes[k].next != NONE) {
      emit(p, RO_SPLIT);
      emit(p, (int32_t)p->ncode + 2);
      split = emit(p, 0);
    }
    gen(ps, k, back);
    if (split == NONE) break;
    emit(p, RO_JMP);
    uint32_t at = emit(p, (int32_t)jumps);
    jumps = at;
    p->code[split] = (int32_t)p->ncode;
  }
  while (jumps != NONE) {
    uint32_t next = (uint32_t)p->code[jumps];
    p->code[jumps] = (int32_t)p->ncode;
    jumps = next;
  }
}

/* CNTSET r; L: LOOP r min max greedy exit; RESET caps; SAVE pos(r);
 * body; LOOPEND r min L; exit: */
static void gen_repeat(RxParser *ps, const RxNode *n, int back) {
  RxProg *p = ps->p;
  if (n->b == 0) return;
  int32_t reg = (int32_t)p->nregs;
  p->nregs += 2;
  int32_t slot = (int32_t)(2 * p->ngroups) + reg;
  emit2(p, RO_CNTSET, slot);
  uint32_t loop = p->ncode;
  emit3(p, RO_LOOP, slot, n->a);
  emit(p, n->b);
  emit(p, n->greedy);
  uint32_t exit_at = emit(p, 0);
  if (n->clast > n->cfirst) emit3(p, RO_RESET, 2 * n->cfirst, 2 * n->clast);
  emit2(p, RO_SAVE, slot + 1);
  gen(ps, n->kid, back);
  emit3(p, RO_LOOPEND, slot, n->a);
  emit(p, (int32_t)loop);
  p->code[exit_at] = (int32_t)p->ncode;
}

static void gen(RxParser *ps, uint32_t nd, int back) {
  RxProg *p = ps->p;
  const RxNode *n = &ps->nodes[nd];
  switch (n->kind) {
  case RN_CHAR: emit3(p, RO_CHAR, (int32_t)rx_canon(p->flags, (uint32_t)n->a), back); break;
  case RN_ANY: emit2(p, RO_ANY, back); break;
  case RN_CLASS: emit3(p, RO_CLASS, n->a, back); break;
  case RN_SEQ: gen_seq(ps, n, back); break;
  case RN_ALT: gen_alt(ps, n, back); break;
  case RN_GROUP:
    emit2(p, RO_SAVE, 2 * n->a + back);
    gen(ps, n->kid, back);
    emit2(p, RO_SAVE, 2 * n->a + !back);
    break;
  case RN_LOOK: {
    emit(p, RO_LOOK);
    emit(p, n->neg);
    uint32_t cont = emit(p, 0);
    gen(ps, n->kid, n->behind);
    emit(p, RO_LOOKEND);
    p->code[cont] = (int32_t)p->ncode;
    break;
  }
  case RN_REPEAT: gen_repeat(ps, n, back); break;
  case RN_BOL: emit(p, RO_BOL); break;
  case RN_EOL: emit(p, RO_EOL); break;
  case RN_WORDB: emit2(p, RO_WORDB, n->neg); break;
  case RN_BACKREF: emit3(p, RO_BACKREF, n->a, back); break;
  default: break;
  }
}

/* --- public interface --------------------------------------------------------------- */

int rx_parse_flags(const uint16_t *f, uint32_t n, unsigned *out) {
  static const char order[] = "dgimsuvy";
  unsigned bits = 0;
  for (uint32_t i = 0; i < n; i++) {
    const char *at = f[i] < 128 && f[i] ? strchr(order, f[i]) : NULL;
    if (!at) return -1;
    unsigned bit = 1u << (at - order);
    if (bits & bit) return -1;
    bits |= bit;
  }
  if ((bits & RX_U) && (bits & RX_V)) return -1;
  *out = bits;
  return 0;
}

void rx_flags_text(unsigned flags, char *out) {
  static const char order[] = "dgimsuvy";
  int k = 0;
  for (int b = 0; b < 8; b++)
    if (flags & (1u << b)) out[k++] = order[b];
  out[k] = '\0';
}

/* Parses the whole pattern and generates its code; NULL on an error. */
static RxProg *parse_and_gen(RxParser *ps) {
  RxProg *p = ps->p;
  ps->group_next = 1;
  uint32_t root = parse_disjunction(ps);
  if (root != NONE && ps->i < ps->n) root = fail(ps, "Unmatched ')'");
  if (root != NONE && ps->late_err) root = fail(ps, ps->late_err);
  if (root == NONE) return NULL;
  emit2(p, RO_SAVE, 0);
  gen(ps, root, 0);
  emit2(p, RO_SAVE, 1);
  emit(p, RO_MATCH);
  return p;
}

RxProg *rx_compile(const uint16_t *src, uint32_t n, unsigned flags, char *err, size_t errn) {
  if (flags & RX_V) {
    snprintf(err, errn, "unsupported: the v flag (ticktock does not model it)");
    return NULL;
  }
  RxProg *p = xcalloc(1, sizeof *p);
  p->flags = flags;
  RxParser ps = {.s = src, .n = n, .u = (flags & RX_U) != 0, .p = p};
  prescan(&ps);
  if (!parse_and_gen(&ps) || ps.err) {
    snprintf(err, errn, "%s", ps.err ? ps.err : "Invalid regular expression");
    free(ps.nodes);
    free(ps.closed);
    rx_free(p);
    return NULL;
  }
  free(ps.nodes);
  free(ps.closed);
  return p;
}

void rx_free(RxProg *p) {
  if (!p) return;
  if (p->names)
    for (uint32_t g = 0; g < p->ngroups; g++) free(p->names[g]);
  free(p->names);
  free(p->namelen);
  free(p->code);
  free(p->ranges);
  free(p->classes);
  free(p);
}

/* Appends the escape of line terminator c ("\\n", "\\u2028", ...). */
static uint32_t put_escape(uint16_t *out, uint32_t k, uint16_t c) {
  out[k++] = '\\';
  if (c == '\n' || c == '\r') {
    out[k++] = c == '\n' ? 'n' : 'r';
    return k;
  }
  static const char hex[] = "0123456789abcdef";
  out[k++] = 'u';
  for (int sh = 12; sh >= 0; sh -= 4) out[k++] = (uint16_t)hex[(c >> sh) & 15];
  return k;
}

static int is_line_end(uint16_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

uint32_t rx_escape_source(const uint16_t *s, uint32_t n, uint16_t *out) {
  static const uint16_t empty[] = {'(', '?', ':', ')'};
  if (n == 0) {
    memcpy(out, empty, sizeof empty);
    return 4;
  }
  uint32_t k = 0;
  int in_class = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = s[i];
    if (c == '\\' && i + 1 < n) {
      if (is_line_end(s[++i])) k = put_escape(out, k, s[i]);
      else out[k++] = c, out[k++] = s[i];
      continue;
    }
    if (c == '[') in_class = 1;
    else if (c == ']') in_class = 0;
    if (c == '/' && !in_class) out[k++] = '\\', out[k++] = '/';
    else if (is_line_end(c)) k = put_escape(out, k, c);
    else out[k++] = c;
  }
  return k;
}

uint32_t rx_groups(const RxProg *p) { return p->ngroups; }

const uint16_t *rx_group_name(const RxProg *p, uint32_t i, uint32_t *len) {
  if (i >= p->ngroups || !p->names[i]) return NULL;
  *len = p->namelen[i];
  return p->names[i];
}

int rx_has_names(const RxProg *p) { return p->has_names; }
