/**
 * @packageDocumentation
 * `@recourse/elements`: Lit web components for account-takeover reporting and recovery.
 * Class exports are side-effect free; registration lives in `define/`.
 */
export * from './i18n/index';
