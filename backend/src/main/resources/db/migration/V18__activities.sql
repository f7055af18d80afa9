-- Activities (活动): planned by operators, started and ended by the scheduler, reviewed (复盘).
--
-- Status moves draft -> scheduled -> running -> ended -> reviewed, or to cancelled; the
-- service enforces the transitions, the check below only the vocabulary. The scheduler looks
-- for due rows across workspaces through the two partial indexes (activity_due_start,
-- activity_due_end) and locks them FOR UPDATE SKIP LOCKED, so two backends never move the
-- same activity twice.
create table activity (
    workspace_id      uuid         not null references workspace (workspace_id),
    activity_id       uuid         not null,
    title             varchar(100) not null,
    type              varchar(16)  not null check (type in ('red_packet', 'check_in', 'game', 'lecture', 'flash_sale',
                          'group_buy', 'coupon_drop', 'lottery', 'ugc_contest', 'meetup', 'co_branded', 'other')),
    status            varchar(16)  not null check (status in ('draft', 'scheduled', 'running', 'ended', 'reviewed', 'cancelled')),
    commercial        boolean      not null,
    -- {participants, orders, gmvMinor, newMembers}, each null when not aimed at
    goal              jsonb        not null,
    budget_minor      bigint       check (budget_minor >= 0),
    other_spend_minor bigint       not null default 0 check (other_spend_minor >= 0),
    currency          varchar(3)   not null,
    target_group_ids  uuid[]       not null,
    segment_id        uuid,
    start_at          timestamptz  not null,
    end_at            timestamptz  not null,
    rules_text        text,
    -- {channel, plan, pushes[]}; channel is a member source channel (memberships' join_channel)
    promotion         jsonb        not null,
    -- per type, with its "type"
    settings          jsonb        not null,
    started_at        timestamptz,
    ended_at          timestamptz,
    cancelled_at      timestamptz,
    reviewed_at       timestamptz,
    -- {wentWell, wentWrong, toChange, productsSold, topicsThatWorked, writtenAt, writtenBy, updatedAt}
    review            jsonb,
    -- the results as they were when the review was first written
    frozen_results    jsonb,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    primary key (workspace_id, activity_id),
    check (end_at > start_at)
);

create index activity_list_idx on activity (workspace_id, start_at desc, activity_id desc);
create index activity_groups_idx on activity using gin (target_group_ids);
create index activity_due_start on activity (start_at) where status = 'scheduled';
create index activity_due_end on activity (end_at) where status = 'running';

-- Results read an activity's events: the events carrying its id, with what the figures need.
create index event_activity_idx on event (workspace_id, activity_id, occurred_at)
    include (type, member_id, amount_minor, currency) where activity_id is not null;
