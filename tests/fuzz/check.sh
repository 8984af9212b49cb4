#!/usr/bin/env bash
# check.sh [-v] BIN - regressions found by fuzzing that node itself does not
# run to a comparable end (an endless loop, memory beyond ticktock's limit):
# each tests/fuzz/regressions/NAME.js is run with `BIN run` and explored with
# `BIN check`, and must not crash, hang, print a sanitizer report or an
# internal error, and must exit with the statuses its header documents:
#
#   // EXPECT: run N check M       exit statuses (see `ticktock run --help`,
#                                  `ticktock check --help`)
#   // ARGS: --max-steps 1000      options for both commands (optional)
#   // CHECK-ARGS: --max-seconds 1 options for check only (optional)
#   // STDERR: text                a line run's stderr must contain (optional)
#
# Regressions node runs to the end live in tests/run with node's output.
# Prints "fuzz: N passed, M failed"; exit status 1 when any failed.
set -u
verbose=0
[ "${1:-}" = -v ] && verbose=1 && shift
bin=${1:?usage: check.sh [-v] BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
header() { head -n 8 "$1" | sed -n "s|^[[:space:]]*//[[:space:]]*$2:[[:space:]]*||p" | head -n 1; }
for f in "$here"/regressions/*.js; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .js)
  expect=$(header "$f" EXPECT)
  args=$(header "$f" ARGS)
  check_args=$(header "$f" CHECK-ARGS)
  want_err=$(header "$f" STDERR)
  why=""
  for cmd in run check; do
    want=$(printf '%s\n' "$expect" | sed -n "s/.*$cmd \([0-9][0-9]*\).*/\1/p")
    extra=""
    [ $cmd = check ] && extra=$check_args
    # shellcheck disable=SC2086
    (cd "$here/regressions" && exec timeout "${TT_TIMEOUT:-30}" "$bin" $cmd $args $extra "$name.js") \
      > "$tmp/out" 2> "$tmp/err" < /dev/null
    rc=$?
    if [ $rc = 124 ]; then why="$cmd timed out"
    elif [ $rc -ge 128 ]; then why="$cmd died of signal $((rc - 128))"
    elif grep -q -E 'Sanitizer|runtime error:|internal error' "$tmp/err"; then
      why="$cmd: $(grep -m1 -E 'Sanitizer|runtime error:|internal error' "$tmp/err")"
    elif [ -z "$want" ]; then why="no '// EXPECT: run N check M' header"
    elif [ "$rc" != "$want" ]; then why="$cmd exited $rc, expected $want"
    elif [ $cmd = run ] && [ -n "$want_err" ] && ! grep -qF -- "$want_err" "$tmp/err"; then
      why="run's stderr lacks '$want_err'"
    fi
    [ -n "$why" ] && break
  done
  if [ -z "$why" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $f: $why"
    [ $verbose = 1 ] && head -n 5 "$tmp/err"
  fi
done
echo "fuzz: $pass passed, $fail failed"
[ $fail = 0 ] && [ $pass -gt 0 ]
