/* bytecode.h - the compiled form of a program: function prototypes holding
 * stack-machine code.
 *
 * Code is an array of 32-bit words: an opcode word followed by its operand
 * words (the count is fixed per opcode, see OPCODES).  Stack effects are
 * written `before -> after`, top of stack on the right.
 *
 * A Program and its FuncProtos are immutable after compilation, except for
 * the per-instruction property caches (pure optimisation, never observable),
 * and are shared by every machine state that runs the program.  Ownership:
 * the Program owns its prototypes (prog_free).
 */
#ifndef TT_BYTECODE_H
#define TT_BYTECODE_H

#include <stdint.h>
#include <stdio.h>

#include "ast.h"
#include "str.h"
#include "value.h"

/* X(name, operand count) */
#define OPCODES(X)                                                            \
  /* constants */                                                             \
  X(UNDEF, 0)     /* -> undefined */                                          \
  X(NULL, 0)      /* -> null */                                               \
  X(TRUE, 0)      /* -> true */                                               \
  X(FALSE, 0)     /* -> false */                                              \
  X(INT, 1)       /* -> int32 operand as number */                            \
  X(CONST, 1)     /* -> proto->consts[k] */                                   \
  X(STR, 1)       /* -> string id */                                          \
  X(THIS, 0)      /* -> this of the running frame */                          \
  X(INTRINSIC, 1) /* -> intrinsic k (prelude code only) */                    \
  /* stack */                                                                 \
  X(POP, 0)  /* a -> */                                                       \
  X(DUP, 0)  /* a -> a a */                                                   \
  X(DUP2, 0) /* a b -> a b a b */                                             \
  X(SWAP, 0) /* a b -> b a */                                                 \
  X(ROT3, 0) /* a b c -> c a b */                                             \
  X(ROT4, 0) /* a b c d -> d a b c */                                         \
  X(PICK, 1) /* copies the n-th value below the top (0 = top) */              \
  X(UNINIT, 0) /* -> the TDZ marker (initialises let/const slots) */          \
  /* variables */                                                             \
  X(GET_LOCAL, 1)      /* -> locals[i] */                                     \
  X(SET_LOCAL, 1)      /* v -> v ; locals[i] = v */                           \
  X(GET_LOCAL_CHK, 2)  /* -> locals[i]; ReferenceError in TDZ (name) */       \
  X(SET_LOCAL_CHK, 2)  /* v -> v; ReferenceError in TDZ */                    \
  X(GET_ENV, 2)        /* -> env(depth)[i] */                                 \
  X(SET_ENV, 2)        /* v -> v */                                           \
  X(GET_ENV_CHK, 3)    /* depth i name */                                     \
  X(SET_ENV_CHK, 3)                                                           \
  X(GET_GLOBAL, 1)     /* -> global name, ReferenceError if absent */         \
  X(SET_GLOBAL, 1)     /* v -> v (creates the global in sloppy code) */       \
  X(TYPEOF_GLOBAL, 1)  /* -> typeof global name (no ReferenceError) */        \
  X(CONST_ERR, 1)      /* throws TypeError: Assignment to constant variable */\
  X(PUSH_ENV, 1)       /* new env with n slots becomes current */            \
  X(POP_ENV, 0)        /* current env = its parent */                         \
  X(COPY_ENV, 0)       /* current env = copy of it (per-iteration let) */     \
  X(SAVE_ENV, 1)       /* locals[i] = current env */                          \
  X(RESTORE_ENV, 1)    /* current env = locals[i] */                          \
  /* objects and properties */                                                \
  X(OBJECT, 0)         /* -> {} */                                            \
  X(ARRAY, 1)          /* e0..en-1 -> [e0..en-1] */                           \
  X(ARRAY_PUSH, 0)     /* arr v -> arr */                                     \
  X(ARRAY_HOLE, 0)     /* arr -> arr (appends a hole) */                      \
  X(ARRAY_SPREAD, 2)   /* arr iterable -> arr (fast path or iterator);        \
                          operands: error text (see GET_ITER), 1 in a call */ \
  X(GET_PROP, 1)       /* obj -> obj.name */                                  \
  X(GET_METHOD, 1)     /* obj -> obj.name obj */                              \
  X(SET_PROP, 1)       /* obj v -> v */                                       \
  X(GET_ELEM, 0)       /* obj key -> obj[key] */                              \
  X(GET_METHOD_ELEM, 0)/* obj key -> obj[key] obj */                          \
  X(SET_ELEM, 0)       /* obj key v -> v */                                   \
  X(DELETE_PROP, 1)    /* obj -> bool */                                      \
  X(DELETE_ELEM, 0)    /* obj key -> bool */                                  \
  X(DEFINE_PROP, 1)    /* obj v -> obj (data property, no setters) */         \
  X(DEFINE_ELEM, 0)    /* obj key v -> obj */                                 \
  X(DEFINE_METHOD, 2)  /* obj key fn -> obj; operand: kind (0 method, 1 get,  \
                          2 set), enumerable */                               \
  X(OBJ_SPREAD, 0)     /* obj src -> obj */                                   \
  X(OBJ_REST, 1)       /* src excluded-keys-array -> copy (n unused) */       \
  X(GET_SUPER, 1)      /* this -> super.name (home object's proto) */         \
  X(GET_SUPER_ELEM, 0) /* this key -> super[key] */                           \
  X(SET_SUPER_ELEM, 0) /* this key v -> v: super[key] = v */                  \
  X(TO_PROPKEY, 0)     /* v -> property key (string or symbol) */             \
  X(REQUIRE_OBJ, 2)    /* v -> v; TypeError when v is null or undefined;      \
                          operands: text of the value (0: V8's fallback,    \
                          UINT32_MAX: a plain read error), first key or 0 */ \
  /* calls */                                                                 \
  X(CALL, 2)           /* fn this a0..an-1 -> result; operands argc, callee  \
                          text (string id or 0, for error messages) */                      \
  X(CALL_SPREAD, 1)    /* fn this argsArray -> result; callee text */         \
  X(NEW, 2)            /* ctor a0..an-1 -> object; argc, callee text */                         \
  X(NEW_SPREAD, 1)     /* ctor argsArray -> object; callee text */            \
  X(SUPER_CALL, 1)     /* a0..an-1 -> this (derived constructor) */          \
  X(SUPER_CALL_SPREAD, 0) /* argsArray -> this */                             \
  X(RETURN, 0)         /* v -> (returns from the frame) */                    \
  X(CLOSURE, 1)        /* -> new closure of proto k over the current env */   \
  X(CLASS, 2)          /* heritage -> ctor proto-object; operand: ctor proto, \
                          has-heritage */                                     \
  X(INIT_FIELDS, 0)    /* runs the class field initialiser on this */        \
  X(STORE_FIELDS, 0)   /* obj v -> obj: obj's FD_FIELDS = v (a class: its    \
                          fields fn; a fields fn: its computed keys, an array \
                          evaluated with the class) */                        \
  X(FIELD_KEY, 1)      /* -> computed key k of the running fields fn */      \
  X(PRIV_NAME, 2)      /* -> a new private name; operands: "#x", class name  \
                          (0: anonymous)  (vm_priv.c) */                    \
  X(PRIV_METHOD, 2)    /* home name fn -> home: fn is the name's method;    \
                          operands: kind (0 method, 1 get, 2 set), static */ \
  X(PRIV_BRAND, 0)     /* obj name -> obj: adds the name's method to obj */ \
  X(PRIV_FIELD, 0)     /* obj name v -> obj: defines private field */       \
  X(SET_HOME, 0)       /* obj fn -> obj fn (fn's home object = obj) */        \
  X(SET_FN_NAME, 1)    /* fn -> fn; names an anonymous fn (0: from key on    \
                          stack below: key fn -> key fn; FN_NAME_GET_KEY,   \
                          FN_NAME_SET_KEY: "get "/"set " and the key) */     \
  X(REST, 1)           /* -> array of arguments from index i on */            \
  X(ARGUMENTS, 0)      /* -> arguments object */                              \
  X(NEW_TARGET, 0)     /* -> new.target */                                    \
  X(CALLEE, 0)         /* -> the running function (a named function         \
                          expression's own name binding) */                  \
  /* operators */                                                             \
  X(ADD, 0) X(SUB, 0) X(MUL, 0) X(DIV, 0) X(MOD, 0) X(EXP, 0)                 \
  X(BITAND, 0) X(BITOR, 0) X(BITXOR, 0) X(SHL, 0) X(SHR, 0) X(USHR, 0)        \
  X(EQ, 0) X(NE, 0) X(SEQ, 0) X(SNE, 0) X(LT, 0) X(LE, 0) X(GT, 0) X(GE, 0)   \
  X(IN, 0) X(INSTANCEOF, 0)                                                   \
  X(NEG, 0) X(PLUS, 0) X(NOT, 0) X(BITNOT, 0) X(TYPEOF, 0)                    \
  X(INC, 0) X(DEC, 0)   /* numeric v -> v+1 / v-1 */                          \
  X(TO_NUMERIC, 0)      /* v -> ToNumeric(v) */                               \
  X(TO_STRING, 0)       /* v -> ToString(v) (template substitution) */       \
  X(CONCAT, 1)          /* s0..sn-1 (strings) -> joined */                    \
  /* control */                                                               \
  X(JUMP, 1)            /* pc = target */                                     \
  X(JUMP_IF_FALSE, 1)   /* v -> */                                            \
  X(JUMP_IF_TRUE, 1)    /* v -> */                                            \
  X(JUMP_IF_FALSE_KEEP, 1) /* v -> v (popped unless jumping) */               \
  X(JUMP_IF_TRUE_KEEP, 1)                                                     \
  X(JUMP_IF_NOT_NULLISH_KEEP, 1) /* v -> v if not nullish (jump) else -> */   \
  X(JUMP_IF_NULLISH, 1) /* v -> v; if nullish: pop, push undefined, jump */   \
  X(JUMP_IF_UNDEF_KEEP, 1) /* v -> v, jump if v is not undefined, else pop */ \
  X(THROW, 0)           /* v -> (throws) */                                   \
  X(THROW_REF, 1)       /* throws ReferenceError/TypeError k (see vm.c) */    \
  X(RETHROW, 0)         /* v -> (rethrows, keeps a return signal) */          \
  X(DEBUGGER, 0)                                                              \
  /* iteration: an iterator lives in two locals, it (the iterator, set to  \
     undefined once exhausted) and it+1 (its next method) */               \
  X(GET_ITER, 2)        /* obj -> ; locals[it], locals[it+1] = iterator;    \
                           operand 2: what "... is not iterable" names (a   \
                           string id; 0: V8's fallback text) */             \
  X(GET_ASYNC_ITER, 2)  /* obj -> ; async iterator (or async-from-sync) */  \
  X(ITER_NEXT, 1)       /* -> value done */                                 \
  X(ITER_NEXT_RAW, 1)   /* -> result (for await: the promise) */            \
  X(ITER_UNPACK, 0)     /* result -> value done (TypeError if no object) */ \
  X(ITER_CLOSE, 1)      /* calls iterator.return() if any */                \
  X(ITER_CLOSE_QUIET, 1)/* ditto, errors ignored (exception cleanup) */     \
  X(ITER_CLOSE_ASYNC, 2)/* -> result of return(), or jump to operand 2 when \
                           there is no return method */                    \
  X(ITER_DONE, 1)       /* locals[it] = undefined (exhausted) */            \
  X(FOR_IN_START, 0)    /* obj -> keys-iterator */                          \
  X(FOR_IN_NEXT, 0)     /* it -> it key done */                             \
  /* functions that suspend */                                                \
  X(AWAIT, 0)           /* v -> resolved value (suspends) */                  \
  X(YIELD, 0)           /* v -> value sent by next() (suspends) */            \
  X(GEN_START, 0)       /* generator: suspend after parameter setup */      \
  X(ASYNC_GEN_YIELD, 0) /* v -> sent value (async generator yield) */         \
  X(TEMPLATE, 1)        /* -> frozen strings array for tagged template k */   \
  X(NOP, 0)

