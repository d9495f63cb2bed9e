/**
 * Everything the tracker needs after its first paint, as one dynamic `import()`: the views, the
 * styles, its words in every language and the shared domain vocabulary; the controller with the
 * HTTP client, the secret guard's scanner (its wordlists load on demand), the forms and the case
 * file. Until it arrives, the element is an empty, `aria-busy` region (its reads are already on
 * the network: see `internal/early-reads`).
 *
 * One module, so one chunk: split into several, a bundler's shared chunks are only discovered
 * once the first arrives (one more round trip before the case can show), which measured slower on
 * the tracker's first render (ADR 0016).
 * @module
 */
export { createRecourseClient } from '@recourse/core';
export { FocusKeepController } from '../../controllers/focus-keep-controller';
export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { CaseTrackerContainmentController } from './case-tracker.containment.controller';
export { CaseTrackerController } from './case-tracker.controller';
export { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';
export { styles } from './case-tracker.styles';
export { trackerView } from './case-tracker.view';
