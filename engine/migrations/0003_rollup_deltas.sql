-- Rollups are written as deltas: each command appends its own rows instead of updating one hot row
-- per (version, district, element, day), so concurrent commands never wait on each other for them.
-- Readers sum the rows of a key; the worker folds them into one row per key now and then.
ALTER TABLE element_rollups DROP CONSTRAINT element_rollups_pkey;
ALTER TABLE element_rollups ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX element_rollups_by_key ON element_rollups (code, version, district, element_id, day);
