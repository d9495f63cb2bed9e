-- Second factor: TOTP (RFC 6238) and backup codes. Runs unchanged on PostgreSQL and PGlite.
-- No plaintext secret or backup code is ever stored: the TOTP secret is an AES-256-GCM blob
-- (key from configuration, bound to the user by associated data), backup codes are salted scrypt
-- hashes. Replay refusal and attempt counting are single UPDATE statements (compare-and-set):
-- see src/totp/totp-store.ts.

-- One row per user: a pending enrollment (until confirmed or expired) or the enabled factor.
CREATE TABLE totp_factors (
  user_id                text PRIMARY KEY CHECK (user_id <> '' AND length(user_id) <= 200),
  state                  text NOT NULL CHECK (state IN ('pending', 'enabled')),
  -- encryptSecret(): 'v1.<iv>.<tag>.<ciphertext>' (never the base32 secret).
  secret_box             text NOT NULL CHECK (secret_box LIKE 'v1.%'),
  -- A pending enrollment stops working at this time.
  expires_at             timestamptz,
  -- The last accepted time step (the enrollment code included); a step at or below it is refused.
  last_step              bigint CHECK (last_step >= 0),
  -- Throttle of TOTP codes: consecutive failures, time of the last one, lock at 100.
  totp_failures          integer NOT NULL DEFAULT 0 CHECK (totp_failures >= 0),
  totp_last_failure_at   timestamptz,
  totp_locked_at         timestamptz,
  -- Throttle of backup codes (a separate factor: a TOTP lock leaves the backup codes usable).
  backup_failures        integer NOT NULL DEFAULT 0 CHECK (backup_failures >= 0),
  backup_last_failure_at timestamptz,
  backup_locked_at       timestamptz,
  -- Last successful second factor (for step-up), and the SHA-256 of the session it happened in.
  verified_at            timestamptz,
  verified_session       text,
  created_at             timestamptz NOT NULL,
  enabled_at             timestamptz,
  updated_at             timestamptz NOT NULL,
  CHECK (state = 'enabled' OR expires_at IS NOT NULL)
);

-- Backup codes: 10 per set, single use. Regenerating deletes the whole old set.
CREATE TABLE totp_backup_codes (
  id         bigserial PRIMARY KEY,
  user_id    text NOT NULL REFERENCES totp_factors (user_id) ON DELETE CASCADE,
  -- hashBackupCode(): 'scrypt$N$r$p$<salt>$<hash>' (never the code).
  code_hash  text NOT NULL CHECK (code_hash LIKE 'scrypt$%'),
  created_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX totp_backup_codes_unused_idx ON totp_backup_codes (user_id) WHERE used_at IS NULL;
