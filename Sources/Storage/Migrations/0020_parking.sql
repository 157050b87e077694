-- Parking (DOMAIN.md §2): one row per stay of a vehicle in the lot, history kept.
-- A session is open while left_at is NULL; a vehicle has at most one open session.
-- A re-import of a parked plate replaces the charging values and charging_since, keeping
-- parked_at. Every change takes a new version from one sequence, so the Redis hot entries and
-- the subscription events can tell a newer state from an older one.

CREATE SEQUENCE parking_status_version;

CREATE TABLE parking_sessions (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vehicle_id           bigint NOT NULL REFERENCES vehicles (id),
    parked_at            timestamptz NOT NULL,
    charging_since       timestamptz NOT NULL,
    capacity_kwh         double precision NOT NULL CHECK (capacity_kwh > 0),
    initial_charge_kwh   double precision NOT NULL CHECK (initial_charge_kwh >= 0 AND initial_charge_kwh <= capacity_kwh),
    desired_percent      double precision NOT NULL CHECK (desired_percent > 0 AND desired_percent <= 100),
    charging_power_kw    double precision NOT NULL CHECK (charging_power_kw > 0),
    -- When the desired charge is reached (computed by the charging model; charging_since when
    -- already there). Stored so that readyVehicles is one indexed query.
    ready_at             timestamptz NOT NULL CHECK (ready_at >= charging_since),
    left_at              timestamptz,
    departure_charge_kwh double precision CHECK (departure_charge_kwh >= 0),
    version              bigint NOT NULL DEFAULT nextval('parking_status_version'),
    CONSTRAINT parking_sessions_departure CHECK ((left_at IS NULL) = (departure_charge_kwh IS NULL))
);

CREATE UNIQUE INDEX parking_sessions_open_vehicle ON parking_sessions (vehicle_id) WHERE left_at IS NULL;
CREATE INDEX parking_sessions_history ON parking_sessions (vehicle_id, parked_at DESC, id DESC);
CREATE INDEX parking_sessions_ready ON parking_sessions (ready_at) WHERE left_at IS NULL;
