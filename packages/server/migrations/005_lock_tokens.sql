-- Self-service lock links (issue 18): one-time, expiring lock tokens, kept as SHA-256 only. A row
-- names the account reference the link was mailed for; `used_at` is set once, by one statement.
CREATE TABLE lock_tokens (
  token_sha256 text PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  account_ref  jsonb NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz
);
CREATE INDEX lock_tokens_expires_idx ON lock_tokens (expires_at);
