#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - worker_threads, MessageChannel and structuredClone cases
# (host_worker.c).  Each deterministic case (NAME.out) runs as `BIN run NAME.js` and must
# print node's stdout and exit code; each nondeterministic one (NAME.outs, recorded with
# RUNS >= 200) must have every output node showed predicted by `BIN check`.
# See tests/lib/check-lib.sh.
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/check-lib.sh"
tt_check_main workers exact "$here/known-differences.txt" "$@" -- "$here"/*.js
