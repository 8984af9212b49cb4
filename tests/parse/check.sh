#!/usr/bin/env bash
# check.sh BIN - the parser's data-driven tests.  Run from anywhere; works in
# the repository root so diagnostics carry stable relative paths.
#   tests/parse/ok/*.{js,mjs}, specs/**   must parse (exit 0, no output)
#   tests/parse/err/NAME.{js,mjs}         must fail with exit 2 and stderr
#                                         equal to NAME.err
#   tests/parse/ast/NAME.{js,mjs}         `parse --ast` output equals NAME.ast
#   every unsupported construct has a negative case err/unsupported_*.
# Then, when node is installed, node_check.sh compares accept/reject with
# `node --check`.  Prints "parse: N passed, M failed"; exits 1 on failure.
set -u
bin=${1:?usage: check.sh BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed() { fail=$((fail + 1)); echo "FAIL: $*"; }

for f in tests/parse/ok/*.js tests/parse/ok/*.mjs $(find specs -name '*.js' -o -name '*.mjs' | sort); do
  [ -e "$f" ] || continue
  if "$bin" parse "$f" >"$tmp/out" 2>&1 && [ ! -s "$tmp/out" ]; then
    pass=$((pass + 1))
  else
    failed "$f should parse:"; head -5 "$tmp/out"
  fi
done

for f in tests/parse/err/*.js tests/parse/err/*.mjs; do
  [ -e "$f" ] || continue
  "$bin" parse "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
  if [ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/err" "${f%.*}.err"; then
    pass=$((pass + 1))
  else
    failed "$f (exit $rc):"; diff "${f%.*}.err" "$tmp/err" | head -10
  fi
done

for f in tests/parse/ast/*.js tests/parse/ast/*.mjs; do
  [ -e "$f" ] || continue
  if "$bin" parse --ast "$f" >"$tmp/out" 2>&1 && cmp -s "$tmp/out" "${f%.*}.ast"; then
    pass=$((pass + 1))
  else
    failed "$f:"; diff "${f%.*}.ast" "$tmp/out" | head -10
  fi
done

for c in regex_property regex_v_flag dynamic_import import_meta with eval \
         legacy_octal octal_escape unicode_escape_ident; do
  e=$(ls tests/parse/err/unsupported_$c.* 2>/dev/null | grep '\.err$')
  if [ -n "$e" ] && grep -q 'error: unsupported: ' "$e"; then
    pass=$((pass + 1))
  else
    failed "no negative case tests/parse/err/unsupported_$c for an unsupported construct"
  fi
done

if command -v node >/dev/null 2>&1; then
  if tests/parse/node_check.sh "$bin" >"$tmp/node" 2>&1; then
    pass=$((pass + 1))
  else
    failed "node_check.sh:"; cat "$tmp/node"
  fi
fi

echo "parse: $pass passed, $fail failed"
[ $fail -eq 0 ]
