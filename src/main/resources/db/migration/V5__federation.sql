-- Federation: which source records belong to which party, and who looked at whose view.

-- A record of a source linked to a party. Rules link by the same email, phone or identifier; the
-- probabilistic model and staff add links here too. One record belongs to one party at a time.
create table source_link (
    source_id varchar(40) not null,
    record_key varchar(200) not null,
    party_id uuid not null references party (id) on delete cascade,
    method varchar(10) not null,
    score double precision not null,
    created_at timestamp with time zone not null,
    created_by varchar(200) not null,
    primary key (source_id, record_key)
);

create index source_link_party on source_link (party_id);

-- Every look at a customer's view by staff or through the API, so the customer can see who looked.
create table view_access (
    id uuid primary key,
    party_id uuid not null references party (id) on delete cascade,
    viewer_account_id uuid,
    viewer_name varchar(200) not null,
    viewer_staff boolean not null,
    viewed_at timestamp with time zone not null,
    channel varchar(200) not null
);

create index view_access_party on view_access (party_id, viewed_at);
