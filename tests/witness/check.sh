#!/usr/bin/env bash
# check.sh [-v] BIN - every witness `check` prints replays with `run --schedule`
# to the output it was printed for (tests/witness/replay.py), over the
# nondeterministic cases and the seed specs.
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
v=""; [ "${1:-}" = -v ] && { v=-v; shift; }
exec python3 "$here/replay.py" $v "${1:?usage: check.sh [-v] BIN}" \
  "$root"/tests/conformance/nd_*.js "$root"/tests/conformance/m0*.js "$root"/specs/seed/*.js \
  "$root"/specs/interview/*.js "$root"/tests/workers/*.js
