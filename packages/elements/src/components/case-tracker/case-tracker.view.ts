/**
 * Everything the tracker needs after its first paint, as one dynamic `import()`: the templates,
 * the styles, its words in every language and the shared domain vocabulary; the HTTP client and
 * the secret guard's scanner (its wordlists load on demand); the claim and complaint forms and
 * the case file. Until it arrives, the element is an empty, `aria-busy` region (its reads are
 * already on the network: see `internal/early-reads`).
 *
 * One module, so one chunk: split into several, a bundler's shared chunks are only discovered
 * once the first arrives (one more round trip before the case can show), which measured 7-8%
 * slower on the tracker's first render. The forms and the case file add about 7.5 kB gzip to the
 * chunk. See bench/size.mjs and docs/adr/0005.
 * @internal
 * @module
 */
export { createRecourseClient, loadWordlists, newIdempotencyKey, scanForSecrets } from '@recourse/core';
export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export * as dossier from './case-tracker.dossier';
export * as forms from './case-tracker.forms';
export { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';
export { renderTracker } from './case-tracker.render';
export { styles } from './case-tracker.styles';
