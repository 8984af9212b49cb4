#!/usr/bin/env bash
# run.sh BIN - runs every benchmark script bench/*_speed.sh against BIN
# (`make bench`).  Benchmarks are not part of `make check`.
set -eu
bin=${1:?usage: run.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
for b in "$here"/*_speed.sh; do
  "$b" "$bin"
done
