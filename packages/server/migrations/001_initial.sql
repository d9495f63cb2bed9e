-- Recourse storage schema, version 1.
-- Runs unchanged on PostgreSQL (15+) and on PGlite. Applied by src/store/migrate.ts inside one
-- transaction under an advisory lock; recorded in schema_migrations.

-- Cases: one row per report. The access token is never stored, only its SHA-256.
CREATE TABLE cases (
  id                  uuid PRIMARY KEY,
  number              text NOT NULL UNIQUE
                      CHECK (number ~ '^RC(-[0-9A-HJKMNP-TV-Z]{4}){1,4}$'),
  token_hash          bytea NOT NULL CHECK (octet_length(token_hash) = 32),
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  token_expires_at    timestamptz,
  account_key         text,
  -- The desk queue projection, as computed by the workflow from the events.
  projection          jsonb NOT NULL CHECK (jsonb_typeof(projection) = 'object'),
  -- Columns copied from the projection so the queue can filter and sort on indexes.
  state               text NOT NULL,
  priority            text NOT NULL,
  waiting_on_reporter boolean NOT NULL,
  next_deadline       timestamptz,
  -- Optimistic concurrency: the number of events, equal to the last event's seq.
  version             integer NOT NULL CHECK (version >= 0)
);

-- Desk queue: keyset pagination on (updated_at DESC, id DESC), with and without filters.
CREATE INDEX cases_queue_idx ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_state_queue_idx ON cases (state, updated_at DESC, id DESC);
CREATE INDEX cases_priority_queue_idx ON cases (priority, updated_at DESC, id DESC);
CREATE INDEX cases_waiting_queue_idx ON cases (updated_at DESC, id DESC) WHERE waiting_on_reporter;
CREATE INDEX cases_deadline_idx ON cases (next_deadline) WHERE next_deadline IS NOT NULL;
CREATE INDEX cases_account_key_idx ON cases (account_key) WHERE account_key IS NOT NULL;

-- Events: append-only and hash-chained per case. The chain (digest, prev, hash) is computed by
-- the caller and stored verbatim.
CREATE TABLE events (
  case_id    uuid NOT NULL REFERENCES cases (id),
  seq        integer NOT NULL CHECK (seq >= 1),
  type       text NOT NULL CHECK (type <> ''),
  at         timestamptz NOT NULL,
  actor_role text NOT NULL CHECK (actor_role <> ''),
  actor_id   text,
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  data       jsonb NOT NULL,
  digest     text NOT NULL CHECK (digest <> ''),
  prev       text,
  hash       text NOT NULL CHECK (hash <> ''),
  PRIMARY KEY (case_id, seq)
);

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();

-- Idempotency keys (Stripe / IETF draft semantics), kept at least 7 days.
CREATE TABLE idempotency (
  scope           text NOT NULL,
  key             text NOT NULL CHECK (key <> ''),
  request_hash    text NOT NULL,
  status          text NOT NULL CHECK (status IN ('in_flight', 'done')),
  response_status integer,
  response_body   jsonb,
  created_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  PRIMARY KEY (scope, key),
  CHECK (status = 'in_flight' OR response_status IS NOT NULL)
);
CREATE INDEX idempotency_expires_idx ON idempotency (expires_at);

-- Notification outbox, written in the same transaction as the change it announces.
CREATE TABLE outbox (
  id         bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL,
  channel    text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient  text NOT NULL CHECK (recipient <> ''),
  template   text NOT NULL CHECK (template <> ''),
  data       jsonb NOT NULL,
  sent_at    timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL;

-- Attachments, in the database by default. storage_name is made by the server, never by the
-- uploader; original_name is display text only.
CREATE TABLE attachments (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases (id),
  storage_name     text NOT NULL UNIQUE CHECK (storage_name ~ '^[a-z0-9][a-z0-9._-]*$'),
  original_name    text NOT NULL,
  media_type       text NOT NULL,
  size             integer NOT NULL CHECK (size >= 0),
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  data             bytea NOT NULL CHECK (octet_length(data) = size),
  created_at       timestamptz NOT NULL,
  uploaded_by_role text NOT NULL
);
CREATE INDEX attachments_case_idx ON attachments (case_id, created_at, id);

-- Fixed-window rate-limit counters.
CREATE TABLE rate_limits (
  bucket       text NOT NULL,
  window_start timestamptz NOT NULL,
  count        integer NOT NULL,
  expires_at   timestamptz NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_expires_idx ON rate_limits (expires_at);
