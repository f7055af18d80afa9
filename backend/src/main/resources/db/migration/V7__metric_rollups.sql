-- Metric rollups (docs/metrics.md, "How the figures are computed").
-- Written in the transaction that stores the facts, so an acknowledged event is a counted
-- event. Every key starts with workspace_id (the Citus rule). Staff events are left out of
-- every rollup here except the question table (response time).

-- Per group and local day and event type: counts and money (scope_id = the group id).
create table metric_day (
    workspace_id       uuid        not null,
    scope_id           uuid        not null,
    day                date        not null,
    type               varchar(32) not null,
    events             bigint      not null default 0,
    amount_minor       bigint      not null default 0, -- sum of amounts in the workspace currency
    amount_events      bigint      not null default 0, -- events counted in amount_minor
    other_currency     bigint      not null default 0, -- events with an amount in another currency
    primary key (workspace_id, scope_id, day, type)
);

-- The workspace's totals per local day and type (same columns): a dashboard reads a few
-- hundred adjacent rows instead of rows scattered among the groups'.
create table workspace_day (
    workspace_id       uuid        not null,
    day                date        not null,
    type               varchar(32) not null,
    events             bigint      not null default 0,
    amount_minor       bigint      not null default 0,
    amount_events      bigint      not null default 0,
    other_currency     bigint      not null default 0,
    primary key (workspace_id, day, type)
);

-- Staff are few: the group figures read them by this index instead of joining every member.
create index member_staff_idx on member (workspace_id, member_id) where staff;

-- Distinct people at workspace level, for any range of days, without scanning events.
-- member_day: one row per person, kind and local day (kind a = active, b = buyer, i = inviter).
-- member_kind: one row per person and kind; its row lock serialises the chain updates of one
-- person, and it keeps the last day.
-- distinct_hist: each member_day row counted under (day, prev_day) where prev_day is the same
-- person's previous day of that kind ('-infinity' for the first). The distinct people of kind k
-- in days [a, b] are sum(n) where day between a and b and prev_day < a: each person is counted
-- at their first day inside the range, exactly once.
create table member_day (
    workspace_id uuid    not null,
    kind         char(1) not null,
    member_id    uuid    not null,
    day          date    not null,
    primary key (workspace_id, kind, member_id, day)
);

-- people of a kind per day (DAU when kind = a): the number of member_day rows of that day
create table member_day_count (
    workspace_id uuid    not null,
    kind         char(1) not null,
    day          date    not null,
    n            bigint  not null,
    primary key (workspace_id, kind, day)
);

create table member_kind (
    workspace_id uuid    not null,
    kind         char(1) not null,
    member_id    uuid    not null,
    last_day     date    not null,
    primary key (workspace_id, kind, member_id)
);

create table distinct_hist (
    workspace_id uuid    not null,
    kind         char(1) not null,
    day          date    not null,
    prev_day     date    not null,
    n            bigint  not null,
    primary key (workspace_id, kind, day, prev_day)
);

-- Questions and their first answer, keyed by the question's platform event id; an answer may
-- arrive before its question (the row then has answered_at and no asked_at yet).
create table question (
    workspace_id uuid         not null,
    platform     varchar(16)  not null,
    question_key varchar(128) not null,
    group_id     uuid,
    member_id    uuid,
    asker_staff  boolean,
    asked_at     timestamptz,
    asked_day    date,
    answered_at  timestamptz, -- the earliest linked answer
    primary key (workspace_id, platform, question_key)
);
-- covering: the workspace's response times are computed from an index-only scan of the days asked
create index question_day_idx on question (workspace_id, asked_day) include (asked_at, answered_at, asker_staff) where asked_at is not null;
create index question_group_idx on question (workspace_id, group_id, asked_day) where asked_at is not null;
create index question_member_idx on question (workspace_id, member_id);

