#!/usr/bin/env bash
# check.sh [-v] BIN - `ticktock validate` against the real node (skipped without node):
# specs whose node outputs ticktock predicts (deterministic, nondeterministic, with the
# fetch prelude, with an unhandled-rejections pragma) exit 0; a model made wrong on
# purpose (--stack-limit 50 against node's real stack) reports node's output as not
# predicted, exit 1; a missing node or prelude is exit 2.
# Prints "validate: N passed, M failed"; exits 1 on failure.
set -u
v=0; [ "${1:-}" = -v ] && { v=1; shift; }
bin=${1:?usage: check.sh [-v] BIN}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.." || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "validate: skipped (node is not on the PATH)"
  exit 0
fi
case $(node --version 2>/dev/null) in
  v20.*) ;;
  *) echo "validate: skipped (node $(node --version 2>/dev/null) is not node v20, the version ticktock models)"; exit 0 ;;
esac
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect EXIT PATTERN ARGS...: `BIN validate ARGS` exits EXIT and prints a line
# matching PATTERN (grep -E) on stdout or stderr
expect() {
  local want=$1 pat=$2; shift 2
  "$bin" validate "$@" >"$tmp/out" 2>&1; local rc=$?
  if [ $rc = "$want" ] && grep -qE -- "$pat" "$tmp/out"; then pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL: validate $* -> exit $rc (want $want), no line matching '$pat'"
    [ $v = 1 ] && head -20 "$tmp/out"
  fi
}

expect 0 '24_job_queue.js: 3 node runs, 1 distinct output, 0 not predicted' --runs 3 specs/seed/24_job_queue.js
expect 0 '17_promise_all_fetch_fails.js: 3 node runs, 1 distinct output, 0 not predicted' \
  --runs 3 specs/seed/17_promise_all_fetch_fails.js
expect 0 'q43_timeout_vs_immediate_main.js: 20 node runs, [12] distinct outputs?, 0 not predicted' \
  --runs 20 specs/interview/q43_timeout_vs_immediate_main.js
expect 0 'unhandled_rejections.js: 2 node runs, 1 distinct output, 0 not predicted' \
  --runs 2 tests/pragma/ok/unhandled_rejections.js
expect 0 'q18_unhandled_rejection_crash.js: 2 node runs, 1 distinct output, 0 not predicted' \
  --runs 2 specs/interview/q18_unhandled_rejection_crash.js
expect 1 'node printed an output ticktock does not predict \(2 of 2 runs, exit code 0\)' \
  --runs 2 --stack-limit 50 tests/validate/deep_recursion.js
expect 1 '^\+depth 200$' --runs 2 --stack-limit 50 tests/validate/deep_recursion.js
expect 0 'deep_recursion.js: 1 node run, 1 distinct output, 0 not predicted' --runs 1 tests/validate/deep_recursion.js
expect 2 "cannot run '/nonexistent/node'" --node /nonexistent/node --runs 1 specs/seed/24_job_queue.js
TICKTOCK_PRELUDE=/nonexistent/prelude.js expect 2 'prelude.js .* was not found' --runs 1 specs/seed/16_promise_all_fetch.js
expect 2 "unknown option '--bogus'" --bogus specs/seed/24_job_queue.js
expect 2 "--runs needs a positive number" --runs 0 specs/seed/24_job_queue.js
echo "validate: $pass passed, $fail failed"
[ $fail = 0 ]
