-- An activity's results are cached by the backend under a fingerprint of its events (their count
-- and latest arrival, with the workspace's identity version): received_at joins the index so the
-- fingerprint is an index-only read.
drop index event_activity_idx;
create index event_activity_idx on event (workspace_id, activity_id, occurred_at)
    include (type, member_id, amount_minor, currency, received_at) where activity_id is not null;
