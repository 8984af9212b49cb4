# check-lib.sh - shared logic of the data-driven test drivers (tests/*/check.sh).
# Sourced, not run.  A driver sets its area name and case list, then calls
#
#     tt_check_main AREA MODE KNOWN_FILE "$@" -- CASE_FILE...
#
# MODE     exact     stdout must equal NAME.out byte for byte
#          nopaths   compare only stdout lines that carry no path or stack frame
#                    (lines matching "^\s*at ", "<dir>", "node:internal",
#                    "... N lines matching cause stack trace ...")
#          stacks    stdout with the case's directory written <dir> must equal
#                    NAME.out (stack frames included), and when NAME.err exists
#                    the whole stderr so normalised must equal it
# KNOWN_FILE  lines "NAME  reason" (# comments allowed); NAME is skipped and counted
#          apart.  May be "" or a missing file.
# "$@"     the driver's own arguments: [-v] BIN [NAME...]
#
# A case is NAME.js / NAME.mjs with node's recorded NAME.out (deterministic).
# It passes when `BIN run [FLAGS] NAME.js`, started in the case's directory:
#   - prints NAME.out on stdout (see MODE),
#   - exits with NAME.code (0 when there is no .code file),
#   - and, when NAME.err exists and the exit code is non-zero, the first non-empty
#     line of its stderr (absolute directory replaced by <dir>, "(node:123)" by
#     "(node:PID)") equals the first
#     non-empty line of NAME.err.
# FLAGS come from a "// FLAGS: ..." header in the first 5 lines.  A case with
# NAME.outs instead (nondeterministic: every distinct output node showed) passes
# when `BIN check --format json NAME.js` predicts every one of them.
# expected-failures.txt beside KNOWN_FILE (same format) lists cases ticktock is
# known to get wrong today: they still run, count apart while they fail, and
# fail the area once they pass (so the list only shrinks).
# Output: nothing but one summary line "AREA: N passed, N failed (...)" unless -v,
# which adds one line per failing case and a diff.  Exit status 1 when any case
# failed, when BIN is missing or not executable, or when no case ran.

TT_TIMEOUT=${TT_TIMEOUT:-20}

tt_first_line() {   # first non-empty line of file $1: directory $2 -> <dir>, (node:123) -> (node:PID)
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -n "$line" ]; then
      [ -n "${2:-}" ] && line=${line//"$2"/<dir>}
      printf '%s\n' "$line" | sed -E 's/\(node:[0-9]+\)/(node:PID)/g'
      return
    fi
  done < "$1"
}

tt_strip_paths() {  # stdout lines without paths or stack frames
  grep -v -E '^[[:space:]]*at |<dir>|node:internal|^[[:space:]]*\.\.\. [0-9]+ lines matching' "$1" || true
}

tt_header_flags() { # node flags from a "// FLAGS:" header in the first 5 lines
  head -n 5 "$1" | sed -n 's|^[[:space:]]*//[[:space:]]*FLAGS:[[:space:]]*||p' | head -n 1
}

