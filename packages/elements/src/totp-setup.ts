/**
 * `@recourse/elements/totp-setup`: the `<recourse-totp-setup>` class (not registered; see
 * `@recourse/elements/define/totp-setup`), its events, and the backend it talks to. Side-effect free.
 * @module
 */

export { RecourseTotpSetup, type TotpPhase } from './components/totp-setup/totp-setup';
export {
  createTotpFetchBackend,
  type TotpBackend,
  TotpBackendError,
  type TotpFetchBackendOptions,
} from './components/totp-setup/totp-setup.backend';
export * from './events/totp-setup-events';
