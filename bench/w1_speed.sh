#!/usr/bin/env bash
# w1_speed.sh BIN [NMIN [NMAX]] - the "n independent fetches" workload,
# explored by `BIN check` and by SPIN, side by side.
#
#   for (let i = 0; i < n; i++) op(i).then(() => console.log(i));
#
# with op(i) an I/O of unknown latency (fs.readFile).  Every completion order
# is possible, so there are n! outputs; ticktock merges schedules into 2^n
# states.  For each n (default 4..20) it prints ticktock's states,
# transitions, the transitions it ran (the partial-order reduction adds the
# others without running them), wall time, CPU time (user + system), peak memory (GNU time's
# %M) and output_count from `check --format json` (checked against n!), then
# SPIN's figures for the same workload written in Promela (one event-loop
# process; a pool of pending completions, any of which may fire when the
# microtask FIFO is empty; the console output is part of the state vector),
# and the ratios ticktock/SPIN of CPU time and of peak memory (CPU time, not
# wall time: on a shared machine wall time depends on the load; both are
# printed).  Once SPIN exceeds SPIN_LIMIT CPU seconds (default 60) larger
# n are not tried.  TT_LIMIT (default 1200) bounds each ticktock run.
#
# Needs bash and coreutils; GNU time (/usr/bin/time) for memory; spin and a
# C compiler for the SPIN columns (left out with a note when missing).
# Nothing here asserts timings: it prints a table.  Files go to bench/out/.
set -u
bin=${1:?usage: w1_speed.sh BIN [NMIN [NMAX]]}
nmin=${2:-4}
nmax=${3:-20}
spin_limit=${SPIN_LIMIT:-60} # CPU seconds
tt_limit=${TT_LIMIT:-1200}
out=$(cd "$(dirname "$0")" && pwd)/out/w1
mkdir -p "$out"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

gnu_time=""
if /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then gnu_time=/usr/bin/time; fi
have_spin=""
if command -v spin >/dev/null && command -v "${CC:-cc}" >/dev/null; then have_spin=1; fi

# measure TAG CMD...: runs CMD (stdout to $out/TAG.out, stderr to
# $out/TAG.err) and sets ms (wall milliseconds), cpu_ms (user + system
# milliseconds), kb (peak RSS) and rc; cpu_ms and kb are "?" without GNU
# time.
measure() {
  local tag=$1
  shift
  local t0 t1 line
  t0=$(date +%s%N)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -f "%U %S %M" -o "$out/$tag.mem" "$@" > "$out/$tag.out" 2> "$out/$tag.err"
    rc=$?
    line=$(tail -n 1 "$out/$tag.mem")
    kb=${line##* }
    cpu_ms=$(echo "$line" | awk 'NF == 3 { printf "%d", ($1 + $2) * 1000 }')
    case $kb in *[!0-9]*|"") kb="?" ;; esac
    case $cpu_ms in *[!0-9]*|"") cpu_ms="?" ;; esac
  else
    "$@" > "$out/$tag.out" 2> "$out/$tag.err"
    rc=$?
    kb="?" cpu_ms="?"
  fi
  t1=$(date +%s%N)
  ms=$(((t1 - t0) / 1000000))
}

js() { # js N: the workload in JavaScript
  cat <<EOF
// W1 "n independent fetches": op(i) is an I/O of unknown latency.
const fs = require("fs");
const op = (i) => new Promise((r) => fs.readFile(__filename, () => r(i)));
for (let i = 0; i < $1; i++) op(i).then(() => console.log(i));
EOF
}

pml() { # pml N: the same workload in Promela (one transition per JS callback)
  local n=$1 i
  echo "/* W1 'n independent fetches', n = $n */"
  echo "chan mtq = [$n] of { byte };  /* the microtask FIFO (promise reaction jobs) */"
  echo "bool pending[$n];             /* I/O completions not delivered yet */"
  echo "byte logv[$n];                /* console output, in order */"
  echo "byte nlog;"
  echo "int m;                        /* scratch of the final check, 0 otherwise */"
  echo "/* the final check reads the log: a variable that is never read would be"
  echo "   left out of the state vector by SPIN, merging different outputs */"
  echo "#define CHECK m = 0; i = 0; do :: i < $n -> m = m | (1 << logv[i]); i++ :: else -> break od; assert(m == (1 << $n) - 1); m = 0; i = 0"
  echo "active proctype EventLoop() {"
  echo "  byte i;"
  printf "  d_step {"
  for ((i = 0; i < n; i++)); do printf " pending[%d] = 1;" "$i"; done
  echo " }  /* the main script starts n operations */"
  echo "end_loop:"
  echo "  do"
  echo "  :: d_step { nempty(mtq) -> mtq?i; logv[nlog] = i; nlog++; i = 0; if :: nlog == $n -> CHECK :: else fi }  /* a then-callback logs i */"
  for ((i = 0; i < n; i++)); do
    echo "  :: d_step { empty(mtq) && pending[$i] -> pending[$i] = 0; mtq!$i }  /* completion $i resolves p$i */"
  done
  echo "  od"
  echo "}"
}

