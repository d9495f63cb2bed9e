/**
 * `@recourse/elements/case-desk`: the `<recourse-case-desk>` class for support agents (not
 * registered; see `@recourse/elements/define/case-desk`), its events and types. Side-effect free.
 * @module
 */
export { type CaseDeskClient, RecourseCaseDesk } from './components/case-desk/case-desk';
export * from './events/case-desk-events';
