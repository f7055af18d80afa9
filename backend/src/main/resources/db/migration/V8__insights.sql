-- Insights (retention cohorts): the joins of a range of days across the whole workspace.
-- The existing membership indexes lead with (workspace_id, group_id) or (workspace_id,
-- member_id); without this one a workspace cohort would read every membership of the workspace.
create index membership_joined_idx on membership (workspace_id, joined_at);
