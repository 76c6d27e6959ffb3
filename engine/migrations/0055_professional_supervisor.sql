-- The professional supervisor (机构督导) of a district's social-work station or of a contracted
-- organisation: approves plans and reviews the casework of their own team, so, like the district's
-- operators and caseworkers, works in one district.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'));
ALTER TABLE users DROP CONSTRAINT users_check;
ALTER TABLE users ADD CONSTRAINT users_district_check
  CHECK (role NOT IN ('district_operator', 'caseworker', 'professional_supervisor') OR district IS NOT NULL);
