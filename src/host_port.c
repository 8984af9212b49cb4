/* host_port.c - MessagePort, MessageChannel and the messages between
 * threads, for the node host (see host_worker.h; host_worker.c has the
 * threads and the scheduler).
 *
 * Ports.  A MessagePort is a JS object (aux HOST_PORT) with a queue.  A
 * message is a structured clone, made when it is posted.  A port receives
 * only while started (a 'message' listener, onmessage, start()) and keeps
 * its loop alive while ref'd (node refs it while it has 'message'
 * listeners).  A realm's ports are listed in creation order, the order of
 * their uv_async handles: in the poll phase a *pass* (one per poll phase)
 * first handles finished child workers (node's threadsafe immediates come
 * before every port), then visits the ports in that order, delivering each
 * port's messages until its queue is empty (messages arriving meanwhile
 * included) with a drain of ticks and microtasks after each.  A message
 * posted to a port the pass has already visited waits for the next pass.
 * close() takes effect at once for the closing port (a drain in progress
 * still empties its queue) and reaches the peer as a message; 'close'
 * events run in the close-callbacks phase after the check phase.
 *
 * Between threads, a message waits in the sender's outbox until the
 * receiver reads (host_worker.c explains the interleaving).
 */
#include <math.h>
#include <string.h>

#include "bi.h"
#include "host_worker.h"
#include "host_worker_int.h"
#include "vm_int.h"

/* --- ports -------------------------------------------------------------------------------------------- */

bool hp_is_port(Vm *vm, Value v) {
  if (!val_is_obj(v)) return false;
  Obj *o = heap_obj(HV, val_obj_idx(v));
  return o->kind == OK_PLAIN && o->aux == HOST_PORT && o->ndata == PD__COUNT;
}

unsigned hp_flags(Vm *vm, uint32_t p) { return (unsigned)get_num(vm, p, PD_FLAGS); }
void hp_set_flag(Vm *vm, uint32_t p, unsigned f, bool on) {
  unsigned flags = hp_flags(vm, p);
  set(vm, p, PD_FLAGS, val_num(on ? flags | f : flags & ~f));
}

/* A port of the current realm (proto: MessagePort.prototype), listed. */
uint32_t hp_port_new(Vm *vm, double owner, unsigned flags, uint32_t realm_hw) {
  Value proto = realm_hook(vm, "MessagePortProto");
  uint32_t p = heap_alloc(HV, OK_PLAIN, val_is_obj(proto) ? val_obj_idx(proto) : 0, 0, PD__COUNT);
  heap_obj(HV, p)->aux = HOST_PORT;
  set(vm, p, PD_OWNER, val_num(owner));
  set(vm, p, PD_PEER, VAL_NULL);
  set(vm, p, PD_QUEUE, val_obj(new_list(vm)));
  set(vm, p, PD_FLAGS, val_num(flags));
  list_push(vm, get_obj(vm, realm_hw, HW_PORTS), val_obj(p));
  return p;
}

void hp_entangle(Vm *vm, uint32_t a, uint32_t b) {
  set(vm, a, PD_PEER, val_obj(b));
  set(vm, b, PD_PEER, val_obj(a));
}

/* The realm record of a port's owner (0 if the thread is gone). */
static uint32_t owner_hw(Vm *vm, uint32_t p) {
  double id = get_num(vm, p, PD_OWNER);
  if (id == 0 && !hw_thread_list(vm)) return hw_main_hw(vm);
  uint32_t th = hw_thread_by_id(vm, id);
  return th ? get_obj(vm, th, TH_HW) : 0;
}

uint32_t hp_msg(Vm *vm, int kind, Value dest, Value value) {
  uint32_t m = new_record(vm, REC_MSG, MS__COUNT);
  set(vm, m, MS_KIND, val_num(kind));
  set(vm, m, MS_DEST, dest);
  set(vm, m, MS_VALUE, value);
  set(vm, m, MS_STAMP, val_num(vm->clock));
  return m;
}

/* Appends a message to sender's outbox.  A worker that started late (its
 * parent was busy past the worker's usual start) posts "in the past". */
void hp_outbox_push(Vm *vm, uint32_t sender, uint32_t m) {
  Value behind = get(vm, sender, TH_BEHIND);
  if (val_is_num(behind)) set(vm, m, MS_STAMP, behind);
  list_push(vm, get_obj(vm, sender, TH_OUTBOX), val_obj(m));
}

