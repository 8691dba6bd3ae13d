-- The yearly report gives bargaining and workers' congress coverage for all enterprises and for those with 100 or more
-- staff. The headcount is kept on the enterprise (NULL: not known, counted only in "all"); staff set it with the union
-- flags (PUT /admin/enterprises/{id}/union-flags {headcount}).
ALTER TABLE enterprise ADD COLUMN headcount INT NULL;
