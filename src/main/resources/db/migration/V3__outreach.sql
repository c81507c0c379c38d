-- Outreach: the outbound gate. Runs on H2 (PostgreSQL mode) and PostgreSQL.

-- What a party chose about being contacted. A party without a row gets the defaults.
create table outreach_preference (
    party_id    uuid primary key references party (id) on delete cascade,
    version     bigint       not null,
    quiet_start time,
    quiet_end   time,
    time_zone   varchar(60),
    updated_at  timestamp with time zone not null,
    updated_by  varchar(320) not null
);

-- Consent per channel and purpose; a missing row means the default for that pair.
create table outreach_consent (
    party_id uuid        not null references outreach_preference (party_id) on delete cascade,
    channel  varchar(20) not null,
    purpose  varchar(20) not null,
    granted  boolean     not null,
    primary key (party_id, channel, purpose)
);

-- The most messages of a purpose a party wants in any seven days (never above the configured default).
create table outreach_cap (
    party_id     uuid        not null references outreach_preference (party_id) on delete cascade,
    purpose      varchar(20) not null,
    max_per_week integer     not null,
    primary key (party_id, purpose)
);

-- Every decision of the gate, with its reason. No foreign key: a message to an unknown party is logged too.
create table outreach_delivery (
    id             uuid primary key,
    message_id     uuid         not null,
    party_id       uuid         not null,
    channel        varchar(20)  not null,
    purpose        varchar(20)  not null,
    subject        varchar(200) not null,
    outcome        varchar(20)  not null,
    reason_code    varchar(40)  not null,
    reason         varchar(500) not null,
    requested_by   varchar(320) not null,
    requested_at   timestamp with time zone not null,
    decided_at     timestamp with time zone not null,
    deferred_until timestamp with time zone
);
create index outreach_delivery_party_idx on outreach_delivery (party_id, decided_at);
create index outreach_delivery_cap_idx on outreach_delivery (party_id, purpose, outcome, decided_at);
create index outreach_delivery_message_idx on outreach_delivery (message_id);

-- Messages held back (quiet hours, a channel down) until not_before. A node claims a row before sending it,
-- so that several nodes never send the same message twice.
create table outreach_deferred (
    id            uuid primary key,
    party_id      uuid          not null,
    channel       varchar(20)   not null,
    purpose       varchar(20)   not null,
    subject       varchar(200)  not null,
    body          varchar(10000) not null,
    requested_by  varchar(320)  not null,
    requested_at  timestamp with time zone not null,
    not_before    timestamp with time zone not null,
    attempts      integer       not null,
    claimed_until timestamp with time zone
);
create index outreach_deferred_due_idx on outreach_deferred (not_before);

-- In-app notifications: what a party reads at /me/notifications.
create table outreach_notification (
    id         uuid primary key,
    party_id   uuid           not null references party (id) on delete cascade,
    message_id uuid           not null,
    purpose    varchar(20)    not null,
    subject    varchar(200)   not null,
    body       varchar(10000) not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index outreach_notification_party_idx on outreach_notification (party_id, created_at);
