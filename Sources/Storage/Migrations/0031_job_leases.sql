-- Jobs, continued: a state, a bound on attempts, a key that keeps a job from being queued twice
-- (the daily sync of one day, queued by every server), and when the current attempt started.
-- locked_by/locked_until (0001) are the lease: a worker that stops renewing it loses the job,
-- and another worker takes it once locked_until has passed.
ALTER TABLE jobs
    ADD COLUMN state        text    NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    ADD COLUMN max_attempts integer NOT NULL DEFAULT 10 CHECK (max_attempts > 0),
    ADD COLUMN unique_key   text,
    ADD COLUMN started_at   timestamptz;

CREATE UNIQUE INDEX jobs_unique_key_idx ON jobs (unique_key) WHERE unique_key IS NOT NULL;
CREATE INDEX jobs_kind_open_idx ON jobs (kind) WHERE finished_at IS NULL;