typedef enum Opcode {
#define TT_OP_ENUM(name, n) OP_##name,
  OPCODES(TT_OP_ENUM)
#undef TT_OP_ENUM
  OP__COUNT
} Opcode;

extern const char *const op_names[OP__COUNT];
extern const uint8_t op_operands[OP__COUNT];

/* SET_FN_NAME operands naming an accessor after the key on the stack
 * (macros: C11 enumerators must fit an int) */
#define FN_NAME_GET_KEY (UINT32_MAX - 1u)
#define FN_NAME_SET_KEY (UINT32_MAX - 2u)

/* THROW_REF operand kinds */
enum { TR_TDZ_THIS, TR_SUPER_TWICE, TR_NOT_CTOR_RETURN, TR_CLASS_CALL };

/* Kinds of function (FuncProto.kind) */
typedef enum FuncKind {
  FK_NORMAL, FK_ARROW, FK_METHOD, FK_GETTER, FK_SETTER, FK_CLASS_CTOR,
  FK_DERIVED_CTOR, FK_SCRIPT, FK_FIELDS /* class field initialiser */
} FuncKind;

/* FuncProto.flags */
enum {
  FPF_ASYNC = 1, FPF_GENERATOR = 2, FPF_STRICT = 4, FPF_USES_ARGS = 8,
  FPF_HAS_REST = 16, FPF_PRELUDE = 32, FPF_HIDDEN = 64 /* not in stack traces */,
  FPF_MODULE = 128,
  FPF_STATIC_BLOCK = 256 /* a class static block: V8 shows its caller's frame */
};

