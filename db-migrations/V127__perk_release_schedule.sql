-- Drops as announced (issue #19 item 6): a perk's daily release opens at a time of day (Beijing), unclaimed stock of a day
-- rolls over to the next or not, and a member may claim at most so many a day.
--   release_minute      minutes after midnight, Beijing time, when each day's release opens (NULL: midnight). A "release day"
--                       runs from one opening to the next; the per-day rules below count in release days.
--   rollover            1: what a day left unclaimed stays available (at most daily_release x release days so far, as before);
--                       0: each release day offers daily_release afresh and what it left is not offered again.
--   member_daily_limit  at most this many claims per member per release day (NULL: none; per_member_limit still caps the total).
--   day_key, day_claimed  the release day (its day number) of the last claim and how many were claimed in it: moved by the same
--                       conditional UPDATE that moves `claimed`, so a day's cap is kept by the database under racing claims.
ALTER TABLE perk
    ADD COLUMN release_minute     INT        NULL,
    ADD COLUMN rollover           TINYINT(1) NOT NULL DEFAULT 1,
    ADD COLUMN member_daily_limit INT        NULL,
    ADD COLUMN day_key            INT        NULL,
    ADD COLUMN day_claimed        INT        NOT NULL DEFAULT 0;
