#!/usr/bin/env bash
# The polling figure of parking (issue #8): wrk on loopback against chargingStatus(plate) for
# 1,000 parked vehicles, beside `{ __typename }` on the same server in the same run, and the
# PostgreSQL statements executed while each ran (chargingStatus must run none: it is answered
# from Redis). Goal: chargingStatus at ≥ 60 % of `{ __typename }`'s requests per second.
#
# Uses DATABASE_URL/REDIS_URL's servers (default: scripts/dev-services.sh), a database of its own
# (eg_bench_parking, recreated) and Redis database 7 (flushed).
#
# Environment: SECONDS_PER_RUN (default 10), CONNS (default 32), THREADS (default 2),
# CONFIG (release or debug, default release), EG_BENCH_BIN (a built energygraph; default:
# build CONFIG into .build-bench-<CONFIG>), PORT (default 18190).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds="${SECONDS_PER_RUN:-10}"
conns="${CONNS:-32}"
threads="${THREADS:-2}"
config="${CONFIG:-release}"
port="${PORT:-18190}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

# DATABASE_URL and REDIS_URL when set (services already running), else the project's own.
if [ -z "${DATABASE_URL:-}" ] || [ -z "${REDIS_URL:-}" ]; then
  eval "$(bash scripts/dev-services.sh | sed 's/^/export /')"
fi
db=eg_bench_parking
admin_url="${DATABASE_URL%/*}/postgres"
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
export DATABASE_URL="${DATABASE_URL%/*}/$db"
redis_base="$(echo "$REDIS_URL" | sed -E 's#^(redis://[^/]+).*#\1#')"
export REDIS_URL="$redis_base/7"
redis_port="${redis_base##*:}"
redis-cli -p "$redis_port" -n 7 FLUSHDB >/dev/null

bin="${EG_BENCH_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c "$config" --scratch-path ".build-bench-$config" --product energygraph >&2
  bin="$(swift build -c "$config" --scratch-path ".build-bench-$config" --show-bin-path)/energygraph"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null
  grep -i "parking" "$work/server.log" | head -5 >&2 || true  # e.g. a Redis timeout that sent reads to PostgreSQL
  rm -rf "$work"
}
trap cleanup EXIT

password="bench-operator-password"
echo "$password" | BCRYPT_COST=4 "$bin" user create --email bench-operator@example.com --name "Bench operator" \
  --role OPERATOR --password-stdin --log-level error >/dev/null
# Background work off (job workers poll the jobs table every second, the booking sweep runs every
# minute), so the statement counts below are the requests' own.
JOBS_WORKERS=0 SOLAR_DAILY_SYNC=false BOOKING_SWEEP_INTERVAL=3600 LOG_LEVEL=warning \
  "$bin" serve --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

post() { curl -fs -H 'Content-Type: application/json' ${2:+-H "Authorization: Bearer $2"} --data-binary "@$1" "http://127.0.0.1:$port/graphql"; }
printf '{"query":"mutation { login(email: \\"bench-operator@example.com\\", password: \\"%s\\") { token } }"}' "$password" >"$work/login.json"
token="$(post "$work/login.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')"

# 1,000 vehicles, all still charging (so every answer computes a live estimate).
python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
lines = [f"BENCH{i:04d},{10 + i % 40},{100 + i % 50},{80 + i % 20},{7 + i % 15}" for i in range(1000)]
query = "mutation($csv: String!) { importVehicles(input: {csv: $csv}) { report { accepted rejected } } }"
json.dump({"query": query, "variables": {"csv": "\n".join(lines)}}, open(os.path.join(work, "import.json"), "w"))
status = "query($p: String!) { chargingStatus(plate: $p) { plate state chargeKwh chargePercent desiredPercent ready readyAt secondsToReady asOf } }"
bodies = [json.dumps({"query": status, "variables": {"p": f"BENCH{i:04d}"}}) for i in range(1000)]
with open(os.path.join(work, "status.lua"), "w") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nlocal bodies = {\n')
    for b in bodies:
        f.write("  " + json.dumps(b) + ",\n")
    f.write("}\nlocal i = 0\nrequest = function()\n  i = i % #bodies + 1\n  return wrk.format(nil, nil, nil, bodies[i])\nend\n")
with open(os.path.join(work, "typename.lua"), "w") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = \'{"query":"{ __typename }"}\'\n')
with open(os.path.join(work, "one.json"), "w") as f:
    f.write(bodies[0])
