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

export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { CASE_DESK_CATALOGS } from './case-desk.i18n';
export { INITIAL_STATE, reduce } from './case-desk.state';
export { styles } from './case-desk.styles';
export { deskView } from './case-desk.view';

/**
 * The queue's first page from the element's early read, when it answered 200 with a body the
 * contract accepts (the read is then settled: the next read of that page goes to the network);
 * otherwise `undefined`, and the client takes the same answer (and says what went wrong, retries,
 * reports a mismatch) as it would have.
 * @param early - the element's early reads
 * @param path - the read's path (`/v1/desk/cases?limit=…`)
 * @param key - its agent credential
 */
export async function readFirstPage(
  early: EarlyReads,
  path: string,
  key: string,
): Promise<DeskCasesPage | undefined> {
  try {
    const answer = await early.peek(path, key);
    if (answer?.status !== 200) return undefined;
    const page = checkDeskCasesPage(JSON.parse(await answer.text()));
    if (page) early.shown(path, key);
    return page;
  } catch {
    return undefined;
  }
}
