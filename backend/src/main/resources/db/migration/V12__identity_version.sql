-- The ingestion path keeps, per backend, which member each platform identity stands for
-- (member.IdentityCache): most events come from people seen before, and the lookup was the
-- second cost of a batch in PostgreSQL. Every change to that answer, i.e. a merge (identities
-- move to the survivor), an erasure (identities removed) or a change of a member's staff flag,
-- bumps this version in its own transaction; a backend that reads a newer version than its
-- cache holds starts the workspace's cache afresh.
alter table workspace add column identity_version bigint not null default 0;
