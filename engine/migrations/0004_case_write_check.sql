-- A command writes its case and everything else of its run in one statement (engine case-writes). When
-- the case's revision (or the task being completed) was taken meanwhile, the statement must write
-- nothing: this check, in the statement's final SELECT, fails the whole statement, and the runtime
-- reads the SQLSTATE as CASE_CONFLICT.
CREATE FUNCTION case_write_check(expected bigint, written bigint) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF written < expected THEN
    RAISE EXCEPTION 'the case changed meanwhile' USING ERRCODE = 'JZ409';
  END IF;
  RETURN written;
END
$$;
