-- Staff broadcasts to an organisation's subtree (docs/adr/0017-inbox-and-reach.md): the message once here, and one
-- member_inbox row per verified member of the subtree whose payload names the broadcast (its text and link are read from
-- here). (org_id, day, seq) is UNIQUE: the n-th broadcast of an org on a Beijing day takes seq n, so parallel requests
-- cannot exceed Notifications:BroadcastsPerOrgPerDay. Title and text are stored with phone and ID numbers masked.
CREATE TABLE org_broadcast (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    org_id      BIGINT         NOT NULL,
    day         DATE           NOT NULL,
    seq         SMALLINT       NOT NULL,
    title       VARCHAR(60)    NOT NULL,
    body        VARCHAR(1000)  NOT NULL,
    link        VARCHAR(500)   NULL,
    recipients  INT            NOT NULL DEFAULT 0,
    created_by  BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_org_broadcast_day (org_id, day, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
