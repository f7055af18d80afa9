-- Groups (社群), their series, members with platform identities, memberships with history.

alter table workspace add column operators_see_assigned_groups_only boolean not null default false;

create table group_series (
    workspace_id uuid         not null references workspace (workspace_id),
    series_id    uuid         not null,
    name         varchar(100) not null,
    platform     varchar(16)  not null,
    name_pattern varchar(100) not null,
    purpose      varchar(16)  not null,
    hard_limit   integer      not null check (hard_limit between 1 and 10000),
    target_size  integer      not null check (target_size >= 1 and target_size <= hard_limit),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    primary key (workspace_id, series_id)
);

create table chat_group (
    workspace_id      uuid          not null references workspace (workspace_id),
    group_id          uuid          not null,
    name              varchar(100)  not null,
    platform          varchar(16)   not null,
    platform_group_id varchar(128),
    purpose           varchar(16)   not null,
    entry_threshold   varchar(16)   not null,
    rules             varchar(5000),
    welcome_message   varchar(2000),
    tags              varchar(50)[] not null default '{}',
    status            varchar(16)   not null check (status in ('planned', 'active', 'dormant', 'archived')),
    hard_limit        integer       not null check (hard_limit between 1 and 10000),
    target_size       integer       not null check (target_size >= 1 and target_size <= hard_limit),
    series_id         uuid,
    series_position   integer,
    owner_member_id   uuid,
    assigned_operator_ids uuid[]    not null default '{}',
    -- live count of current memberships, kept by the membership writes under the group's row lock
    member_count      integer       not null default 0 check (member_count >= 0),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    primary key (workspace_id, group_id)
);
create unique index chat_group_platform_uq on chat_group (workspace_id, platform, platform_group_id) where platform_group_id is not null;
create unique index chat_group_series_uq on chat_group (workspace_id, series_id, series_position) where series_id is not null;
create index chat_group_tags_idx on chat_group using gin (tags);
create index chat_group_operators_idx on chat_group using gin (assigned_operator_ids);

create table member (
    workspace_id         uuid          not null references workspace (workspace_id),
    member_id            uuid          not null,
    display_name         varchar(100),
    tier                 varchar(32),
    points               bigint        not null default 0,
    source_channel       varchar(24),
    invited_by_member_id uuid,
    phone                varchar(32),
    notes                varchar(2000),
    attributes           jsonb,
    tags                 varchar(50)[] not null default '{}',
    staff                boolean       not null default false,
    staff_access_id      uuid,
    first_seen_at        timestamptz,
    last_seen_at         timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    primary key (workspace_id, member_id)
);
create index member_tags_idx on member using gin (tags);
create index member_invited_by_idx on member (workspace_id, invited_by_member_id) where invited_by_member_id is not null;

create table member_identity (
    workspace_id     uuid         not null,
    platform         varchar(16)  not null,
    platform_user_id varchar(128) not null,
    member_id        uuid         not null,
    created_at       timestamptz  not null,
    primary key (workspace_id, platform, platform_user_id),
    foreign key (workspace_id, member_id) references member (workspace_id, member_id)
);
create index member_identity_member_idx on member_identity (workspace_id, member_id);

create table membership (
    workspace_id         uuid        not null,
    membership_id        uuid        not null,
    group_id             uuid        not null,
    member_id            uuid        not null,
    role                 varchar(16) not null check (role in ('owner', 'admin', 'opinion_leader', 'member')),
    joined_at            timestamptz not null,
    join_channel         varchar(24),
    invited_by_member_id uuid,
    left_at              timestamptz,
    left_reason          varchar(16) check (left_reason in ('left', 'removed', 'group_dissolved')),
    primary key (workspace_id, membership_id),
    foreign key (workspace_id, group_id) references chat_group (workspace_id, group_id),
    foreign key (workspace_id, member_id) references member (workspace_id, member_id)
);
-- one current membership per member and group; past ones are history
create unique index membership_current_uq on membership (workspace_id, group_id, member_id) where left_at is null;
create index membership_member_idx on membership (workspace_id, member_id, joined_at);
create index membership_group_idx on membership (workspace_id, group_id, joined_at);

create index audit_log_entity_idx on audit_log (workspace_id, entity_type, entity_id, occurred_at);