-- Workspace member counts (distinct people in at least one group, staff left out).
-- member_presence: per person, the union of their memberships as maximal intervals
-- [from_at, to_at). presence_delta: per local day, people entering (with the day their previous
-- presence ended, '-infinity' if none) and leaving. Membership instants are put in the day
-- holding (instant - 1 microsecond), so a change at exactly midnight belongs to the day that
-- ends there (consistent with "members at end of day d" = members at that midnight).
-- Members at the end of day d = sum(entered - left) over days <= d; new members in [a, b] =
-- sum(entered) over days in [a, b] with prev_end_day < a. The delta table is append-only (a
-- trigger adds rows, never updates one, so concurrent membership writes never wait on each
-- other here) and is compacted by MetricMaintenance.
create table member_presence (
    workspace_id uuid        not null,
    member_id    uuid        not null,
    from_at      timestamptz not null,
    to_at        timestamptz not null, -- 'infinity' while present
    primary key (workspace_id, member_id, from_at)
);

create table presence_lock (
    workspace_id uuid   not null,
    member_id    uuid   not null,
    version      bigint not null default 0,
    primary key (workspace_id, member_id)
);

create table presence_delta (
    workspace_id uuid    not null,
    day          date    not null,
    prev_end_day date    not null,
    entered      integer not null,
    left_        integer not null
);
create index presence_delta_idx on presence_delta (workspace_id, day);

-- the same changes summed per day only (people entering minus leaving): the member count at the
-- end of day d is the prefix sum over a few hundred rows, whatever the number of memberships
create table presence_net (
    workspace_id uuid    not null,
    day          date    not null,
    net          integer not null
);
create index presence_net_idx on presence_net (workspace_id, day);

-- the local day of a membership instant (see above)
create function presence_day(t timestamptz, zone text) returns date
    language sql immutable as $$
    select case when t = 'infinity'::timestamptz then 'infinity'::date
                else ((t - interval '1 microsecond') at time zone zone)::date end
$$;

-- Recomputes the presence of some people of one workspace from the membership table:
-- subtract their old contributions, rebuild their intervals, add the new ones.
create function presence_recompute(ws uuid, ids uuid[]) returns void
    language plpgsql as $$
declare
    zone text;
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    select time_zone into zone from workspace where workspace_id = ws;
    -- one writer per person at a time (row locks in id order: no deadlock between two recomputes)
    insert into presence_lock as l (workspace_id, member_id)
    select ws, x from (select distinct unnest(ids) x) u order by x
    on conflict (workspace_id, member_id) do update set version = l.version + 1;

    with c as (
        select day, prev_end_day, -sum(entered) as entered, -sum(left_) as left_ from (
        select presence_day(from_at, zone) as day,
               coalesce(presence_day(lag(to_at) over w, zone), '-infinity'::date) as prev_end_day, 1 as entered, 0 as left_
          from member_presence where workspace_id = ws and member_id = any(ids)
        window w as (partition by member_id order by from_at)
        union all
        select presence_day(to_at, zone), '-infinity'::date, 0, 1
          from member_presence where workspace_id = ws and member_id = any(ids) and to_at <> 'infinity'
        ) x group by day, prev_end_day),
    d as (insert into presence_delta (workspace_id, day, prev_end_day, entered, left_)
          select ws, day, prev_end_day, entered, left_ from c)
    insert into presence_net (workspace_id, day, net)
    select ws, day, sum(entered - left_) from c group by day having sum(entered - left_) <> 0;

    delete from member_presence where workspace_id = ws and member_id = any(ids);

    insert into member_presence (workspace_id, member_id, from_at, to_at)
    select ws, member_id, min(j), max(l) from (
        select member_id, j, l, sum(case when pmax is null or j > pmax then 1 else 0 end)
                   over (partition by member_id order by j, l) as island
          from (select member_id, j, l,
                       max(l) over (partition by member_id order by j, l rows between unbounded preceding and 1 preceding) as pmax
                  from (select s.member_id, s.joined_at as j, coalesce(s.left_at, 'infinity'::timestamptz) as l
                          from membership s join member m on m.workspace_id = s.workspace_id and m.member_id = s.member_id
                         where s.workspace_id = ws and s.member_id = any(ids) and not m.staff
                           and coalesce(s.left_at, 'infinity'::timestamptz) > s.joined_at) ms) o) g
    group by member_id, island;

    with c as (
        select day, prev_end_day, sum(entered) as entered, sum(left_) as left_ from (
        select presence_day(from_at, zone) as day,
               coalesce(presence_day(lag(to_at) over w, zone), '-infinity'::date) as prev_end_day, 1 as entered, 0 as left_
          from member_presence where workspace_id = ws and member_id = any(ids)
        window w as (partition by member_id order by from_at)
        union all
        select presence_day(to_at, zone), '-infinity'::date, 0, 1
          from member_presence where workspace_id = ws and member_id = any(ids) and to_at <> 'infinity'
        ) x group by day, prev_end_day),
    d as (insert into presence_delta (workspace_id, day, prev_end_day, entered, left_)
          select ws, day, prev_end_day, entered, left_ from c)
    insert into presence_net (workspace_id, day, net)
    select ws, day, sum(entered - left_) from c group by day having sum(entered - left_) <> 0;
