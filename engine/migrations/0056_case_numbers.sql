-- The case numbers a district hands out when the person starting a case gives none: per district and
-- Beijing year, the last sequence number taken (DC-2026-000123 is dongcheng's 123rd of 2026). Taking one
-- is an upsert of the row, which holds the row's lock until the case's start commits: two starts at
-- once in a district take their numbers one after the other, and a start that fails gives its number
-- back. Written by the engine's case numbering (engine/src/runtime/case-numbers.ts).
CREATE TABLE case_numbers (
  district text NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL CHECK (last > 0),
  PRIMARY KEY (district, year)
);
