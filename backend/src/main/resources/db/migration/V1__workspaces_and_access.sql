-- Tenancy rule: every table carries workspace_id and every primary or unique key of
-- tenant data starts with it, so the schema can be distributed by workspace (Citus).

create table workspace (
    workspace_id uuid primary key,
    name         varchar(100) not null,
    time_zone    varchar(64)  not null,
    currency     varchar(3)   not null check (currency ~ '^[A-Z]{3}$'),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);

create table workspace_access (
    workspace_id   uuid         not null references workspace (workspace_id),
    access_id      uuid         not null,
    principal_type varchar(16)  not null check (principal_type in ('user', 'client')),
    subject        varchar(255),
    client_id      varchar(255),
    email          varchar(254),
    display_name   varchar(200),
    role           varchar(16)  not null check (role in ('owner', 'admin', 'operator', 'analyst', 'integration')),
    created_at     timestamptz  not null,
    created_by     varchar(300),
    last_seen_at   timestamptz,
    primary key (workspace_id, access_id),
    check ((principal_type = 'user' and subject is not null and client_id is null)
        or (principal_type = 'client' and client_id is not null and subject is null))
);
create unique index workspace_access_user_uq on workspace_access (workspace_id, subject) where principal_type = 'user';
create unique index workspace_access_client_uq on workspace_access (workspace_id, client_id) where principal_type = 'client';
-- "my workspaces" looks a principal up across workspaces.
create index workspace_access_subject_idx on workspace_access (subject) where principal_type = 'user';
create index workspace_access_client_idx on workspace_access (client_id) where principal_type = 'client';

create table workspace_invitation (
    workspace_id  uuid         not null references workspace (workspace_id),
    invitation_id uuid         not null,
    email         varchar(254) not null check (email = lower(email)),
    role          varchar(16)  not null check (role in ('owner', 'admin', 'operator', 'analyst', 'integration')),
    status        varchar(16)  not null check (status in ('pending', 'accepted', 'revoked')),
    created_at    timestamptz  not null,
    created_by    varchar(300),
    accepted_at   timestamptz,
    accepted_by   varchar(255),
    revoked_at    timestamptz,
    primary key (workspace_id, invitation_id)
);
create unique index workspace_invitation_pending_uq on workspace_invitation (workspace_id, email) where status = 'pending';
create index workspace_invitation_email_idx on workspace_invitation (email) where status = 'pending';

-- A POST with an Idempotency-Key stores its first successful response here, in the same
-- transaction as the write itself, so a retry replays it instead of writing twice.
-- workspace_id is the nil UUID for calls outside a workspace (creating one).
create table idempotency_record (
    workspace_id    uuid         not null,
    principal       varchar(300) not null,
    method          varchar(10)  not null,
    path            varchar(500) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_status integer      not null,
    response_body   text,
    location        varchar(1000),
    created_at      timestamptz  not null,
    primary key (workspace_id, principal, method, path, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);

create table audit_log (
    workspace_id uuid         not null,
    audit_id     uuid         not null,
    occurred_at  timestamptz  not null,
    actor        varchar(300) not null,
    action       varchar(64)  not null,
    entity_type  varchar(32)  not null,
    entity_id    uuid,
    details      jsonb,
    primary key (workspace_id, audit_id)
);
