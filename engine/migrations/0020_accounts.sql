-- Contracted social-work organisations (社会工作服务机构) that deliver services in districts.
CREATE TABLE organisations (
  id text PRIMARY KEY,
  name jsonb NOT NULL,
  district text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- People who sign in. City-wide users have no district; district users belong to one.
CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name jsonb NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'supervisor')),
  district text,
  organisation_id text REFERENCES organisations(id),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role NOT IN ('district_operator', 'caseworker') OR district IS NOT NULL)
);

-- A signed-in session: a short-lived access token and a longer refresh token, stored only as hashes.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  access_hash text NOT NULL UNIQUE,
  access_expires_at timestamptz NOT NULL,
  refresh_hash text NOT NULL UNIQUE,
  refresh_expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions(user_id);
