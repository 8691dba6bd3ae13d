-- Issue 18 item 8: a roster upload counts the people it lists who are also on another organisation's roster (staff see
-- them in GET /admin/orgs/{orgId}/roster-conflicts); real-name verification binds to the earliest listing.
ALTER TABLE roster_upload ADD COLUMN conflicts INT NOT NULL DEFAULT 0 AFTER rejected;
