/**
 * Idempotent operations: a key runs its work once, later requests with it replay the answer.
 * @module
 */
import { canonicalJson, IDEMPOTENCY_KEY_PATTERN, sha256Hex, toJson } from '@recourse/core';
import { idempotencyKeyId, openAnswer, sealAnswer } from '../crypto';
import { ProblemError } from '../http';
import { IdempotencyConflictError } from '../store/errors';
import type { IdempotencyCompletion } from '../store/types';
import type { Answer, ServiceContext } from './context';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The `Idempotency-Key` a request sent, checked; 400 `idempotency_key_required` without a valid one. */
export function requireIdempotencyKey(value: string | undefined): string {
  if (!value || !IDEMPOTENCY_KEY_PATTERN.test(value)) throw new ProblemError('idempotency_key_required');
  return value;
}

/** Local in-flight requests, so waiters in this process wake as soon as the first one ends. */
const inflight = new Map<string, Promise<void>>();

/**
 * Runs `work` once per idempotency key: a completed key replays the stored answer, a key of
 * another body answers 422, a running one is waited for (then replayed) or answers 409.
 * `work` must record its answer through `seal` inside its domain transaction; answers it throws
 * (problems) release the key, so a corrected retry can run.
 */
export async function idempotent(
  ctx: ServiceContext,
  scope: string,
  key: string,
  requestHash: string,
  work: (seal: (answer: Answer) => IdempotencyCompletion) => Promise<Answer>,
): Promise<Answer> {
  const keyId = idempotencyKeyId(key);
  const localId = `${scope}\n${keyId}`;
  const deadline = Date.now() + ctx.idempotencyWaitMs;
  for (let attempt = 0; ; attempt++) {
    const begin = await ctx.store.beginIdempotent(scope, keyId, requestHash);
    if (begin.kind === 'replay') {
      const text = openAnswer(begin.body, key, scope);
      if (text === null) throw new Error('stored idempotent answer cannot be opened');
      return { status: begin.status, text };
    }
    if (begin.kind === 'mismatch') throw new ProblemError('idempotency_key_reused');
    if (begin.kind === 'in_flight') {
      const left = deadline - Date.now();
      if (left <= 0) throw new ProblemError('idempotency_in_flight', {}, { 'Retry-After': '1' });
      const local = inflight.get(localId);
      await (local
        ? Promise.race([local, sleep(left)])
        : sleep(Math.min(left, 25 * 2 ** Math.min(attempt, 4))));
      continue;
    }
    let release!: () => void;
    inflight.set(
      localId,
      new Promise<void>((r) => {
        release = r;
      }),
    );
    try {
      return await work((answer) => ({
        scope,
        key: keyId,
        requestHash,
        status: answer.status,
        body: sealAnswer(answer.text, key, scope, ctx.random),
      }));
    } catch (err) {
      if (err instanceof IdempotencyConflictError) continue; // another request completed it: replay
      await ctx.store.releaseIdempotent(scope, keyId).catch(() => {});
      throw err;
    } finally {
      inflight.delete(localId);
      release();
    }
  }
}

/** The hash of a request body: canonical JSON, so formatting does not matter. */
export function requestHashOf(body: unknown): string {
  return sha256Hex(canonicalJson(toJson(body)));
}
