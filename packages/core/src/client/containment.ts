/**
 * The client's containment methods: the self-service lock (`POST /v1/locks`), the owner's
 * release of a lock, and the credential sweep. Part of {@link RecourseClient}.
 * @module
 */
import type * as z from 'zod/mini';
import {
  type CaseUpdated,
  type CredentialDecision,
  type Credentials,
  LOCK_ENDPOINTS,
  type LockOutcome,
  type LockRequest,
} from '../api/locks';
import type { SubmitOptions } from './client';
import { RecourseProtocolError } from './errors';
import type { Transport } from './transport';

/** Options of {@link ContainmentClient.lock}. */
export interface LockOptions extends SubmitOptions {
  /**
   * Send the browser's cookies so the platform's own session can prove the lock (default `true`).
   * The session works only when the API shares the platform's site (or answers CORS with
   * credentials); the lock link's token and the account reference do not need it.
   */
  session?: boolean;
}

/** The containment methods of the client. */
export interface ContainmentClient {
  /**
   * `POST /v1/locks`: locks the account at once when the platform's session (its cookie) or a lock
   * link's `token` proves it (`locked`, a new case: show its number and tracking link; or
   * `recorded`, in an open case that already existed: its number only); with
   * `{ account }` and no session, mails a lock link to the addresses on record (`link_requested`,
   * the same whether or not the account exists). A used or expired token rejects with
   * `unauthorized`. Retried with the same key until a definite answer.
   */
  lock(request: LockRequest, options?: LockOptions): Promise<LockOutcome>;
  /**
   * `POST /v1/cases/{id}/lock-release`: the owner asks to lift the case's lock. Every contact on
   * record is told at once; the lock lifts after the cooling-off (`containment.release.at`) unless
   * a lock link cancels it. Rejects with `lock_not_in_force` or `lock_release_pending`.
   */
  requestLockRelease(id: string, token: string, options?: SubmitOptions): Promise<CaseUpdated>;
  /**
   * `GET /v1/cases/{id}/credentials`: the account's credentials as the platform reports them,
   * once support restored the account (`credential_review_closed` before that).
   */
  listCredentials(id: string, token: string): Promise<Credentials>;
  /**
   * `POST /v1/cases/{id}/credentials/review`: keep or remove each credential; removals run the
   * platform's `revokeCredential` (outcomes in `containment.actions`, `credentialId` set).
   */
  reviewCredentials(
    id: string,
    token: string,
    decisions: readonly { id: string; decision: CredentialDecision }[],
    options?: SubmitOptions,
  ): Promise<CaseUpdated>;
}

/**
 * Builds the containment methods over the client's transport.
 * @param transport - the client's transport
 * @param keyFor - the idempotency key of a submission
 * @internal
 */
export function containmentMethods(
  transport: Transport,
  keyFor: (submit?: SubmitOptions) => string,
): ContainmentClient {
  const E = LOCK_ENDPOINTS;
  const json = async <S extends z.ZodMiniType>(
    endpoint: (typeof E)[keyof typeof E],
    schema: S,
    spec: Omit<Parameters<Transport['send']>[0], 'endpoint'>,
  ): Promise<z.output<S>> => transport.parse(await transport.send({ endpoint, ...spec }), schema);
  return {
    async lock(request, options) {
      const endpoint = E.createLock;
      const response = await transport.send({
        endpoint,
        json: request,
        idempotencyKey: keyFor(options),
        withCookies: options?.session !== false,
      });
      if (response.status === endpoint.response.accepted.status) {
        await transport.parse(response, endpoint.response.accepted.schema);
        return { kind: 'link_requested' };
      }
      if (response.status === endpoint.response.recorded.status) {
        const recorded = await transport.parse(response, endpoint.response.recorded.schema);
        return { kind: 'recorded', caseNumber: recorded.case.number };
      }
      if (response.status !== endpoint.response.status)
        throw new RecourseProtocolError('invalid_body', response.status);
      return { kind: 'locked', case: await transport.parse(response, endpoint.response.schema) };
    },
    requestLockRelease: async (id, token, submit) =>
      json(E.requestLockRelease, E.requestLockRelease.response.schema, {
        params: { id },
        credential: token,
        idempotencyKey: keyFor(submit),
      }),
    listCredentials: (id, token) =>
      json(E.listCredentials, E.listCredentials.response.schema, { params: { id }, credential: token }),
    reviewCredentials: async (id, token, decisions, submit) =>
      json(E.reviewCredentials, E.reviewCredentials.response.schema, {
        params: { id },
        credential: token,
        json: { decisions: decisions.map((d) => ({ id: d.id, decision: d.decision })) },
        idempotencyKey: keyFor(submit),
      }),
  };
}
