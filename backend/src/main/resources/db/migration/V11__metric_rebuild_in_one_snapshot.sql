-- metric_rebuild() drops the queued rollup work and reads the events instead. Under READ
-- COMMITTED each of its statements sees a newer snapshot, so an event committed while it runs
-- could be read from the event table and also left in the queue (counted twice), or the other
-- way round (not counted). In one REPEATABLE READ snapshot the two agree: events committed after
-- it stay queued and are folded in by the writer afterwards, once. So the rebuild now refuses to
-- run in any other isolation level; a rollup drain committing while the rebuild waits for the
-- writer lock makes the rebuild fail with a serialization error (nothing is written: retry).
alter function metric_rebuild(uuid) rename to metric_rebuild_in_snapshot;

create function metric_rebuild(ws uuid) returns void
    language plpgsql as $$
begin
    if current_setting('transaction_isolation') not in ('repeatable read', 'serializable') then
        raise exception 'metric_rebuild() must run in a REPEATABLE READ transaction'
            using errcode = '25001',
                  hint = 'begin isolation level repeatable read; select metric_rebuild(...); commit;';
    end if;
    perform metric_rebuild_in_snapshot(ws);
end
$$;
