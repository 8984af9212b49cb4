#!/usr/bin/env bash
# run.sh BUILD_DIR SECONDS [TARGET...] - builds the libFuzzer harnesses against
# the library in BUILD_DIR (made by `make fuzz` with clang and
# -fsanitize=fuzzer-no-link,address,undefined) and fuzzes each TARGET for
# SECONDS (default: every target).  Targets:
#   parse   fuzz_parse.c: parse_source on the input bytes (seeds: tests/parse, specs,
#           tests/conformance)
#   engine  fuzz_engine.c: the input as a program, run, checked (findings,
#           pragmas) and explained under tight bounds (seeds: the programs of
#           specs/, tests/run, tests/conformance and the other test areas)
#   pragma  fuzz_pragma.c: `//@` pragmas and fixture files (seeds: every test
#           file with a pragma, every NAME.expected)
#   regex   fuzz_regex.c: regex.h's compiler and matcher on a flags byte, a
#           pattern and a subject (seeds: a few patterns written by run.sh)
# Seeds are copied to a temporary directory; the repository keeps no corpus
# of its own (CORPUS_DIR=DIR keeps the corpora in DIR/TARGET instead, to resume);
# new crash inputs are written to tests/fuzz/ as TARGET-crash-*,
# TARGET-leak-*, TARGET-timeout-*, TARGET-oom-*.
# Exits non-zero when a fuzzer finds a crash, a sanitizer report, a leak, a
# timeout or an out-of-memory.
set -eu
build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse engine pragma regex)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=${CORPUS_DIR:-$work}

# seed FILE DIR MAX_LEN [mjs]: copies FILE into DIR when it is short enough
# and has no "// fuzz: not a seed" line;
# with mjs a module gets the harness's "//mjs" first line.
seed() {
  [ "$(wc -c < "$1")" -le "$3" ] || return 0
  # programs that are slow by design (half-gigabyte strings) would only time out
  grep -q '^// fuzz: not a seed' "$1" && return 0
  local name
  name=$(printf '%s' "$1" | tr '/' '_')
  case $1 in
    *.mjs) [ "${4:-}" = mjs ] && { printf '//mjs\n'; cat "$1"; } > "$2/$name" && return 0 ;;
  esac
  cp "$1" "$2/$name"
}
status=0
for t in "${targets[@]}"; do
  case $t in
    parse) max_len=4096 ;;
    engine) max_len=8192 ;;
    pragma) max_len=4096 ;;
    regex) max_len=512 ;;
    *) echo "run.sh: unknown target '$t' (parse, engine, pragma, regex)" >&2; exit 2 ;;
  esac
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -Isrc -I"$build/gen" "tests/fuzz/fuzz_$t.c" "$build/libticktock.a" -lm \
    -o "$build/fuzz_$t"
  dir=$corpora/$t
  mkdir -p "$dir"
  # the seeds are the test suite's own programs (no copies kept in the tree)
  case $t in
    parse)
      find tests/parse specs tests/conformance \( -name '*.js' -o -name '*.mjs' \) |
        sort | while read -r f; do seed "$f" "$dir" $max_len; done ;;
    engine)
      find specs tests/run tests/conformance tests/findings tests/pragma tests/explain tests/ci \
        tests/fixture \( -name '*.js' -o -name '*.mjs' \) |
        sort | while read -r f; do seed "$f" "$dir" $max_len mjs; done ;;
    pragma)
      { grep -rl --include='*.js' --include='*.mjs' '^//@' specs tests; find specs tests -name '*.expected'; } |
        sort | while read -r f; do seed "$f" "$dir" $max_len; done ;;
    regex) # flags byte, pattern, NUL, subject: a few shapes to mutate
      i=0
      for s in '\x00(a|ab)(c|bcd)(d*)\x00abcd' '\x04(?<n>[a-z]+)\\k<n>\x00xAbab' \
               '\x28(?<=\\$)\\d+\\b|\\u{1F600}\x00$42 \xf0\xf1' '\x08^(?:a*?|b{2,3})+$\x00aabbb' \
               '\x00((a)|b)*(?!c)\\2\x00abab'; do
        printf "$s" > "$dir/seed$i"; i=$((i + 1))
      done ;;
  esac
  dict=(-dict=tests/fuzz/js.dict)
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  echo "== fuzz_$t: ${seconds}s"
  "$build/fuzz_$t" "$dir" "${dict[@]}" -max_total_time="$seconds" -max_len=$max_len \
    -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$here/$t-" || status=1
done
exit $status
