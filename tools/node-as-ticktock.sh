#!/usr/bin/env bash
# node-as-ticktock.sh run [FLAGS] FILE - a stand-in for `ticktock run` that runs node, used to
# check the test drivers themselves: every driver must pass with it (node agrees with itself).
# Adds `-r tools/prelude.js` when FILE has a "// PRELUDE" header in its first 5 lines.
[ "${1:-}" = run ] || { echo "usage: node-as-ticktock.sh run [FLAGS] FILE" >&2; exit 2; }
shift
file=${!#}
pre=()
if head -n 5 "$file" | grep -q '^[[:space:]]*//[[:space:]]*PRELUDE'; then
  pre=(-r "$(cd "$(dirname "$0")" && pwd)/prelude.js")
fi
exec node "${pre[@]}" "$@"
