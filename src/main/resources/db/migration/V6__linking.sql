-- Identity resolution in the server: links made by the model, pairs waiting for review, decisions that must hold,
-- and parties merged into others (the absorbed id keeps answering by redirecting to the survivor).

-- Why a link was made: the rule, or the model's explanation (which fields agreed and how much each weighed).
alter table source_link add column explanation varchar(4000);

-- A record pair is written with the smaller (source, key) on the left, so that each pair has one row.
-- A record of Agora's own store is (source 'agora', key = party id).
create table link_review (
    id uuid primary key,
    left_source varchar(40) not null,
    left_key varchar(200) not null,
    right_source varchar(40) not null,
    right_key varchar(200) not null,
    -- the party the pair would join, when one of the records is linked to a party (or is a party)
    party_id uuid references party (id) on delete cascade,
    probability double precision not null,
    weight double precision not null,
    -- JSON: {"rule": ..., "comparisons": [{"field", "level", "weight", "left", "right"}]}
    explanation text not null,
    -- JSON snapshots of both records' fields when the pair was proposed
    left_record text not null,
    right_record text not null,
    -- OPEN, ACCEPTED, REJECTED, or STALE when the records changed or were linked otherwise meanwhile
    status varchar(10) not null,
    proposed_at timestamp with time zone not null,
    proposed_by varchar(200) not null,
    decided_at timestamp with time zone,
    decided_by varchar(200),
    reason varchar(1000),
    unique (left_source, left_key, right_source, right_key)
);

create index link_review_open on link_review (status, probability);

-- Two records staff said are never the same person: no rule, model or run links them again.
create table never_same (
    left_source varchar(40) not null,
    left_key varchar(200) not null,
    right_source varchar(40) not null,
    right_key varchar(200) not null,
    decided_at timestamp with time zone not null,
    decided_by varchar(200) not null,
    reason varchar(1000),
    primary key (left_source, left_key, right_source, right_key)
);

-- Every link, split, review decision and merge, with who or what made it and why. Kept when the party goes.
create table link_decision (
    id uuid primary key,
    party_id uuid,
    -- LINKED, PROPOSED, ACCEPTED, REJECTED, SPLIT, NEVER_SAME, MERGED
    action varchar(20) not null,
    source_id varchar(40),
    record_key varchar(200),
    other_source varchar(40),
    other_key varchar(200),
    score double precision,
    -- RULE, MODEL or STAFF
    made_by_kind varchar(10) not null,
    made_by varchar(200) not null,
    reason varchar(1000),
    decided_at timestamp with time zone not null
);

create index link_decision_party on link_decision (party_id, decided_at);

-- A bulk (first load) or incremental linking run, with its progress for the page's progress bar.
create table linking_run (
    id uuid primary key,
    kind varchar(12) not null,
    trigger_text varchar(200) not null,
    state varchar(10) not null,
    phase varchar(100),
    progress integer not null,
    records integer not null default 0,
    candidate_pairs bigint not null default 0,
    links_made integer not null default 0,
    reviews_proposed integer not null default 0,
    message varchar(2000),
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone
);

-- What each source's identity record looked like at the last run, to see what changed since.
create table source_record_seen (
    source_id varchar(40) not null,
    record_key varchar(200) not null,
    fingerprint varchar(64) not null,
    seen_at timestamp with time zone not null,
    primary key (source_id, record_key)
);

-- A party merged into another: its id redirects to the survivor's.
create table party_redirect (
    absorbed_id uuid primary key,
    party_id uuid not null references party (id) on delete cascade,
    merged_at timestamp with time zone not null,
    merged_by varchar(200) not null,
    reason varchar(1000)
);

create index party_redirect_party on party_redirect (party_id);
