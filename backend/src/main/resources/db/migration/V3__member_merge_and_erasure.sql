-- Merge keeps the absorbed member as a tombstone pointing at the survivor, so a second
-- merge (or a retry) of the same pair is recognised; erasure anonymises in place.
alter table member add column merged_into_member_id uuid;
alter table member add column erased_at timestamptz;
create index member_live_idx on member (workspace_id, member_id) where merged_into_member_id is null;

alter table membership drop constraint membership_left_reason_check;
alter table membership add constraint membership_left_reason_check
    check (left_reason in ('left', 'removed', 'group_dissolved', 'merged'));
