-- A member's posts: their profile page, and recounting their visible posts when a moderator hides or shows one
-- (trust). Without it both read every post of the community.
create index community_post_author_idx on community_post (author_account_id, status, created_at);
