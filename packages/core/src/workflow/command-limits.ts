/**
 * The bounds and code shapes of command payloads, as plain data: the payload schemas
 * (`COMMAND_PAYLOADS`) are built from them, and the widgets' forms check input against them
 * (`maxlength`, `pattern`, the checks before sending) without loading a schema library.
 * @module
 */
import { DECIMAL_PATTERN } from './decimal';

/** Lengths and counts of command payloads (UTF-16 units for text). */
export const COMMAND_LIMITS = {
  /** Longest short code (request ids, methods, reasons, references). */
  idMax: 128,
  /** Longest free text (messages, notes, answers, complaints, dispute details). */
  textMax: 10_000,
  /** Longest prompt of an information request. */
  promptMax: 2_000,
  /** Longest asset symbol of a claimed transaction. */
  assetMax: 16,
  /** Most attachments one command names. */
  attachmentsMax: 10,
  /** Most transactions in one loss claim. */
  transactionsMax: 50,
} as const;

/** The characters of a short code, as a regular-expression class body (also an HTML `pattern`'s). */
export const COMMAND_ID_CHARACTERS = 'A-Za-z0-9_.:\\-';

/** A whole short code: 1 to {@link COMMAND_LIMITS}`.idMax` of {@link COMMAND_ID_CHARACTERS}. */
export const COMMAND_ID_PATTERN = new RegExp(`^[${COMMAND_ID_CHARACTERS}]{1,${COMMAND_LIMITS.idMax}}$`);

/** An asset symbol: upper-case letters and digits, 1 to {@link COMMAND_LIMITS}`.assetMax`. */
export const ASSET_PATTERN = new RegExp(`^[A-Z0-9]{1,${COMMAND_LIMITS.assetMax}}$`);

/** Whether a value is a short code a command accepts. */
export function isCommandId(value: string): boolean {
  return COMMAND_ID_PATTERN.test(value);
}

/** Whether a value is a claimable amount: a decimal string ({@link DECIMAL_PATTERN}) above zero. */
export function isPositiveAmount(value: string): boolean {
  return DECIMAL_PATTERN.test(value) && /[1-9]/.test(value);
}
