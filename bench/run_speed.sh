#!/usr/bin/env bash
# run_speed.sh BIN [RUNS] - `BIN run` against node on the same programs.
#
# Programs: every seed example (specs/seed/*.js, *.mjs; node gets
# tools/prelude.js for those marked "// PRELUDE: fetch"), then three
# generated loads: 10^6 promise jobs (a million reactions to one resolved
# promise), a then-chain of 10^5 links, and 10^5 timers.  For each it prints
# the median wall time of RUNS runs (default 5) of both, the ratio
# node/ticktock, the peak memory of each (GNU time's %M, one run) and
# whether the two printed the same stdout.  Timers make node wait in real
# time while ticktock's clock is virtual, so programs with long timers show
# large ratios.  Needs bash, coreutils, node (else only ticktock's columns)
# and GNU time (/usr/bin/time) for memory.  Nothing here asserts timings.
set -u
bin=${1:?usage: run_speed.sh BIN [RUNS]}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=$here/out/run
mkdir -p "$out"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
gnu_time=""
if /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then gnu_time=/usr/bin/time; fi
have_node=""
command -v node >/dev/null && have_node=1

cat > "$out/jobs_1e6.js" <<'EOF'
// 10^6 promise jobs: a million reactions to one resolved promise.
let n = 0;
const inc = () => { n++; };
const p = Promise.resolve();
for (let i = 0; i < 1e6; i++) p.then(inc);
setTimeout(() => console.log(n));
EOF
cat > "$out/chain_1e5.js" <<'EOF'
// A then-chain of 10^5 links.
let p = Promise.resolve(0);
for (let i = 0; i < 1e5; i++) p = p.then((x) => x + 1);
p.then((x) => console.log(x));
EOF
cat > "$out/timers_1e5.js" <<'EOF'
// 10^5 timers with distinct delays.
let n = 0;
for (let i = 0; i < 1e5; i++) setTimeout(() => { n++; if (n === 1e5) console.log(n); }, i % 100);
EOF

# median_ms OUTFILE CMD...: median wall milliseconds of $runs runs of CMD.
median_ms() {
  local o=$1 t0 t1 i
  shift
  local ts=()
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    timeout 120 "$@" > "$o" 2> /dev/null
    t1=$(date +%s%N)
    ts+=($(((t1 - t0) / 1000)))
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}

peak_mb() {
  if [ -z "$gnu_time" ]; then echo "?"; return; fi
  timeout 120 "$gnu_time" -f %M -o "$out/mem" "$@" > /dev/null 2>&1
  awk '{kb = $1} END {if (kb ~ /^[0-9]+$/) printf "%.1f", kb / 1024; else print "?"}' "$out/mem"
}

# row FILE: measures FILE, prints its row, adds to the totals.
row() {
  local f=$1 name tt tt_mb nd nd_mb ratio same pre=()
  name=$(basename "$f")
  tt=$(median_ms "$out/tt.out" "$bin" run "$f")
  tt_mb=$(peak_mb "$bin" run "$f")
  if [ -n "$have_node" ]; then
    grep -q "PRELUDE: fetch" "$f" && pre=(-r "$root/tools/prelude.js")
    nd=$(median_ms "$out/node.out" node "${pre[@]}" "$f")
    nd_mb=$(peak_mb node "${pre[@]}" "$f")
    ratio=$(awk -v a="$nd" -v b="$tt" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
    same=no
    cmp -s "$out/tt.out" "$out/node.out" && same=yes
    sum_tt=$(awk -v a="$sum_tt" -v b="$tt" 'BEGIN { print a + b }')
    sum_node=$(awk -v a="$sum_node" -v b="$nd" 'BEGIN { print a + b }')
  else
    nd="-" nd_mb="-" ratio="-" same="-"
  fi
  printf "%-28s | %9s %7s | %9s %7s | %8s %5s\n" "$name" "$tt" "$tt_mb" "$nd" "$nd_mb" "$ratio" "$same"
}

printf "%-28s | %9s %7s | %9s %7s | %8s %5s\n" program tt_ms tt_MB node_ms node_MB node/tt same
shopt -s nullglob
sum_tt=0 sum_node=0
for f in "$root"/specs/seed/*.js "$root"/specs/seed/*.mjs; do row "$f"; done
if [ -n "$have_node" ]; then
  awk -v a="$sum_node" -v b="$sum_tt" 'BEGIN { printf "seed examples in total: node %.0f ms, ticktock %.0f ms (%.1fx)\n", a, b, a / b }'
fi
for f in "$out"/jobs_1e6.js "$out"/chain_1e5.js "$out"/timers_1e5.js; do row "$f"; done
echo "(median wall time of $runs runs each; memory from one run)"
