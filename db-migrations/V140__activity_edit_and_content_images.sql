-- Issue #19 leftovers: staff edit and cancel activities; staff upload images for articles; a perk's release schedule
-- can be changed (PATCH) from the next release day.

-- An activity staff cancelled: refuses sign-ups and check-ins; every sign-up was cancelled with it and its member told.
-- The reason is about the activity (weather, venue), written for the members who signed up: shown to them, stored plain.
ALTER TABLE activity
    ADD COLUMN status         VARCHAR(16)  NOT NULL DEFAULT 'open',   -- open | cancelled
    ADD COLUMN cancel_reason  VARCHAR(500) NULL,
    ADD COLUMN cancelled_at   DATETIME(6)  NULL,
    ADD COLUMN cancelled_by   BIGINT       NULL,
    ADD COLUMN updated_at     DATETIME(6)  NULL;

-- A schedule changed by PATCH takes effect at release_switch_at (the next opening of the schedule it replaces); until then
-- the previous schedule (prev_*, with its own first day, base and switch) keeps today's release day as announced.
--   release_switch_at   when the schedule in daily_release/release_minute/rollover/member_daily_limit starts to apply
--                       (NULL: it always applied, the perk was never re-scheduled)
--   release_first_day   the day number of the new schedule's first release day (it runs from release_switch_at to the
--                       new schedule's next opening)
--   release_base        with rollover, the claims the earlier schedules released up to the switch: the new schedule's
--                       cumulative cap is release_base + daily_release x release days since release_first_day (+1)
ALTER TABLE perk
    ADD COLUMN prev_daily_release      INT         NULL,
    ADD COLUMN prev_release_minute     INT         NULL,
    ADD COLUMN prev_rollover           TINYINT(1)  NULL,
    ADD COLUMN prev_member_daily_limit INT         NULL,
    ADD COLUMN prev_release_first_day  INT         NULL,
    ADD COLUMN prev_release_base       INT         NULL,
    ADD COLUMN prev_release_switch_at  DATETIME(6) NULL,
    ADD COLUMN release_switch_at       DATETIME(6) NULL,
    ADD COLUMN release_first_day       INT         NULL,
    ADD COLUMN release_base            INT         NULL;

-- Images staff upload for articles (covers and inline pictures), served publicly at /api/v1/content/images/{id}.
-- In the database, not on a disk: the API is stateless and runs as several instances, and a backup holds everything.
-- The id is random (not a sequence) so images of drafts cannot be found by counting. Images are public texts' pictures,
-- not personal data; the bytes are the re-encoded image (metadata such as EXIF locations stripped), never the upload.
CREATE TABLE content_image (
    id            BIGINT        NOT NULL,
    content_type  VARCHAR(32)   NOT NULL,             -- image/png | image/jpeg | image/webp | image/gif
    bytes         LONGBLOB      NOT NULL,
    size_bytes    INT           NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    sha256        BINARY(32)    NOT NULL,
    org_id        BIGINT        NOT NULL,             -- the uploader's organisation
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_content_image_org (org_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
