/**
 * What the tracker needs for its first paint, as one dynamic `import()`: the views, the styles,
 * its words and the domain vocabulary, the state's reducer, and {@link readFirstCase}, which takes
 * the case from the element's early read and checks it against the contract without zod (core's
 * `checkReporterCaseWithEvents`, generated from the contract's schema: ADR 0034). The controller,
 * the HTTP client with its schemas, the secret guard, the forms' logic and the case file load
 * after the case is on screen (`case-tracker.lazy`); until then the views' actions wait for them.
 * Until this arrives, the element is an empty, `aria-busy` region (its reads are already on the
 * network: see `internal/early-reads`).
 * @module
 */
import { checkReporterCaseWithEvents } from '@recourse/core/lite';
import type { EarlyReads } from '../../internal/early-reads';
import type { ShownCase } from './case-tracker.state';

export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';
export { INITIAL_STATE, reduce, updatedEvent } from './case-tracker.state';
export { styles } from './case-tracker.styles';
export { trackerView } from './case-tracker.view';

/**
 * The case from the element's early read, when it answered 200 with a body the contract accepts;
 * otherwise `undefined`, and the client takes the same answer (and says what went wrong, retries,
 * reports a mismatch) as it would have.
 * @param early - the element's early reads
 * @param path - the read's path (`/v1/cases/{id}?include=events`)
 * @param token - its bearer credential
 */
export async function readFirstCase(
  early: EarlyReads,
  path: string,
  token: string,
): Promise<ShownCase | undefined> {
  try {
    const answer = await early.peek(path, token);
    if (answer?.status !== 200) return undefined;
    const checked = checkReporterCaseWithEvents(JSON.parse(await answer.text()));
    if (!checked) return undefined;
    // Shown from here: a later read of the case (opening it again) is a new request.
    early.shown(path, token);
    const { events, ...view } = checked;
    return { view, entries: events.entries };
  } catch {
    return undefined;
  }
}
