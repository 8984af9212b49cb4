#!/usr/bin/env bash
# check.sh [-v] BIN - the partial-order reduction: reports with and without it
# agree, every edge it adds is the one its run gives, node's outputs are covered
# (tests/reduction/check.py).
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/check.py" "$@"
