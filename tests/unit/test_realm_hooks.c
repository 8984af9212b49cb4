/* test_realm_hooks.c - realm_hook and the native $intrinsics answer through
 * a cache of the hooks record's slots: every answer must be what a plain
 * lookup gives, also for names built in one reused buffer (the cache is
 * keyed by text, not address) and after the record changed. */
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "obj.h"
#include "realm.h"
#include "tt_test.h"

static Value plain_hook(Vm *vm, const char *name) {
  Value v = VAL_UNDEF;
  obj_get_own(vm, vm->intr[INTR_PRELUDE_HOOKS], val_cstr(vm, name), &v);
  return v;
}

static void test_hooks_cached_exactly(void) {
  Engine e;
  DiagList d;
  diag_init(&d);
  CU_ASSERT_FATAL(engine_load_text(&e, "a.js", "/a.js", "", 0, false, &d));
  diag_free(&d);
  Vm *vm = engine_realm(&e);
  CU_ASSERT_FATAL(vm != NULL);
  static const char *const names[] = {"joinSlow", "objectToString", "resolveThenGetter", "stringOf", "nope"};
  char buf[32];
  for (int round = 0; round < 3; round++)
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
      snprintf(buf, sizeof buf, "%s", names[i]); /* one address, changing text */
      CU_ASSERT_EQUAL(realm_hook(vm, buf), plain_hook(vm, names[i]));
    }
  CU_ASSERT_NOT_EQUAL(realm_hook(vm, "joinSlow"), VAL_UNDEF);
  CU_ASSERT_EQUAL(realm_hook(vm, "nope"), VAL_UNDEF);
  /* a changed record: the cached slot no longer holds the key */
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  Value before = realm_hook(vm, "stringOf");
  int32_t slot = heap_prop_find(&vm->heap, hooks, val_cstr(vm, "stringOf"));
  CU_ASSERT_FATAL(slot >= 0);
  heap_prop_remove(&vm->heap, hooks, (uint32_t)slot);
  CU_ASSERT_EQUAL(realm_hook(vm, "stringOf"), VAL_UNDEF);
  obj_define(vm, hooks, val_cstr(vm, "stringOf"), before, 0);
  CU_ASSERT_EQUAL(realm_hook(vm, "stringOf"), before);
  /* intrinsics: "$setHook" is one; its function is kept under "%<code>" */
  uint32_t k = realm_intrinsic_lookup("setHook");
  CU_ASSERT_FATAL(k != UINT32_MAX);
  Value fn = realm_intrinsic_value(vm, k);
  CU_ASSERT_TRUE(val_is_obj(fn));
  CU_ASSERT_EQUAL(realm_intrinsic_value(vm, k), fn);
  vm_free(vm);
  engine_free(&e);
}

void suite_realm_hooks(void);
void suite_realm_hooks(void) { TT_ADD_SUITE("realm_hooks", TT_TEST(test_hooks_cached_exactly)); }
