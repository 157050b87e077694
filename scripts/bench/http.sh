#!/usr/bin/env bash
# Load figures over HTTP on loopback with wrk (see shared/bench/README.md, "Over HTTP").
#
# One run measures, with the same release binary (`energygraph bench-serve`):
#   - `{ __typename }`, a_small and b_nested_list through POST /graphql (document cache on),
#   - the same bodies on the bare routes /bare/<name>, which answer the same bytes without GraphQL,
#   - b_nested_list on graphql-js over Node's http module (the shared peer server),
# at 1 and 32 connections, then prints the goals: a_small ≥ 70 % of its bare route, b_nested_list
# ≥ 3× graphql-js, p99 at 32 connections within 2× the bare route's.
#
# Environment: SECONDS_PER_RUN (default 10), CONNS (default 1,32), QUIET (CPU-idle wait before each
# wrk run, default 0 = off), EG_BENCH_BIN (a built energygraph; default: build release into
# .build-http-rel), EG_SHARED (default ../shared), OUT (default bench-out/http).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

shared="${EG_SHARED:-$(cd .. && pwd)/shared}"
http="$shared/bench/http"
workload="$shared/bench/workload"
out="${OUT:-bench-out/http}"
seconds="${SECONDS_PER_RUN:-10}"
conns="${CONNS:-1,32}"
quiet="${QUIET:-0}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
[ -f "$workload/data.json" ] || python3 "$workload/gen_data.py" >/dev/null

bin="${EG_BENCH_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --scratch-path .build-http-rel --product energygraph >&2
  bin="$(swift build -c release --scratch-path .build-http-rel --show-bin-path)/energygraph"
fi

mkdir -p "$out/bodies"
python3 "$http/make_bodies.py" "$out/bodies" >/dev/null
printf '{"query":"{ __typename }"}' > "$out/bodies/typename.json"
rm -f "$out"/*.json

port=18090
run() { # name path body-name server-command...
  local name="$1" path="$2" body="$3"; shift 3
  port=$((port + 1))
  python3 "$http/wrk_run.py" --name "$name" --port "$port" --path "$path" --body "$out/bodies/$body.json" \
    --conns "$conns" --seconds "$seconds" --quiet "$quiet" --check-out "$out/check" \
    --json-out "$out/$name-$body.json" -- "$@" --port "$port"
}

echo "| server | body | conns | req/s | p50 ms | p90 ms | p99 ms | transfer/s | errors | busy |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for body in typename a_small b_nested_list; do
  run energygraph /graphql "$body" "$bin" bench-serve --workload "$workload"
  run bare "/bare/$body" "$body" "$bin" bench-serve --workload "$workload"
done
port=$((port + 1))
python3 "$http/wrk_run.py" --name graphql-js --port "$port" --body "$out/bodies/b_nested_list.json" --conns "$conns" \
  --seconds "$seconds" --quiet "$quiet" --json-out "$out/graphql-js-b_nested_list.json" -- node "$http/graphql_js_server.js" "$port"

python3 - "$out" <<'PY'
import json, glob, os, sys
out = sys.argv[1]
rows = {}
for f in glob.glob(os.path.join(out, "*.json")):
    for r in json.load(open(f)):
        rows[(r["server"], r["body"].removesuffix(".json"), r["conns"])] = r
def get(s, b, c): return rows.get((s, b, c))
print()
for body in ("typename", "a_small", "b_nested_list"):
    a, b = (os.path.join(out, "check", f"{s}-{body}.json") for s in ("energygraph", "bare"))
    if os.path.exists(a) and os.path.exists(b):
        same = open(a, "rb").read() == open(b, "rb").read()
        print(f"{body}: /graphql and /bare/{body} answer {'the same bytes' if same else 'DIFFERENT bytes'} ({os.path.getsize(a)} bytes)")
for body in ("typename", "a_small", "b_nested_list"):
    for c in sorted({k[2] for k in rows}):
        e, b = get("energygraph", body, c), get("bare", body, c)
        if e and b and b["rps"]:
            print(f"{body} @{c}: energygraph {e['rps']:,.0f} req/s = {100*e['rps']/b['rps']:.0f} % of bare {b['rps']:,.0f}; "
                  f"p99 {e['p99_ms']:.2f} ms vs bare {b['p99_ms']:.2f} ms ({e['p99_ms']/b['p99_ms']:.2f}x)")
for c in sorted({k[2] for k in rows}):
    e, g = get("energygraph", "b_nested_list", c), get("graphql-js", "b_nested_list", c)
    if e and g and g["rps"]:
        print(f"b_nested_list @{c}: energygraph {e['rps']:,.0f} req/s = {e['rps']/g['rps']:.2f}x graphql-js {g['rps']:,.0f}")
PY
