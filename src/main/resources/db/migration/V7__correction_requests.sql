-- "This is wrong": a customer's request to correct one fact of their view. It goes to the stewards of the source that
-- holds the fact; the customer follows its status. The fact is kept as it was shown (JSON), since the source may change.
create table correction_request (
    id              uuid primary key,
    party_id        uuid          not null references party (id) on delete cascade,
    source_id       varchar(40)   not null,
    record_key      varchar(2000) not null,
    facet           varchar(40)   not null,
    fact_snapshot   varchar(100000) not null,
    message         varchar(2000) not null,
    suggested_value varchar(2000),
    status          varchar(20)   not null,
    staff_reply     varchar(2000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    handled_by      varchar(320),
    constraint correction_request_status_check check (status in ('OPEN', 'IN_PROGRESS', 'CORRECTED', 'DECLINED'))
);
create index correction_request_party_idx on correction_request (party_id, created_at);
create index correction_request_queue_idx on correction_request (status, source_id, created_at);
