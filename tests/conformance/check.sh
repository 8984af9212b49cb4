#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - run BIN on the node-verified conformance cases.
# Every deterministic case (NAME.out) runs as `BIN run [FLAGS] NAME.js` from this folder
# and must match node's stdout byte for byte, its exit code, and the first non-empty line
# of its stderr when it crashed.  Cases in known-differences.txt are skipped; nd_* cases
# (NAME.outs) belong to the explorer tests.  See tests/lib/check-lib.sh.
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/check-lib.sh"
tt_check_main conformance exact "$here/known-differences.txt" "$@" -- "$here"/*.js "$here"/*.mjs
