/**
 * How a widget's first paint takes the answer of its early read: shown only when the server said
 * 200 and the contract's zod-free check accepts the body; otherwise left to the client (ADR 0035).
 * Imported by the first-paint chunks only, not by the elements' entries.
 * @internal
 * @module
 */
import type { EarlyReads } from './early-reads';
/**
 * The answer of one early read for a first paint to show: when it answered 200 with a body
 * `check` accepts, the checked value (and the read is settled: a later GET of that URL goes to
 * the network); otherwise `undefined`, and the client takes that same answer, and says what went
 * wrong, retries or reports a mismatch, as it would have (ADR 0035).
 * @param early - the element's early reads
 * @param path - the read's path, as started
 * @param credential - its bearer credential, as started
 * @param check - the contract's zod-free check of the answer (core's `@recourse/core/lite`)
 */
export async function readForFirstPaint<T>(
  early: EarlyReads,
  path: string,
  credential: string,
  check: (body: unknown) => T | undefined,
): Promise<T | undefined> {
  try {
    const answer = await early.peek(path, credential);
    if (answer?.status !== 200) return undefined;
    const checked = check(JSON.parse(await answer.text()));
    if (checked !== undefined) early.shown(path, credential);
    return checked;
  } catch {
    return undefined;
  }
}
