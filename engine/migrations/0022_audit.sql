-- Every write, and every read of a case: who, when, what, from where. Append-only.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  actor_username text,
  actor_role text,
  district text,
  action text NOT NULL,
  resource text NOT NULL,
  status integer NOT NULL,
  ip text,
  request_id text,
  details jsonb
);
CREATE INDEX audit_log_at ON audit_log(at DESC);
CREATE INDEX audit_log_actor ON audit_log(actor_id, at DESC);
