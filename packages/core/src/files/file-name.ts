/**
 * The file-name rule of an upload: what the server accepts as `X-Filename` and the report schema
 * as an attachment's name, and the one way the browser turns any name a system gives it into
 * such a name. No DOM, no Node, no schema library.
 * @module
 */
import { hasControlCharacters, isControlUnit } from '../schemas/control-characters';
import { LIMITS } from '../schemas/limits';

/** The name {@link toAllowedFileName} gives a file whose name has nothing left. */
export const FALLBACK_FILE_NAME = 'file';

/** Longest extension {@link toAllowedFileName} keeps when it shortens a name (dot included). */
const EXTENSION_MAX = 16;

/** Whether a name is a path rather than a name: a slash or backslash in it, or `.` or `..`. */
export function isPathLike(name: string): boolean {
  return /[/\\]/.test(name) || name === '.' || name === '..';
}

/** Whether a string has a surrogate without its pair (it cannot be percent-encoded for a header). */
export function hasUnpairedSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Whether the server accepts a file name: 1 to {@link LIMITS.fileNameMax} UTF-16 units, no
 * control characters (bidirectional controls included), no unpaired surrogate, not a path.
 */
export function isAllowedFileName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= LIMITS.fileNameMax &&
    !hasControlCharacters(name) &&
    !hasUnpairedSurrogate(name) &&
    !isPathLike(name)
  );
}

/**
 * Turns any name into one {@link isAllowedFileName} accepts: drops control characters, replaces
 * path separators with `_` and unpaired surrogates with U+FFFD (they cannot be sent in a header),
 * trims, and shortens to {@link LIMITS.fileNameMax} units keeping a short extension and never
 * splitting a character. A name with nothing left becomes {@link FALLBACK_FILE_NAME}.
 */
export function toAllowedFileName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = name.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += name[i]! + name[i + 1]!;
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else if (c === 0x2f || c === 0x5c) out += '_';
    else if (!isControlUnit(c)) out += name[i]!;
  }
  out = out.trim();
  if (out.length > LIMITS.fileNameMax) {
    const dot = out.lastIndexOf('.');
    const extension = dot > 0 && out.length - dot <= EXTENSION_MAX ? out.slice(dot) : '';
    let stem = out.slice(0, LIMITS.fileNameMax - extension.length);
    const last = stem.charCodeAt(stem.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) stem = stem.slice(0, -1);
    out = stem.trimEnd() + extension;
  }
  return out === '' || isPathLike(out) ? FALLBACK_FILE_NAME : out;
}