static bool is_close_notice(Vm *vm, Value v) {
  return val_is_obj(v) && heap_obj(HV, val_obj_idx(v))->kind == OK_RECORD && heap_obj(HV, val_obj_idx(v))->aux == REC_MSG;
}

/* Sends item (a payload or a close notice) to port dest: into its queue at
 * once when it stays in this thread or goes to a worker that has not
 * started, through the sender's outbox otherwise (dropped on publication
 * if the receiving thread is gone by then). */
void hp_send(Vm *vm, uint32_t dest, Value item) {
  double to = get_num(vm, dest, PD_OWNER), from = hw_cur_id(vm);
  uint32_t dth = hw_thread_by_id(vm, to);
  if (to == from || !dth || hw_status(vm, dth) == ST_PENDING) {
    heap_data_push(HV, get_obj(vm, dest, PD_QUEUE), item);
    return;
  }
  hp_outbox_push(vm, hw_cur_thread(vm), hp_msg(vm, M_PORT, val_obj(dest), item));
}

/* close(): the port stops at once (a drain of it in progress still
 * empties its queue); the peer learns it through a close notice. */
void hp_port_close(Vm *vm, uint32_t p) {
  if (hp_flags(vm, p) & PF_CLOSED) return;
  hp_set_flag(vm, p, PF_CLOSED, true);
  uint32_t hw = owner_hw(vm, p);
  if (hw) list_push(vm, get_obj(vm, hw, HW_CLOSING), val_obj(p));
  uint32_t peer = get_obj(vm, p, PD_PEER);
  set(vm, p, PD_PEER, VAL_NULL);
  if (!peer) return;
  set(vm, peer, PD_PEER, VAL_NULL);
  hp_send(vm, peer, val_obj(hp_msg(vm, M_CLOSE, VAL_UNDEF, VAL_UNDEF)));
}

/* --- messages in flight ------------------------------------------------------------------------
 *
 * A message posted to another thread waits in the sender's outbox until the
 * receiver looks: at each point where a receiver reads (a port its pass
 * visits, the finished children it handles, its poll deciding whether to
 * wait) it may take the messages in flight up to the first one that
 * concerns it, or not yet (a choice).  Publishing is in post order, so a
 * sender's messages arrive in the order it posted them.  A message takes
 * no time of its own (a receiver waking for one may lag: host_worker.c). */

static int msg_kind(Vm *vm, uint32_t m) { return (int)get_num(vm, m, MS_KIND); }

bool hp_for_port(Vm *vm, uint32_t m, uint32_t port) {
  return msg_kind(vm, m) == M_PORT && get_obj(vm, m, MS_DEST) == port;
}
bool hp_exit_for(Vm *vm, uint32_t m, uint32_t th) {
  return msg_kind(vm, m) == M_EXIT && get_obj(vm, m, MS_DEST) == th;
}
bool hp_terminate_for(Vm *vm, uint32_t m, uint32_t th) {
  return msg_kind(vm, m) == M_TERMINATE && get_obj(vm, m, MS_DEST) == th;
}
/* A message that would wake thread th: its child's end, or a message for
 * one of its ports that receives. */
bool hp_wakes(Vm *vm, uint32_t m, uint32_t th) {
  if (hp_exit_for(vm, m, th)) return true;
  if (msg_kind(vm, m) != M_PORT) return false;
  uint32_t p = get_obj(vm, m, MS_DEST);
  unsigned f = hp_flags(vm, p);
  return get_num(vm, p, PD_OWNER) == get_num(vm, th, TH_ID) && (f & PF_STARTED) && !(f & PF_CLOSED);
}

/* Position of the first message of sender's outbox matching, or -1. */
int64_t hp_outbox_find(Vm *vm, uint32_t sender, MsgPred pred, uint32_t arg) {
  uint32_t box = get_obj(vm, sender, TH_OUTBOX);
  for (uint32_t i = 0; i < list_len(vm, box); i++)
    if (pred(vm, val_obj_idx(get(vm, box, i)), arg)) return i;
  return -1;
}

/* The first sender (by thread id) with a matching message in flight, 0 if
 * none; *pos: where it is in that sender's outbox. */
