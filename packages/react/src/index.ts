/**
 * @packageDocumentation
 * `@recourse/react`: the Recourse widgets as React components, made with `@lit/react`. Importing a
 * wrapper registers its custom element. Props set the element's properties (objects included);
 * `recourse-*` events are `on…` props: `recourse-report-submitted` → `onReportSubmitted`.
 */

export * from './case-desk';
export * from './case-tracker';
export * from './report-form';
export * from './totp-setup';
