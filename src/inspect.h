/* inspect.h - node's util.inspect and util.format for machine values.
 *
 * Reproduces node v20's output format (compact: 3, breakLength: 80,
 * depth: 2 by default): quoting of strings, keys, class names, arrays with
 * holes and "more items", grouping of long arrays into columns, Map/Set,
 * promises, errors (their stack), getters, circular references.  Never runs
 * JavaScript code (getters are shown as [Getter], as node does by default).
 */
#ifndef TT_INSPECT_H
#define TT_INSPECT_H

#include "buf.h"
#include "vm.h"

typedef struct InspectOpts {
  int depth;       /* levels of nesting shown; < 0 means unlimited */
  bool show_hidden;
  bool no_levels;  /* node's negative depth: even the top object is "[Object]" */
  bool limits;     /* use the two fields below (else node's 100 and 80) */
  int max_array_length; /* array/set/map entries shown */
  int break_length;     /* line width budget */
} InspectOpts;

/* Appends inspect(v) to out. */
void inspect_value(Vm *vm, Value v, const InspectOpts *opts, Buf *out);

/* Appends util.format(args...) (console.log's formatting) to out. */
void inspect_format(Vm *vm, const Value *args, uint32_t argc, Buf *out);

/* Whether util.format(args...) must run JavaScript (%j's JSON.stringify, a
 * user toString for %s, valueOf for %d): the prelude's formatSlow does
 * those (inspect_format would not). */
bool inspect_format_needs_js(Vm *vm, const Value *args, uint32_t argc);
/* Appends what placeholder %conv makes of v; false (nothing appended) when
 * that needs JavaScript. */
bool inspect_format_arg(Vm *vm, uint16_t conv, Value v, Buf *out);

#endif
