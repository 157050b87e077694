#!/usr/bin/env bash
# Meter import and query figures (issue #10):
#   1. `energygraph import-meters` of a generated LP file of ROWS rows (default 1,000,000): one
#      meter, 5-minute readings through 2019 for several data types; prints rows/s and peak RSS;
#   2. `dailyAggregates` over that year for the one meter through POST /graphql on a live
#      `energygraph serve`: one data type (365 days) and all data types, RUNS requests each,
#      median and worst client-side time (curl, loopback).
# Each run uses a fresh database on the PostgreSQL of EG_BENCH_DATABASE_URL (default: the project's
# dev/test server) and drops it afterwards.
#
# Environment: ROWS, RUNS (default 30), EG_BENCH_BIN (a built energygraph; default: release build
# into .build), EG_BENCH_DATABASE_URL, REDIS_URL, PORT (default 18180), OUT (default bench-out/meters).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

rows="${ROWS:-1000000}"
runs="${RUNS:-30}"
port="${PORT:-18180}"
out="${OUT:-bench-out/meters}"
admin_url="${EG_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:54329/postgres}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:63799}"
export JWT_SECRET="meters-bench-secret-0123456789-abcdefghij"
export BCRYPT_COST=4

bin="${EG_BENCH_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --product energygraph >&2
  bin="$(swift build -c release --show-bin-path)/energygraph"
fi

mkdir -p "$out"
file="$out/LP_900000001_20200101T000000.csv"
python3 - "$file" "$rows" <<'PY'
import math, sys
path, rows = sys.argv[1], int(sys.argv[2])
types = [("Import Wh Total", "kwh"), ("Export Wh Total", "kwh"), ("Import varh Total", "kvarh"),
         ("Export varh Total", "kvarh"), ("Voltage Phase A Max", "V"), ("Voltage Phase B Max", "V"),
         ("Voltage Phase C Max", "V"), ("Current Total", "A"), ("Phase Angle A", "deg"), ("Phase Angle B", "deg")]
per_year = 365 * 288
with open(path, "w") as f:
    f.write("MeterPoint Code,Serial Number,Plant Code,Date/Time,Data Type,Data Value,Units,Status\n")
    n = 0
    for t, (name, units) in enumerate(types):
        for i in range(per_year):
            if n == rows: break
            minutes = i * 5
            day, minute = divmod(minutes, 1440)
            # 2019 is not a leap year: day of year -> date
            month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            m = 0
            d = day
            while d >= month_days[m]:
                d -= month_days[m]; m += 1
            value = 100 + 50 * math.sin(i / 288 * 2 * math.pi) + (i * 7919 % 13) - t
            f.write(f"900000001,900000001,BENCH01,{d + 1:02d}/{m + 1:02d}/2019 {minute // 60:02d}:{minute % 60:02d}:00,"
                    f"{name},{value:.6f},{units},{'GN' if i % 10 else ''}\n")
            n += 1
print(f"generated {n} rows, {sum(1 for _ in open(path)) - 1} data lines", file=sys.stderr)
PY
bytes=$(stat -c %s "$file")

db="eg_bench_meters_$$"
psql -q "$admin_url" -c "CREATE DATABASE $db" >/dev/null
db_url="${admin_url%/*}/$db"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$bin" migrate --database-url "$db_url" >/dev/null
/usr/bin/time -v "$bin" import-meters --no-progress --database-url "$db_url" --database-statement-timeout 0 --log-level warning "$file" \
  > "$out/import.txt" 2> "$out/import-time.txt"
cat "$out/import.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/import-time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/import-time.txt")
seconds=$(python3 -c "import sys; p=[float(x) for x in sys.argv[1].split(':')]; print(p[0]*60+p[1] if len(p)==2 else p[0]*3600+p[1]*60+p[2])" "$wall")
readings=$(psql -tA "$db_url" -c "SELECT count(*) FROM meter_readings")
echo "import: $rows rows ($((bytes / 1048576)) MiB) in ${seconds}s (whole command, incl. start-up and migrations check) = $(python3 -c "print(f'{$rows/$seconds:,.0f}')") rows/s; peak RSS $((rss_kb / 1024)) MiB; readings stored: $readings"

# Re-import of the same content: a duplicate, nothing changed.
/usr/bin/time -f "%e" "$bin" import-meters --no-progress --database-url "$db_url" --log-level warning "$file" 2> "$out/dup-time.txt"
echo "re-import (duplicate check, sha256 of the file): $(tail -1 "$out/dup-time.txt")s"

printf '%s\n' "bench-password-123" | "$bin" user create --email bench@example.com --name Bench --role VIEWER \
  --password-stdin --database-url "$db_url" >/dev/null
"$bin" serve --port "$port" --database-url "$db_url" --log-level warning > "$out/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
token=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"mutation { login(email: \"bench@example.com\", password: \"bench-password-123\") { token } }"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')

measure() { # label query
  local label="$1" body
  body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")
  curl -s -o "$out/response.json" "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
    -H "authorization: Bearer $token" -d "$body"
  local count
  count=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "errors" not in d, d; print(len(d["data"]["meter"]["dailyAggregates"]))' "$out/response.json")
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
      -H "authorization: Bearer $token" -d "$body"
  done | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
print(f'$label: {$count} aggregates; median {t[len(t)//2]:.1f} ms, worst {t[-1]:.1f} ms over {len(t)} requests')"
}
measure "dailyAggregates, one data type, 2019" \
  '{ meter(meterPointCode: "900000001", serialNumber: "900000001") { dailyAggregates(from: "2019-01-01", to: "2019-12-31", dataType: "Import Wh Total") { date dataType units count min max avg } } }'
measure "dailyAggregates, all data types, 2019" \
  '{ meter(meterPointCode: "900000001", serialNumber: "900000001") { dailyAggregates(from: "2019-01-01", to: "2019-12-31") { date dataType units count min max avg } } }'
psql -tA "$db_url" -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT meter_id, day, data_type, units, reading_count, value_sum, value_min, value_max FROM meter_daily_aggregates WHERE meter_id = ANY('{1}') AND day >= '2019-01-01' AND day <= '2019-12-31' ORDER BY meter_id, day, data_type, units" \
  | sed 's/^/  plan: /'
