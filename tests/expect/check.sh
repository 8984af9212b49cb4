#!/usr/bin/env bash
# check.sh [-v] BIN - the specs' own expectations: `BIN check specs/` (every spec's
# //@ pragmas and NAME.expected fixture) must pass, except the specs listed in
# expected-failures.txt (NAME  reason), which must still fail; and every fixture
# must agree with node's recordings (tests/lib/fixtures_agree.py).
# Prints "expect: N passed, M failed (...)"; exits 1 on any failure.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
v=""; [ "${1:-}" = -v ] && { v=-v; shift; }
bin=${1:?usage: check.sh [-v] BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$root" || exit 1
exec python3 "$here/expect.py" $v "$bin" "$here/expected-failures.txt" specs
