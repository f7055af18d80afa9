-- The rollup writer rewrites the same rows again and again: a member's first/last seen on
-- nearly every drain that sees them, a (group, day, type) total on every drain, a group's
-- member_count on every joined/left batch. An update that finds no room on its row's page is
-- not HOT: it adds an entry to every index of the table (member has six, two of chat_group's
-- are GIN). Measured by bench/ingest.sh (1M events, live order): with fillfactor 85 / 100 /
-- 100, 9 % of member's, 20 % of metric_day's and 17 % of chat_group's updates were not HOT.
-- Pages written from now on keep this room; existing ones get it when the table is rewritten
-- (VACUUM FULL or pg_repack, deploy/README.md).
alter table member set (fillfactor = 70);
alter table metric_day set (fillfactor = 70);
alter table chat_group set (fillfactor = 70);
