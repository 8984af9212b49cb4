#!/usr/bin/env bash
# run.sh BUILD_DIR SECONDS - builds the libFuzzer harness against the library
# in BUILD_DIR (made by `make fuzz` with clang and -fsanitize=fuzzer-no-link,
# address,undefined) and fuzzes parse_source for SECONDS.  The seed corpus is
# copied to a temporary directory so the repository corpus stays small; new
# crash inputs are written to tests/fuzz/ (crash-*, leak-*, timeout-*).
# Exits non-zero when the fuzzer finds a crash, a sanitizer report or a leak.
set -eu
build=${1:?usage: run.sh BUILD_DIR SECONDS}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -Isrc -I"$build/gen" tests/fuzz/fuzz_parse.c "$build/libticktock.a" -lm \
  -o "$build/fuzz_parse"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus_parse/* "$work/"
dict=()
[ -f tests/fuzz/js.dict ] && dict=(-dict=tests/fuzz/js.dict)
"$build/fuzz_parse" "$work" "${dict[@]}" -max_total_time="$seconds" -max_len=4096 \
  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$here/"