PY
imported="$(post "$work/import.json" "$token")"
echo "import: $imported"
# Settle autovacuum's work on the new tables now: its transactions would count below.
psql -q "$DATABASE_URL" -c "VACUUM ANALYZE" >/dev/null
echo "sample: $(post "$work/one.json")"

# PostgreSQL's statistics: every statement outside an explicit transaction is one transaction
# of the bench database; idle backends flush their counts within 10 s (PostgreSQL 15). The
# count also includes autovacuum's transactions, hence the VACUUM ANALYZE above.
statements() { sleep 11; psql -Atq "$admin_url" -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$db'"; }

run() { # name lua
  local before after
  before="$(statements)"
  wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s "$work/$2.lua" "http://127.0.0.1:$port/graphql" >"$work/$1.txt"
  after="$(statements)"
  echo "$1 $(awk '/Requests\/sec/ {print $2}' "$work/$1.txt") $(awk '/ 99%/ {print $2}' "$work/$1.txt") $((after - before)) \
$(awk '/Non-2xx|Socket errors/ {print}' "$work/$1.txt" | tr '\n' ' ')"
}

# Calibration: 5 list queries must show up as (at least) 5 statements, so a 0 below means 0.
calibrate() {
  local before after
  printf '{"query":"{ vehicles(parked: true) { totalCount } }"}' >"$work/list.json"
  before="$(statements)"
  for _ in 1 2 3 4 5; do post "$work/list.json" "$token" >/dev/null; done
  after="$(statements)"
  echo "calibration (5 x vehicles(parked: true) { totalCount }): $((after - before)) statements" >&2
}
calibrate

# Two rounds, alternating, so a change in the machine's load hits both requests alike.
{
  run typename typename
  run chargingStatus status
  run typename typename
  run chargingStatus status
} | tee "$work/results.txt"

python3 - "$work/results.txt" "$conns" "$seconds" "$config" <<'PY'
import sys
rows = {"typename": [], "chargingStatus": []}
for line in open(sys.argv[1]):
    parts = line.split()
    rows[parts[0]].append((float(parts[1]), parts[2], int(parts[3]), " ".join(parts[4:])))
conns, seconds, config = sys.argv[2], sys.argv[3], sys.argv[4]
names = {"typename": "{ __typename }", "chargingStatus": "chargingStatus(plate), 1,000 plates"}
print()
print(f"| round | request | conns | req/s | p99 | PostgreSQL statements during the run | errors |")
print(f"| --- | --- | --- | --- | --- | --- | --- |")
for round in range(len(rows["typename"])):
    for key in ("typename", "chargingStatus"):
        r = rows[key][round]
        print(f"| {round + 1} | {names[key]} | {conns} | {r[0]:,.0f} | {r[1]} | {r[2]} | {r[3] or 'none'} |")
t = (sum(r[0] for r in rows["typename"]), 0, sum(r[2] for r in rows["typename"]))
c = (sum(r[0] for r in rows["chargingStatus"]), 0, sum(r[2] for r in rows["chargingStatus"]))
share = 100 * c[0] / t[0]
print(f"\nchargingStatus = {share:.0f} % of {{ __typename }} ({config} build, {seconds} s per run); goal ≥ 60 %: "
      f"{'met' if share >= 60 else 'NOT met'}; statements during chargingStatus: {c[2]} (must be 0): {'met' if c[2] == 0 else 'NOT met'}")
PY
