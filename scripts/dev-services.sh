#!/usr/bin/env bash
# Brings up the project's own PostgreSQL and Redis, idempotently.
#
# - installs the Debian packages that are missing (postgresql, libpq-dev, redis-server,
#   libhiredis-dev, plus any in EG_EXTRA_PACKAGES), with apt-get, as root or through sudo;
# - keeps their data under .local/ (git-ignored), on their own ports, so they never clash with
#   a system PostgreSQL (5432) or Redis (6379);
# - starts each only if it is not already running, and creates the `energygraph` database.
#
# Settings (environment): EG_PG_PORT (54329), EG_REDIS_PORT (63799), EG_EXTRA_PACKAGES.
# Prints the DATABASE_URL and REDIS_URL to use.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${EG_PG_PORT:-54329}"
REDIS_PORT="${EG_REDIS_PORT:-63799}"
LOCAL="$ROOT/.local"

log() { echo "[services] $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in postgresql libpq-dev redis-server libhiredis-dev ${EG_EXTRA_PACKAGES:-}; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# PostgreSQL refuses to run as root: as root, it runs as the `postgres` system user.
pg_user_run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    local bin version data
    version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    bin="/usr/lib/postgresql/$version/bin"
    data="$LOCAL/pg"
    mkdir -p "$LOCAL"
    if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$LOCAL"; then
        # The checkout sits where the postgres user cannot reach (e.g. under /root): keep the
        # cluster in a folder it can reach, linked from .local/pg.
        local outside="/var/tmp/energygraph-$(echo "$ROOT" | md5sum | cut -c1-12)/pg"
        mkdir -p "$outside"
        [ -L "$data" ] || { rm -rf "$data"; ln -s "$outside" "$data"; }
        data="$outside"
        log "checkout not readable by postgres; cluster lives in $outside"
    fi
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    chmod 700 "$data"
    if [ ! -f "$data/PG_VERSION" ]; then
        log "initdb $data"
        pg_user_run "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C >/dev/null
    fi
    if pg_user_run "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        log "PostgreSQL already running on $PG_PORT"
    else
        log "starting PostgreSQL $version on 127.0.0.1:$PG_PORT"
        if ! pg_user_run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
            -o "-p $PG_PORT -k '' -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null; then
            log "PostgreSQL did not start (is port $PG_PORT taken? set EG_PG_PORT); end of $data/server.log:"
            tail -n 20 "$data/server.log" >&2
            return 1
        fi
    fi
    if [ "$(psql "postgres://postgres@127.0.0.1:$PG_PORT/postgres" -tAc \
            "SELECT 1 FROM pg_database WHERE datname = 'energygraph'")" != "1" ]; then
        psql "postgres://postgres@127.0.0.1:$PG_PORT/postgres" -qc "CREATE DATABASE energygraph" >/dev/null
    fi
}

start_redis() {
    local data="$LOCAL/redis"
    mkdir -p "$data"
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        log "Redis already running on $REDIS_PORT"
        return 0
    fi
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$data" --daemonize yes \
        --pidfile "$data/redis.pid" --logfile "$data/redis.log" --save "" --appendonly no
    for _ in $(seq 1 100); do
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    log "Redis did not start (is port $REDIS_PORT taken? set EG_REDIS_PORT); end of $data/redis.log:"
    tail -n 20 "$data/redis.log" >&2
    return 1
}

install_missing
start_postgres
start_redis
echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/energygraph"
echo "REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
