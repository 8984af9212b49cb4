/* findings_scan.h - what the findings need from the explorer while it
 * runs: facts about promises that can never settle, facts about the end
 * of a run, and shadow runs that show what a crash loses.
 *
 * A pending promise with reactions that becomes unreachable can never
 * settle (nothing can reach its resolve functions), so its reactions, and
 * the awaits among them, never run: that is a deadlock or a dead promise.
 * The explorer calls fd_scan_transition after encoding each transition's
 * target (the encoder knows what is reachable) and the machine calls
 * fd_before_gc before a collection would discard such promises.  At the
 * natural end of a run every pending promise with reactions is dead too.
 * Each finding is one fact "D" (see findings.c) on the transition.
 *
 * Everything here writes facts into vm->facts and changes nothing else.
 */
#ifndef TT_FINDINGS_SCAN_H
#define TT_FINDINGS_SCAN_H

#include <stdbool.h>

#include "host_node.h"
#include "state.h"
#include "vm.h"

/* After st_encode(vm, enc): facts for promises that died during the
 * transition (enc tells what is reachable) and, when the run ended, facts
 * about the end (pending promises, rejections never reported, rejections
 * queued reaction jobs would carry down a chain without a handler). */
void fd_scan_transition(Vm *vm, const StEnc *enc, bool terminal, const HostResult *res);

/* VmHostHooks.before_gc: the same for promises a collection would free. */
void fd_before_gc(void *ctx, Vm *vm);

/* HostShadowFn: runs a copy of vm with the default schedule for a while,
 * as if the crash about to happen did not (and, for a rejection, as if it
 * were only warned about), and appends three fields: the callbacks that
 * ran ("kind@line:col name", \x1f-separated), where the promise got a
 * handler too late ("line:col" or empty), and the lines printed (\x1f). */
void fd_shadow(const Host *h, Vm *vm, uint32_t promise, Buf *out);

#endif
