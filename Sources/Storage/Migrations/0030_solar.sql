-- Solar plants, their hourly readings from the monitoring service, and sync runs (DOMAIN.md §3).
CREATE TABLE plants (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL CHECK (btrim(name) <> ''),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    -- Oldest day the history walk has queued; the daily job moves it back a year per run.
    backfilled_from date,
    -- The UTC day whose daily sync was last queued for this plant (the daily job is idempotent).
    daily_synced_on date,
    last_success_at timestamptz,
    last_error      text
);
-- Names are unique regardless of case ("Plant A" and "plant a" are the same plant).
CREATE UNIQUE INDEX plants_name_key ON plants (lower(name));

-- One row per plant and hour: a re-sync upserts, never duplicates.
CREATE TABLE plant_readings (
    plant_id             bigint           NOT NULL REFERENCES plants (id) ON DELETE CASCADE,
    hour                 timestamptz      NOT NULL CHECK (extract(epoch FROM hour)::bigint % 3600 = 0),
    energy_expected      double precision NOT NULL,
    energy_observed      double precision NOT NULL,
    irradiation_expected double precision NOT NULL,
    irradiation_observed double precision NOT NULL,
    fetched_at           timestamptz      NOT NULL,
    PRIMARY KEY (plant_id, hour)
);

-- A sync of [from_day, to_day] for one plant, run by a job in chunks; next_day is the first
-- day not yet stored, so a failed or interrupted run resumes there instead of restarting.
CREATE TABLE plant_sync_runs (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plant_id         bigint      NOT NULL REFERENCES plants (id) ON DELETE CASCADE,
    job_id           bigint      REFERENCES jobs (id) ON DELETE SET NULL,
    reason           text        NOT NULL CHECK (reason IN ('CREATED', 'DAILY', 'BACKFILL', 'MANUAL')),
    from_day         date        NOT NULL,
    to_day           date        NOT NULL,
    next_day         date        NOT NULL,
    state            text        NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    -- Requests sent to the monitoring service, retries included.
    attempts         integer     NOT NULL DEFAULT 0,
    readings_stored  integer     NOT NULL DEFAULT 0,
    records_rejected integer     NOT NULL DEFAULT 0,
    error            text,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    CHECK (from_day <= to_day)
);
CREATE INDEX plant_sync_runs_plant_idx ON plant_sync_runs (plant_id, id DESC);
CREATE INDEX plant_sync_runs_open_idx ON plant_sync_runs (plant_id) WHERE state IN ('QUEUED', 'RUNNING');
