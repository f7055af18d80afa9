-- Which event types count as what in the rollups, written once. Before, the same rules stood in
-- three places (the Java rollup writer, the raw figures of groups and segments, and
-- metric_rebuild below) and could drift apart. Now the Java side loads these rows
-- (metric.EventTypes) and the rebuild joins them, so both read the same classification.
--
-- A table rather than Java generating SQL: metric_rebuild() is run by operators from psql,
-- without the backend, and must find the rules in the database. Changing a rule is a
-- migration that updates these rows, followed by a rebuild of every workspace (the rollups
-- already written were classified by the old rules).
--
-- Reference data, not tenant data: no workspace_id (on Citus, a reference table copied to
-- every node). Every type the event table accepts has its row (checked by a test).
create table event_type (
    type    varchar(32) collate "C" primary key,
    active  boolean not null,   -- a day with it makes the member active that day (member_day kind 'a')
    buyer   boolean not null,   -- ... a buyer that day (kind 'b': conversion)
    inviter boolean not null    -- ... an inviter that day (kind 'i': referral K-factor)
);
insert into event_type (type, active, buyer, inviter) values
    ('joined',              false, false, false),
    ('left',                false, false, false),
    ('message',             true,  false, false),
    ('check_in',            true,  false, false),
    ('red_packet_claimed',  true,  false, false),
    ('coupon_issued',       true,  false, false),
    ('coupon_redeemed',     true,  false, false),
    ('order_placed',        true,  true,  false),
    ('ugc_post',            true,  false, false),
    ('share',               true,  false, false),
    ('invite_sent',         true,  false, true),
    ('invite_accepted',     true,  false, false),
    ('game_played',         true,  false, false),
    ('lecture_attended',    true,  false, false),
    ('question_asked',      true,  false, false),
    ('question_answered',   true,  false, false),
    ('scheduled_post_done', true,  false, false),
    ('feedback',            true,  false, false),
    ('rule_violation',      true,  false, false),
    ('custom',              true,  false, false);

-- The rebuild (metric_rebuild() calls it in one snapshot: V11) as in V9, its member days now
-- classified by event_type.
create or replace function metric_rebuild_in_snapshot(ws uuid) returns void
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
      join event_type t on t.type = e.type
      cross join lateral (values ('a', t.active), ('b', t.buyer), ('i', t.inviter)) k(kind, yes)
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