uint32_t hp_in_flight(Vm *vm, MsgPred pred, uint32_t arg, uint32_t *pos) {
  uint32_t all = hw_thread_list(vm);
  for (uint32_t i = 0; all && i < list_len(vm, all); i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = hp_outbox_find(vm, s, pred, arg);
    if (at >= 0) {
      *pos = (uint32_t)at;
      return s;
    }
  }
  return 0;
}

static bool take_exit(Vm *vm);

/* Did the message at pos of sender's outbox surely arrive by now (posted
 * before the present ms)?  Only the default schedule asks: it takes such
 * messages at once, and otherwise lets the receiver wake for each. */
static bool arrived(Vm *vm, uint32_t sender, uint32_t pos) {
  uint32_t m = val_obj_idx(get(vm, get_obj(vm, sender, TH_OUTBOX), pos));
  return get_num(vm, m, MS_STAMP) < vm->clock;
}

/* ticktock explain: what reading option `order` means for this thread. */
static void read_text(Vm *vm, const uint32_t *senders, int32_t order, Buf *out) {
  hw_thread_name(hw_cur_id(vm), out);
  if (order < 0) {
    buf_puts(out, " does not see the message in flight yet");
    return;
  }
  buf_puts(out, " receives the message in flight from ");
  hw_thread_name(get_num(vm, senders[order], TH_ID), out);
}

static void read_note(Vm *vm, const uint32_t *senders, const int32_t *order, uint32_t n, uint32_t taken) {
  Host *h = hn_host(vm);
  if (!h->trace_sched) return;
  Buf text, others;
  buf_init(&text);
  buf_init(&others);
  read_text(vm, senders, order[taken], &text);
  for (uint32_t i = 0; i < n; i++) {
    if (i == taken) continue;
    if (others.len) buf_puts(&others, "; ");
    read_text(vm, senders, order[i], &others);
  }
  HostSched note = {text.data, others.data ? others.data : "", (uint32_t)hw_cur_id(vm), false};
  h->trace_sched(h->trace_ctx, vm, &note);
  buf_free(&text);
  buf_free(&others);
}

/* A read point with n candidate senders (*pos: where their first message
 * for the reader is): returns the sender index to publish from, or -1 for
 * "not yet".  Option 0 takes a sender whose message surely arrived, if any,
 * else "not yet"; then the others in order. */
static int32_t read_choice(Vm *vm, const uint32_t *senders, const uint32_t *pos, uint32_t n) {
  int32_t order[65];
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    if (arrived(vm, senders[i], pos[i])) order[k++] = (int32_t)i;
  order[k++] = -1;
  for (uint32_t i = 0; i < n; i++)
    if (!arrived(vm, senders[i], pos[i])) order[k++] = (int32_t)i;
  uint32_t c = hn_choose(vm, CH_THREAD, n + 1);
  read_note(vm, senders, order, n + 1, c);
  return order[c];
}

/* Publishes sender's outbox up to and including position pos. */
void hp_publish_through(Vm *vm, uint32_t sender, uint32_t pos) {
  for (uint32_t i = 0; i <= pos; i++) hp_publish(vm, sender);
}

/* --- the pass over a realm's ports (poll phase) ------------------------------------------------ */

bool hp_port_ready(Vm *vm, uint32_t p) {
  unsigned f = hp_flags(vm, p);
  return (f & PF_STARTED) && !(f & PF_CLOSED) && list_len(vm, get_obj(vm, p, PD_QUEUE)) > 0;
}

void hp_poll_enter(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  if (hw) set(vm, hw, HW_PASSED, VAL_FALSE);
}

/* A pass would deliver something (and none ran in this poll phase). */
bool hp_pass_ready(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  if (!hw || get(vm, hw, HW_PASSED) == VAL_TRUE) return false;
  if (list_len(vm, get_obj(vm, hw, HW_EXITS))) return true;
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++)
    if (hp_port_ready(vm, val_obj_idx(get(vm, ports, i)))) return true;
  return false;
}

void hp_pass_begin(Vm *vm) {
  uint32_t hw = hw_rec(vm, true);
  set(vm, hw, HW_PASS, val_num(-1));
  set(vm, hw, HW_PASSED, VAL_TRUE);
  set(vm, hw, HW_DELIVERED, VAL_FALSE);
  hn_set_state(vm, LS_PASS);
}

