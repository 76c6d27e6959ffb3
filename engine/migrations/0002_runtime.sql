-- The durable runtime: published versions, deployments per district, cases with their compact engine
-- state, tasks, timer jobs, incidents, the append-only event log and its daily rollups.

CREATE TABLE standard_versions (
  code text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  hash text NOT NULL,
  standard jsonb NOT NULL,
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'retired')),
  published_at timestamptz NOT NULL,
  author text NOT NULL,
  approver text NOT NULL,
  changelog text,
  retired_at timestamptz,
  PRIMARY KEY (code, version)
);

-- One active deployment per (standard, district); `variant` holds the district's tightened parameters.
CREATE TABLE deployments (
  code text NOT NULL,
  district text NOT NULL,
  version integer NOT NULL,
  variant jsonb NOT NULL DEFAULT '{}',
  deployed_at timestamptz NOT NULL,
  deployed_by text NOT NULL,
  variant_updated_at timestamptz,
  variant_updated_by text,
  PRIMARY KEY (code, district),
  FOREIGN KEY (code, version) REFERENCES standard_versions (code, version)
);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  case_key text NOT NULL,
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  organisation text,
  status text NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
  incident boolean NOT NULL DEFAULT false,
  -- Optimistic concurrency: every command writes revision + 1 where the revision is what it read.
  revision integer NOT NULL,
  -- bpmn-engine's state without the definition source, deflated; null once the case has ended.
  state bytea,
  variables jsonb NOT NULL,
  -- The parameter values (city defaults tightened by the district variant) the case started with.
  parameters jsonb NOT NULL,
  -- Active elements, completed elements, taken flows, armed timers and awaited messages.
  position jsonb NOT NULL,
  parent_case_id uuid REFERENCES cases (id),
  parent_element_id text,
  parent_execution_id text,
  started_at timestamptz NOT NULL,
  started_by text NOT NULL,
  ended_at timestamptz,
  cancel_reason text,
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (code, version) REFERENCES standard_versions (code, version),
  UNIQUE (code, district, case_key)
);
CREATE INDEX cases_by_district ON cases (district, started_at DESC, id DESC);
CREATE INDEX cases_by_key ON cases (case_key);
CREATE INDEX cases_by_parent ON cases (parent_case_id) WHERE parent_case_id IS NOT NULL;

CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  case_key text NOT NULL,
  code text NOT NULL,
  version integer NOT NULL,
  element_id text NOT NULL,
  execution_id text NOT NULL,
  name jsonb NOT NULL,
  role text,
  assign_to text,
  district text NOT NULL,
  organisation text,
  assignee text,
  status text NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
  created_at timestamptz NOT NULL,
  due_at timestamptz,
  claimed_at timestamptz,
  completed_at timestamptz,
  completed_by text,
  form_id text,
  data jsonb
);
CREATE INDEX tasks_inbox ON tasks (district, status, due_at);
CREATE INDEX tasks_by_case ON tasks (case_id);

-- Timers waiting in cases. Workers claim due rows with FOR UPDATE SKIP LOCKED; firing deletes the row
-- in the same transaction as the case's new revision, so each due time fires once.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  element_id text NOT NULL,
  execution_id text NOT NULL,
  due_at timestamptz NOT NULL,
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL,
  UNIQUE (case_id, execution_id)
);
CREATE INDEX jobs_by_run_at ON jobs (run_at);

CREATE TABLE incidents (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  element_id text,
  cause text NOT NULL,
  message text NOT NULL,
  -- What to apply again on retry (a task completion, a timer, a message), or null to run on.
  command jsonb,
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  attempts integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by text
);
CREATE INDEX incidents_open ON incidents (case_id) WHERE status = 'open';

-- Notifications written by the built-in `notify` service.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  district text NOT NULL,
  organisation text,
  element_id text NOT NULL,
  title jsonb NOT NULL,
  recipient_role text,
  created_at timestamptz NOT NULL
);
CREATE INDEX notifications_by_district ON notifications (district, created_at DESC);

-- Referrals to services outside the platform, written by the built-in `record-referral` service.
CREATE TABLE referrals (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  element_id text NOT NULL,
  target text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX referrals_by_case ON referrals (case_id);

-- Every transition of every case, append-only: what supervision measures.
CREATE TABLE case_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL,
  code text NOT NULL,
  version integer NOT NULL,
  district text NOT NULL,
  organisation text,
  kind text NOT NULL,
  element_id text,
  element_type text,
  task_id uuid,
  actor text,
  at timestamptz NOT NULL,
  duration_ms bigint,
  data jsonb
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);
CREATE INDEX case_events_by_scope ON case_events (code, district, at);

CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END
$$;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

-- Per (version, district, element, Beijing day): entries, completions, cancellations, late task
-- completions and the summed durations of completed elements, kept in the event's transaction.
CREATE TABLE element_rollups (
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
  PRIMARY KEY (code, version, district, element_id, day)
);
