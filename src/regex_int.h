/* regex_int.h - the compiled form shared by regex.c (parser, code
 * generator) and regex_exec.c (matcher).  Not for other modules. */
#ifndef TT_REGEX_INT_H
#define TT_REGEX_INT_H

#include "regex.h"

/* Instructions: an opcode followed by its operands in RxProg.code. */
enum {
  RO_CHAR,     /* c back: one character equal to c (canonicalized under i) */
  RO_ANY,      /* back: any character but a line terminator (all under s) */
  RO_CLASS,    /* k back: a character in class k */
  RO_BOL,      /* start of input (or of a line under m) */
  RO_EOL,      /* end of input (or of a line under m) */
  RO_WORDB,    /* neg: \b (\B when neg) */
  RO_SPLIT,    /* a b: continue at a, backtrack to b */
  RO_JMP,      /* a */
  RO_SAVE,     /* slot: slot = position */
  RO_RESET,    /* from to: clear capture slots [from, to) */
  RO_BACKREF,  /* group back */
  RO_LOOK,     /* neg cont: push a lookaround barrier resuming at cont */
  RO_LOOKEND,  /* the lookaround body matched */
  RO_CNTSET,   /* reg: counter reg = 0 */
  RO_LOOP,     /* reg min max greedy exit: decide another iteration */
  RO_LOOPEND,  /* reg min loop: empty check, count, jump back */
  RO_MATCH
};

typedef struct RxRange {
  uint32_t lo, hi;
} RxRange;

typedef struct RxClass {
  uint32_t first, count; /* ranges[first .. first+count) */
  int negated;
} RxClass;

struct RxProg {
  unsigned flags;
  int32_t *code;
  uint32_t ncode, capcode;
  RxRange *ranges;
  uint32_t nranges, capranges;
  RxClass *classes;
  uint32_t nclasses, capclasses;
  uint32_t ngroups; /* including group 0 */
  uint32_t nregs;   /* loop registers: a counter and a position per loop */
  uint16_t **names; /* per group, NULL when unnamed */
  uint32_t *namelen;
  int has_names;
};

/* Canonicalize (ECMA-262 22.2.2.7.3) of c under the program's flags. */
uint32_t rx_canon(unsigned flags, uint32_t c);
uint32_t rx_upper(uint32_t c);
uint32_t rx_lower(uint32_t c);

#endif
