#!/usr/bin/env bash
# parse_speed.sh BIN [RUNS] - parse throughput of `BIN parse`.
# Generates a ~1 MB program of representative spec code (functions, async
# functions, classes, promise chains, timers, templates, object and array
# literals, destructuring, loops; every unit varies in names and numbers),
# parses it RUNS times (default 7) and prints the median in MB/s.  The
# program is written to bench/out/ (ignored by git).
set -eu
bin=${1:?usage: parse_speed.sh BIN [RUNS]}
runs=${2:-7}
out=$(cd "$(dirname "$0")" && pwd)/out
mkdir -p "$out"
prog=$out/parse_speed.js
awk -v target=1048576 'BEGIN {
  srand(42); n = 0; size = 0
  while (size < target) {
    k = n % 6; v = int(rand() * 1000)
    if (k == 0) s = sprintf("function work%d(items, limit = %d) {\n  let total = 0\n  for (let i = 0; i < items.length; i++) {\n    if (items[i] > limit) continue\n    total += items[i] * %d\n  }\n  return total\n}\n", n, v, v % 7 + 1)
    else if (k == 1) s = sprintf("async function fetchUser%d(id) {\n  try {\n    const res = await request(`/api/users/${id}?v=%d`)\n    const { name, tags = [] } = await res.json()\n    return { id, name, tags: [...tags, \"u%d\"] }\n  } catch (err) {\n    console.log(\"failed\", id, err.message)\n    return null\n  } finally {\n    done%d = true\n  }\n}\n", n, v, n, n)
    else if (k == 2) s = sprintf("class Queue%d extends Base {\n  static count = %d\n  items = []\n  constructor(name) {\n    super(name)\n    this.name = name ?? \"q%d\"\n  }\n  get size() { return this.items.length }\n  push(x) { this.items.push(x); return this }\n  async *drain() {\n    while (this.items.length) yield this.items.shift()\n  }\n}\n", n, v, n)
    else if (k == 3) s = sprintf("Promise.resolve(%d)\n  .then((x) => x + 1)\n  .then((x) => new Promise((resolve) => setTimeout(() => resolve(x * 2), %d)))\n  .catch((e) => console.error(e))\n  .finally(() => console.log(\"chain %d done\"))\nsetTimeout(() => console.log(\"timer %d\"), %d)\nqueueMicrotask(() => log%d?.call(null, `tick ${%d}`))\n", v, v % 50, n, n, v % 100, n, v)
    else if (k == 4) s = sprintf("const config%d = {\n  name: \"svc-%d\",\n  retries: %d,\n  enabled: %s,\n  limits: { cpu: %d.5, memory: \"%dMi\" },\n  handlers: [a => a, (b, c) => b + c, function named() { return %d }],\n  [`key${%d}`]: null,\n  nested: { deep: { deeper: [1, 2, { x: %d }] } },\n}\nconst { retries: r%d, limits: { cpu: c%d } } = config%d\n", n, n, v % 5, (v % 2 ? "true" : "false"), v % 8, v, v, n, v, n, n, n)
    else s = sprintf("for (const [key, value] of Object.entries(table%d)) {\n  switch (typeof value) {\n    case \"number\": sum%d += value > %d ? value : -value; break\n    case \"string\": names%d.push(`${key}=${value}`); break\n    default: if (!value || value.skip) continue\n  }\n}\nlet w%d = 0\ndo { w%d++ } while (w%d < %d && !stop%d)\n", n % 97, n % 13, v, n % 13, n, n, n, v % 10, n % 5)
    printf "%s", s; size += length(s); n++
  }
}' > "$prog"
bytes=$(wc -c < "$prog")
"$bin" parse "$prog" || { echo "parse_speed: the generated program does not parse" >&2; exit 1; }
times=()
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  "$bin" parse "$prog"
  t1=$(date +%s%N)
  times+=($((t1 - t0)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
awk -v b="$bytes" -v ns="$median" -v r="$runs" 'BEGIN {
  printf "parse speed: %.1f MB/s (%d bytes in %.1f ms, median of %d runs)\n", b / 1048576 / (ns / 1e9), b, ns / 1e6, r }'
