-- Charging piles, bookings and wallets (DOMAIN.md section 5). Money is integer minor units
-- (cents), times are UTC. The rules live in Sources/Resolvers/Piles/Domain; these constraints
-- are the backstop. A booking's transitions lock its pile row (SELECT ... FOR UPDATE) first,
-- so two overlapping requests for one pile are decided one after the other.
CREATE TABLE charging_piles (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serial_number         text             NOT NULL CHECK (btrim(serial_number) <> ''),
    name                  text             NOT NULL CHECK (btrim(name) <> ''),
    latitude              double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude             double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    address               text,
    owner_id              bigint           NOT NULL REFERENCES users (id),
    time_zone             text             NOT NULL DEFAULT 'UTC' CHECK (btrim(time_zone) <> ''),
    opens_at              time             NOT NULL,
    closes_at             time             NOT NULL,
    electricity_fee_minor bigint           NOT NULL CHECK (electricity_fee_minor >= 0),
    service_fee_minor     bigint           NOT NULL CHECK (service_fee_minor >= 0),
    appointment_fee_minor bigint           NOT NULL CHECK (appointment_fee_minor >= 0),
    available             boolean          NOT NULL DEFAULT true,
    created_at            timestamptz      NOT NULL,
    updated_at            timestamptz      NOT NULL,
    -- Soft delete: a deleted pile keeps its bookings and history but is no longer found or bookable.
    deleted_at            timestamptz,
    CONSTRAINT charging_piles_hours CHECK (opens_at < closes_at)
);

-- Serial numbers and names are unique among the piles that are not deleted.
CREATE UNIQUE INDEX charging_piles_serial_key ON charging_piles (serial_number) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX charging_piles_name_key ON charging_piles (name) WHERE deleted_at IS NULL;
CREATE INDEX charging_piles_owner_idx ON charging_piles (owner_id) WHERE deleted_at IS NULL;
-- chargingPilesNear: a latitude/longitude bounding box around the point, answered by this index;
-- the exact great-circle distance is computed only for the piles inside the box.
CREATE INDEX charging_piles_geo_idx ON charging_piles (latitude, longitude) WHERE deleted_at IS NULL;

-- Prices a pile owner grants one friend on all their piles; NULL keeps the pile's own price.
CREATE TABLE pile_friend_prices (
    owner_id              bigint NOT NULL REFERENCES users (id),
    friend_id             bigint NOT NULL REFERENCES users (id),
    electricity_fee_minor bigint CHECK (electricity_fee_minor >= 0),
    service_fee_minor     bigint CHECK (service_fee_minor >= 0),
    appointment_fee_minor bigint CHECK (appointment_fee_minor >= 0),
    PRIMARY KEY (owner_id, friend_id),
    CONSTRAINT pile_friend_prices_distinct CHECK (owner_id <> friend_id)
);

CREATE TABLE bookings (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pile_id                   bigint      NOT NULL REFERENCES charging_piles (id),
    user_id                   bigint      NOT NULL REFERENCES users (id),
    start_at                  timestamptz NOT NULL,
    end_at                    timestamptz NOT NULL,
    status                    text        NOT NULL CHECK (status IN ('UNPAID', 'PAID', 'ACCEPTED', 'DECLINED', 'CHARGING', 'COMPLETED', 'OVERDUE', 'CANCELLED')),
    -- The rates and fees frozen at booking time (all zero when the owner books their own pile).
    electricity_fee_minor     bigint      NOT NULL CHECK (electricity_fee_minor >= 0),
    service_fee_minor         bigint      NOT NULL CHECK (service_fee_minor >= 0),
    appointment_fee_minor     bigint      NOT NULL CHECK (appointment_fee_minor >= 0),
    prepaid_service_fee_minor bigint      NOT NULL CHECK (prepaid_service_fee_minor >= 0),
    charging_started_at       timestamptz,
    charging_stopped_at       timestamptz,
    cost_minor                bigint CHECK (cost_minor >= 0),
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    CONSTRAINT bookings_span CHECK (start_at < end_at),
    CONSTRAINT bookings_charging CHECK ((status IN ('CHARGING', 'COMPLETED')) = (charging_started_at IS NOT NULL)),
    CONSTRAINT bookings_completed CHECK ((status = 'COMPLETED') = (charging_stopped_at IS NOT NULL AND cost_minor IS NOT NULL))
);

CREATE INDEX bookings_pile_time_idx ON bookings (pile_id, start_at);
CREATE INDEX bookings_user_idx ON bookings (user_id, id);
-- The OVERDUE sweep: accepted bookings by end.
CREATE INDEX bookings_accepted_end_idx ON bookings (end_at) WHERE status = 'ACCEPTED';

-- One row per user with money: locked (FOR UPDATE) while a hold is checked against the
-- available amount, so two requests of one user cannot both spend the same money.
CREATE TABLE wallets (
    user_id    bigint PRIMARY KEY REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every money movement, append-only. Balance and available are the sums of the two effects.
-- user_id NULL is the platform's account, which receives the commissions.
CREATE TABLE wallet_entries (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id                bigint      REFERENCES users (id),
    kind                   text        NOT NULL CHECK (kind IN ('TOP_UP', 'HOLD', 'RELEASE', 'PAYMENT', 'RECEIPT', 'COMMISSION')),
    amount_minor           bigint      NOT NULL,
    available_change_minor bigint      NOT NULL,
    booking_id             bigint      REFERENCES bookings (id),
    fee                    text        CHECK (fee IN ('APPOINTMENT', 'SERVICE')),
    at                     timestamptz NOT NULL,
    CONSTRAINT wallet_entries_platform CHECK ((user_id IS NULL) = (kind = 'COMMISSION')),
    CONSTRAINT wallet_entries_booking CHECK ((booking_id IS NULL) = (kind = 'TOP_UP')),
    CONSTRAINT wallet_entries_effects CHECK (CASE kind
        WHEN 'TOP_UP'     THEN amount_minor > 0 AND available_change_minor = amount_minor
        WHEN 'RECEIPT'    THEN amount_minor > 0 AND available_change_minor = amount_minor
        WHEN 'COMMISSION' THEN amount_minor > 0 AND available_change_minor = amount_minor
        WHEN 'HOLD'       THEN amount_minor = 0 AND available_change_minor < 0
        WHEN 'RELEASE'    THEN amount_minor = 0 AND available_change_minor > 0
        WHEN 'PAYMENT'    THEN amount_minor < 0 AND available_change_minor = amount_minor
    END)
);

CREATE INDEX wallet_entries_user_idx ON wallet_entries (user_id, id);
CREATE INDEX wallet_entries_booking_idx ON wallet_entries (booking_id) WHERE booking_id IS NOT NULL;
