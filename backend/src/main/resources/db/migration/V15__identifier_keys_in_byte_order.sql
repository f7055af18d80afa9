-- Platform names, platform ids, event types and rollup kinds are identifiers, compared and
-- ordered in the primary keys that every ingested event inserts into or probes (event_key,
-- member_identity, metric_day, member_day, ...). Under the database's collation each comparison
-- of two such values copies both and calls the C library's strcoll (varstr_cmp: 6.5 % of the
-- index-insertion samples of PostgreSQL during ingestion, with the C.UTF-8 collation of the
-- embedded server; a linguistic collation such as en_US.UTF-8 costs more). Under "C" they are
-- compared byte by byte. Equality is unchanged; ordering is that of the UTF-8 bytes, which
-- for identifiers is as good as any. Only the collation changes: the rows are not rewritten,
-- the indexes holding these columns are rebuilt.
alter table event_key
    alter column platform type varchar(16) collate "C",
    alter column platform_event_id type varchar(128) collate "C";
alter table member_identity
    alter column platform type varchar(16) collate "C",
    alter column platform_user_id type varchar(128) collate "C";
alter table chat_group
    alter column platform type varchar(16) collate "C",
    alter column platform_group_id type varchar(128) collate "C";
alter table question
    alter column platform type varchar(16) collate "C",
    alter column question_key type varchar(128) collate "C";
alter table metric_day alter column type type varchar(32) collate "C";
alter table workspace_day alter column type type varchar(32) collate "C";
alter table member_day alter column kind type char(1) collate "C";
alter table member_day_count alter column kind type char(1) collate "C";
alter table distinct_hist alter column kind type char(1) collate "C";
