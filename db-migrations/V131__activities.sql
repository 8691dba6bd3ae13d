-- Activities (issue #19 item 2): culture and sports events, training, health checks with limited places.
-- The activity row is the counter of confirmed places (confirmed <= places) and of waiting-list tickets (wait_seq): every
-- sign-up and cancellation locks it (FOR UPDATE) and writes it in the same transaction, so places are never oversold and
-- the waiting list keeps its order under a sign-up storm. One sign-up per member per activity is a UNIQUE index.
CREATE TABLE activity (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    org_id           BIGINT         NOT NULL,             -- members of this organisation's subtree may sign up
    title            VARCHAR(200)   NOT NULL,
    description      TEXT           NULL,
    venue            VARCHAR(200)   NOT NULL,
    starts_at        DATETIME(6)    NOT NULL,
    ends_at          DATETIME(6)    NOT NULL,
    opens_at         DATETIME(6)    NOT NULL,             -- sign-up window
    closes_at        DATETIME(6)    NOT NULL,
    cancel_deadline  DATETIME(6)    NOT NULL,             -- members may cancel until then
    places           INT            NOT NULL,
    confirmed        INT            NOT NULL DEFAULT 0,   -- confirmed sign-ups now
    wait_seq         INT            NOT NULL DEFAULT 0,   -- last waiting-list ticket handed out
    revision         INT            NOT NULL DEFAULT 0,   -- bumped by every sign-up and cancellation (the lock is also a write)
    venue_code       VARCHAR(16)    NOT NULL,             -- shown at the venue; members type it to check in
    created_by       BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_org (org_id, id),
    KEY ix_activity_starts (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_signup (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    activity_id      BIGINT         NOT NULL,
    member_id        BIGINT         NOT NULL,
    status           VARCHAR(16)    NOT NULL,             -- confirmed | waiting | cancelled
    wait_seq         INT            NULL,                 -- the waiting-list ticket (order of the list); NULL once confirmed
    signed_up_at     DATETIME(6)    NOT NULL,
    confirmed_at     DATETIME(6)    NULL,
    promoted         TINYINT(1)     NOT NULL DEFAULT 0,   -- confirmed from the waiting list
    cancelled_at     DATETIME(6)    NULL,
    checked_in_at    DATETIME(6)    NULL,
    check_in_method  VARCHAR(16)    NULL,                 -- staff_scan | venue_code
    checked_in_by    BIGINT         NULL,                 -- staff user for staff_scan
    PRIMARY KEY (id),
    UNIQUE KEY ux_activity_signup_member (activity_id, member_id),
    KEY ix_activity_signup_queue (activity_id, status, wait_seq),
    KEY ix_activity_signup_member (member_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff lift of a member's no-show bar: no-shows of activities that ended before lifted_at no longer count.
-- Append-only; the reason is free text about a person, so it is stored encrypted.
CREATE TABLE activity_bar_lift (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    member_id        BIGINT         NOT NULL,
    lifted_at        DATETIME(6)    NOT NULL,
    lifted_by        BIGINT         NOT NULL,
    reason_enc       VARBINARY(2048) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_bar_lift_member (member_id, lifted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
