#!/bin/sh
# build_numconv.sh [asan] - builds and runs the numconv unit tests alone, with
# the project's warning flags, while the rest of the tree (the generated
# parser) is not needed.  `make check` runs the same suite with all others.
#   tests/unit/build_numconv.sh         optimised build
#   tests/unit/build_numconv.sh asan    AddressSanitizer + UBSan build
#   NUMCONV_BENCH=1 tests/unit/build_numconv.sh   also print the speed
set -eu
cd "$(dirname "$0")/../.."
out=${TMPDIR:-/tmp}/numconv-unit
mkdir -p "$out"
opt="-O2 -g"
if [ "${1:-}" = asan ]; then
  opt="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
fi
echo 'TT_SUITE(suite_numconv)' > "$out/suites.h"
${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -pedantic -Wshadow \
  -Wstrict-prototypes -Wmissing-prototypes $opt -Isrc -Itests/unit -I"$out" \
  -o "$out/unit_numconv" src/numconv.c tests/unit/test_numconv.c tests/unit/main.c \
  -lcunit -lm
"$out/unit_numconv" "$@"