/* An exception handler covering code [start, end). */
typedef struct ExcEntry {
  uint32_t start, end, handler;
  uint16_t depth;   /* nesting depth; larger = inner */
  uint16_t finally; /* 1: catches return signals too (finally/cleanup) */
} ExcEntry;

/* pc -> source position (entries sorted by pc). */
typedef struct LineEntry {
  uint32_t pc;
  uint32_t line, col;
} LineEntry;

typedef struct FuncProto {
  uint32_t id;
  uint8_t kind;
  uint16_t flags;
  uint32_t name;     /* string id ("" for anonymous) */
  uint32_t nparams;  /* formal parameters bound from arguments */
  uint32_t length;   /* the function's .length */
  uint32_t nlocals;  /* stack locals including parameters */
  uint32_t maxstack; /* operand stack bound */
  uint32_t stack_cost; /* bytes charged against the simulated native stack */
  uint32_t *code;
  uint32_t ncode;
  Value *consts;
  uint32_t nconsts;
  ExcEntry *exc;
  uint32_t nexc;
  LineEntry *lines;
  uint32_t nlines;
  SrcSpan span;      /* the function's source text */
  uint32_t *caches;  /* per-instruction property cache (index by pc) */
} FuncProto;

typedef struct Program {
  FuncProto **protos;
  uint32_t nprotos, cap;
  uint32_t main;     /* proto id of the script body */
  StrTab *strs;      /* shared; not owned */
  char *file;        /* as given by the user */
  char *abspath;     /* absolute path, for __filename and stack traces */
  char *source;      /* source text (owned), for error display */
  size_t source_len;
  uint32_t *templates; /* proto-independent tagged-template sites */
  /* protos [0, nimage) came from the prelude image (prelude_image.h): their
   * structs and caches are two blocks, their code and tables the image's
   * read-only data */
  uint32_t nimage;
  FuncProto *image_protos;
  uint32_t *image_caches;
} Program;

void prog_free(Program *p);
void prog_disasm(FILE *out, const Program *p, const FuncProto *f);
/* Source position of pc in f (line 0 if unknown). */
LineEntry proto_pos(const FuncProto *f, uint32_t pc);

#endif
