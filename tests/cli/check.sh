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
expect 2 empty "1 error generated." -- parse --ast tests/parse/err/unsupported_regex.js
expect 2 empty "2 errors generated." -- parse tests/parse/err/unsupported_regex.js \
  tests/parse/err/unsupported_with.js
expect 2 empty "'x1' is not a witness" -- run --schedule x1 "$ok"
expect 2 empty "25 errors generated." -- parse tests/parse/err/too_many_errors.js
expect 2 empty "note: 5 more errors not shown" -- parse tests/parse/err/too_many_errors.js
if [ "$("$bin" --version)" = "ticktock $(sed -n 's/^VERSION *:= *//p' Makefile)" ]; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: --version does not print the Makefile's VERSION"
fi
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
