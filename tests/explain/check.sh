#!/usr/bin/env bash
# check.sh [-v] [--update] BIN - `ticktock explain`:
#   - golden narrations: cases/NAME.args holds the arguments (one line, paths
#     relative to the repository root), cases/NAME.expected the narration
#     (stdout; the repository's absolute path written <root>).  The goldens
#     are ticktock's own words, generated with --update and reviewed line by
#     line against node's order (the outputs they quote are node's, see the
#     specs' .out files); a case whose arguments include --format json must
#     also be valid JSON (python3 -m json.tool);
#   - errors: a bad witness, a witness that does not fit, bad options (exit 2,
#     nothing on stdout);
#   - conservation (conserve.py): on every spec, the output explain attributes
#     to its steps, concatenated, is exactly `ticktock run`'s, and the exit code
#     it reports is run's.
# Prints "explain: N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
verbose=0 update=0
while [ $# -gt 1 ]; do
  case $1 in
    -v) verbose=1 ;;
    --update) update=1 ;;
    *) break ;;
  esac
  shift
done
bin=${1:?usage: check.sh [-v] [--update] BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$root" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed() { fail=$((fail + 1)); echo "FAIL explain $1"; }

for args_file in "$here"/cases/*.args; do
  name=$(basename "$args_file" .args)
  read -r -a args < "$args_file"
  "$bin" explain "${args[@]}" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  sed "s|$root|<root>|g" "$tmp/out" > "$tmp/got"
  want_code=0
  [ -f "$here/cases/$name.code" ] && want_code=$(cat "$here/cases/$name.code")
  if [ $update = 1 ]; then cp "$tmp/got" "$here/cases/$name.expected"; fi
  if [ "$rc" != "$want_code" ]; then
    failed "$name: exit $rc, want $want_code"; [ $verbose = 1 ] && head -5 "$tmp/err"; continue
  fi
  if ! cmp -s "$tmp/got" "$here/cases/$name.expected"; then
    failed "$name: narration differs from cases/$name.expected"
    [ $verbose = 1 ] && diff -u "$here/cases/$name.expected" "$tmp/got" | head -40
    continue
  fi
  case " ${args[*]} " in
    *" json "*)
      if ! python3 -m json.tool "$tmp/out" > /dev/null 2> "$tmp/jerr"; then
        failed "$name: not valid JSON: $(head -1 "$tmp/jerr")"; continue
      fi ;;
  esac
  pass=$((pass + 1))
done

# expect_error STDERR-SUBSTRING -- ARGS...: exit 2, empty stdout
expect_error() {
  local err=$1; shift 2
  "$bin" explain "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  if [ $rc = 2 ] && [ ! -s "$tmp/out" ] && grep -qF -- "$err" "$tmp/err"; then
    pass=$((pass + 1))
  else
    failed "explain $*: exit $rc; stderr: $(head -1 "$tmp/err")"
  fi
}
job=specs/seed/24_job_queue.js
expect_error "'x1' is not a witness" -- --witness x1 "$job"
expect_error "'b' is not a witness" -- --diff b0 b "$job"
expect_error "does not fit this program" -- --witness p1 "$job"
expect_error "does not fit this program" -- --witness b0s0b0b0b0b0b0b0b0 "$job"
expect_error "--witness and --diff do not go together" -- --witness b0 --diff b0 b1 "$job"
expect_error "--format is text or json" -- --format xml "$job"
expect_error "--limit needs a number" -- --limit x "$job"
expect_error "no input file" -- --limit 3
expect_error "unknown option '--bogus'" -- --bogus "$job"
expect_error "cannot open 'nosuch.js'" -- nosuch.js
if "$bin" explain --help | grep -q "^usage: ticktock explain"; then pass=$((pass + 1)); else failed "--help"; fi

if python3 "$here/conserve.py" "$bin" specs/seed/*.js specs/seed/*.mjs specs/interview/*.js \
    tests/conformance/*.js tests/conformance/*.mjs tests/workers/*.js tests/explain/programs/*.js > "$tmp/conserve" 2>&1; then
  pass=$((pass + 1))
else
  failed "conservation: $(tail -1 "$tmp/conserve")"; [ $verbose = 1 ] && head -20 "$tmp/conserve"
fi

echo "explain: $pass passed, $fail failed"
[ $fail -eq 0 ]
