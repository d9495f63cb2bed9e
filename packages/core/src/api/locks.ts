/**
 * The self-service lock and the owner's side of containment: `POST /v1/locks` (lock at once with
 * proof, or ask for a lock link), the owner's release of a lock after a cooling-off, and the
 * credential sweep (list the credentials the platform reports, keep or remove each one).
 * @module
 */
import * as z from 'zod/mini';
import { createAccountRefSchema } from '../schemas/report';
import { CaseCreatedSchema, ReporterCaseViewSchema } from './cases';
import type { EndpointDefinition } from './endpoints';
import { InstantSchema, label, ResourceIdSchema } from './primitives';
import type { ProblemCode } from './problem';

/** A lock link's one-time token (from `#lock=<token>`): at least 128 bits, base64url. */
export const LockTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,256}$/));

/**
 * Body of `POST /v1/locks`. The proof decides what happens, not the body's shape:
 * - the platform's own session (its `authenticateUser` hook; the body may be `{}`): locks at once,
 *   in a new case, or in `{ caseId }`, an open case of the session's own account (ADR 0031);
 * - `{ token }` from a lock link: locks at once (the token works once, until it expires), in the
 *   case whose notice carried the link while it is open, else in a new case;
 * - `{ account }` alone: locks nothing, mails a fresh lock link to the contacts on record.
 */
// Built at the first parse (`z.lazy`), like the command schemas: a tracker importing the table
// never builds the lock and credential bodies it does not send.
export const LockRequestSchema = z.lazy(() =>
  z.union([
    z.strictObject({ token: LockTokenSchema }),
    z.strictObject({ account: createAccountRefSchema() }),
    z.strictObject({ caseId: ResourceIdSchema }),
    z.strictObject({}),
  ]),
);
/** Body of `POST /v1/locks`. */
export type LockRequest = z.input<typeof LockRequestSchema>;

/** The `202` answer of `POST /v1/locks` without proof: the same for every account, existing or not. */
export const LockLinkRequestedSchema = z.lazy(() => z.object({ status: z.literal('lock_link_requested') }));
/** The `202` answer of `POST /v1/locks`. */
export type LockLinkRequested = z.output<typeof LockLinkRequestedSchema>;

/**
 * The `200` answer of `POST /v1/locks` when the lock was recorded in an open case that already
 * existed (the one a lock link's notice was about, or the `caseId` a session named): the case's
 * number only. No access token: whoever holds a lock link or a session gets no way into a case
 * they may not own; its reporter follows it with the link they already have.
 */
export const LockRecordedSchema = z.lazy(() =>
  z.object({ status: z.literal('lock_recorded'), case: z.object({ number: label(64) }) }),
);
/** The `200` answer of `POST /v1/locks`. */
export type LockRecorded = z.output<typeof LockRecordedSchema>;

/**
 * What `RecourseClient.lock` resolves with: locked at once in a new case (shown like a filed
 * report: its number and tracking link), locked at once in an existing case (`recorded`: its
 * number only), or a lock link was sent to the addresses on record (say the same words whether or
 * not the account exists).
 */
export type LockOutcome =
  | { kind: 'locked'; case: z.output<typeof CaseCreatedSchema> }
  | { kind: 'recorded'; caseNumber: string }
  | { kind: 'link_requested' };

/** Answer of `POST /v1/cases/{id}/lock-release` and `POST /v1/cases/{id}/credentials/review`: the case after it. */
export const CaseUpdatedSchema = z.lazy(() => z.object({ case: ReporterCaseViewSchema }));
/** The case after a release request or a credential review. */
export type CaseUpdated = z.output<typeof CaseUpdatedSchema>;

/**
 * Kinds of credential a platform reports: sessions and devices, API keys, withdrawal addresses,
 * second factors, connected apps, recovery email or phone.
 */
export const CREDENTIAL_KINDS = [
  'session',
  'api_key',
  'withdrawal_address',
  'second_factor',
  'connected_app',
  'recovery_contact',
] as const;
/** A kind of credential. */
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Pattern of a credential id (the platform's opaque id). */
export const CREDENTIAL_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

/** One credential on the account, as the platform's `listCredentials` reports it. */
export const CredentialSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(CREDENTIAL_ID_PATTERN)),
    kind: z.enum(CREDENTIAL_KINDS),
    /** A label the platform made safe to show the owner (device and city, key name, masked address). */
    label: label(200),
    addedAt: z.optional(InstantSchema),
  }),
);
/** One credential on the account. */
export type Credential = z.output<typeof CredentialSchema>;

