/**
 * The second factor of the reference server: TOTP and backup codes under `/v1/2fa/totp`.
 * @module
 */
export { createTotpRoutes } from '../routes/totp';
export {
  createTotpStore,
  type FactorKind,
  type FactorState,
  type TotpRecord,
  type TotpStore,
} from '../store/totp-store';
export type {
  CodeFactor,
  FactorThrottle,
  TotpChange,
  TotpNotification,
  TotpProblemCode,
  TotpProblemExtras,
  TotpRoutesOptions,
  TotpStatus,
  TotpUser,
} from './types';
