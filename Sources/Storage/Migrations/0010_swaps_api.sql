-- Swaps API additions (DOMAIN.md section 1): who recorded a swap (Swap.recordedBy), an optional
-- battery voltage (CreateBatteryInput.voltage may be left out), and the indexes the API's
-- loaders and connections read by.
ALTER TABLE swaps ADD COLUMN recorded_by bigint REFERENCES users (id);

ALTER TABLE batteries ALTER COLUMN voltage DROP NOT NULL;

CREATE INDEX swaps_driver_all_time_idx ON swaps (driver_id, occurred_at, recorded_seq);
