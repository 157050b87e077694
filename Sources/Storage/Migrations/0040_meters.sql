-- Meters (DOMAIN.md section 4): meters, imported LP/TOU files, the current reading per reading
-- key, each file's own rows (for its median and outliers), and daily aggregates kept in each
-- import's transaction. Values are as in the files (units in `units`); times UTC.

-- A meter is (meter point code, serial number); the plant code is the latest imported value.
CREATE TABLE meters (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meter_point_code text        NOT NULL CHECK (btrim(meter_point_code) <> ''),
    serial_number    text        NOT NULL CHECK (btrim(serial_number) <> ''),
    plant_code       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT meters_identity_key UNIQUE (meter_point_code, serial_number)
);

CREATE INDEX meters_plant_code_idx ON meters (plant_code, id);

-- One imported file; the same content (sha256) is imported once.
CREATE TABLE meter_files (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name      text        NOT NULL CHECK (btrim(file_name) <> ''),
    kind           text        NOT NULL CHECK (kind IN ('LP', 'TOU')),
    layout         text        NOT NULL CHECK (layout IN ('LP', 'TOU_REGISTERS', 'TOU_INTERVALS')),
    sha256         text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    time_zone      text        NOT NULL,
    imported_at    timestamptz NOT NULL,
    row_count      integer     NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    rejected_count integer     NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
    -- Median of the file's values (LP Data Value, TOU Energy), all accepted rows.
    median         double precision,
    CONSTRAINT meter_files_sha256_key UNIQUE (sha256)
);

CREATE INDEX meter_files_imported_at_idx ON meter_files (imported_at, id);

-- Which meters a file holds readings of.
CREATE TABLE meter_file_meters (
    file_id  bigint NOT NULL REFERENCES meter_files (id) ON DELETE CASCADE,
    meter_id bigint NOT NULL REFERENCES meters (id) ON DELETE CASCADE,
    PRIMARY KEY (file_id, meter_id)
);

CREATE INDEX meter_file_meters_meter_idx ON meter_file_meters (meter_id, file_id);

-- The current reading per key: meter, data type, time, and for TOU registers period and rate
-- ('' for interval layouts). A later file's line for the same key replaces the value.
CREATE TABLE meter_readings (
    meter_id           bigint           NOT NULL REFERENCES meters (id) ON DELETE CASCADE,
    data_type          text             NOT NULL,
    ts                 timestamptz      NOT NULL,
    period             text             NOT NULL DEFAULT '',
    rate               text             NOT NULL DEFAULT '',
    value              double precision NOT NULL,
    units              text             NOT NULL,
    status             text,
    quality            text,
    stream             text,
    maximum_demand     double precision,
    time_of_max_demand timestamptz,
    file_id            bigint           NOT NULL REFERENCES meter_files (id),
    PRIMARY KEY (meter_id, data_type, ts, period, rate)
);

-- readings(from, to) without a data type.
CREATE INDEX meter_readings_meter_ts_idx ON meter_readings (meter_id, ts);

-- Every accepted line of every file as the file had it: the file's median, outliers and row
-- count stay the file's own even after a later file overwrites some of its readings.
CREATE TABLE meter_file_rows (
    file_id            bigint           NOT NULL REFERENCES meter_files (id) ON DELETE CASCADE,
    line               integer          NOT NULL,
    meter_id           bigint           NOT NULL REFERENCES meters (id) ON DELETE CASCADE,
    data_type          text             NOT NULL,
    ts                 timestamptz      NOT NULL,
    period             text             NOT NULL DEFAULT '',
    rate               text             NOT NULL DEFAULT '',
    value              double precision NOT NULL,
    units              text             NOT NULL,
    status             text,
    quality            text,
    stream             text,
    maximum_demand     double precision,
    time_of_max_demand timestamptz,
    PRIMARY KEY (file_id, line)
);

-- Count, sum, min and max of the current readings per meter, UTC day, data type and units;
-- the groups an import touches are recomputed in its transaction.
CREATE TABLE meter_daily_aggregates (
    meter_id      bigint           NOT NULL REFERENCES meters (id) ON DELETE CASCADE,
    day           date             NOT NULL,
    data_type     text             NOT NULL,
    units         text             NOT NULL,
    reading_count integer          NOT NULL CHECK (reading_count > 0),
    value_sum     double precision NOT NULL,
    value_min     double precision NOT NULL,
    value_max     double precision NOT NULL,
    PRIMARY KEY (meter_id, day, data_type, units)
);

-- Meter.dataTypes without reading the days.
CREATE INDEX meter_daily_aggregates_types_idx ON meter_daily_aggregates (meter_id, data_type, units);
