-- History made by the case-history simulator is labelled, so that supervision can tell it from real
-- work: each run (cases driven through the engine, or events written in bulk for benchmark volumes),
-- the cases it made, and its share of the daily rollups (to subtract from element_rollups).
CREATE TABLE simulation_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mode text NOT NULL CHECK (mode IN ('engine', 'bulk')),
  seed text NOT NULL,
  -- What was asked for: cases, months, districts and the like.
  settings jsonb NOT NULL,
  period_from timestamptz NOT NULL,
  period_to timestamptz NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  cases integer NOT NULL DEFAULT 0,
  events bigint NOT NULL DEFAULT 0
);

-- Every case a run made (bulk cases have events and rollups only, no case row).
CREATE TABLE simulated_cases (
  case_id uuid PRIMARY KEY,
  run_id bigint NOT NULL REFERENCES simulation_runs (id),
  district text NOT NULL
);
CREATE INDEX simulated_cases_by_run ON simulated_cases (run_id);

CREATE TABLE simulated_rollups (
  run_id bigint NOT NULL REFERENCES simulation_runs (id),
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  element_id text NOT NULL,
  day date NOT NULL,
  entered integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  cancelled integer NOT NULL DEFAULT 0,
  late integer NOT NULL DEFAULT 0,
  duration_ms_sum bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, code, version, district, element_id, day)
);
