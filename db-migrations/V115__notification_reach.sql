-- Reach beyond WeChat (docs/adr/0017-inbox-and-reach.md). An outbox row is delivered on one channel at a time: WeChat
-- subscribe messages first; an important kind (fund paid, legal case progress, hardship decided) whose member has no
-- mini-program openid, did not subscribe, or whose WeChat send died moves to 'sms' with a fresh set of attempts.
ALTER TABLE notification_outbox ADD COLUMN channel VARCHAR(8) NOT NULL DEFAULT 'wechat';  -- wechat | sms

-- A member's choices: kinds turned off (never an important one) and quiet hours for SMS (Beijing time, minutes after
-- midnight; from > to spans midnight; NULL: the configured default 22:00-08:00). No row: every default.
CREATE TABLE member_notification_settings (
    member_id      BIGINT        NOT NULL,
    muted_kinds    VARCHAR(500)  NOT NULL DEFAULT '',   -- comma-separated kinds
    quiet_enabled  TINYINT(1)    NOT NULL DEFAULT 1,
    quiet_from     SMALLINT      NULL,
    quiet_to       SMALLINT      NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
