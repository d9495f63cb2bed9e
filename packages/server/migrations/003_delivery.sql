-- Delivery of the outbox (issue 17): a worker claims rows with a lease, delivers them at least
-- once, retries with backoff and marks a row dead after a maximum age. Runs unchanged on
-- PostgreSQL and PGlite (gen_random_uuid() is built in since PostgreSQL 13).

-- Stable id of a message: the email's Message-ID local part, the webhook's `webhook-id`. The
-- default fills existing rows (a volatile default is evaluated per row).
ALTER TABLE outbox ADD COLUMN message_id text NOT NULL DEFAULT ('msg_' || replace(gen_random_uuid()::text, '-', ''));
ALTER TABLE outbox ADD CONSTRAINT outbox_message_id_key UNIQUE (message_id);
-- NULL: no ordering. Else a row is never claimed while an earlier row (lower id) with the same
-- order_key is neither delivered nor dead.
ALTER TABLE outbox ADD COLUMN order_key text;
ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0);
-- NULL: due now.
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE outbox ADD COLUMN lease_owner text;
ALTER TABLE outbox ADD COLUMN lease_until timestamptz;
ALTER TABLE outbox ADD COLUMN last_error text;
ALTER TABLE outbox ADD COLUMN dead_at timestamptz;
-- Set when a dead row is retried: its maximum age counts from then.
ALTER TABLE outbox ADD COLUMN retried_at timestamptz;
-- sent_at stays: "delivered at".

ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'sms', 'webhook'));

-- The claim query: pending rows (neither delivered nor dead) by due time, and by order key.
DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_pending_order_idx ON outbox (order_key, id)
  WHERE sent_at IS NULL AND dead_at IS NULL AND order_key IS NOT NULL;
CREATE INDEX outbox_dead_idx ON outbox (dead_at) WHERE dead_at IS NOT NULL;
