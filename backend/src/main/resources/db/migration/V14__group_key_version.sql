-- The ingestion path keeps, per backend, which group each platform group id (or group id)
-- stands for, with its platform and assigned operators (group.GroupKeyCache): every batch
-- resolved its few hundred groups again. A change of a group's platform group id or of its
-- assigned operators bumps this version in its own transaction; a backend that reads a newer
-- version than its cache holds starts the workspace's cache afresh.
alter table workspace add column group_key_version bigint not null default 0;
