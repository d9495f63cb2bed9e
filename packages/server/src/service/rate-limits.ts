/**
 * Rate limits through `store.hit`: counted hits, and limits that count failures only (token
 * guesses), with the buckets this instance saw go over their limit remembered in memory.
 * @module
 */
import { ProblemError } from '../http';
import type { RateLimit } from '../options';
import type { ServiceContext } from './context';

/** Counts a hit; throws 429 when over the limit. */
export async function rateLimit(ctx: ServiceContext, bucket: string, limit: RateLimit): Promise<void> {
  const result = await ctx.store.hit(bucket, limit.windowSeconds, limit.limit, ctx.now());
  if (!result.allowed) throw new ProblemError('rate_limited', { retryAfter: result.retryAfterSeconds });
}

/**
 * Counts a failed attempt for a limit that counts failures only (token guesses); throws 429 when
 * over the limit, and remembers the block so {@link refuseIfBlocked} answers later attempts
 * without touching the store.
 */
export async function countFailure(ctx: ServiceContext, bucket: string, limit: RateLimit): Promise<void> {
  const at = ctx.now();
  const result = await ctx.store.hit(bucket, limit.windowSeconds, limit.limit, at);
  if (!result.allowed) {
    remember(ctx, bucket, at.getTime() + result.retryAfterSeconds * 1000);
    throw new ProblemError('rate_limited', { retryAfter: result.retryAfterSeconds });
  }
}

const MAX_BLOCKED = 10_000;

function remember(ctx: ServiceContext, bucket: string, until: number): void {
  if (ctx.blocked.size >= MAX_BLOCKED) {
    const t = ctx.now().getTime();
    for (const [b, u] of ctx.blocked) if (u <= t) ctx.blocked.delete(b);
    // Still full (a flood of distinct buckets): drop the oldest; the store still counts them.
    if (ctx.blocked.size >= MAX_BLOCKED) ctx.blocked.delete(ctx.blocked.keys().next().value!);
  }
  ctx.blocked.set(bucket, until);
}

/**
 * For limits that count failures only (token guesses): throws 429 without touching the store
 * when this instance already saw the bucket go over its limit in the current window. Call it
 * before the attempt, and {@link countFailure} after a failed one. Successful attempts cost no
 * write; another instance learns of the block at its first failed attempt past the limit.
 */
export function refuseIfBlocked(ctx: ServiceContext, bucket: string): void {
  const until = ctx.blocked.get(bucket);
  if (until === undefined) return;
  const left = until - ctx.now().getTime();
  if (left <= 0) {
    ctx.blocked.delete(bucket);
    return;
  }
  throw new ProblemError('rate_limited', { retryAfter: Math.max(1, Math.ceil(left / 1000)) });
}
