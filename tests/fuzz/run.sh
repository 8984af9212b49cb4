#!/usr/bin/env bash
# run.sh BUILD_DIR SECONDS [TARGET...] - builds the libFuzzer harnesses against
# the library in BUILD_DIR (made by `make fuzz` with clang and
# -fsanitize=fuzzer-no-link,address,undefined) and fuzzes each TARGET for
# SECONDS (default: every target).  Targets:
#   parse   fuzz_parse.c: parse_source on the input bytes (seeds corpus_parse/)
#   engine  fuzz_engine.c: the input as a program, run and explored under tight
#           bounds (seeds corpus_engine/)
# Each seed corpus is copied to a temporary directory so the repository corpus
# stays small; new crash inputs are written to tests/fuzz/ as
# TARGET-crash-*, TARGET-leak-*, TARGET-timeout-*, TARGET-oom-*.
# Exits non-zero when a fuzzer finds a crash, a sanitizer report, a leak, a
# timeout or an out-of-memory.
set -eu
build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse engine)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for t in "${targets[@]}"; do
  case $t in
    parse) max_len=4096 ;;
    engine) max_len=8192 ;;
    *) echo "run.sh: unknown target '$t' (parse, engine)" >&2; exit 2 ;;
  esac
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -Isrc -I"$build/gen" "tests/fuzz/fuzz_$t.c" "$build/libticktock.a" -lm \
    -o "$build/fuzz_$t"
  mkdir -p "$work/$t"
  cp "tests/fuzz/corpus_$t"/* "$work/$t/"
  dict=()
  [ -f tests/fuzz/js.dict ] && dict=(-dict=tests/fuzz/js.dict)
  echo "== fuzz_$t: ${seconds}s"
  "$build/fuzz_$t" "$work/$t" "${dict[@]}" -max_total_time="$seconds" -max_len=$max_len \
    -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$here/$t-" || status=1
done
exit $status
