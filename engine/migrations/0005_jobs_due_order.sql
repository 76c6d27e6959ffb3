-- Workers claim due jobs in (run_at, id) order. With an index on run_at alone, jobs due at the same
-- instant (every case started in one batch, a district's yearly review) were sorted anew by id for
-- every claim: thousands of rows sorted to take a hundred. This index hands them out in order.
CREATE INDEX jobs_due ON jobs (run_at, id);
DROP INDEX jobs_by_run_at;