/* The parent handles a child's end (node's kOnExit): see workerExit in
 * the prelude. */
static bool join_child(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, false);
  uint32_t th = val_obj_idx(list_shift(vm, get_obj(vm, hw, HW_EXITS)));
  set(vm, th, TH_STATUS, val_num(ST_JOINED));
  Value args[2] = {get(vm, th, TH_WORKER), get(vm, th, TH_EXIT_CODE)};
  if (host->trace) {
    HostEvent ev = {.kind = HE_WORKER_END, .peer = (uint32_t)get_num(vm, th, TH_ID),
                    .exit_code = (int)get_num(vm, th, TH_EXIT_CODE)};
    host->trace(host->trace_ctx, vm, &ev);
  }
  hn_callback(vm, host, res, realm_hook(vm, "workerExit"), VAL_UNDEF, args, 2);
  return true;
}

/* The check phase begins: node runs its native immediates first, among
 * them the end of a finished child (a read point for ends in flight). */
bool hp_exits_pending(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw && take_exit(vm);
}

bool hp_exit_step(Vm *vm, Host *host, HostResult *res) { return join_child(vm, host, res); }

/* ticktock explain: the `type` of an internal message is one of names. */
static bool msg_type_is(Vm *vm, Value item, const char *name) {
  Value t = VAL_UNDEF;
  if (val_is_obj(item)) obj_get_own(vm, val_obj_idx(item), bi_str(vm, "type"), &t);
  return val_is_str(t) && strcmp(str_cstr_tmp(vm->strs, val_str_id(t)), name) == 0;
}

/* The worker whose parentPort is port p (0: none). */
static uint32_t parent_port_of(Vm *vm, uint32_t p) {
  uint32_t all = hw_thread_list(vm);
  for (uint32_t i = 1; all && p && i < list_len(vm, all); i++) {
    uint32_t th = val_obj_idx(get(vm, all, i));
    Value wt = get(vm, get_obj(vm, th, TH_HW), HW_WT), pp = VAL_UNDEF;
    if (val_is_obj(wt)) obj_get_own(vm, val_obj_idx(wt), bi_str(vm, "parentPort"), &pp);
    if (val_is_obj(pp) && val_obj_idx(pp) == p) return i;
  }
  return 0;
}

/* The worker whose internal port (its own end) is p (0: none). */
static uint32_t kport_of(Vm *vm, uint32_t p) {
  uint32_t all = hw_thread_list(vm);
  for (uint32_t i = 1; all && p && i < list_len(vm, all); i++)
    if (get_obj(vm, val_obj_idx(get(vm, all, i)), TH_KPORT) == p) return i;
  return 0;
}

/* ticktock explain: what delivering item on port p means. */
static void delivery_event(Vm *vm, uint32_t p, Value item, HostEvent *ev) {
  uint32_t peer = get_obj(vm, p, PD_PEER), w;
  ev->id = p;
  ev->msg = HM_PORT;
  if ((w = kport_of(vm, p))) { /* the worker's own end of its internal channel */
    ev->peer = w;
    ev->msg = msg_type_is(vm, item, "load") ? HM_LOAD : HM_ACK;
  } else if ((w = kport_of(vm, peer))) { /* the parent's end */
    ev->peer = w;
    ev->msg = msg_type_is(vm, item, "online") ? HM_ONLINE : msg_type_is(vm, item, "stdio") ? HM_STDIO : HM_ERROR;
  } else if ((w = parent_port_of(vm, p))) {
    ev->peer = w;
    ev->msg = HM_PARENT;
  } else if ((w = parent_port_of(vm, peer))) {
    ev->peer = w;
    ev->msg = HM_WORKER;
  }
}

/* One step of the pass: handles a finished child, delivers one message, or
 * moves on to the next port (a step of its own, so other threads may post
 * in between); at the end the poll phase goes on. */
/* Finished children whose end is in flight: the reader may take one now
 * (option k >= 1: the k-th such child, by thread id) or not yet (0).
 * Returns whether an end is now visible. */
