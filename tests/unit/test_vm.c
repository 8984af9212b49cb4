/* test_vm.c - machine copies and their buffers: a restored machine keeps
 * its own fact buffer, empty (facts belong to one transition), and shares
 * no buffer with the machine it was restored from.  (vm_restore took the
 * source's buffer and leaked its own, once per explored transition: found
 * by fuzz_engine under LeakSanitizer.) */
#include <string.h>

#include "engine.h"
#include "tt_test.h"

static const char prog[] = "setTimeout(() => console.log('a'), 1);\n";

static void test_restore_facts(void) {
  Engine e;
  DiagList d;
  diag_init(&d);
  CU_ASSERT_FATAL(engine_load_text(&e, "t.js", "/t/t.js", prog, sizeof prog - 1, false, &d));
  diag_free(&d);
  Vm *base = engine_realm(&e);
  CU_ASSERT_FATAL(base != NULL);
  Vm *pre = vm_clone(base), *w = vm_clone(base);
  pre->record_facts = w->record_facts = true;
  vm_fact(pre, "P\tfrom pre");
  for (int i = 0; i < 3; i++) {
    vm_fact(w, "W\tfact %d", i);
    const char *own = w->facts.data;
    CU_ASSERT(own != NULL);
    vm_restore(w, pre, base->heap.nslot);
    CU_ASSERT_EQUAL(w->facts.len, 0);
    CU_ASSERT(w->facts.data == own); /* its own buffer, kept */
    CU_ASSERT(w->facts.data != pre->facts.data);
  }
  CU_ASSERT(pre->facts.data && strcmp(pre->facts.data, "P\tfrom pre\n") == 0);
  vm_free(w);
  vm_free(pre);
  vm_free(base);
  engine_free(&e);
}

extern void suite_vm(void); /* called by the runner (main.c) */
void suite_vm(void) { TT_ADD_SUITE("vm", TT_TEST(test_restore_facts)); }