end
$$;

-- The one place that sees every membership write (MembershipService through JPA, the CSV
-- import's JDBC batches, joined/left events, merges): statement-level triggers with
-- transition tables, so a 1,000-row import statement recomputes its people in one pass.
create function membership_presence_ins() returns trigger
    language plpgsql as $$
declare r record;
begin
    for r in select workspace_id, array_agg(distinct member_id) ids from new_rows group by workspace_id loop
        perform presence_recompute(r.workspace_id, r.ids);
    end loop;
    return null;
end
$$;

create function membership_presence_upd() returns trigger
    language plpgsql as $$
declare r record;
begin
    for r in select workspace_id, array_agg(distinct member_id) ids from (
                 select n.workspace_id, n.member_id from new_rows n
                 union select o.workspace_id, o.member_id from old_rows o) x group by workspace_id loop
        perform presence_recompute(r.workspace_id, r.ids);
    end loop;
    return null;
end
$$;

create function membership_presence_del() returns trigger
    language plpgsql as $$
declare r record;
begin
    for r in select workspace_id, array_agg(distinct member_id) ids from old_rows group by workspace_id loop
        perform presence_recompute(r.workspace_id, r.ids);
    end loop;
    return null;
end
$$;

create trigger membership_presence_ins after insert on membership
    referencing new table as new_rows for each statement execute function membership_presence_ins();
create trigger membership_presence_upd after update on membership
    referencing new table as new_rows old table as old_rows for each statement execute function membership_presence_upd();
create trigger membership_presence_del after delete on membership
    referencing old table as old_rows for each statement execute function membership_presence_del();

-- a member flagged (or unflagged) staff leaves (or enters) the member counts, past included
create function member_staff_presence() returns trigger
    language plpgsql as $$
begin
    perform presence_recompute(new.workspace_id, array[new.member_id]);
    return null;
end
$$;
create trigger member_staff_presence after update of staff on member
    for each row when (old.staff is distinct from new.staff) execute function member_staff_presence();

-- Health thresholds per workspace (defaults = the seed benchmarks when no row exists).
create table metric_threshold (
    workspace_id                uuid          not null primary key references workspace (workspace_id),
    daily_active_share          numeric(6, 4) not null,
    messages_per_member_week    numeric(10, 4) not null,
    conversion_rate             numeric(6, 4) not null,
    coupon_redemption_rate      numeric(6, 4) not null,
    acquisition_cost_minor      bigint        not null,
    response_time_seconds       numeric(10, 2) not null,
    size_best_min               integer       not null,
    size_best_max               integer       not null,
    size_max                    integer       not null,
    updated_at                  timestamptz   not null
);

-- Which local days were closed by the threshold-alert job (one replica per workspace and day).
create table metric_alert_run (
    workspace_id uuid        not null,
    day          date        not null,
    ran_at       timestamptz not null,
    primary key (workspace_id, day)
);

-- Rebuilds every rollup of one workspace from the raw events, memberships and questions
-- (the bench loader uses it; also a repair tool). Same definitions as Rollups.java.
create function metric_rebuild(ws uuid) returns void
    language plpgsql as $$
declare
    zone text;
    cur  text;
    ids  uuid[];
begin
    select time_zone, currency into zone, cur from workspace where workspace_id = ws;
    delete from metric_day where workspace_id = ws;
    delete from workspace_day where workspace_id = ws;
    delete from member_day_count where workspace_id = ws;
    delete from member_day where workspace_id = ws;
    delete from member_kind where workspace_id = ws;
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

    insert into member_kind (workspace_id, kind, member_id, last_day)
    select ws, kind, member_id, max(day) from member_day where workspace_id = ws group by kind, member_id;

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
