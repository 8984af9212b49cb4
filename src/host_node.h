/* host_node.h - the node host: event loop phases, timers, immediates,
 * process.nextTick, I/O of modelled latency, unhandled rejections and
 * process lifetime, as node v20 runs a CommonJS main module.
 *
 * All host state that belongs to the machine (queues, timer lists, loop
 * phase, counters) lives in heap records reachable from vm->root, so a Vm
 * clone carries it.  The loop is a step machine: host_step performs one
 * unit of work (the main script, or one callback and the drain after it)
 * and leaves the machine between two callbacks; at points where node's
 * order depends on timing the step takes the choice given by the caller
 * (host_choices lists them).  `run` always takes the default choice.
 *
 * Ownership: Host (C-side options and output sinks) is owned by the
 * caller; it is not machine state.
 */
#ifndef TT_HOST_NODE_H
#define TT_HOST_NODE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "vm.h"

typedef enum UnhandledMode {
  UR_THROW, UR_STRICT, UR_WARN, UR_NONE, UR_WARN_WITH_ERROR_CODE
} UnhandledMode;

/* A `//@ fetch "URL" => ...` declaration. */
typedef struct FetchDecl {
  char *url;
  char *body;   /* JSON text */
  int status;   /* 0: network failure (the promise rejects) */
} FetchDecl;

typedef struct HostOpts {
  UnhandledMode unhandled;
  uint32_t frame_limit;    /* 0: node's byte budget */
  uint64_t max_steps;      /* per synchronous run; 0: unlimited */
  double random_value;     /* Math.random() in the default schedule */
  bool seeded;             /* --seed: pseudo-random choices instead */
  uint64_t seed;
  double io_latency_min;   /* ms; default 1 */
  double io_latency_max;   /* ms; < 0: unbounded */
  double fetch_latency_min, fetch_latency_max;
  FetchDecl *fetches;
  uint32_t nfetches;
} HostOpts;

void host_opts_default(HostOpts *o);

/* What a finished run produced. */
typedef struct HostResult {
  int exit_code;
  bool fatal;          /* ended by an uncaught exception / rejection */
  bool steps_exceeded; /* a synchronous run exceeded max_steps */
  bool unsupported;    /* the program used something ticktock does not model */
} HostResult;

typedef struct Host {
  const HostOpts *opts;
  FILE *out, *err;     /* where run mode writes stdout and stderr */
  bool capture;        /* explorer: output goes to the VM buffers instead */
} Host;

/* Prepares a realm-initialised machine to run the script proto: creates
 * the host records and installs the module objects. */
void host_init(Vm *vm, Host *host, uint32_t main_proto);

/* Runs the whole program with the default schedule (ticktock run). */
HostResult host_run(Vm *vm, Host *host);

/* One step; returns false when the program has finished (*res filled). */
bool host_step(Vm *vm, Host *host, HostResult *res);

#endif
