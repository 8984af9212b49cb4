/* findings.c - findings over the state graph; see findings.h.
 *
 * Status: the kinds, names and policy are in place; the analyses are being
 * written (issue 5) and fd_analyze reports nothing yet. */
#include "findings.h"

#include <stdlib.h>
#include <string.h>

#define FD_NAME(id, name, error) name,
static const char *const kind_names[FK__COUNT] = {FD_KINDS(FD_NAME)};
#undef FD_NAME
#define FD_ERR(id, name, error) error,
static const bool kind_errors[FK__COUNT] = {FD_KINDS(FD_ERR)};
#undef FD_ERR

void fd_policy_default(FdPolicy *p) {
  memset(p, 0, sizeof *p);
  for (int k = 0; k < FK__COUNT; k++) p->error[k] = kind_errors[k];
}

bool fd_kind_from_name(const char *name, FindingKind *out) {
  for (int k = 0; k < FK__COUNT; k++)
    if (!strcmp(kind_names[k], name)) {
      *out = (FindingKind)k;
      return true;
    }
  return false;
}

const char *fd_kind_name(FindingKind k) { return k < FK__COUNT ? kind_names[k] : "?"; }

void fd_analyze(const XpGraph *g, const XaResult *r, const FdPolicy *p, FdList *out) {
  (void)g;
  (void)r;
  (void)p;
  memset(out, 0, sizeof *out);
}

void fd_list_free(FdList *l) {
  for (uint32_t i = 0; i < l->n; i++) {
    Finding *f = &l->v[i];
    free(f->message);
    free(f->witness);
    big_free(&f->schedules);
    for (uint32_t k = 0; k < f->nrelated; k++) free(f->related[k].note);
    free(f->related);
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

bool fd_violates(const FdList *l, const FdPolicy *p) {
  bool seen[FK__COUNT] = {false};
  for (uint32_t i = 0; i < l->n; i++) {
    seen[l->v[i].kind] = true;
    if (l->v[i].severity == FD_ERROR) return true;
  }
  for (int k = 0; k < FK__COUNT; k++)
    if (p->expected[k] && !seen[k]) return true;
  return false;
}
