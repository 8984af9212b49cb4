/* host_worker.h - worker_threads for the node host: Worker, MessagePort,
 * MessageChannel, parentPort, workerData, structuredClone.
 *
 * A worker is another realm (its own global, process, require, event loop,
 * nextTick and microtask queues) in the same machine; its state is heap data
 * reachable from the main realm's host root, so a Vm clone or a canonical
 * encoding captures every thread.  host_step interleaves the threads; where
 * node's order depends on thread timing the host takes a choice of kind
 * CH_THREAD (host_worker.c explains the model).
 *
 * The host's event loop calls the hw_* functions of host_int.h; this header
 * is what realm setup needs.
 */
#ifndef TT_HOST_WORKER_H
#define TT_HOST_WORKER_H

#include "realm.h"
#include "vm.h"

/* Prepares worker realms in the base heap and stores the table of worker
 * code compiled ahead (realm_setup calls it after the prelude ran). */
void hw_realm_setup(Vm *vm, const RealmWorkers *w);

extern const NativeModule bi_worker_module, bi_port_module; /* host_port.c */

#endif
