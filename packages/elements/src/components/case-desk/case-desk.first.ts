/**
 * What the desk needs for its first paint, as one dynamic `import()`: the view, the styles, its
 * words and the domain vocabulary, the state's reducer, and {@link readFirstPage}, which takes the
 * queue's first page from the element's early read and checks it against the contract without zod
 * (core's `checkDeskCasesPage`, generated from the contract's schema: ADR 0034). The controller,
 * the HTTP client with its schemas, the live stream and the report summary load once the page is
 * on screen (`case-desk.lazy`); until then the view's actions wait for them. Until this arrives,
 * the element is an empty, `aria-busy` region (its reads are already on the network: see
 * `internal/early-reads`).
 * @module
 */
import type { DeskCasesPage } from '@recourse/core';
import { checkDeskCasesPage } from '@recourse/core/lite';
import type { EarlyReads } from '../../internal/early-reads';
import { readForFirstPaint } from '../../internal/first-read';

export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { formatBytes, formatDateTime } from '../../i18n/format';
export { interpolate } from '../../i18n/interpolate';
export { CASE_DESK_CATALOGS } from './case-desk.i18n';
export { buildCommand, claimTotals } from './case-desk.model';
export { INITIAL_STATE, reduce } from './case-desk.state';
export { styles } from './case-desk.styles';
export { deskView } from './case-desk.view';

/**
 * The queue's first page from the element's early read, when it answered 200 with a body the
 * contract accepts (see `readForFirstPaint`); otherwise `undefined`, and the client takes the
 * same answer.
 * @param early - the element's early reads
 * @param path - the read's path (`/v1/desk/cases?limit=…`)
 * @param key - its agent credential
 */
/**
 * This module, as the rest of the desk receives it: the controller and the report summary take
 * the command builder, the formats and `interpolate` from here at run time instead of importing
 * them, so that the first paint shares no chunk with the code after it (ADR 0036).
 */
export type DeskFirst = typeof import('./case-desk.first');

export function readFirstPage(
  early: EarlyReads,
  path: string,
  key: string,
): Promise<DeskCasesPage | undefined> {
  return readForFirstPaint(early, path, key, checkDeskCasesPage);
}
