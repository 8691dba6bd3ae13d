-- Content (docs/features/content.md): news, notices, legal Q&A, typical cases and videos published by the union.
-- status is what staff set (draft | published | archived); "scheduled" is a published article whose publish_at is still in
-- the future, computed at read time, so no job is needed to make it appear. org_id NULL targets everyone; otherwise the
-- article reaches the members of that organisation's subtree. body_html is stored sanitised (allow-list) on every write.
-- feed_key orders the members' feed (pinned first, then newest publish_at, then id) as one descending number that the
-- keyset cursor carries; it is rewritten with every publish, reschedule and pin.
CREATE TABLE article (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    category         VARCHAR(20)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    summary          VARCHAR(500)   NULL,
    body_html        MEDIUMTEXT     NOT NULL,
    cover_image_url  VARCHAR(1000)  NULL,
    video_url        VARCHAR(1000)  NULL,
    org_id           BIGINT         NULL,
    status           VARCHAR(20)    NOT NULL,
    publish_at       DATETIME(6)    NULL,
    pinned           TINYINT(1)     NOT NULL DEFAULT 0,
    feed_key         BIGINT         NULL,
    read_count       INT            NOT NULL DEFAULT 0,
    created_by       BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_by       BIGINT         NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    archived_at      DATETIME(6)    NULL,
    PRIMARY KEY (id),
    KEY ix_article_feed (status, feed_key),
    KEY ix_article_org (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per member who opened a published article: the primary key makes a re-open, or racing opens, count once.
CREATE TABLE article_read (
    article_id     BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    first_read_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (article_id, member_id),
    KEY ix_article_read_member (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
