-- Housekeeping deletes rows past their use (expired SMS codes and refresh tokens); these indexes let it find them
-- without scanning the tables. rate_counter and idempotency_key already have their expires_at indexes.
CREATE INDEX ix_sms_code_expires ON sms_code (expires_at);
CREATE INDEX ix_refresh_token_expires ON refresh_token (expires_at);
