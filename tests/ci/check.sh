#!/usr/bin/env bash
# check.sh [-v] BIN [--update] - `ticktock check` in CI mode and its report formats,
# run from the repository root so reports name files by relative paths:
#   - check over a directory with mixed results (passing, failing, a syntax error, a
#     spec in a subdirectory, a file that is not a spec): one line per spec, the
#     summary "N passed, N failed", exit 2 (bad input beats a violation); the same
#     with -j 2 gives the same bytes;
#   - every format (text, json, junit, gcc) for the directory and for one file,
#     against golden files golden/NAME (JSON "stats" objects are left out: their
#     numbers belong to the explorer);
#   - exit codes: 0 all pass, 1 a violation, 3 an incomplete exploration.
# --update rewrites the golden files from BIN (review the diff).
# Prints "ci: N passed, M failed"; exits 1 on failure.
set -u
v=0; [ "${1:-}" = -v ] && { v=1; shift; }
bin=${1:?usage: check.sh [-v] BIN [--update]}
update=0; [ "${2:-}" = --update ] && update=1
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
here=tests/ci
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed() { fail=$((fail + 1)); echo "FAIL: $*"; }
normalize() { sed -E 's/"stats": \{[^}]*\}/"stats": {}/' "$1"; }

# run NAME EXIT ARGS...: runs `BIN check ARGS`, compares exit code and stdout with
# golden/NAME (stderr must be empty unless NAME ends in .gcc, whose summary is there)
run() {
  local name=$1 want=$2; shift 2
  "$bin" check "$@" >"$tmp/raw" 2>"$tmp/err"; local rc=$?
  normalize "$tmp/raw" >"$tmp/out"
  [ $update = 1 ] && cp "$tmp/out" "$here/golden/$name"
  local why=""
  [ "$rc" = "$want" ] || why="exit $rc, want $want"
  cmp -s "$here/golden/$name" "$tmp/out" || why="${why:+$why; }stdout differs from golden/$name"
  case $name in *.gcc) ;; *) [ -s "$tmp/err" ] && why="${why:+$why; }stderr: $(head -c 200 "$tmp/err")" ;; esac
  if [ -z "$why" ]; then pass=$((pass + 1)); else
    failed "check $*: $why"
    [ $v = 1 ] && diff -u "$here/golden/$name" "$tmp/out" | head -40
  fi
}

mkdir -p "$here/golden"
run mixed.text 2 "$here/mixed"
run mixed.json 2 --format json "$here/mixed"
run mixed.junit 2 --format junit "$here/mixed"
run mixed.gcc 2 --format gcc "$here/mixed"
run mixed.text 2 -j 2 "$here/mixed"
run mixed.json 2 --format=json --jobs 2 "$here/mixed"
run single.text 1 --no-stats "$here/mixed/fail.js"
run single.json 1 --format json "$here/mixed/fail.js"
run single.junit 1 --format junit "$here/mixed/fail.js"
run single.gcc 1 --format gcc "$here/mixed/fail.js"
run two.text 1 "$here/mixed/pass.js" "$here/mixed/fail.js"
run pass.text 0 "$here/mixed/pass.js" "$here/mixed/sub/nested.mjs"

# the summary line on stderr in gcc format
"$bin" check --format gcc "$here/mixed" >/dev/null 2>"$tmp/err"
if [ "$(cat "$tmp/err")" = "2 passed, 2 failed" ]; then pass=$((pass + 1))
else failed "gcc format: summary on stderr is '$(cat "$tmp/err")'"; fi

# an incomplete exploration: exit 3, the INCOMPLETE line and the summary
"$bin" check --max-states 100 "$here/big" "$here/mixed/pass.js" >"$tmp/out" 2>"$tmp/err"; rc=$?
if [ $rc = 3 ] && grep -Eq '^INCOMPLETE tests/ci/big/many_fetches.js: at least [0-9]* possible outputs \(--max-states 100 reached\)(; .*)?$' "$tmp/out" &&
   [ "$(tail -n 1 "$tmp/out")" = "1 passed, 0 failed, 1 incomplete" ]; then pass=$((pass + 1))
else failed "incomplete exploration: exit $rc"; [ $v = 1 ] && cat "$tmp/out"; fi

# a JSON document with an incomplete spec still parses and counts it
"$bin" check --format json --max-states 100 "$here/big" "$here/mixed/pass.js" >"$tmp/out" 2>/dev/null
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["summary"]; sys.exit(not (s["incomplete"]==1 and s["passed"]==1 and d["specs"][0]["status"]=="incomplete"))' "$tmp/out"; then
  pass=$((pass + 1))
else failed "incomplete spec in the JSON document"; fi

# JUnit XML is well-formed
if python3 -c 'import sys,xml.dom.minidom as m; m.parse(sys.argv[1])' "$here/golden/mixed.junit" 2>/dev/null; then pass=$((pass + 1))
else failed "golden/mixed.junit is not well-formed XML"; fi

echo "ci: $pass passed, $fail failed"
[ $fail = 0 ]
