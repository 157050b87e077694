#!/usr/bin/env bash
# Brings up the project's PostgreSQL and Redis and runs the whole test suite against them.
#
# Installs what the tests need and is missing (node-graphql for the engine's differential tests
# beside the services' packages). Prints swift test's own output, summary lines included, and
# exits with its status. EG_SCRATCH_PATH picks a build folder other than .build; extra
# arguments go to `swift test` (e.g. --filter StorageTests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

EG_EXTRA_PACKAGES="node-graphql ${EG_EXTRA_PACKAGES:-}" bash scripts/dev-services.sh >/dev/null
bash scripts/explorer-assets.sh >/dev/null  # GraphiQL files for the offline explorer (.venv)
export EG_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:${EG_PG_PORT:-54329}/postgres"
export EG_TEST_REDIS_URL="redis://127.0.0.1:${EG_REDIS_PORT:-63799}"
scratch=(); [ -n "${EG_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$EG_SCRATCH_PATH")

echo "[test] building"
swift build "${scratch[@]}" --build-tests
echo "[test] running"
if [ "$#" -gt 0 ]; then
    exec swift test "${scratch[@]}" --skip-build "$@"
fi
# Two processes: StorageTests time how the cooperative pool and the clients behave (ticks, timeouts),
# so they run on their own, where no other test can occupy the cooperative threads. Then the rest;
# swift test's own summary stays the last thing printed, and the status is non-zero if either failed.
set +e
swift test "${scratch[@]}" --skip-build --filter 'StorageTests\.'
storage=$?
swift test "${scratch[@]}" --skip-build --skip 'StorageTests\.'
rest=$?
[ "$storage" -eq 0 ] && [ "$rest" -eq 0 ]
