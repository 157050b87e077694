-- Swaps (DOMAIN.md section 1): stations, batteries, vehicles (shared with parking), drivers, the
-- append-only swap events and the projections kept in each swap's transaction. The rules live
-- in Sources/Resolvers/Swaps/Domain (SwapValidator, SwapLedger.replay); these constraints are
-- the backstop. Energies are kWh, distances km, times UTC.
CREATE TABLE stations (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (btrim(name) <> ''),
    location   text        NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stations_name_key UNIQUE (name)
);

-- A vehicle has a plate, a VIN or both; parking identifies vehicles by plate.
CREATE TABLE vehicles (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vin                 text CHECK (vin IS NULL OR btrim(vin) <> ''),
    plate               text CHECK (plate IS NULL OR btrim(plate) <> ''),
    initial_odometer_km double precision NOT NULL DEFAULT 0 CHECK (initial_odometer_km >= 0),
    initial_battery_id  bigint,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT vehicles_identified CHECK (vin IS NOT NULL OR plate IS NOT NULL),
    CONSTRAINT vehicles_vin_key UNIQUE (vin),
    CONSTRAINT vehicles_plate_key UNIQUE (plate)
);

CREATE TABLE batteries (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serial              text             NOT NULL CHECK (btrim(serial) <> ''),
    capacity_kwh        double precision NOT NULL CHECK (capacity_kwh > 0),
    voltage             double precision NOT NULL CHECK (voltage > 0),
    initial_station_id  bigint REFERENCES stations (id),
    initial_vehicle_id  bigint REFERENCES vehicles (id),
    initial_energy_kwh  double precision NOT NULL CHECK (initial_energy_kwh >= 0 AND initial_energy_kwh <= capacity_kwh),
    created_at          timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT batteries_serial_key UNIQUE (serial),
    CONSTRAINT batteries_initial_place CHECK ((initial_station_id IS NULL) <> (initial_vehicle_id IS NULL))
);

ALTER TABLE vehicles ADD CONSTRAINT vehicles_initial_battery_fkey
    FOREIGN KEY (initial_battery_id) REFERENCES batteries (id);

CREATE TABLE drivers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (btrim(name) <> ''),
    phone      text        NOT NULL CHECK (btrim(phone) <> ''),
    started_at timestamptz NOT NULL,
    ended_at   timestamptz,
    vehicle_id bigint REFERENCES vehicles (id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT drivers_phone_key UNIQUE (phone),
    CONSTRAINT drivers_period CHECK (ended_at IS NULL OR started_at < ended_at)
);

CREATE INDEX drivers_vehicle_idx ON drivers (vehicle_id) WHERE vehicle_id IS NOT NULL;

-- Append-only: rows are never deleted; only status and corrected_by change, once, when the swap
-- is corrected. recorded_seq is the recording order (ties of occurred_at are broken by it).
CREATE TABLE swaps (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_seq        bigint GENERATED ALWAYS AS IDENTITY (START WITH 1) UNIQUE,
    occurred_at         timestamptz      NOT NULL,
    recorded_at         timestamptz      NOT NULL DEFAULT now(),
    station_id          bigint           NOT NULL REFERENCES stations (id),
    driver_id           bigint           NOT NULL REFERENCES drivers (id),
    vehicle_id          bigint           NOT NULL REFERENCES vehicles (id),
    issued_battery_id   bigint           NOT NULL REFERENCES batteries (id),
    issued_energy_kwh   double precision NOT NULL CHECK (issued_energy_kwh >= 0),
    returned_battery_id bigint REFERENCES batteries (id),
    returned_energy_kwh double precision CHECK (returned_energy_kwh >= 0),
    odometer_km         double precision NOT NULL CHECK (odometer_km >= 0),
    status              text             NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('ACCEPTED', 'REJECTED')),
    corrects            bigint UNIQUE REFERENCES swaps (id),
    corrected_by        bigint UNIQUE REFERENCES swaps (id),
    -- Metrics relative to the same driver's previous accepted swap (rewritten on replay).
    previous_swap_id    bigint REFERENCES swaps (id),
    distance_km         double precision NOT NULL DEFAULT 0,
    energy_used_kwh     double precision NOT NULL DEFAULT 0 CHECK (energy_used_kwh >= 0),
    CONSTRAINT swaps_returned_pair CHECK ((returned_battery_id IS NULL) = (returned_energy_kwh IS NULL)),
    CONSTRAINT swaps_distinct_batteries CHECK (returned_battery_id IS DISTINCT FROM issued_battery_id),
    CONSTRAINT swaps_rejected_has_correction CHECK ((status = 'REJECTED') = (corrected_by IS NOT NULL))
);

CREATE INDEX swaps_driver_time_idx ON swaps (driver_id, occurred_at, recorded_seq) WHERE status = 'ACCEPTED';
CREATE INDEX swaps_vehicle_time_idx ON swaps (vehicle_id, occurred_at, recorded_seq) WHERE status = 'ACCEPTED';
CREATE INDEX swaps_issued_battery_time_idx ON swaps (issued_battery_id, occurred_at, recorded_seq);
CREATE INDEX swaps_returned_battery_time_idx ON swaps (returned_battery_id, occurred_at, recorded_seq)
    WHERE returned_battery_id IS NOT NULL;
CREATE INDEX swaps_station_time_idx ON swaps (station_id, occurred_at, recorded_seq);
CREATE INDEX swaps_time_idx ON swaps (occurred_at, recorded_seq);

-- Projection: where each battery is now (exactly one place) and its energy.
CREATE TABLE battery_states (
    battery_id   bigint PRIMARY KEY REFERENCES batteries (id),
    station_id   bigint REFERENCES stations (id),
    vehicle_id   bigint REFERENCES vehicles (id),
    energy_kwh   double precision NOT NULL CHECK (energy_kwh >= 0),
    last_swap_id bigint REFERENCES swaps (id),
    CONSTRAINT battery_states_one_place CHECK ((station_id IS NULL) <> (vehicle_id IS NULL))
);

-- A vehicle carries at most one battery; a battery is in at most one vehicle.
CREATE UNIQUE INDEX battery_states_vehicle_key ON battery_states (vehicle_id) WHERE vehicle_id IS NOT NULL;
CREATE INDEX battery_states_station_idx ON battery_states (station_id) WHERE station_id IS NOT NULL;

-- Projection: each vehicle's odometer and carried battery.
CREATE TABLE vehicle_states (
    vehicle_id   bigint PRIMARY KEY REFERENCES vehicles (id),
    odometer_km  double precision NOT NULL CHECK (odometer_km >= 0),
    battery_id   bigint UNIQUE REFERENCES batteries (id),
    last_swap_id bigint REFERENCES swaps (id)
);

-- Projection: one row per driver and UTC day from the start date; rebuilt from a correction's day.
CREATE TABLE driver_daily_summaries (
    driver_id                  bigint           NOT NULL REFERENCES drivers (id),
    day                        date             NOT NULL,
    swap_count                 integer          NOT NULL DEFAULT 0 CHECK (swap_count >= 0),
    distance_km                double precision NOT NULL DEFAULT 0,
    energy_used_kwh            double precision NOT NULL DEFAULT 0 CHECK (energy_used_kwh >= 0),
    cumulative_distance_km     double precision NOT NULL DEFAULT 0,
    cumulative_energy_used_kwh double precision NOT NULL DEFAULT 0 CHECK (cumulative_energy_used_kwh >= 0),
    PRIMARY KEY (driver_id, day)
);
