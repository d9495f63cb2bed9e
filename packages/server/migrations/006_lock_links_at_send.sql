-- Lock links minted when the worker sends (issue 18, ADR 0023): a token belongs to the outbox row
-- that mailed it (`message_id`; a retry of the row mints a fresh token and ends the previous one)
-- and, for a notice about a case, to that case (`case_id`: using the link cancels the case's
-- pending lock release). Only the SHA-256 of a token is ever stored.
ALTER TABLE lock_tokens ADD COLUMN message_id text;
ALTER TABLE lock_tokens ADD COLUMN case_id text;
CREATE INDEX lock_tokens_message_idx ON lock_tokens (message_id) WHERE message_id IS NOT NULL;
