/**
 * The secret guard of the widgets: text that looks like a seed phrase (BIP-39, English and
 * simplified Chinese), a private key or a one-time code is caught before it leaves the browser.
 * Core's `scanForSecrets` does the looking; this module only wires it to the lazily loaded
 * wordlists, so the report form and the tracker refuse the same things the same way. The
 * functions come in as an argument (from each widget's lazy chunk), so nothing here lands in a
 * widget's first load.
 * @internal
 * @module
 */
import type { Finding, loadWordlists, ScanOptions, SecretKind, scanForSecrets } from '@recourse/core';

/** How a field is read: narratives (`free_text`) or ids where long hex and bare numbers are expected. */
export type GuardContext = NonNullable<ScanOptions['context']>;

/** Scans a text; the findings, ordered by offset (empty when clean). */
export type SecretGuard = (text: string, context?: GuardContext) => Finding[];

/** What the guard needs of core (a widget's lazy chunk re-exports both). */
export interface GuardFunctions {
  scanForSecrets: typeof scanForSecrets;
  loadWordlists: typeof loadWordlists;
}

/** Loads the wordlists (once per page, in core) and returns the guard. */
export async function createSecretGuard(fns: GuardFunctions): Promise<SecretGuard> {
  const wordlists = await fns.loadWordlists();
  return (text, context = 'free_text') => fns.scanForSecrets(text, { wordlists, context });
}

/** The first kind of secret in a text, or `undefined`. */
export function firstSecret(
  guard: SecretGuard,
  text: string,
  context: GuardContext = 'free_text',
): SecretKind | undefined {
  return text ? guard(text, context)[0]?.kind : undefined;
}

/** The first kind of secret in a checked text file (other types are not read), or `undefined`. */
export function secretInFile(
  guard: SecretGuard,
  file: { mediaType: string; bytes: Uint8Array },
): SecretKind | undefined {
  if (file.mediaType !== 'text/plain') return undefined;
  return firstSecret(guard, new TextDecoder().decode(file.bytes));
}
