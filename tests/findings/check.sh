#!/usr/bin/env bash
# check.sh [-v] BIN - the findings area: every case's findings, their agreement
# with node's behaviour and their witnesses, and the conformance sweep
# (tests/findings/verify.py; cases and formats in README.md).
here=$(cd "$(dirname "$0")" && pwd)
v=""; [ "${1:-}" = -v ] && { v=-v; shift; }
exec python3 "$here/verify.py" $v "${1:?usage: check.sh [-v] BIN}" "$here" "$here/../conformance"
