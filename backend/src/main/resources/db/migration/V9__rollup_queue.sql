-- Metric rollups applied behind the ingestion path instead of inside it.
-- The ingestion transaction appends one row per batch to rollup_queue (the rollup-relevant
-- fields of its accepted events, packed by RollupQueue.java); one writer per workspace at a time
-- (transaction-scoped advisory lock 21105 / hashtext(workspace id)) folds the queued rows into
-- the rollup tables: every second in the background, and before every metric read, so a reader
-- still sees every event acknowledged before its request. Concurrent batches no longer hold
-- rollup row locks until their commit (they chained one after the other on the hottest rows).
create table rollup_queue (
    workspace_id uuid        not null,
    seq          bigint      generated always as identity,
    queued_at    timestamptz not null,
    events       integer     not null,
    payload      bytea       not null,
    primary key (workspace_id, seq)
);
-- packed already: skip the compression attempt on every insert
alter table rollup_queue alter column payload set storage external;

-- With a single writer per workspace, the per-person lock rows are not needed any more: a new
-- member_day row finds its neighbours in its chain by two index probes.
drop table member_kind;

create or replace function metric_rebuild(ws uuid) returns void
    language plpgsql as $$
declare
    zone text;
    cur  text;
    ids  uuid[];
begin
    -- the one rollup writer of this workspace (Rollups.java takes the same lock); the queued
    -- work is part of the events read below
    perform pg_advisory_xact_lock(21105, hashtext(ws::text));
    delete from rollup_queue where workspace_id = ws;
    select time_zone, currency into zone, cur from workspace where workspace_id = ws;
    delete from metric_day where workspace_id = ws;
    delete from workspace_day where workspace_id = ws;
    delete from member_day_count where workspace_id = ws;
    delete from member_day where workspace_id = ws;
    delete from distinct_hist where workspace_id = ws;
    delete from question where workspace_id = ws;

    insert into metric_day (workspace_id, scope_id, day, type, events, amount_minor, amount_events, other_currency)
    select ws, group_id, (occurred_at at time zone zone)::date, type, count(*),
           coalesce(sum(amount_minor) filter (where currency = cur), 0),
           count(*) filter (where amount_minor is not null and currency = cur),
           count(*) filter (where amount_minor is not null and currency <> cur)
      from event where workspace_id = ws and not staff
     group by group_id, 3, type;

    insert into workspace_day (workspace_id, day, type, events, amount_minor, amount_events, other_currency)
    select ws, day, type, sum(events), sum(amount_minor), sum(amount_events), sum(other_currency)
      from metric_day where workspace_id = ws group by day, type order by day, type;

    insert into member_day (workspace_id, kind, member_id, day)
    select distinct ws, k.kind, e.member_id, (e.occurred_at at time zone zone)::date
      from event e
      cross join lateral (values ('a', e.type not in ('joined', 'left')),
                                 ('b', e.type = 'order_placed'),
                                 ('i', e.type = 'invite_sent')) k(kind, yes)
     where e.workspace_id = ws and not e.staff and k.yes;

    insert into member_day_count (workspace_id, kind, day, n)
    select ws, kind, day, count(*) from member_day where workspace_id = ws group by kind, day;


    insert into distinct_hist (workspace_id, kind, day, prev_day, n)
    select ws, kind, day, prev_day, count(*) from (
        select kind, day, coalesce(lag(day) over (partition by kind, member_id order by day), '-infinity'::date) as prev_day
          from member_day where workspace_id = ws) c
     group by kind, day, prev_day;

    insert into question (workspace_id, platform, question_key, group_id, member_id, asker_staff, asked_at, asked_day, answered_at)
    select ws, coalesce(q.platform, a.platform), coalesce(q.question_key, a.question_key), q.group_id, q.member_id, q.staff,
           q.occurred_at, (q.occurred_at at time zone zone)::date, a.answered_at
      from (select distinct on (platform, question_key) platform, question_key, group_id, member_id, staff, occurred_at
              from event where workspace_id = ws and type = 'question_asked' and question_key is not null
             order by platform, question_key, occurred_at) q
      full join (select platform, question_key, min(occurred_at) as answered_at
                   from event where workspace_id = ws and type = 'question_answered' and question_key is not null
                  group by platform, question_key) a
        on a.platform = q.platform and a.question_key = q.question_key;

    delete from presence_delta where workspace_id = ws;
    delete from presence_net where workspace_id = ws;
    delete from member_presence where workspace_id = ws;
    select array_agg(distinct member_id) into ids from membership where workspace_id = ws;
    perform presence_recompute(ws, ids);
end
$$;
-- first/last seen are rewritten by the rollup writer; room on each page keeps those updates HOT
-- (no new index entries in member's five indexes, the GIN one included)
alter table member set (fillfactor = 85);
