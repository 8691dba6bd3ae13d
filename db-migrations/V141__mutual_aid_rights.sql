-- Mutual aid and personal-data rights (issue #21 leftovers). DELETE /me erases a claim's description (health) as it does a fund
-- application's reason: the ciphertext column becomes NULL, so it must allow NULL. A member's claim awaiting review is withdrawn
-- on deletion (status 'withdrawn'; the column is wide enough). Plans get a description shown to members, editable while the plan
-- is a draft or open (PATCH /admin/mutual-aid/plans/{id}).
ALTER TABLE mutual_aid_claim MODIFY description_enc BLOB NULL;
ALTER TABLE mutual_aid_plan ADD COLUMN description VARCHAR(1000) NULL;
