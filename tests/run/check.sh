#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - engine behaviour corpus: `BIN run NAME.js` (or NAME.mjs) must print
# node's NAME.out byte for byte and exit like node (see tests/lib/check-lib.sh).
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/check-lib.sh"
tt_check_main run exact "$here/known-differences.txt" "$@" -- "$here"/*.js "$here"/*.mjs
