/**
 * Everything the tracker shows, loaded after its first paint (dynamic `import()`, in parallel
 * with the HTTP client): the templates, the styles, its words in every language and the shared
 * domain vocabulary. Until it arrives, the element is an empty, `aria-busy` region (the case itself
 * needs a network round trip anyway). See bench/size.mjs.
 * @internal
 * @module
 */
export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';
export { renderTracker } from './case-tracker.render';
export { styles } from './case-tracker.styles';
