#!/usr/bin/env bash
# check.sh [-v] BIN [NAME...] - programs that print errors with their stacks.  stdout and
# (when node wrote any) stderr are compared whole, stack frames included, with the case's
# directory written <dir> as node-oracle records it (mode stacks in tests/lib/check-lib.sh);
# exit code rules are those of tests/run.  Frames ticktock cannot reproduce yet are listed
# in expected-failures.txt.
shopt -s nullglob
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/check-lib.sh"
tt_check_main run-stack stacks "$here/known-differences.txt" "$@" -- "$here"/*.js "$here"/*.mjs