/** Answer of `GET /v1/cases/{id}/credentials`. */
export const CredentialsSchema = z.lazy(() =>
  z.object({ credentials: z.array(CredentialSchema).check(z.maxLength(500)) }),
);
/** Answer of `GET /v1/cases/{id}/credentials`. */
export type Credentials = z.output<typeof CredentialsSchema>;

/** What the owner decides about one credential. */
export const CREDENTIAL_DECISIONS = ['keep', 'remove'] as const;
/** What the owner decides about one credential. */
export type CredentialDecision = (typeof CREDENTIAL_DECISIONS)[number];

/**
 * Body of `POST /v1/cases/{id}/credentials/review`: keep or remove per credential id (ids from the
 * list; each at most once). Every `remove` runs the platform's `revokeCredential` through the
 * outbox; the outcomes appear in the case's `containment.actions`.
 */
export const CredentialReviewSchema = z.lazy(() =>
  z.strictObject({
    decisions: z
      .array(
        z.strictObject({
          id: z.string().check(z.regex(CREDENTIAL_ID_PATTERN)),
          decision: z.enum(CREDENTIAL_DECISIONS),
        }),
      )
      .check(z.minLength(1), z.maxLength(500)),
  }),
);
/** Body of `POST /v1/cases/{id}/credentials/review`. */
export type CredentialReview = z.input<typeof CredentialReviewSchema>;

const COMMON: readonly ProblemCode[] = ['rate_limited', 'unavailable', 'internal'];
const AUTHED: readonly ProblemCode[] = ['unauthorized', 'not_found', ...COMMON];
const KEYED: readonly ProblemCode[] = [
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_flight',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
];

/** The lock and credential endpoints (part of {@link ENDPOINTS}). */
export const LOCK_ENDPOINTS = {
  createLock: {
    method: 'POST',
    path: '/v1/locks',
    auth: 'none',
    idempotent: true,
    query: null,
    request: { kind: 'json', schema: LockRequestSchema, example: { token: 'A'.repeat(43) } },
    response: {
      kind: 'json',
      status: 201,
      schema: CaseCreatedSchema,
      accepted: {
        status: 202,
        schema: LockLinkRequestedSchema,
        description:
          'No proof: nothing locked; a fresh lock link is mailed to the contacts on record. The same answer, after the same minimum time, for every account.',
      },
      recorded: {
        status: 200,
        schema: LockRecordedSchema,
        description:
          "Locked in an open case that already existed: the case a lock link's notice was about, or the caseId a session named (its number only, no access token).",
      },
    },
    problems: [...KEYED, 'unauthorized', 'not_found', ...COMMON],
    summary:
      "Locks the account at once with proof (the platform's session, sent as its cookie, or a lock link's token): 201, a new case, or 200 when recorded in an open case (the link's, or a session's { caseId } of its own account; any other caseId answers 404 like an unknown one). Without proof, { account } only mails a lock link: 202. A used or expired token answers 401.",
  },
  requestLockRelease: {
    method: 'POST',
    path: '/v1/cases/{id}/lock-release',
    auth: 'reporter',
    idempotent: true,
    query: null,
    request: null,
    response: { kind: 'json', status: 200, schema: CaseUpdatedSchema },
    problems: [
      'idempotency_key_required',
      'idempotency_in_flight',
      'lock_not_in_force',
      'lock_release_pending',
      ...AUTHED,
    ],
    summary:
      "The owner asks to lift the case's lock: every contact on record is told at once (with a lock link that cancels it); the lock lifts after the cooling-off. A platform session alone is refused.",
  },
  listCredentials: {
    method: 'GET',
    path: '/v1/cases/{id}/credentials',
    auth: 'reporter',
    idempotent: false,
    query: null,
    request: null,
    response: { kind: 'json', status: 200, schema: CredentialsSchema },
    problems: ['credential_review_closed', ...AUTHED],
    summary:
      "The credentials the platform reports on the account (sessions, API keys, withdrawal addresses, second factors, apps, recovery contacts), once support restored it after verifying the owner's identity.",
  },
  reviewCredentials: {
    method: 'POST',
    path: '/v1/cases/{id}/credentials/review',
    auth: 'reporter',
    idempotent: true,
    query: null,
    request: {
      kind: 'json',
      schema: CredentialReviewSchema,
      example: {
        decisions: [
          { id: 'sess_1', decision: 'keep' },
          { id: 'key_7', decision: 'remove' },
        ],
      },
    },
    response: { kind: 'json', status: 200, schema: CaseUpdatedSchema },
    problems: [...KEYED, 'credential_review_closed', ...AUTHED],
    summary:
      'Keep or remove each credential; every removal runs the platform’s revokeCredential through the outbox (outcomes in containment.actions).',
  },
} as const satisfies Record<string, EndpointDefinition>;
