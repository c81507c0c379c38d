-- A space is read with the number of its visible threads, on every post and every page of the space: counted from
-- this index alone instead of reading the space's threads (a full scan of community_thread on PostgreSQL).
create index community_thread_space_status_idx on community_thread (space_id, status);
