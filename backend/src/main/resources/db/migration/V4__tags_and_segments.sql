-- The tag catalog (tags in tag groups) and saved segments (named member filters).
create table tag_group (
    workspace_id uuid         not null references workspace (workspace_id),
    tag_group_id uuid         not null,
    name         varchar(50)  not null,
    created_at   timestamptz  not null,
    primary key (workspace_id, tag_group_id)
);
create unique index tag_group_name_uq on tag_group (workspace_id, name);

create table tag (
    workspace_id uuid         not null,
    tag_id       uuid         not null,
    tag_group_id uuid,
    name         varchar(50)  not null,
    description  varchar(200),
    created_at   timestamptz  not null,
    primary key (workspace_id, tag_id),
    foreign key (workspace_id, tag_group_id) references tag_group (workspace_id, tag_group_id)
);
create unique index tag_name_uq on tag (workspace_id, name);

create table segment (
    workspace_id uuid         not null references workspace (workspace_id),
    segment_id   uuid         not null,
    name         varchar(100) not null,
    filter       jsonb        not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    primary key (workspace_id, segment_id)
);
