/* host_worker_int.h - what the two halves of worker_threads share:
 * host_worker.c (threads, realms, the scheduler) and host_port.c (message
 * ports, messages in flight, the pass over a realm's ports).  The layouts
 * of their heap records are here; nothing else includes this file.
 */
#ifndef TT_HOST_WORKER_INT_H
#define TT_HOST_WORKER_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "host_int.h"
#include "promise.h"
#include "vm.h"

enum { HOST_PORT = 0x7103 };
enum { REC_HW = REC_HOST + 16, REC_THREAD, REC_MSG };

/* A realm's worker record (the host root's R_HW slot). */
enum {
  HW_THREAD,      /* the realm's thread record (undefined: main before any worker) */
  HW_PORTS,       /* ports owned by the realm, in creation order */
  HW_PASS,        /* the pass's position: -1 finished children, >= 0 a port index */
  HW_PASSED,      /* a pass ran in this poll phase */
  HW_DELIVERED,   /* the port at HW_PASS delivered in this visit */
  HW_CLOSING,     /* ports whose 'close' event is due */
  HW_EXITS,       /* finished child threads whose end this realm has not handled */
  HW_PROCESS,     /* the realm's process object (main: the prelude's) */
  HW_WT,          /* the realm's worker_threads module (main: the prelude's) */
  HW_THREADS,     /* main only: every thread record, by thread id */
  HW_SPARES_USED, /* main only: prepared realms taken */
  HW__COUNT
};

/* A thread record. */
enum {
  TH_ID, TH_STATUS, TH_GLOBAL, TH_ROOT, TH_JOBS, TH_REJECTIONS, TH_HW, /* the realm */
  TH_EXITING, TH_EXIT_CODE, TH_JOBS_HEAD,   /* Vm scalars, saved while another thread runs */
  TH_MAIN,       /* the main thread's record */
  TH_PARENT,     /* the creating thread's record */
  TH_WORKER,     /* the Worker object (in the parent's realm) */
  TH_OUTBOX,     /* messages posted to other threads, not yet visible */
  TH_START_AT,   /* earliest start (ms) */
  TH_START_DEF,  /* when the default schedule starts it (ms) */
  TH_START_MAX,  /* latest start (ms; +Infinity: unbounded) */
  TH_BEHIND,     /* in its first run after a late start: when it would have run (ms) */
  TH_READY,      /* since when it has had work to do (ms; undefined: none) */
  TH_REFED,      /* the Worker keeps its parent alive */
  TH_BUSY1, TH_BUSY2, /* a stdout/stderr payload awaits acknowledgement */
  TH_BUF1, TH_BUF2,   /* text written meanwhile */
  TH_KPORT,      /* the worker's end of its internal channel */
  TH_PROTO,      /* the worker's module function (proto id) */
  TH_FILE,       /* __filename of that module */
  TH__COUNT
};
enum {
  ST_PENDING,  /* created, not started */
  ST_RUNNING,
  ST_ENDING,   /* its loop ended; the thread is being torn down */
  ST_FINISHED, /* its end is posted to the parent */
  ST_JOINED    /* the parent handled its end */
};

/* Port data (OK_PLAIN, aux HOST_PORT). */
enum { PD_OWNER, PD_PEER, PD_QUEUE, PD_FLAGS, PD__COUNT };
enum { PF_STARTED = 1, PF_REFED = 2, PF_CLOSED = 4 };

/* A message in an outbox (or a close notice in a queue); MS_STAMP: when
 * it was posted, for the default schedule's guess of what has arrived. */
enum { MS_KIND, MS_DEST, MS_VALUE, MS_STAMP, MS__COUNT };
enum { M_PORT, M_EXIT, M_TERMINATE, M_CLOSE };


#define HV (&vm->heap)

