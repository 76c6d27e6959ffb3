-- Service records (服务记录): the dated contacts a caseworker records on an open case — a home visit, a
-- phone call, an interview at the office, a group session, a volunteer's visit — with how long each took
-- and what was done. Written by the engine's RecordSystem (engine/src/runtime/record-system.ts) in the
-- same transaction as the case event `record_added` that puts it in the case's history, and as the
-- indicator facts that count it. Append-only. Bounds are SERVICE_RECORD_LIMITS of the standards.
CREATE TABLE service_records (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- The case's standard, district and organisation, as its events carry them: scope and supervision
  -- read them without a join.
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  organisation text,
  kind text NOT NULL CHECK (kind IN ('home_visit', 'phone', 'office', 'group', 'volunteer')),
  -- When the contact took place (never after it was recorded, never before the case started).
  occurred_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 2000),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  CHECK (occurred_at <= recorded_at)
);
-- A case's records in the order they took place (the case file, and the count a step needs).
CREATE INDEX service_records_by_case ON service_records (case_id, occurred_at, id);

CREATE FUNCTION service_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'service_records is append-only';
END
$$;
CREATE TRIGGER service_records_no_change BEFORE UPDATE OR DELETE ON service_records
  FOR EACH ROW EXECUTE FUNCTION service_records_append_only();
