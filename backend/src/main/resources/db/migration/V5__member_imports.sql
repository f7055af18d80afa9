-- CSV imports of members as background jobs. The file is kept in the database until its job
-- ends, so a restart loses nothing; progress, counters and row errors are committed with each
-- batch of rows, so a job interrupted by a crash resumes after the last committed batch.
create table member_import (
    workspace_id  uuid          not null references workspace (workspace_id),
    import_id     uuid          not null,
    status        varchar(16)   not null check (status in ('queued', 'running', 'succeeded', 'failed')),
    file_sha256   varchar(64)   not null,
    file_bytes    bigint        not null,
    created_by    varchar(300)  not null,
    -- set when the uploader is an operator limited to the groups assigned to them: rows may
    -- join only those groups
    restrict_to_access_id uuid,
    rows_total    integer,
    rows_done     integer       not null default 0,
    rows_imported integer       not null default 0,
    rows_updated  integer       not null default 0,
    rows_failed   integer       not null default 0,
    error         varchar(1000),
    -- the worker holding the job and when it last committed a batch; a running job whose
    -- heartbeat is stale was abandoned (crash, restart) and is claimed again
    worker_token  uuid,
    heartbeat_at  timestamptz,
    attempts      integer       not null default 0,
    created_at    timestamptz   not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    primary key (workspace_id, import_id)
);
-- the same file uploaded again while its job is waiting or running answers that job
create unique index member_import_active_uq on member_import (workspace_id, file_sha256) where status in ('queued', 'running');
create index member_import_pending_idx on member_import (created_at) where status in ('queued', 'running');

create table member_import_file (
    workspace_id uuid  not null,
    import_id    uuid  not null,
    content      bytea not null,
    primary key (workspace_id, import_id),
    foreign key (workspace_id, import_id) references member_import (workspace_id, import_id)
);

create table member_import_error (
    workspace_id uuid          not null,
    import_id    uuid          not null,
    error_no     integer       not null,
    line         integer       not null,
    column_name  varchar(64),
    message      varchar(500)  not null,
    primary key (workspace_id, import_id, error_no),
    foreign key (workspace_id, import_id) references member_import (workspace_id, import_id)
);
