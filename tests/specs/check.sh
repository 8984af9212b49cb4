#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - the example specs (specs/seed, specs/interview): each
# deterministic spec (NAME.out) runs as `BIN run NAME.js` and must match node's output.
# Specs with a "// PRELUDE: fetch" header were recorded under tools/prelude.js; ticktock
# models fetch natively from the same //@ pragmas, so they run the same way.
# Nondeterministic specs (NAME.outs) are left to the explorer tests.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/../lib/check-lib.sh"
shopt -s nullglob
tt_check_main specs exact "$here/known-differences.txt" "$@" -- \
  "$root"/specs/*/*.js "$root"/specs/*/*.mjs