tt_check_main() {
  local area=$1 mode=$2 known=$3; shift 3
  local verbose=0 bin="" names=() files=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    case $1 in
      -v) verbose=1 ;;
      -*) echo "usage: check.sh [-v] BIN [NAME...]" >&2; return 2 ;;
      *) if [ -z "$bin" ]; then bin=$1; else names+=("$1"); fi ;;
    esac
    shift
  done
  [ "${1:-}" = -- ] && shift
  files=("$@")
  if [ -z "$bin" ]; then
    echo "usage: check.sh [-v] BIN [NAME...]" >&2
    echo "$area: 0 passed, 1 failed (no binary given)"
    return 1
  fi
  case $bin in /*) ;; *) bin=$PWD/$bin ;; esac

  local tmp; tmp=$(mktemp -d) || return 1
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" RETURN

  local pass=0 fail=0 known_n=0 nd=0 xfail_n=0 f dir base name stem
  local here_lib; here_lib=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  local bin_ok=1
  [ -f "$bin" ] && [ -x "$bin" ] || bin_ok=0
  for f in "${files[@]}"; do
    dir=$(cd "$(dirname "$f")" && pwd); base=$(basename "$f"); name=${base%.*}; stem=$dir/$name
    if [ ${#names[@]} -gt 0 ]; then
      local hit=0 n; for n in "${names[@]}"; do [ "$n" = "$name" ] && hit=1; done
      [ $hit = 1 ] || continue
    fi
    if [ ! -f "$stem.out" ] && [ ! -f "$stem.outs" ]; then continue; fi
    if [ -n "$known" ] && [ -f "$known" ] && grep -q -E "^$name([[:space:]]|\$)" "$known"; then
      known_n=$((known_n + 1)); continue
    fi
    local why=""
    if [ $bin_ok = 0 ]; then
      why="binary $bin is missing or not executable"
    elif [ ! -f "$stem.out" ]; then
      nd=$((nd + 1))
      # nondeterministic: `check` must predict every output node showed
      local flags
      flags=$(tt_header_flags "$f")
      # shellcheck disable=SC2086
      (cd "$dir" && exec timeout "$TT_TIMEOUT" "$bin" check --format json $flags "$base") \
        > "$tmp/report.json" 2> "$tmp/err" < /dev/null
      if ! python3 "$here_lib/outs_covered.py" "$stem.outs" "$tmp/report.json" > "$tmp/missing"; then
        why="check does not predict every output node showed"
      fi
    else
      local flags rc want_code=0
      flags=$(tt_header_flags "$f")
      [ -f "$stem.code" ] && want_code=$(tr -d '[:space:]' < "$stem.code")
      # shellcheck disable=SC2086
      (cd "$dir" && exec timeout "$TT_TIMEOUT" "$bin" run $flags "$base") \
        > "$tmp/out" 2> "$tmp/err" < /dev/null
      rc=$?
      if [ "$mode" = nopaths ]; then
        sed "s|$dir|<dir>|g" "$tmp/out" > "$tmp/out.norm"
        tt_strip_paths "$tmp/out.norm" > "$tmp/got"
        tt_strip_paths "$stem.out" > "$tmp/want"
      elif [ "$mode" = stacks ]; then
        sed "s|$dir|<dir>|g" "$tmp/out" > "$tmp/got"
        cp "$stem.out" "$tmp/want"
      else
        cp "$tmp/out" "$tmp/got"; cp "$stem.out" "$tmp/want"
      fi
      if [ $rc = 124 ]; then
        why="timed out after ${TT_TIMEOUT}s"
      elif ! cmp -s "$tmp/got" "$tmp/want"; then
        why="stdout differs"
      elif [ "$rc" != "$want_code" ]; then
        why="exit code $rc, node $want_code"
      elif [ "$mode" = stacks ] && [ -f "$stem.err" ] &&
           ! sed -E "s|$dir|<dir>|g; s/\(node:[0-9]+\)/(node:PID)/g" "$tmp/err" | cmp -s - "$stem.err"; then
        why="stderr differs"
      elif [ -f "$stem.err" ] && [ "$want_code" != 0 ] &&
           [ "$(tt_first_line "$tmp/err" "$dir")" != "$(tt_first_line "$stem.err")" ]; then
        why="stderr first line: '$(tt_first_line "$tmp/err" "$dir")', node: '$(tt_first_line "$stem.err")'"
      fi
    fi
    local xfail=0
    [ -n "$known" ] && [ -f "${known%/*}/expected-failures.txt" ] &&
      grep -q -E "^$name([[:space:]]|\$)" "${known%/*}/expected-failures.txt" && xfail=1
    if [ -z "$why" ] && [ $xfail = 1 ]; then
      fail=$((fail + 1))
      echo "XPASS $f: passes now; remove it from expected-failures.txt"
    elif [ -z "$why" ]; then
      pass=$((pass + 1))
    elif [ $xfail = 1 ]; then
      xfail_n=$((xfail_n + 1))
      [ $verbose = 1 ] && echo "XFAIL $f: $why"
    else
      fail=$((fail + 1))
      if [ $verbose = 1 ]; then
        echo "FAIL $f: $why"
        if [ "$why" = "stdout differs" ]; then
          diff -u --label "node $name.out" --label "ticktock run" "$tmp/want" "$tmp/got" | head -n 40
        elif [ "$why" = "stderr differs" ]; then
          sed -E "s|$dir|<dir>|g; s/\(node:[0-9]+\)/(node:PID)/g" "$tmp/err" |
            diff -u --label "node $name.err" --label "ticktock run (stderr)" "$stem.err" - | head -n 40
        elif [ -s "$tmp/missing" ]; then
          head -n 40 "$tmp/missing"
        fi
      fi
    fi
  done
  local extra="$known_n known differences skipped, $nd nondeterministic checked with 'check'"
  [ $xfail_n -gt 0 ] && extra="$extra, $xfail_n expected failures"
  [ $bin_ok = 0 ] && extra="$extra; binary $bin is missing or not executable"
  echo "$area: $pass passed, $fail failed ($extra)"
  [ $fail = 0 ] && [ $pass -gt 0 ] && [ $bin_ok = 1 ]
}
