#!/usr/bin/env bash
# Brings up the project's PostgreSQL and Redis, builds, migrates, loads the demo data, creates a
# demo admin when the database has no admin yet, and serves on 127.0.0.1:8080. Starts the solar
# monitoring simulator (stopped again on exit) and points the server at it, unless MONITORING_URL
# is set; creates a demo plant when there is none.
#
# Environment: PORT, HOST and the other settings in docs/configuration.md pass through to
# `energygraph serve`; EG_SCRATCH_PATH picks a build folder other than .build;
# EG_DEMO_ADMIN_EMAIL / EG_DEMO_ADMIN_PASSWORD name the demo admin (defaults below); SIMULATOR_PORT
# (8090) and the other SIMULATOR_* variables (`monitoring-simulator --help`) configure the simulator.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

eval "$(bash scripts/dev-services.sh | sed 's/^/export /')"
bash scripts/explorer-assets.sh >/dev/null  # GraphiQL files for the offline explorer (.venv)
scratch=(); [ -n "${EG_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$EG_SCRATCH_PATH")

swift build "${scratch[@]}" --product energygraph
swift build "${scratch[@]}" --product monitoring-simulator
bindir="$(swift build "${scratch[@]}" --show-bin-path)"
bin="$bindir/energygraph"
"$bin" migrate
# Demo data: the sample parked vehicles, once (skipped when a vehicle is already parked).
parking_seed="$(cd .. && pwd)/shared/data/seeds/parking/vehicles.csv"
if [ -f "$parking_seed" ]; then "$bin" parking-demo-data --file "$parking_seed" || echo "parking demo vehicles not imported" >&2; fi
# Demo data: the real meter files beside the repository (a re-run reports them as duplicates).
meter_seeds="$(cd .. && pwd)/shared/data/seeds/meters"
if [ -d "$meter_seeds" ]; then "$bin" import-meters --no-progress "$meter_seeds" || echo "meter demo files not all imported" >&2; fi
# Demo data: the sample swap history, once (skipped when stations exist already).
if [ -d ../shared/data/seeds/swaps ]; then "$bin" import-swaps --if-empty ../shared/data/seeds/swaps; fi

# The demo admin: created once; later runs leave the accounts as they are.
email="${EG_DEMO_ADMIN_EMAIL:-admin@example.com}"
password="${EG_DEMO_ADMIN_PASSWORD:-energygraph-demo}"
created="$(printf '%s\n' "$password" | "$bin" user create --email "$email" --name "Demo admin" --role ADMIN \
  --password-stdin --unless-admin-exists --log-level warning)"
echo "$created"
host="${HOST:-127.0.0.1}"; port="${PORT:-8080}"
if [[ "$created" == Created* ]]; then
  login="$email / $password"
else
  login="the existing ADMIN's email and password (the demo admin is made only in a database without one)"
fi
cat <<MSG

EnergyGraph on http://$host:$port/graphql (open it in a browser for the explorer).
Sign in as $login:
  curl -s http://$host:$port/graphql -H 'Content-Type: application/json' \\
    -d '{"query":"mutation { login(email: \"$email\", password: \"$password\") { token userErrors { message } } }"}'
then send the token as the header  Authorization: Bearer <token>  (explorer: the Headers tab).

MSG

# Demo data, idempotent: the charging-plots sample when the shared seeds sit beside the repository.
piles_seed=../shared/data/seeds/charging-plots/charging_plots_seed.json
if [ -f "$piles_seed" ]; then
    printf '%s\n' "${DEMO_USERS_PASSWORD:-charging-demo-pw}" | "$bin" import-piles --users-password-stdin "$piles_seed"
    echo "Charging-pile demo users (w@example.com, lin@example.com, zhao@example.com) sign in with password ${DEMO_USERS_PASSWORD:-charging-demo-pw}"
fi

# The monitoring simulator, unless a monitoring service is configured; stopped when this script ends.
if [ -z "${MONITORING_URL:-}" ]; then
    export SIMULATOR_PORT="${SIMULATOR_PORT:-8090}"
    "$bindir/monitoring-simulator" &
    simulator_pid=$!
    trap 'kill "$simulator_pid" 2>/dev/null || true; wait "$simulator_pid" 2>/dev/null || true' EXIT
    export MONITORING_URL="http://127.0.0.1:$SIMULATOR_PORT/"
fi
"$bin" demo-plant

"$bin" serve --host "$host" --port "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; kill "${simulator_pid:-}" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
wait "$server_pid"
