-- Platform actions (issue 18): an `action` outbox row runs one platform hook (lock, unlock,
-- hold...) through the delivery worker, retried like any message. Runs on PostgreSQL and PGlite.
ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'sms', 'webhook', 'action'));
