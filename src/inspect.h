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
  bool limits;     /* use the fields below (else node's 100, 80, 10000 and compact 3) */
  int max_array_length; /* array/set/map entries shown */
  int break_length;     /* line width budget */
  double max_string_length; /* characters of a string shown (node's slice(0, n)) */
  bool sorted;     /* node's `sorted: true`: entries in code unit order */
  int compact;     /* with limits: node's compact, a number (false: 0) */
} InspectOpts;

/* Appends inspect(v) to out. */
void inspect_value(Vm *vm, Value v, const InspectOpts *opts, Buf *out);

/* What inspecting needs before it can finish: obj's [util.inspect.custom]
 * function must run (node passes it depth - recurse). */
typedef struct InspectPending {
  Value obj;
  int recurse; /* node's recurseTimes where obj was met */
} InspectPending;

/* Appends inspect(v) to out, honouring [util.inspect.custom] functions
 * (natives cannot call them): results is an array of what the ones met so
 * far returned, in the order met (0: none yet), standing for their calls.
 * Returns false, with *pending set and nothing appended, when one more
 * must run first; the caller runs it and tries again with its result. */
bool inspect_value_custom(Vm *vm, Value v, const InspectOpts *opts, uint32_t results, InspectPending *pending,
                          Buf *out);

/* Appends util.format(args...) (console.log's formatting) to out.  With
 * `custom`, returns false (out then incomplete) when an argument has a
 * [util.inspect.custom] function to run: the prelude's logSlow does it. */
bool inspect_format(Vm *vm, const Value *args, uint32_t argc, bool custom, Buf *out);

/* Whether util.format(args...) must run JavaScript (%j's JSON.stringify, a
 * user toString for %s, valueOf for %d): the prelude's formatSlow does
 * those (inspect_format would not). */
bool inspect_format_needs_js(Vm *vm, const Value *args, uint32_t argc);
/* What placeholder %conv makes of v is appended (IN_NONE), or needs
 * JavaScript: a user's toString or toJSON or valueOf (IN_JS), or a
 * [util.inspect.custom] function (IN_CUSTOM); then nothing is appended. */
typedef enum InspectNeed { IN_NONE, IN_JS, IN_CUSTOM } InspectNeed;
InspectNeed inspect_format_arg(Vm *vm, uint16_t conv, Value v, Buf *out);

#endif
