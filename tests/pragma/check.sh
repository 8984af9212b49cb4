#!/usr/bin/env bash
# check.sh [-v] BIN [--update] - pragmas and expectations (run from the repository root,
# so reports name files by relative paths):
#   ok/NAME.js     every pragma accepted and honoured: `check` exits 0
#   fail/NAME.js   violated expectations: `check --no-stats` exits 1 and prints NAME.out
#   err/NAME.js    malformed pragmas: `check` and `run` exit 2, print nothing on
#                  stdout and NAME.err on stderr (err/check_NAME.js: `check` only,
#                  for what only check reads: fixtures)
# --update rewrites the golden NAME.out / NAME.err files from BIN (review the diff).
# Prints "pragma: N passed, M failed"; exits 1 on failure.
set -u
v=0; [ "${1:-}" = -v ] && { v=1; shift; }
bin=${1:?usage: check.sh [-v] BIN [--update]}
update=0; [ "${2:-}" = --update ] && update=1
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed() { fail=$((fail + 1)); echo "FAIL: $*"; }

# golden FILE GOT: compares (or with --update writes) a golden file
golden() {
  if [ $update = 1 ]; then cp "$2" "$1"; return 0; fi
  cmp -s "$1" "$2" && return 0
  [ $v = 1 ] && diff -u "$1" "$2" | head -40
  return 1
}

for f in tests/pragma/ok/*.js; do
  "$bin" check --no-stats "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
  if [ $rc = 0 ] && [ ! -s "$tmp/err" ]; then pass=$((pass + 1))
  else failed "$f: exit $rc"; [ $v = 1 ] && cat "$tmp/out" "$tmp/err"; fi
done

for f in tests/pragma/fail/*.js; do
  "$bin" check --no-stats "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
  if [ $rc = 1 ] && [ ! -s "$tmp/err" ] && golden "${f%.js}.out" "$tmp/out"; then pass=$((pass + 1))
  else failed "$f: exit $rc (want 1) or the report differs from ${f%.js}.out"; fi
done

for f in tests/pragma/err/*.js; do
  cmds="check run"
  case $f in */check_*) cmds=check ;; esac # fixtures matter to check only
  for cmd in $cmds; do
    "$bin" $cmd "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
    if [ $rc = 2 ] && [ ! -s "$tmp/out" ] && golden "${f%.js}.err" "$tmp/err"; then
      pass=$((pass + 1))
    else
      failed "$f: '$cmd' exit $rc (want 2), stdout $(wc -c <"$tmp/out") bytes, or stderr differs from ${f%.js}.err"
    fi
  done
done
echo "pragma: $pass passed, $fail failed"
[ $fail = 0 ]
