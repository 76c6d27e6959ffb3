-- 督办 notices: the city supervisor tells a district that its figure on a standard's indicator is below
-- target, with a due date in working days; the district replies, the supervisor closes the notice or
-- returns it for another reply. The thread of what was said is kept beside the notice, append-only.
-- Text bounds are the engine's NOTICE_LIMITS (engine/src/supervision/notice-system.ts).
CREATE TABLE supervision_notices (
  id uuid PRIMARY KEY,
  district text NOT NULL,
  code text NOT NULL,
  -- The version whose indicator the notice names (titles are read from it).
  version integer NOT NULL,
  indicator_id text NOT NULL CHECK (char_length(indicator_id) BETWEEN 1 AND 100),
  period_from date NOT NULL,
  period_to date NOT NULL,
  -- The figure as the supervisor saw it: {value, target, comparator, numerator, denominator}.
  figure jsonb NOT NULL CHECK (jsonb_typeof(figure) = 'object'),
  message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 2000),
  due_working_days integer NOT NULL CHECK (due_working_days BETWEEN 1 AND 30),
  due_at timestamptz NOT NULL,
  -- open: waiting for the district (also after a return); replied: waiting for the supervisor.
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'replied', 'closed')),
  -- Raised by every change, so that a change made on a stale read writes nothing.
  revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
  returns integer NOT NULL DEFAULT 0 CHECK (returns >= 0),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  replied_at timestamptz,
  closed_by text,
  closed_at timestamptz,
  CHECK (period_from <= period_to),
  CHECK (due_at > created_at),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closed_by IS NOT NULL)),
  CHECK (status = 'open' OR replied_at IS NOT NULL),
  FOREIGN KEY (code, version) REFERENCES standard_versions (code, version)
);
-- A district's notices, newest first (the district operator's list, the supervisor's per district).
CREATE INDEX supervision_notices_by_district ON supervision_notices (district, created_at DESC, id DESC);
-- The city's list, newest first.
CREATE INDEX supervision_notices_by_created ON supervision_notices (created_at DESC, id DESC);

CREATE TABLE supervision_notice_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notice_id uuid NOT NULL REFERENCES supervision_notices (id),
  kind text NOT NULL CHECK (kind IN ('sent', 'replied', 'returned', 'closed')),
  actor text NOT NULL,
  at timestamptz NOT NULL,
  -- What the supervisor wrote (why it was sent, returned, or the closing remark).
  message text CHECK (char_length(message) BETWEEN 1 AND 2000),
  -- What the district found and what it did (replies only).
  findings text CHECK (char_length(findings) BETWEEN 1 AND 4000),
  actions text CHECK (char_length(actions) BETWEEN 1 AND 4000),
  -- A reply after the due time.
  late boolean,
  CHECK ((kind = 'replied') = (findings IS NOT NULL AND actions IS NOT NULL AND late IS NOT NULL)),
  CHECK (kind = 'replied' OR message IS NOT NULL OR kind = 'closed')
);
CREATE INDEX supervision_notice_events_by_notice ON supervision_notice_events (notice_id, id);
