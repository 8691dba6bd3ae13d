-- 女职工 (woman) is derived from the ID number's 17th digit at real-name verification since V139. Members verified before it
-- never got it. The ID number is stored encrypted, so SQL cannot read it: this queue names those members, and the API's
-- WomanTagBackfill (one instance, by lease) decrypts each, adds the tag where the digit is even, and takes the member off the
-- queue, batch by batch. Members verified since V139 are not queued: a tag staff removed from them stays removed.
CREATE TABLE member_tag_backfill (
    member_id   BIGINT   NOT NULL,
    PRIMARY KEY (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO member_tag_backfill (member_id)
SELECT m.id FROM member m
WHERE m.id_enc IS NOT NULL
  AND m.verified_at < (SELECT MIN(c.installed_on) FROM schema_changelog c WHERE c.version = '139');
