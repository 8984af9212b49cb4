/* host_int.h - what the node host's parts share: host_node.c (one realm's
 * event loop), host_worker.c (threads and the scheduler that interleaves
 * realms) and host_port.c (message ports).  Not for other modules.
 *
 * Every function works on the *current* realm: the one whose global, host
 * root, job queue and rejection list are in vm->global, vm->root, vm->jobs
 * and vm->rejections (host_worker.c switches realms between steps).
 */
#ifndef TT_HOST_INT_H
#define TT_HOST_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "host_node.h"
#include "vm.h"

/* Where a realm's event loop is (its root record's state). */
enum {
  LS_MAIN,       /* the main script has not run */
  LS_ITERATION,  /* a loop iteration begins (or the loop ends) */
  LS_TIMERS,
  LS_POLL_ENTER, /* the poll phase begins */
  LS_POLL,       /* in the poll phase, after an I/O callback or a port pass */
  LS_CHECK_ENTER,
  LS_CHECK,
  LS_EXIT,       /* 'exit' is emitted next */
  LS_DONE,
  LS_PASS,       /* in the poll phase, visiting the message ports (host_worker.c) */
  LS_POLL_WAIT,  /* blocked in the poll phase while other threads run */
  LS_CLOSE       /* the close-callbacks phase: 'close' events of ports */
};

/* A fresh event-loop record (the root of a realm's host state). */
uint32_t hn_new_root(Vm *vm);

int hn_state(Vm *vm);
void hn_set_state(Vm *vm, int state);
/* The realm's worker record (host_worker.c's own layout), or undefined. */
Value hn_hw(Vm *vm);
void hn_set_hw(Vm *vm, Value v);

/* One step of the current realm's loop (host_step without the end test). */
void hn_loop_step(Vm *vm, Host *host, HostResult *res);

/* Calls fn(this_v, args) as a callback of the loop: an uncaught exception
 * goes through the realm's uncaught handling, then ticks and microtasks
 * drain.  False when the realm ended. */
bool hn_callback(Vm *vm, Host *host, HostResult *res, Value fn, Value this_v, const Value *args, uint32_t argc);

/* Calls fn from C without the loop's handling (VS_* result, *out). */
VmStatus hn_call(Vm *vm, Value fn, Value this_v, const Value *args, uint32_t argc, Value *out);

/* Times of the realm's next events (INFINITY when none). */
double hn_next_timer(Vm *vm);
double hn_next_io(Vm *vm);
bool hn_has_immediates(Vm *vm);
bool hn_has_timers(Vm *vm);
bool hn_io_pending(Vm *vm);
/* The realm reached something ticktock does not model. */
bool hn_unsupported(Vm *vm);
/* The program read the clock (times cannot be made relative). */
bool hn_clock_seen(Vm *vm);

/* host_normalize's parts for the current realm: counters become ranks;
 * with compress, overdue deadlines are compressed (host_node.c). */
void hn_normalize_realm(Vm *vm, bool compress);
/* Moves every time value of the realm `by` ms earlier. */
void hn_shift_times(Vm *vm, double by);

/* The realm's symbolic record (host_sym.c's layout), or undefined. */
Value hn_sym(Vm *vm);
void hn_set_sym(Vm *vm, Value v);
/* Calls fn on every time value of the realm's loop records (timers,
 * timer lists, I/O, the timers phase's now), in a fixed order. */
void hn_each_time(Vm *vm, void (*fn)(Vm *vm, uint32_t obj, uint32_t slot, void *ctx), void *ctx);

/* A choice point (see host_node.h). */
uint32_t hn_choose(Vm *vm, ChoiceKind kind, uint32_t n);
Host *hn_host(Vm *vm);
/* Writes text to the realm's stderr (through vm_write). */
void hn_errf(Vm *vm, const char *text);

/* --- host_worker.c: threads (each works on the current realm) --- */

/* Workers exist: host_step runs hw_step, which picks the thread to step. */
bool hw_threads(Vm *vm);
bool hw_worker_realm(Vm *vm); /* the current realm is a worker's */
void hw_step(Vm *vm, Host *host, HostResult *res);
/* The realm's process object. */
Value hw_process(Vm *vm);
/* Ports, workers or worker output in flight keep the loop alive. */
bool hw_alive(Vm *vm);
/* Output of a worker realm goes to its parent; false: write it here. */
bool hw_write(Vm *vm, int fd, const char *data, size_t len);
/* An uncaught exception in a worker realm ends the worker; false in main. */
bool hw_fatal(Vm *vm, Value exc);
/* host_normalize with workers; false without (nothing done). */
bool hw_normalize(Vm *vm);
/* explain: the current realm's thread (id, its code) into v. */
void hw_describe_thread(Vm *vm, HostView *v);
/* explain: thread id's realm fields for reading it (left alone when that
 * realm is current or there is no such thread). */
void hw_peek_realm(Vm *vm, uint32_t id, uint32_t *root, uint32_t *jobs, uint32_t *jobs_head);
/* The poll would block (true when the host handled it: LS_POLL_WAIT, or
 * a loop kept alive by nothing that can ever happen); a waiting thread
 * was woken. */
bool hw_poll_block(Vm *vm, HostResult *res);
void hw_wait_step(Vm *vm);

/* --- host_port.c: message ports (each works on the current realm) --- */

/* Poll phase: hp_poll_enter when it begins; hp_poll_arrivals may take
 * messages in flight (a choice); a pass over the ports is due
 * (hp_pass_ready), begins (LS_PASS) and runs one step at a time. */
void hp_poll_enter(Vm *vm);
void hp_poll_arrivals(Vm *vm, bool block);
bool hp_pass_ready(Vm *vm);
void hp_pass_begin(Vm *vm);
bool hp_pass_step(Vm *vm, Host *host, HostResult *res);  /* true: a callback ran */
/* Finished child workers wait for their parent (check phase). */
bool hp_exits_pending(Vm *vm);
bool hp_exit_step(Vm *vm, Host *host, HostResult *res);
/* 'close' events of ports are due (LS_CLOSE). */
bool hp_closing(Vm *vm);
bool hp_close_step(Vm *vm, Host *host, HostResult *res);

#endif
