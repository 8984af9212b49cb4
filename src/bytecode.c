/* bytecode.c - opcode tables, source positions and the disassembler. */
#include "bytecode.h"

#include <inttypes.h>

const char *const op_names[OP__COUNT] = {
#define TT_OP_NAME(name, n) #name,
    OPCODES(TT_OP_NAME)
#undef TT_OP_NAME
};

const uint8_t op_operands[OP__COUNT] = {
#define TT_OP_N(name, n) n,
    OPCODES(TT_OP_N)
#undef TT_OP_N
};

LineEntry proto_pos(const FuncProto *f, uint32_t pc) {
  LineEntry best = {0, 0, 0};
  for (uint32_t i = 0; i < f->nlines && f->lines[i].pc <= pc; i++) best = f->lines[i];
  return best;
}

void prog_disasm(FILE *out, const Program *p, const FuncProto *f) {
  fprintf(out, "function #%u %s (params %u, locals %u, cost %u)\n", f->id,
          str_cstr_tmp(p->strs, f->name), f->nparams, f->nlocals, f->stack_cost);
  for (uint32_t pc = 0; pc < f->ncode;) {
    uint32_t op = f->code[pc];
    fprintf(out, "  %5u  %s", pc, op < OP__COUNT ? op_names[op] : "???");
    uint32_t n = op < OP__COUNT ? op_operands[op] : 0;
    for (uint32_t i = 1; i <= n && pc + i < f->ncode; i++) fprintf(out, " %" PRIu32, f->code[pc + i]);
    fputc('\n', out);
    pc += 1 + n;
  }
  for (uint32_t i = 0; i < f->nexc; i++)
    fprintf(out, "  handler [%u, %u) -> %u depth %u%s\n", f->exc[i].start, f->exc[i].end, f->exc[i].handler,
            f->exc[i].depth, f->exc[i].finally ? " finally" : "");
}
