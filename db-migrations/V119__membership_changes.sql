-- Membership changes (issue #17 item 2): a roster row is marked left, not deleted, when its person leaves the organisation
-- (leaving, a transfer out, or a roster upload in "replace" mode that no longer lists them), so the organisation keeps its
-- history and real-name verification no longer binds to it. Listing the person again clears the mark.
ALTER TABLE roster_entry ADD COLUMN left_at DATETIME(6) NULL;
