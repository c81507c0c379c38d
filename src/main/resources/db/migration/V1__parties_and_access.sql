-- Parties: people and organisations the company deals with. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create table party (
    id                uuid primary key,
    version           bigint       not null,
    kind              varchar(20)  not null,
    display_name      varchar(300) not null,
    given_name        varchar(120),
    family_name       varchar(120),
    organisation_name varchar(300),
    email             varchar(320),
    email_key         varchar(320),
    phone             varchar(60),
    phone_key         varchar(32),
    city              varchar(120),
    country           varchar(2),
    stage             varchar(30)  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index party_display_name_idx on party (display_name);
create index party_email_key_idx on party (email_key);
create index party_phone_key_idx on party (phone_key);

-- The roles a party has towards the company, each with the day it began (and ended).
create table party_role (
    party_id  uuid        not null references party (id) on delete cascade,
    role      varchar(30) not null,
    since     date        not null,
    until     date,
    primary key (party_id, role)
);

-- Relationships among parties: "Dara works for Alpine Outfitters", "Anne-Marie referred Dara".
create table party_relationship (
    id         uuid primary key,
    from_party uuid        not null references party (id) on delete cascade,
    kind       varchar(30) not null,
    to_party   uuid        not null references party (id) on delete cascade,
    since      date,
    note       varchar(500),
    created_at timestamp with time zone not null,
    constraint party_relationship_unique unique (from_party, kind, to_party)
);
create index party_relationship_to_idx on party_relationship (to_party);

-- Every change of lifecycle stage, kept forever: a lost deal's reason and competitor are never thrown away.
create table lifecycle_change (
    id            uuid primary key,
    party_id      uuid        not null references party (id) on delete cascade,
    stage         varchar(30) not null,
    previous      varchar(30),
    reason        varchar(1000),
    competitor_id uuid references party (id) on delete set null,
    changed_by    varchar(320) not null,
    changed_at    timestamp with time zone not null
);
create index lifecycle_change_party_idx on lifecycle_change (party_id, changed_at);

-- The activity timeline: notes written by staff and events recorded by the system.
create table timeline_entry (
    id          uuid primary key,
    party_id    uuid          not null references party (id) on delete cascade,
    kind        varchar(20)   not null,
    text        varchar(4000) not null,
    author      varchar(320)  not null,
    occurred_at timestamp with time zone not null
);
create index timeline_entry_party_idx on timeline_entry (party_id, occurred_at);

-- Accounts that sign in: staff and the customers and prospects using their own pages.
create table account (
    id            uuid primary key,
    version       bigint       not null,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(30)  not null,
    party_id      uuid,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    constraint account_email_unique unique (email)
);

-- Personal API tokens: only a SHA-256 hash of the secret is stored.
create table api_token (
    id           uuid primary key,
    account_id   uuid         not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    scopes       varchar(200) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_account_idx on api_token (account_id);
