/**
 * The second factor of the reference server: TOTP and backup codes under `/v1/2fa/totp`.
 * @module
 */
export {
  type CodeFactor,
  createTotpRoutes,
  type FactorThrottle,
  type TotpChange,
  type TotpNotification,
  type TotpProblemCode,
  type TotpProblemExtras,
  type TotpRoutesOptions,
  type TotpStatus,
  type TotpUser,
} from './totp-routes';
export { createTotpStore, type FactorKind, type TotpRecord, type TotpStore } from '../store/totp-store';
