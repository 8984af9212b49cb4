#!/usr/bin/env bash
# run_cases.sh BIN - runs every data-driven test area (tests/*/check.sh BIN) and
# prints one summary line per area; exits non-zero if any area failed.
set -u
bin=${1:?usage: run_cases.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for area in "$here"/*/check.sh; do
  [ -x "$area" ] || continue
  if ! "$area" "$bin"; then status=1; fi
done
exit $status
