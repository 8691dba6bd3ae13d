-- Member tags (issue #19 item 2, issue #21 item 1): a fixed vocabulary of codes kept in the API
-- (Features/MemberTags/MemberTagVocabulary.cs): model_worker 劳模, migrant_worker 农民工, new_employment 新就业形态,
-- woman 女职工, parent_under_14 14岁以下儿童家长. Tags are personal data about a person (not secret): the member sees them,
-- /me/export carries them, DELETE /me removes them. Used by activity eligibility (a member needs any one of the activity's
-- tags) and lottery weights (a member's weight is the highest weight of their tags, default 1, fixed on the application row).
CREATE TABLE member_tag (
    member_id         BIGINT         NOT NULL,
    tag               VARCHAR(32)    NOT NULL,             -- a code of the vocabulary
    source            VARCHAR(16)    NOT NULL,             -- staff | bulk | realname (woman, from the ID number at verification)
    set_by            BIGINT         NULL,                 -- the staff user
    set_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (member_id, tag),
    KEY ix_member_tag_tag (tag, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An activity listing tags takes sign-ups only from members holding at least one of them (none listed: everyone).
CREATE TABLE activity_eligible_tag (
    activity_id       BIGINT         NOT NULL,
    tag               VARCHAR(32)    NOT NULL,
    PRIMARY KEY (activity_id, tag)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A lottery's weight per tag (1-10; a tag not listed weighs 1).
CREATE TABLE lottery_tag_weight (
    lottery_id        BIGINT         NOT NULL,
    tag               VARCHAR(32)    NOT NULL,
    weight            INT            NOT NULL,
    PRIMARY KEY (lottery_id, tag),
    CONSTRAINT ck_lottery_tag_weight CHECK (weight BETWEEN 1 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The application's weight, fixed when the member applied (published with the draw); 1 for every earlier application.
ALTER TABLE lottery_application ADD COLUMN weight INT NOT NULL DEFAULT 1;