static bool take_exit(Vm *vm) {
  uint32_t hw = hw_rec(vm, false), me = hw_cur_thread(vm);
  if (list_len(vm, get_obj(vm, hw, HW_EXITS))) return true;
  uint32_t all = hw_thread_list(vm), senders[64], pos[64], n = 0;
  for (uint32_t i = 1; me && all && i < list_len(vm, all) && n < 64; i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = hp_outbox_find(vm, s, hp_exit_for, me);
    if (at >= 0) senders[n] = s, pos[n++] = (uint32_t)at;
  }
  if (!n) return false;
  int32_t c = read_choice(vm, senders, pos, n);
  if (c < 0) return false;
  hp_publish_through(vm, senders[c], pos[c]);
  return true;
}

bool hp_pass_step(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, true);
  double at = get_num(vm, hw, HW_PASS);
  if (at < 0) {
    if (take_exit(vm)) return join_child(vm, host, res);
    set(vm, hw, HW_PASS, val_num(0));
    return false;
  }
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  if (at >= list_len(vm, ports)) {
    hn_set_state(vm, LS_POLL);
    return false;
  }
  uint32_t p = val_obj_idx(get(vm, ports, (uint32_t)at));
  unsigned f = hp_flags(vm, p);
  uint32_t q = get_obj(vm, p, PD_QUEUE);
  bool draining = get(vm, hw, HW_DELIVERED) == VAL_TRUE;
  uint32_t pos, sender;
  if ((f & PF_STARTED) && !(f & PF_CLOSED) && list_len(vm, q) == 0 && (sender = hp_in_flight(vm, hp_for_port, p, &pos)) &&
      read_choice(vm, &sender, &pos, 1) == 0)
    hp_publish_through(vm, sender, pos); /* the next message arrives before the port is left */
  if (!(f & PF_STARTED) || list_len(vm, q) == 0 || ((f & PF_CLOSED) && !draining)) {
    set(vm, hw, HW_PASS, val_num(at + 1));
    set(vm, hw, HW_DELIVERED, VAL_FALSE);
    return false;
  }
  set(vm, hw, HW_DELIVERED, VAL_TRUE);
  Value item = list_shift(vm, q);
  if (is_close_notice(vm, item)) {
    hp_port_close(vm, p);
    return false;
  }
  Value args[2] = {val_obj(p), item};
  if (host->trace) {
    HostEvent ev = {.kind = HE_MESSAGE};
    delivery_event(vm, p, item, &ev);
    host->trace(host->trace_ctx, vm, &ev);
  }
  hn_callback(vm, host, res, realm_hook(vm, "portDeliver"), VAL_UNDEF, args, 2);
  return true;
}

/* --- the close-callbacks phase ------------------------------------------------------------------- */

bool hp_closing(Vm *vm) {
  uint32_t hw = hw_rec(vm, false);
  return hw && list_len(vm, get_obj(vm, hw, HW_CLOSING)) > 0;
}

void hp_unlist(Vm *vm, uint32_t hw, uint32_t p) {
  uint32_t ports = get_obj(vm, hw, HW_PORTS);
  for (uint32_t i = 0; i < list_len(vm, ports); i++)
    if (val_obj_idx(get(vm, ports, i)) == p) {
      heap_data_remove(HV, ports, i, 1);
      return;
    }
}

/* Emits one due 'close' event (closed ports leave the realm's list). */
bool hp_close_step(Vm *vm, Host *host, HostResult *res) {
  uint32_t hw = hw_rec(vm, false);
  uint32_t closing = hw ? get_obj(vm, hw, HW_CLOSING) : 0;
  if (!closing || !list_len(vm, closing)) {
    hn_set_state(vm, LS_ITERATION);
    return false;
  }
  Value p = list_shift(vm, closing);
  hp_unlist(vm, hw, val_obj_idx(p));
  if (host->trace) {
    HostEvent ev = {.kind = HE_CLOSE, .id = val_obj_idx(p)};
    host->trace(host->trace_ctx, vm, &ev);
  }
  hn_callback(vm, host, res, realm_hook(vm, "portClose"), VAL_UNDEF, &p, 1);
  return true;
}

/* The oldest message in sender's outbox becomes visible. */
void hp_publish(Vm *vm, uint32_t sender) {
  uint32_t m = val_obj_idx(list_shift(vm, get_obj(vm, sender, TH_OUTBOX)));
  int kind = msg_kind(vm, m);
  uint32_t dest = get_obj(vm, m, MS_DEST);
  if (kind == M_EXIT) {
    if (hw_status(vm, dest) < ST_ENDING)
      list_push(vm, get_obj(vm, get_obj(vm, dest, TH_HW), HW_EXITS), get(vm, m, MS_VALUE));
  } else if (kind == M_TERMINATE) {
    hw_stop_thread(vm, dest);
  } else {
    uint32_t to = hw_thread_by_id(vm, get_num(vm, dest, PD_OWNER));
    if (to && hw_status(vm, to) < ST_ENDING) heap_data_push(HV, get_obj(vm, dest, PD_QUEUE), get(vm, m, MS_VALUE));
  }
}

