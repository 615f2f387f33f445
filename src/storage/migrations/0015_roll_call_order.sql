-- 0015: the order in which roll calls are read (by date, then source and key:
-- storage/rollcallrow.cpp, selectSql) as an index, so that reading the whole record walks the
-- index instead of sorting every roll call with its long titles and descriptions first.
CREATE INDEX roll_call_order ON roll_call (date, source, rcid, undl_id);
