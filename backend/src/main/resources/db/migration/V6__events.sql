-- Events (what members do, pushed by partner tools), their de-duplication keys, and alerts.
--
-- event is partitioned by month of occurred_at (UTC months) so that hundreds of millions of
-- rows stay manageable: old months can be detached/archived, and a query over a date range
-- only touches its months. Months are created ahead by event_ensure_month(), called by a
-- daily job (a few months ahead) and by the ingestion path for any month it has not seen yet
-- (late events). A default partition catches anything else; event_ensure_month() moves the
-- rows of its month out of it when it creates a month later on.
create table event (
    workspace_id      uuid         not null,
    event_id          uuid         not null,
    occurred_at       timestamptz  not null,
    received_at       timestamptz  not null,
    type              varchar(32)  not null check (type in ('joined', 'left', 'message', 'check_in', 'red_packet_claimed',
                          'coupon_issued', 'coupon_redeemed', 'order_placed', 'ugc_post', 'share', 'invite_sent',
                          'invite_accepted', 'game_played', 'lecture_attended', 'question_asked', 'question_answered',
                          'scheduled_post_done', 'feedback', 'rule_violation', 'custom')),
    group_id          uuid         not null,
    member_id         uuid         not null,
    platform          varchar(16)  not null,
    platform_event_id varchar(128) not null,
    activity_id       uuid,
    amount_minor      bigint check (amount_minor >= 0),
    currency          char(3),
    -- the inviter of an invite_accepted
    related_member_id uuid,
    -- question_asked: its own platform event id; question_answered: the platform event id of the question
    question_key      varchar(128),
    -- the member was flagged staff when the event was stored
    staff             boolean      not null default false,
    -- older than 24 h when received
    late              boolean      not null default false,
    -- type-specific extras: feedback {kind, text}, rule_violation {kind}, custom {name, data}, scheduled_post_done {scheduleItemId}
    detail            jsonb,
    primary key (workspace_id, event_id, occurred_at)
) partition by range (occurred_at);

-- Timelines page by (occurred_at, event_id) descending within a member or a group; metrics
-- scan a group's or a member's range of time. The trailing event_id makes the cursor
-- comparison an index range.
create index event_group_idx on event (workspace_id, group_id, occurred_at, event_id);
create index event_member_idx on event (workspace_id, member_id, occurred_at, event_id);

create table event_default partition of event default;

-- Creates the partition of the (UTC) month containing m, if missing; rows of that month that
-- landed in the default partition meanwhile are moved into it. Safe to call concurrently.
create or replace function event_ensure_month(m timestamptz) returns void language plpgsql as $$
declare
    start_ts timestamptz := date_trunc('month', m at time zone 'UTC') at time zone 'UTC';
    stop_ts  timestamptz := (date_trunc('month', m at time zone 'UTC') + interval '1 month') at time zone 'UTC';
    part     text := 'event_' || to_char(m at time zone 'UTC', 'YYYY_MM');
begin
    if to_regclass(part) is not null then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('event_ensure_month'), hashtext(part));
    if to_regclass(part) is not null then
        return;
    end if;
    execute format('create table %I (like event including defaults including constraints)', part);
    execute format('insert into %I select * from event_default where occurred_at >= %L and occurred_at < %L', part, start_ts, stop_ts);
    execute format('delete from event_default where occurred_at >= %L and occurred_at < %L', start_ts, stop_ts);
    execute format('alter table event attach partition %I for values from (%L) to (%L)', part, start_ts, stop_ts);
end;
$$;

-- 24 months back (imports of history) and 3 ahead; the daily job keeps creating ahead.
do $$
declare
    i integer;
begin
    for i in -24..3 loop
        perform event_ensure_month(now() + make_interval(months => i));
    end loop;
end;
$$;

-- The identity of an event: (workspace, platform, platform event id), de-duplicated forever.
-- A unique key on the partitioned table would have to include occurred_at, so it lives here.
-- payload_hash tells a retry (same payload: duplicate) from a conflict (another payload).
create table event_key (
    workspace_id      uuid         not null,
    platform          varchar(16)  not null,
    platform_event_id varchar(128) not null,
    event_id          uuid         not null,
    occurred_at       timestamptz  not null,
    payload_hash      bytea        not null,
    primary key (workspace_id, platform, platform_event_id)
);

-- Groups that crossed a threshold: 'over_capacity' (ingestion: a reported join past the hard
-- limit) or a health check (metrics). Listed through the API (insights).
create table alert (
    workspace_id uuid         not null,
    alert_id     uuid         not null,
    group_id     uuid         not null,
    kind         varchar(32)  not null,
    raised_at    timestamptz  not null,
    metric       varchar(64),
    value        numeric,
    threshold    numeric,
    detail       jsonb,
    resolved_at  timestamptz,
    primary key (workspace_id, alert_id)
);
create index alert_raised_idx on alert (workspace_id, raised_at);
-- at most one open alert of a kind per group
create unique index alert_open_uq on alert (workspace_id, group_id, kind) where resolved_at is null;