static inline Value get(Vm *vm, uint32_t rec, uint32_t slot) { return heap_get_data(HV, rec, slot); }
static inline void set(Vm *vm, uint32_t rec, uint32_t slot, Value v) { heap_set_data(HV, rec, slot, v); }
static inline uint32_t get_obj(Vm *vm, uint32_t rec, uint32_t slot) {
  Value v = get(vm, rec, slot);
  return val_is_obj(v) ? val_obj_idx(v) : 0;
}
static inline double get_num(Vm *vm, uint32_t rec, uint32_t slot) { return val_to_double(get(vm, rec, slot)); }

static inline uint32_t new_list(Vm *vm) {
  uint32_t l = heap_alloc(HV, OK_RECORD, 0, 0, 0);
  heap_obj(HV, l)->aux = REC_LIST;
  return l;
}
static inline uint32_t list_len(Vm *vm, uint32_t l) { return heap_obj(HV, l)->ndata; }
static inline void list_push(Vm *vm, uint32_t l, Value v) { heap_data_push(HV, l, v); }
static inline Value list_shift(Vm *vm, uint32_t l) {
  Value v = heap_get_data(HV, l, 0);
  heap_data_remove(HV, l, 0, 1);
  return v;
}

static inline uint32_t new_record(Vm *vm, unsigned aux, uint32_t n) {
  uint32_t r = heap_alloc(HV, OK_RECORD, 0, 0, n);
  heap_obj(HV, r)->aux = (uint16_t)aux;
  return r;
}

/* --- host_worker.c ---------------------------------------------------------------------------- */

/* The current realm's worker record, made on first use when create (0 if
 * none and not create). */
uint32_t hw_rec(Vm *vm, bool create);
/* The current realm's thread record (0: main before any worker) and id. */
uint32_t hw_cur_thread(Vm *vm);
double hw_cur_id(Vm *vm);
/* The main realm's worker record, from any realm (0 if none). */
uint32_t hw_main_hw(Vm *vm);
/* Every thread record by id (main first), or 0 before any worker. */
uint32_t hw_thread_list(Vm *vm);
uint32_t hw_thread_by_id(Vm *vm, double id);
int hw_status(Vm *vm, uint32_t th);
/* "the main thread", "worker 2" (ticktock explain's words). */
void hw_thread_name(double id, Buf *out);
/* terminate(): thread th stops where it is, exit code 1. */
void hw_stop_thread(Vm *vm, uint32_t th);

/* --- host_port.c --------------------------------------------------------------------------------- */

bool hp_is_port(Vm *vm, Value v);
unsigned hp_flags(Vm *vm, uint32_t p);
void hp_set_flag(Vm *vm, uint32_t p, unsigned f, bool on);
/* A port owned by thread `owner`, listed in realm record realm_hw. */
uint32_t hp_port_new(Vm *vm, double owner, unsigned flags, uint32_t realm_hw);
void hp_entangle(Vm *vm, uint32_t a, uint32_t b);
/* Port p receives and has a message queued. */
bool hp_port_ready(Vm *vm, uint32_t p);
void hp_unlist(Vm *vm, uint32_t hw, uint32_t p);
/* Sends a payload (or close notice) to port dest (see host_port.c). */
void hp_send(Vm *vm, uint32_t dest, Value item);
void hp_port_close(Vm *vm, uint32_t p);
/* Messages: made, appended to a sender's outbox, found, published. */
uint32_t hp_msg(Vm *vm, int kind, Value dest, Value value);
void hp_outbox_push(Vm *vm, uint32_t sender, uint32_t m);
typedef bool (*MsgPred)(Vm *vm, uint32_t m, uint32_t arg);
bool hp_for_port(Vm *vm, uint32_t m, uint32_t port);
bool hp_exit_for(Vm *vm, uint32_t m, uint32_t th);
bool hp_terminate_for(Vm *vm, uint32_t m, uint32_t th);
bool hp_wakes(Vm *vm, uint32_t m, uint32_t th);
int64_t hp_outbox_find(Vm *vm, uint32_t sender, MsgPred pred, uint32_t arg);
uint32_t hp_in_flight(Vm *vm, MsgPred pred, uint32_t arg, uint32_t *pos);
void hp_publish(Vm *vm, uint32_t sender);
void hp_publish_through(Vm *vm, uint32_t sender, uint32_t pos);

#endif
