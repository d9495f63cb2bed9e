/**
 * `@recourse/elements/case-tracker`: the `<recourse-case-tracker>` class (not registered; see
 * `@recourse/elements/define/case-tracker`), its events and types. Side-effect free.
 * @module
 */
export { type CaseTrackerClient, RecourseCaseTracker } from './components/case-tracker/case-tracker';
export * from './events/case-tracker-events';