/* In the poll phase with nothing visible but messages in flight for this
 * realm, a poll that does not block may take one now (option k: from the
 * k-th sender) or see nothing (0).  A poll that would block waits instead:
 * the scheduler wakes the thread. */
void hp_poll_arrivals(Vm *vm, bool block) {
  uint32_t th = hw_cur_thread(vm);
  if (!th || block || hp_pass_ready(vm)) return;
  uint32_t hw = hw_rec(vm, false);
  if (get(vm, hw, HW_PASSED) == VAL_TRUE) return;
  uint32_t all = hw_thread_list(vm), senders[64], pos[64], n = 0;
  for (uint32_t i = 0; i < list_len(vm, all) && n < 64; i++) {
    uint32_t s = val_obj_idx(get(vm, all, i));
    int64_t at = hp_outbox_find(vm, s, hp_wakes, th);
    if (at >= 0) senders[n] = s, pos[n++] = (uint32_t)at;
  }
  if (!n) return;
  int32_t c = read_choice(vm, senders, pos, n);
  if (c >= 0) hp_publish_through(vm, senders[c], pos[c]);
}

/* --- port natives ----------------------------------------------------------------------------------- */

/* $portPair(): two entangled ports of the current realm (a MessageChannel). */
NATIVE(nat_port_pair) {
  NATIVE_UNUSED();
  uint32_t hw = hw_rec(vm, true);
  double id = hw_cur_id(vm);
  uint32_t a = hp_port_new(vm, id, 0, hw), b = hp_port_new(vm, id, 0, hw);
  hp_entangle(vm, a, b);
  Value r[2] = {val_obj(a), val_obj(b)};
  *out = val_obj(arr_from(vm, r, 2));
  return VS_OK;
}

/* $portPost(port, value): value is already a structured clone. */
NATIVE(nat_port_post) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!hp_is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0)), peer = get_obj(vm, p, PD_PEER);
  if ((hp_flags(vm, p) & PF_CLOSED) || !peer) return VS_OK;
  hp_send(vm, peer, ARG(1));
  return VS_OK;
}

/* $portFlag(port, flag, bool): start/stop (1), ref/unref (2); returns the
 * flag's value (bool undefined: only read it). */
NATIVE(nat_port_flag) {
  NATIVE_UNUSED();
  *out = VAL_FALSE;
  if (!hp_is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0));
  unsigned f = bi_num(vm, ARG(1)) == 2 ? PF_REFED : PF_STARTED;
  if (ARG(2) != VAL_UNDEF) hp_set_flag(vm, p, f, val_truthy(vm, ARG(2)));
  *out = val_bool((hp_flags(vm, p) & f) && !(hp_flags(vm, p) & PF_CLOSED));
  return VS_OK;
}

/* $portClose(port, silent): close(); silent (a Worker's ports when it
 * ended): no 'close' event, the port leaves its realm's list at once. */
NATIVE(nat_port_close) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!hp_is_port(vm, ARG(0))) return VS_OK;
  uint32_t p = val_obj_idx(ARG(0));
  if (!val_truthy(vm, ARG(1))) {
    hp_port_close(vm, p);
    return VS_OK;
  }
  hp_set_flag(vm, p, PF_CLOSED, true);
  uint32_t peer = get_obj(vm, p, PD_PEER), hw = owner_hw(vm, p);
  if (peer) set(vm, peer, PD_PEER, VAL_NULL);
  set(vm, p, PD_PEER, VAL_NULL);
  if (hw) hp_unlist(vm, hw, p);
  return VS_OK;
}

/* $portTake(port, all): the queued messages (all) or the first one as
 * [message] ([] when none), taken out of the queue. */
