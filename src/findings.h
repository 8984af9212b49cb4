/* findings.h - problems decided over every schedule (issue: deadlocks,
 * stack overflows, unhandled rejections, starvation, blocking, promise
 * misuse), each with the schedules it happens on and a witness.
 *
 * The explorer records what happened on each transition; fd_analyze reads
 * the state graph and the output analysis and produces the list; reports
 * (report.h) print it; the CLI decides the exit status from the policy
 * (pragmas `//@ allow KIND`, `//@ expect KIND`, flags --allow KIND).
 *
 * Ownership: an FdList owns its findings (fd_list_free).
 */
#ifndef TT_FINDINGS_H
#define TT_FINDINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "bignum.h"
#include "explore.h"
#include "order.h"

#define FD_KINDS(X)                                        \
  X(FK_DEADLOCK, "deadlock", true)                         \
  X(FK_NON_TERMINATION, "non-termination", true)           \
  X(FK_STACK_OVERFLOW, "stack-overflow", true)             \
  X(FK_UNHANDLED_REJECTION, "unhandled-rejection", true)   \
  X(FK_UNCAUGHT_EXCEPTION, "uncaught-exception", true)     \
  X(FK_STARVATION, "starvation", true)                     \
  X(FK_BLOCKING, "blocking", false)                        \
  X(FK_DOUBLE_SETTLE, "double-settle", true)               \
  X(FK_DEAD_PROMISE, "dead-promise", false)                \
  X(FK_MISSING_REJECT_HANDLER, "missing-reject-handler", false) \
  X(FK_FLOATING_PROMISE, "floating-promise", false)        \
  X(FK_THEN_NOT_FUNCTION, "then-not-function", false)      \
  X(FK_ORDER_DEPENDENT, "order-dependent", false)

#define FD_ENUM(id, name, error) id,
typedef enum FindingKind { FD_KINDS(FD_ENUM) FK__COUNT } FindingKind;
#undef FD_ENUM

typedef enum FdSeverity { FD_ERROR, FD_WARNING, FD_NOTE } FdSeverity;

typedef struct FdRelated {
  uint32_t line, col;   /* 0: no position */
  char *note;
} FdRelated;

typedef struct Finding {
  FindingKind kind;
  FdSeverity severity;  /* after the policy is applied */
  char *message;        /* one line, no trailing period, with its extent (fd_extent) */
  uint32_t line, col;   /* where (1-based; 0 when the program as a whole) */
  bool on_all;          /* happens on every schedule (else on some) */
  BigNum schedules;     /* how many (0 when unknown, e.g. infinitely many) */
  char *witness;        /* a schedule that shows it (for run --schedule) */
  FdRelated *related;
  uint32_t nrelated;
} Finding;

typedef struct FdList {
  Finding *v;
  uint32_t n, cap;
} FdList;

/* Which kinds fail the check.  Defaults: the kinds marked true above. */
typedef struct FdPolicy {
  bool error[FK__COUNT];    /* an error (exit 1) when found */
  bool expected[FK__COUNT];/* `//@ expect KIND`: its absence is the error */
} FdPolicy;

void fd_policy_default(FdPolicy *p);
/* Kind from its name ("deadlock"); false if unknown. */
bool fd_kind_from_name(const char *name, FindingKind *out);
const char *fd_kind_name(FindingKind k);

/* A place where some schedule reached something ticktock does not model
 * (a `require` of an unmodelled module, BroadcastChannel, the heap limit):
 * such a program cannot be checked, whatever else it prints. */
typedef struct FdUnsupported {
  uint32_t line, col;
  char *what;           /* e.g. "require('child_process')" */
} FdUnsupported;

/* The distinct such places in g (at most max, in source order) into out;
 * returns how many.  The caller frees each what. */
uint32_t fd_unsupported(const XpGraph *g, FdUnsupported *out, uint32_t max);

/* Every finding of the explored program; severities follow the policy. */
void fd_analyze(const XpGraph *g, const XaResult *r, const FdPolicy *p, FdList *out);
void fd_list_free(FdList *l);

/* "on every schedule", "on 2 of 6 schedules", "on at least 2 schedules"
 * (an exploration that is not complete), "on 2 schedules" (no total in r)
 * or "on some schedules" (not counted).  Every finding's message carries it, after its head. */
void fd_extent(const Finding *f, const XaResult *r, bool complete, Buf *out);

/* True when the findings (and missing expected ones) fail the check. */
bool fd_violates(const FdList *l, const FdPolicy *p);

#endif
