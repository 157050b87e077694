#!/usr/bin/env bash
# Parse speed on a document of at least 1 MiB: `gql bench --phases parse` and graphql-js' parse on
# the same file in the same run, with the ratio (ops/s of gql over ops/s of graphql-js).
#
#   scripts/bench/parse-1mb.sh [SIZE_BYTES]
#
# GQL picks the gql binary (default: builds .build/release/gql); the graphql-js side follows the
# bench contract's loop (warm-up, then timed iterations until MAX_SECONDS) inside one node process.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
size="${1:-1048576}"
max_seconds="${MAX_SECONDS:-5}"
if [ -z "${GQL:-}" ]; then
  swift build -c release --product gql >/dev/null
  GQL=.build/release/gql
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/bench/gen_big_document.py "$size" > "$work/big.graphql"
printf 'schema { query: Query } type Query { a: Int }\n' > "$work/schema.graphql"
echo "document: $(wc -c < "$work/big.graphql") bytes"

"$GQL" bench --schema "$work/schema.graphql" --query "$work/big.graphql" --phases parse \
  --iterations 1000 --warmup 20 --max-seconds "$max_seconds" | tail -n 1 > "$work/gql.json"

node - "$work/big.graphql" "$max_seconds" > "$work/js.json" <<'JS'
const fs = require('fs');
let G;
for (const c of [process.env.GRAPHQL_JS_PATH, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean)) {
  try { G = require(c); break; } catch (e) { /* next */ }
}
if (!G) { console.error('graphql-js not found: apt-get install node-graphql'); process.exit(2); }
const text = fs.readFileSync(process.argv[2], 'utf8');
const maxSeconds = parseFloat(process.argv[3]);
const clock = process.hrtime.bigint;
const warmEnd = clock() + BigInt(Math.round(maxSeconds * 0.25e9));
for (let i = 0; i < 20 && clock() < warmEnd; i++) G.parse(text);
const samples = [];
const end = clock() + BigInt(Math.round(maxSeconds * 1e9));
for (let i = 0; i < 1000; i++) {
  const t0 = clock(); G.parse(text); const t1 = clock();
  samples.push(Number(t1 - t0) / 1000);
  if (i >= 2 && t1 > end) break;
}
samples.sort((a, b) => a - b);
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
console.log(JSON.stringify({ engine: 'graphql-js ' + G.version, phases: { parse: {
  iterations: samples.length, ops_per_s: 1e6 / mean, mean_us: mean,
  p50_us: samples[Math.round((samples.length - 1) * 0.5)], min_us: samples[0] } } }));
JS

python3 - "$work/gql.json" "$work/js.json" <<'PY'
import json, sys
ours, js = (json.load(open(p))["phases"]["parse"] for p in sys.argv[1:3])
print(f"{'engine':12s} {'iterations':>10s} {'mean ms':>10s} {'p50 ms':>10s} {'min ms':>10s}")
for name, r in (("gql", ours), ("graphql-js", js)):
    print(f"{name:12s} {r['iterations']:>10d} {r['mean_us']/1000:>10.2f} {r['p50_us']/1000:>10.2f} {r['min_us']/1000:>10.2f}")
print(f"ratio gql/graphql-js (ops/s, from means): {ours['ops_per_s'] / js['ops_per_s']:.2f}x; "
      f"from medians: {js['p50_us'] / ours['p50_us']:.2f}x")
PY
