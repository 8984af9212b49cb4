/* findings_int.h - internals shared by findings.c (graph: schedules,
 * witnesses, cycles) and findings_facts.c (what the facts on transitions
 * say).  Not for use outside the findings. */
#ifndef TT_FINDINGS_INT_H
#define TT_FINDINGS_INT_H

#include "buf.h"
#include "findings.h"

/* A fact as read back from an edge label: its tag and tab-separated
 * fields (pointers into a private copy of the label). */
enum { FD_MAX_FIELDS = 16 };

typedef struct FdFact {
  char tag;
  const char *f[FD_MAX_FIELDS]; /* f[0] is the first field after the tag */
  uint32_t nf;
} FdFact;

/* A finding being collected: every edge whose facts show it. */
typedef struct FdDraft {
  FindingKind kind;
  char *key;             /* kind-specific identity ("line:col", ...) */
  uint32_t line, col;
  Buf message;
  size_t head;           /* where the extent ("on 2 of 6 schedules") goes, plus 1; 0: at the end */
  FdRelated *related;
  uint32_t nrelated, crelated;
  uint64_t *edges;       /* edges (sorted, unique at the end) */
  uint64_t nedges, cedges;
  bool downgrade;        /* a warning even when the kind is an error (a caught overflow) */
  bool upgrade;          /* seen fatal on some schedule (overflows) */
  bool built;            /* message written */
  const FdFact *first;   /* the fact that created it (valid while analysing) */
} FdDraft;

typedef struct FdDrafts {
  FdDraft *v;
  uint32_t n, cap;
} FdDrafts;

/* Finds or adds the draft of (kind, key); *fresh tells which. */
FdDraft *fd_draft(FdDrafts *d, FindingKind kind, const char *key, bool *fresh);
void fd_draft_edge(FdDraft *d, uint64_t edge);
/* Marks the end of the message so far as the place of its extent:
 * "unhandled rejection of Error('x')" + " on 2 of 6 schedules" + " (...)". */
void fd_draft_head(FdDraft *d);
/* Adds a related location (note copied); duplicates are dropped. */
void fd_draft_related(FdDraft *d, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Splits a label into facts; *store owns the copy (free it after use). */
uint32_t fd_parse_facts(const char *label, FdFact **facts, char **store);

/* Reads every edge's facts into drafts (findings_facts.c). */
void fd_collect(const XpGraph *g, FdDrafts *d);

/* "line:col" -> numbers; false when malformed. */
bool fd_pos(const char *s, uint32_t *line, uint32_t *col);

#endif
