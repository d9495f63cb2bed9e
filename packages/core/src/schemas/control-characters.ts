/**
 * The control-character rule of every bounded text, file names included. No schema library here:
 * the widgets import it into their first paint.
 * @module
 */

/**
 * Whether a string holds a control character. C0 and C1 controls, DEL and the bidirectional
 * embedding/override/isolate controls (used to disguise file names) all count; with
 * `multiline`, line feed, carriage return and tab are allowed.
 */
export function hasControlCharacters(value: string, multiline = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (multiline && (c === 0x0a || c === 0x0d || c === 0x09)) continue;
    if (isControlUnit(c)) return true;
  }
  return false;
}

/** Whether one UTF-16 code unit is a control character in the sense of {@link hasControlCharacters}. */
export function isControlUnit(c: number): boolean {
  return (
    c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
  );
}
