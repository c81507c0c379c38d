-- Imports of parties from CSV files: one row per uploaded file, with its progress and outcome.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
create table party_import (
    id                   uuid primary key,
    file_name            varchar(255)  not null,
    file_size            bigint        not null,
    -- SHA-256 of the upload, so the same file sent twice while the first is still running is refused.
    file_sha256          varchar(64)   not null,
    requested_by_account uuid          not null,
    requested_by_party   uuid,
    requested_by_email   varchar(320)  not null,
    status               varchar(20)   not null,
    all_or_nothing       boolean       not null,
    -- The requester's language: rejection reasons and failure messages are written in it.
    locale_tag           varchar(35)   not null,
    total_rows           bigint        not null,
    processed_rows       bigint        not null,
    created_count        bigint        not null,
    updated_count        bigint        not null,
    rejected_count       bigint        not null,
    failure_message      varchar(2000),
    created_at           timestamp with time zone not null,
    started_at           timestamp with time zone,
    finished_at          timestamp with time zone
);
create index party_import_created_idx on party_import (created_at);
create index party_import_status_idx on party_import (status);

-- Rejected lines of an import, with why. Only the first ones are kept (the count on party_import covers all).
create table party_import_rejection (
    import_id   uuid          not null references party_import (id) on delete cascade,
    line_number bigint        not null,
    reason      varchar(1000) not null,
    primary key (import_id, line_number)
);
