#!/usr/bin/env bash
# check.sh BIN - command-line behaviour: exit codes, help and version on
# stdout, errors on stderr with nothing on stdout.  Prints
# "cli: N passed, M failed".
set -u
bin=${1:?usage: check.sh BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=tests/parse/ok/seed_job_queue.js

# expect EXIT STDOUT(empty|nonempty) STDERR-SUBSTRING -- ARGS...
expect() {
  local code=$1 out=$2 err=$3
  shift 4
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  local got_out=empty
  [ -s "$tmp/out" ] && got_out=nonempty
  local err_ok=0
  if [ -z "$err" ]; then [ -s "$tmp/err" ] || err_ok=1
  else grep -qF -- "$err" "$tmp/err" && err_ok=1; fi
  if [ $rc -eq "$code" ] && [ $got_out = "$out" ] && [ $err_ok = 1 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: ticktock $* -> exit $rc, stdout $got_out; stderr:"; head -3 "$tmp/err"
  fi
}

expect 0 nonempty "" -- --help
expect 0 nonempty "" -- -h
expect 0 nonempty "" -- --version
expect 0 nonempty "" -- parse --help
expect 0 empty "" -- parse "$ok"
expect 0 nonempty "" -- parse --ast "$ok"
expect 0 empty "" -- parse "$ok" tests/parse/ok/x15_tla_esm.mjs
expect 2 empty "ticktock: error: no command given" --
expect 2 empty "ticktock: error: no input file" -- parse
expect 2 empty "ticktock: error: unknown option '--bogus'" -- parse --bogus "$ok"
expect 2 empty "ticktock: error: unknown command 'bogus'" -- bogus
expect 2 empty "ticktock: error: cannot open 'nosuch.js'" -- parse nosuch.js
expect 2 empty "ticktock: error: cannot open 'nosuch.js'" -- parse --ast "$ok" nosuch.js
expect 2 empty "ticktock: error: cannot read 'tests': Is a directory" -- parse tests
expect 2 empty "1 error generated." -- parse --ast tests/parse/err/regex_unterminated_group.js
expect 2 empty "2 errors generated." -- parse tests/parse/err/regex_unterminated_group.js \
  tests/parse/err/unsupported_with.js
expect 2 empty "'x1' is not a witness" -- run --schedule x1 "$ok"
expect 2 empty "'y2' is not a witness (letters bprqstzw," -- explain --witness y2 "$ok"
# a witness that does not fit names the choice (not the character) it stopped at
q46=specs/interview/q46_timers_vs_immediates_mixed.js
expect 2 nonempty "(stopped at choice 7)" -- run --schedule b0s0b0b0b0b0b0b1 "$q46"
expect 2 nonempty "(stopped at choice 3)" -- run --schedule b0s0b5 "$q46"
expect 2 nonempty "(stopped at choice 2)" -- run --schedule b0p0 "$q46"
expect 2 empty "(stopped at choice 3)" -- explain --witness b0s0b5 "$q46"
expect 2 empty "25 errors generated." -- parse tests/parse/err/too_many_errors.js
expect 2 empty "note: 5 more errors not shown" -- parse tests/parse/err/too_many_errors.js
for cmd in run check graph fixture validate; do
  expect 0 nonempty "" -- $cmd --help
  expect 2 empty "ticktock: error: unknown option '--bogus'" -- $cmd --bogus "$ok"
  expect 2 empty "try 'ticktock $cmd --help' for more information" -- $cmd --bogus "$ok"
  expect 2 empty "ticktock: error: no input file" -- $cmd
  expect 2 empty "ticktock: error: cannot open 'nosuch.js': No such file or directory" -- $cmd nosuch.js
done
expect 2 empty "try 'ticktock run --help'" -- run nosuch.js
expect 2 empty "cannot open 'no/such/dir': No such file or directory" -- check no/such/dir
expect 2 empty "ticktock: error: unknown format 'xml'" -- check --format xml "$ok"
expect 2 empty "ticktock: error: -j needs a number of parallel jobs" -- check -j 0 "$ok"
expect 2 empty "ticktock: error: unknown finding kind 'bogus'" -- check --allow bogus "$ok"
expect 2 empty "ticktock: error: --max-states needs a non-negative number" -- check --max-states x "$ok"
expect 2 empty "ticktock: error: a directory needs --update" -- fixture tests/ci
expect 2 empty "ticktock: error: fixture takes one FILE" -- fixture "$ok" "$ok"
expect 0 nonempty "" -- check --allow deadlock --ideal-time --jitter 2 -j 2 "$ok"
expect 0 nonempty "" -- fixture "$ok"
# run stopped at a bound has no exit code of the program's: 3, as check's "incomplete"
expect 3 empty "exceeded --max-steps" -- run --max-steps 100000 tests/findings/bl_while_true.js
expect 3 empty "exceeded --max-drain" -- run --max-drain 1000 tests/findings/st_next_tick_loop.js
# something unmodelled reached at run time: an error at its place, no report
bc=tests/cli/data/broadcast_channel_later.js
expect 2 empty "$bc:6:3: error: unsupported: new BroadcastChannel('x') (reached when the program runs)" -- check "$bc"
expect 2 empty "unsupported: new BroadcastChannel" -- check --format json "$bc"
expect 2 empty "unsupported: new BroadcastChannel" -- fixture "$bc"
expect 2 nonempty "unsupported: new BroadcastChannel" -- run "$bc"
# ES modules: early errors of exports, imports ticktock does not model
d=tests/cli/data
expect 2 empty "$d/esm_export_undefined.mjs:2:13: error: Export 'nope' is not defined in module" -- run "$d/esm_export_undefined.mjs"
expect 2 empty "$d/esm_export_duplicate.mjs:2:10: error: Duplicate export of 'a'" -- run "$d/esm_export_duplicate.mjs"
expect 2 empty "$d/esm_export_default_twice.mjs:2:1: error: Identifier '.default' has already been declared" -- check "$d/esm_export_default_twice.mjs"
expect 2 empty "$d/esm_import_redeclared.mjs:2:5: error: Identifier 'once' has already been declared" -- run "$d/esm_import_redeclared.mjs"
expect 2 empty "$d/esm_import_http.mjs:2:18: error: unsupported: import from 'node:http' (ticktock does not model this module)" -- run "$d/esm_import_http.mjs"
expect 2 empty "$d/esm_import_file.mjs:2:19: error: unsupported: import of another file './other.mjs' (ticktock checks one file at a time)" -- check "$d/esm_import_file.mjs"
expect 2 empty "$d/esm_import_unmodelled_name.mjs:2:10: error: unsupported: import { EventEmitterAsyncResource } from 'events'" -- run "$d/esm_import_unmodelled_name.mjs"
expect 2 empty "unsupported: import { EventEmitterAsyncResource } from 'events'" -- check "$d/esm_import_unmodelled_name.mjs"
# a link error (missing export) prints node's whole stderr, underline included
(cd tests/run && "$bin" run esm_link_error.mjs 2>&1 >/dev/null) | sed "s|$PWD/tests/run|<dir>|g" >"$tmp/link"
if cmp -s "$tmp/link" tests/run/esm_link_error.err; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: link error stderr differs from node's:"; diff tests/run/esm_link_error.err "$tmp/link" | head -5
fi
# CI mode: one output that prints an unknown Math.random() value is not "deterministic"
if "$bin" check specs/interview/q57_print_random.js "$ok" 2>/dev/null |
   grep -qF 'PASS  specs/interview/q57_print_random.js: one output, its text value-dependent'; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: check's summary line calls a value-dependent output deterministic"
fi
if [ "$(id -u)" != 0 ]; then # root reads any directory
  mkdir "$tmp/locked" && chmod 000 "$tmp/locked"
  expect 2 empty "cannot read directory '$tmp/locked'" -- check "$tmp/locked"
  chmod 755 "$tmp/locked"
fi
# --stack-limit holds in every explored state, not only the first (regression)
"$bin" check --format json --stack-limit 5 tests/validate/deep_recursion.js >"$tmp/out" 2>&1
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["outputs"][0]["exit_code"] != 1)' "$tmp/out"; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: check --stack-limit 5 does not predict the stack overflow"
fi
# command-line options win over pragmas: the pragma's ideal time gives one output,
# --jitter 1 --first-timer-stall 8 on the command line two
if "$bin" check --format json --jitter 1 --first-timer-stall 8 tests/pragma/ok/ideal_time.js 2>/dev/null |
   python3 -c 'import json,sys; sys.exit(json.load(sys.stdin)["output_count"] != 2)'; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: command-line time model options do not override the ideal-time pragma"
fi
if [ "$("$bin" --version)" = "ticktock $(sed -n 's/^VERSION *:= *//p' Makefile)" ]; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: --version does not print the Makefile's VERSION"
fi
# stdout and stderr written to one file interleave as node writes them
# (tests/cli/data/interleave.out was recorded with `node interleave.js >out 2>&1`)
if "$bin" run tests/cli/data/interleave.js >"$tmp/both" 2>&1 && cmp -s "$tmp/both" tests/cli/data/interleave.out; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: run's stdout and stderr lines in one file are not in node's order"
fi
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