fact() { local f=1 i; for ((i = 2; i <= $1; i++)); do f=$((f * i)); done; echo "$f"; }
json_num() { sed -n "s/.*\"$1\": \([0-9]*\).*/\1/p" "$2" | head -n 1; }
secs() { if [ "$1" = "?" ]; then echo "?"; else awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; fi; }
mb() { if [ "$1" = "?" ]; then echo "?"; else awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "?" || b == "?" || b == 0) print "-"; else printf "%.3g", a / b }'; }

echo "W1 'n independent fetches': ticktock check vs SPIN (limit ${spin_limit} CPU seconds per SPIN run)"
echo "machine: $(uname -sm), $(nproc 2>/dev/null || echo '?') cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1), load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null) at start"
[ -z "$gnu_time" ] && echo "(GNU time not found: no CPU time or memory figures)"
[ -z "$have_spin" ] && echo "(spin or a C compiler not found: no SPIN columns)"
printf "%3s | %9s %10s %9s %8s %8s %8s %20s %4s | %10s %10s %8s %8s %8s | %8s %8s\n" \
  n states transitions ran wall_s cpu_s peak_MB output_count n! spin_states spin_trans wall_s cpu_s peak_MB cpu_ratio mem_ratio
spin_done=""
for ((n = nmin; n <= nmax; n++)); do
  js "$n" > "$out/w1_$n.js"
  measure "tt_$n" timeout "$tt_limit" "$bin" check --format json --max-outputs 1 --max-states 0 "$out/w1_$n.js"
  tt_ms=$ms tt_cpu=$cpu_ms tt_kb=$kb
  f=$out/tt_$n.out
  states=$(json_num states_stored "$f") trans=$(json_num transitions "$f") count=$(json_num output_count "$f")
  inferred=$(json_num transitions_inferred "$f")
  ran="-"
  [ -n "$trans" ] && [ -n "$inferred" ] && ran=$((trans - inferred))
  if [ "$rc" -ne 0 ] || [ -z "$count" ]; then
    states=${states:-"-"} trans=${trans:-"-"} count="failed(rc=$rc)"
  fi
  okf=no
  [ "$count" = "$(fact "$n")" ] && okf=yes
  s_states="-" s_trans="-" s_time="-" s_cpu="-" s_mb="-" t_ratio="-" m_ratio="-"
  if [ -n "$have_spin" ] && [ -z "$spin_done" ]; then
    d=$out/spin_$n
    mkdir -p "$d"
    pml "$n" > "$d/w1.pml"
    w=$((2 * n + 6))
    [ "$w" -gt 26 ] && w=26
    if (cd "$d" && spin -a w1.pml > /dev/null && "${CC:-cc}" -O2 -DMEMLIM=8192 -o pan pan.c 2> cc.err); then
      # the limit is on CPU time (ulimit -t): on a loaded machine a wall-clock
      # limit would stop SPIN early; the wall-clock timeout is a safety net
      measure "spin_$n" timeout $((10 * spin_limit)) bash -c 'ulimit -t "$1"; shift; exec "$@"' _ "$spin_limit" \
        "$d/pan" -m10000 -w"$w"
      if grep -q "states, stored" "$out/spin_$n.out" && [ "$rc" -eq 0 ]; then
        s_states=$(awk '/states, stored/ {print $1; exit}' "$out/spin_$n.out")
        s_trans=$(awk '/transitions \(= stored/ {print $1; exit}' "$out/spin_$n.out")
        s_time=$(secs "$ms") s_cpu=$(secs "$cpu_ms") s_mb=$(mb "$kb")
        t_ratio=$(ratio "$tt_cpu" "$cpu_ms") m_ratio=$(ratio "$tt_kb" "$kb")
      else
        s_cpu=">$spin_limit" spin_done=1
      fi
    else
      s_time="error"
    fi
  fi
  printf "%3d | %9s %10s %9s %8s %8s %8s %20s %4s | %10s %10s %8s %8s %8s | %8s %8s\n" "$n" "$states" "$trans" "$ran" \
    "$(secs "$tt_ms")" "$(secs "$tt_cpu")" "$(mb "$tt_kb")" "$count" "$okf" "$s_states" "$s_trans" "$s_time" "$s_cpu" \
    "$s_mb" "$t_ratio" "$m_ratio"
done
echo "ran: transitions run (the others the partial-order reduction added unrun)"
echo "time and memory are of whole processes (ticktock: parse, explore, analysis, findings, report;"
echo "SPIN: the compiled verifier pan -m10000 -wW, W = min(2n+6, 26); spin -a and cc not counted)"
