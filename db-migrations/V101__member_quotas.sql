-- One objection per member per declaration, whatever races: the UNIQUE index decides. member_key is the member's id for
-- every new objection; objections lodged before this migration keep it for the first of each member and declaration and
-- NULL for later duplicates (NULLs never collide), so no row is lost.
ALTER TABLE hardship_objection ADD COLUMN member_key BIGINT NULL AFTER member_id;
UPDATE hardship_objection o
JOIN (SELECT MIN(id) AS id FROM hardship_objection GROUP BY declaration_id, member_id) first ON first.id = o.id
SET o.member_key = o.member_id;
ALTER TABLE hardship_objection ADD UNIQUE KEY ux_hardship_objection_member (declaration_id, member_key),
    ADD KEY ix_hardship_objection_member_status (member_id, status);
