/**
 * The secret guard: catches seed phrases, private keys and one-time codes pasted into
 * evidence before they leave the browser.
 * @module
 */
export {
  containsSecret,
  type Finding,
  loadWordlists,
  type ScanOptions,
  SECRET_KINDS,
  type SecretKind,
  scanForSecrets,
  type Wordlists,
} from './secrets';
