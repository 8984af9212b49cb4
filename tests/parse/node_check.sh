#!/usr/bin/env bash
# node_check.sh BIN - differential test: for every file of the parse corpus
# (tests/parse/ok, tests/parse/err, tests/parse/snippets: small accepted and
# rejected programs, many about ASI, and specs) `node --check FILE` and
# `ticktock parse FILE` must agree on accept/reject.  The exceptions are
# listed in tests/parse/unsupported.txt ("PATH  reason"): constructs node
# accepts that ticktock rejects by design.  A listed file that no longer
# disagrees is reported too, so the list stays exact.
set -u
bin=${1:?usage: node_check.sh BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
command -v node >/dev/null 2>&1 || { echo "node_check: node not found"; exit 1; }
list=tests/parse/unsupported.txt
agree=0 bad=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ls tests/parse/ok/*.js tests/parse/ok/*.mjs tests/parse/err/*.js tests/parse/err/*.mjs \
   tests/parse/snippets/*.js tests/parse/snippets/*.mjs 2>/dev/null >"$tmp/files"
find specs -name '*.js' -o -name '*.mjs' | sort >>"$tmp/files"
# node starts slowly: ask it about all files in parallel first
xargs -P "$(nproc)" -I{} sh -c 'if node --check "$1" >/dev/null 2>&1; then echo "$1 accept";
  else echo "$1 reject"; fi' _ {} <"$tmp/files" >"$tmp/node"
while read -r f; do
  n=$(grep -m1 "^$f " "$tmp/node" | cut -d' ' -f2)
  "$bin" parse "$f" >/dev/null 2>&1 && t=accept || t=reject
  listed=0
  grep -q "^$f[[:space:]]" "$list" && listed=1
  if [ "$n" = $t ] && [ $listed = 0 ]; then
    agree=$((agree + 1))
  elif [ "$n" = accept ] && [ $t = reject ] && [ $listed = 1 ]; then
    agree=$((agree + 1))
  elif [ $listed = 1 ]; then
    bad=$((bad + 1)); echo "STALE: $f is listed in $list but node ${n}s and ticktock ${t}s it"
  else
    bad=$((bad + 1)); echo "DIFFER: $f: node ${n}s, ticktock ${t}s"
  fi
done <"$tmp/files"
echo "node-check: $agree passed, $bad failed"
[ $bad -eq 0 ]
