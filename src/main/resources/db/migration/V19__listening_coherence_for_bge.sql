-- The sentence model became bge-small-en-v1.5 (docs/listening-text.md), whose cosine similarities sit higher than
-- all-MiniLM-L6-v2's across the board: ten support messages of one intent read 0.91 where they read 0.79, ten drawn
-- at random 0.81 where they read 0.54 (bench/listening.sh themes). The shipped coherence defaults move with them, as
-- loose as before (below what unrelated messages of one domain read); a rule a product lead changed is left alone.
update listening_signal_rule set min_coherence = 0.8
 where scope = 'THEME' and updated_by is null and min_coherence = 0.45;
update listening_signal_rule set min_coherence = 0.72
 where scope = 'PRODUCT' and updated_by is null and min_coherence = 0.25;
update listening_signal_rule set min_coherence = 0.7
 where scope = 'COMPETITOR' and updated_by is null and min_coherence = 0.2;
