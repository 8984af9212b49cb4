#!/usr/bin/env bash
# check-drift.sh [--runs N] [-j N] - CI drift detection: re-run node on every recorded case
# (tests/conformance, tests/run, tests/run-stack, specs/*) and report the cases whose
# recorded outputs no longer match (node-oracle.py --check).  Exit 1 when anything drifted.
# Defaults: 3 runs per case (nondeterministic ones: only new outputs count), 4 jobs.
# Needs node v20; a different node version drifts by design (stderr footers, messages).
root=$(cd "$(dirname "$0")/.." && pwd)
runs=3 jobs=4
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    -j) jobs=$2; shift ;;
    *) echo "usage: check-drift.sh [--runs N] [-j N]" >&2; exit 2 ;;
  esac
  shift
done
shopt -s nullglob
files=()
for f in "$root"/tests/conformance/*.js "$root"/tests/conformance/*.mjs \
         "$root"/tests/run/*.js "$root"/tests/run-stack/*.js \
         "$root"/specs/*/*.js "$root"/specs/*/*.mjs; do
  name=$(basename "${f%.*}")
  # known differences that depend on the machine (raw stack depth) are not drift
  grep -q -E "^$name[[:space:]]" "$root/tests/conformance/known-differences.txt" && continue
  files+=("$f")
done
exec python3 "$root/tools/node-oracle.py" --check -q --runs "$runs" -j "$jobs" "${files[@]}"