NATIVE(nat_port_take) {
  NATIVE_UNUSED();
  uint32_t arr = arr_new(vm, 0);
  *out = val_obj(arr);
  if (!hp_is_port(vm, ARG(0))) return VS_OK;
  uint32_t q = get_obj(vm, val_obj_idx(ARG(0)), PD_QUEUE);
  bool all = val_truthy(vm, ARG(1));
  while (list_len(vm, q)) {
    Value item = list_shift(vm, q);
    if (is_close_notice(vm, item)) continue;
    arr_push(vm, arr, item);
    if (!all) break;
  }
  return VS_OK;
}

/* --- structured clone helpers --------------------------------------------------------------------- */

/* $cloneKind(v): how the structured clone treats v: 'prim', 'array',
 * 'map', 'set', 'error', 'regexp', 'boxed', 'object', or 'uncloneable'. */
NATIVE(nat_clone_kind) {
  NATIVE_UNUSED();
  Value v = ARG(0);
  const char *k = "prim";
  if (val_is_sym(v)) k = "uncloneable";
  else if (val_is_obj(v)) {
    switch (heap_obj(HV, val_obj_idx(v))->kind) {
      case OK_ARRAY: k = "array"; break;
      case OK_MAP: k = "map"; break;
      case OK_SET: k = "set"; break;
      case OK_ERROR: k = "error"; break;
      case OK_BOXED: k = "boxed"; break;
      case OK_DATE: k = "object"; break; /* the prelude copies its time value */
      case OK_REGEXP: k = "regexp"; break;
      case OK_PLAIN: case OK_ARGUMENTS: k = heap_obj(HV, val_obj_idx(v))->aux == HOST_PORT ? "uncloneable" : "object"; break;
      default: k = "uncloneable"; break;
    }
  }
  *out = bi_str(vm, k);
  return VS_OK;
}

/* $cloneError(e): a new Error whose class is the one e's `name` names if
 * standard (else Error), with e's own message and its stack (V8's error
 * serialisation); the caller adds a cloned cause. */
NATIVE(nat_clone_error) {
  NATIVE_UNUSED();
  static const struct { const char *name; int proto; } std[] = {
      {"TypeError", INTR_TYPE_ERROR_PROTO}, {"RangeError", INTR_RANGE_ERROR_PROTO},
      {"ReferenceError", INTR_REFERENCE_ERROR_PROTO}, {"SyntaxError", INTR_SYNTAX_ERROR_PROTO}};
  uint32_t e = val_obj_idx(ARG(0)), proto = vm->intr[INTR_ERROR_PROTO];
  Value name = VAL_UNDEF, msg = VAL_UNDEF, stack = VAL_UNDEF;
  obj_lookup(vm, e, val_str(ATOM_name), &name);
  for (size_t i = 0; i < sizeof std / sizeof std[0] && val_is_str(name); i++)
    if (val_str_id(name) == str_cstr(vm->strs, std[i].name)) proto = vm->intr[std[i].proto];
  uint32_t c = heap_alloc(HV, OK_ERROR, proto, 4, ED__COUNT);
  for (uint32_t i = 0; i < ED__COUNT && i < heap_obj(HV, e)->ndata; i++) set(vm, c, i, get(vm, e, i));
  if (obj_lookup(vm, e, val_str(ATOM_stack), &stack) == LK_VALUE && val_is_str(stack))
    obj_define(vm, c, val_str(ATOM_stack), stack, PA_WRITABLE | PA_CONFIG);
  if (obj_get_own(vm, e, val_str(ATOM_message), &msg) == LK_VALUE && val_is_str(msg))
    obj_define(vm, c, val_str(ATOM_message), msg, PA_WRITABLE | PA_CONFIG);
  *out = val_obj(c);
  return VS_OK;
}

static const NativeDef port_defs[] = {
    {"$portPair", 0, NF_INTRINSIC, nat_port_pair},
    {"$portPost", 2, NF_INTRINSIC, nat_port_post},
    {"$portFlag", 3, NF_INTRINSIC, nat_port_flag},
    {"$portClose", 1, NF_INTRINSIC, nat_port_close},
    {"$portTake", 2, NF_INTRINSIC, nat_port_take},
    {"$cloneKind", 1, NF_INTRINSIC, nat_clone_kind},
    {"$cloneError", 1, NF_INTRINSIC, nat_clone_error},
};

const NativeModule bi_port_module = {"port", port_defs, sizeof port_defs / sizeof port_defs[0], NULL};
