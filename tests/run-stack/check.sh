#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - programs that print errors with their stacks.  Stack frames
# name node-internal files and line:column positions ticktock cannot reproduce, so only
# stdout lines without a path or "at" frame are compared (mode nopaths in
# tests/lib/check-lib.sh); exit code and stderr rules are those of tests/run.
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/check-lib.sh"
tt_check_main run-stack nopaths "$here/known-differences.txt" "$@" -- "$here"/*.js
