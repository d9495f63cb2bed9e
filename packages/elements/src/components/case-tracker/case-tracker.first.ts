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
import { readForFirstPaint } from '../../internal/first-read';
import type { ShownCase } from './case-tracker.state';

export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { reviewDecisions, reviewOffered } from './case-tracker.containment.model';
export { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';
export {
  attachmentLimits,
  FORM_FOCUS,
  GUARDED_INPUT,
  GUARDED_TEXT,
  liveAnnouncement,
  planCommand,
  txIds,
} from './case-tracker.model';
export {
  claimRows,
  errorEvent,
  INITIAL_STATE,
  lastSeq,
  publicEntries,
  reduce,
  shownCase,
  updatedEvent,
} from './case-tracker.state';
export { styles } from './case-tracker.styles';
export { trackerView } from './case-tracker.view';

/**
 * This module, as the rest of the tracker receives it. The controllers (`case-tracker.lazy`) take
 * the reducer, the words and the models from here at run time instead of importing them: a
 * module both chunks imported would go to a third chunk, which the browser finds only once this
 * one has arrived, a second round trip before the first paint (ADR 0036). `pnpm size` fails when
 * the first paint needs a file the element's initial load did not already bring.
 */
export type TrackerFirst = typeof import('./case-tracker.first');

/**
 * The case from the element's early read, when it answered 200 with a body the contract accepts
 * (see `readForFirstPaint`); otherwise `undefined`, and the client takes the same answer.
 * @param early - the element's early reads
 * @param path - the read's path (`/v1/cases/{id}?include=events`)
 * @param token - its bearer credential
 */
export function readFirstCase(
  early: EarlyReads,
  path: string,
  token: string,
): Promise<ShownCase | undefined> {
  return readForFirstPaint(early, path, token, (body): ShownCase | undefined => {
    const checked = checkReporterCaseWithEvents(body);
    if (!checked) return undefined;
    const { events, ...view } = checked;
    return { view, entries: events.entries };
  });
}
