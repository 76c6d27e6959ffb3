-- Supervision reads indicators from facts that every command keeps in the statement that writes its
-- case (docs/supervision.md): one row per occurrence of what an indicator measures, and daily rollups
-- of the occurrences whose outcome is known, so a period's figure does not grow with the history.

-- One occurrence of an indicator in a case: a pass from a duration's `from` to its `to`, a recurrence's
-- span, the case itself for a completion, one answer for a field, one completion for a count.
CREATE TABLE indicator_occurrences (
  case_id uuid NOT NULL,
  indicator text NOT NULL,
  seq integer NOT NULL,
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  organisation text,
  kind text NOT NULL,
  opened_at timestamptz NOT NULL,
  closed_at timestamptz,
  -- When the occurrence breaches with the limit the case runs with (its district's variant), and with
  -- the city standard's default limit; null when nothing can be late.
  deadline_at timestamptz,
  city_deadline_at timestamptz,
  -- A recurrence's last activity.
  last_at timestamptz,
  outcome text NOT NULL CHECK (outcome IN ('open', 'met', 'breached', 'void', 'cancelled')),
  city_outcome text CHECK (city_outcome IN ('met', 'breached')),
  -- A field's answer (a mean's number), and whether it meets a share's condition.
  value double precision,
  ok boolean,
  simulated boolean NOT NULL DEFAULT false,
  PRIMARY KEY (case_id, indicator, seq)
);
CREATE INDEX indicator_occurrences_open ON indicator_occurrences (code, indicator, deadline_at) WHERE outcome = 'open';
CREATE INDEX indicator_occurrences_by_opening ON indicator_occurrences (code, indicator, opened_at);

-- Closed occurrences summed per (version, district, organisation, indicator, Beijing day of the
-- opening), written as deltas like element_rollups: readers sum a key's rows.
CREATE TABLE indicator_rollups (
  id bigint GENERATED ALWAYS AS IDENTITY,
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  organisation text NOT NULL DEFAULT '',
  indicator text NOT NULL,
  day date NOT NULL,
  simulated boolean NOT NULL DEFAULT false,
  met integer NOT NULL DEFAULT 0,
  breached integer NOT NULL DEFAULT 0,
  city_met integer NOT NULL DEFAULT 0,
  city_breached integer NOT NULL DEFAULT 0,
  void integer NOT NULL DEFAULT 0,
  cancelled integer NOT NULL DEFAULT 0,
  ok integer NOT NULL DEFAULT 0,
  value_sum double precision NOT NULL DEFAULT 0,
  value_n integer NOT NULL DEFAULT 0
);
CREATE INDEX indicator_rollups_by_key ON indicator_rollups (code, indicator, day, district);

-- One row per Beijing day with the running count of working days up to and including it (official
-- holidays off, 调休 makeup days on), filled from the standards' calendar when the store opens:
-- working days between two days are a subtraction.
CREATE TABLE working_calendar (
  day date PRIMARY KEY,
  working boolean NOT NULL,
  number integer NOT NULL
);
