-- Staff accounts managed by super_admins (#17): last login, a one-time password that must be changed at the next login,
-- and a session version carried in each staff access token: disable, password reset and change bump it, which ends every
-- session at once (tokens with an older version are refused).
ALTER TABLE staff_user
    ADD COLUMN last_login_at        DATETIME(6) NULL,
    ADD COLUMN must_change_password TINYINT(1)  NOT NULL DEFAULT 0,
    ADD COLUMN session_version      INT         NOT NULL DEFAULT 0;
