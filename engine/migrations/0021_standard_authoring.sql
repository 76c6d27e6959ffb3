-- The catalogue of standards by code, and the one draft each may have while it is written and reviewed.
CREATE TABLE standards (
  code text PRIMARY KEY,
  title jsonb NOT NULL,
  created_by text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE standard_drafts (
  code text PRIMARY KEY REFERENCES standards(code),
  standard jsonb NOT NULL,
  revision integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'in_review', 'rejected')),
  author text NOT NULL REFERENCES users(id),
  problems jsonb NOT NULL DEFAULT '[]',
  error_count integer NOT NULL DEFAULT 0,
  review_comment text,
  based_on_version integer,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What happened to each standard in review: created, saved, submitted, approved, rejected, retired, deployed.
CREATE TABLE standard_reviews (
  id bigserial PRIMARY KEY,
  code text NOT NULL REFERENCES standards(code),
  version integer,
  action text NOT NULL,
  actor text NOT NULL REFERENCES users(id),
  comment text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX standard_reviews_code ON standard_reviews(code, at);
