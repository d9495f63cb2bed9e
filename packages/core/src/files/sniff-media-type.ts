/**
 * What a file really is, from its bytes (never from its name or declared type). The browser runs
 * it before an upload, the server on every upload: one rule, so a person learns of a refusal
 * before sending, never after. No DOM, no Node, no schema library.
 * @module
 */
import type { AllowedMediaType } from '../schemas/limits';

/** One run of bytes a file must hold at an offset. */
export interface FileSignaturePart {
  /** Where the bytes start. */
  readonly offset: number;
  /** The bytes. */
  readonly bytes: readonly number[];
}

/**
 * The signatures ("magic bytes") of the binary media types on the allowlist: a file is of the
 * type when it holds every part. The only place in the project where they are written.
 */
export const FILE_SIGNATURES: Readonly<
  Record<Exclude<AllowedMediaType, 'text/plain'>, readonly FileSignaturePart[]>
> = {
  'image/png': [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  'image/jpeg': [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
  'image/webp': [
    { offset: 0, bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF
    { offset: 8, bytes: [0x57, 0x45, 0x42, 0x50] }, // WEBP
  ],
  'application/pdf': [{ offset: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }], // %PDF-
};

const BINARY_TYPES = Object.keys(FILE_SIGNATURES) as (keyof typeof FILE_SIGNATURES)[];

/**
 * Tags a browser may sniff as markup (HTML, SVG, XML; the WHATWG sniffing list and more), looked
 * for at the start of text after whitespace and byte order marks. A tag name counts when no
 * letter or digit follows it (`<a>`, `<svg ` and `<div/` count; `<abc` does not).
 */
const MARKUP =
  /^<(?:!doctype|!--|\?xml|(?:a|b|p|br|h1|html|head|body|script|iframe|svg|style|meta|link|img|div|object|embed|font|table|title|math|base|form|frameset|frame|noscript|template|xsl:stylesheet)(?![a-z0-9]))/i;

/** Code points of the start of text kept for the markup check (after leading whitespace). */
const HEAD_CODE_POINTS = 64;

const WHITESPACE = /^\s$/;

function holds(bytes: Uint8Array, parts: readonly FileSignaturePart[]): boolean {
  return parts.every(
    ({ offset, bytes: sig }) =>
      bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b),
  );
}

/**
 * Whether bytes are plain text the server stores as `text/plain`: well-formed UTF-8 (one leading
 * byte order mark allowed; UTF-16 is refused), no control characters but tab, line feed, form
 * feed and carriage return, and not starting (after whitespace) like markup.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let head = '';
  let kept = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    let cp: number;
    if (lead < 0x80) {
      cp = lead;
      i++;
    } else {
      // Well-formed sequences only (Unicode table 3-7): no overlong forms, surrogates or values past U+10FFFF.
      let need: number;
      let min = 0x80;
      let max = 0xbf;
      if (lead >= 0xc2 && lead <= 0xdf) {
        need = 1;
        cp = lead & 0x1f;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        need = 2;
        cp = lead & 0x0f;
        if (lead === 0xe0) min = 0xa0;
        else if (lead === 0xed) max = 0x9f;
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        need = 3;
        cp = lead & 0x07;
        if (lead === 0xf0) min = 0x90;
        else if (lead === 0xf4) max = 0x8f;
      } else return false;
      for (let k = 1; k <= need; k++) {
        const next = bytes[i + k];
        if (next === undefined || next < min || next > max) return false;
        cp = (cp << 6) | (next & 0x3f);
        min = 0x80;
        max = 0xbf;
      }
      i += need + 1;
    }
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0c && cp !== 0x0d) || cp === 0x7f) return false;
    if (kept < HEAD_CODE_POINTS) {
      const ch = String.fromCodePoint(cp);
      if (kept > 0 || !WHITESPACE.test(ch)) {
        head += ch;
        kept++;
      }
    }
  }
  return !MARKUP.test(head);
}

/**
 * The media type the bytes are, or `null` when they are not on the allowlist (PNG, JPEG, WebP,
 * PDF by signature; otherwise plain text by {@link isPlainText}). An empty file is `null`.
 * Polyglots are judged by their signature: a PNG that also holds a script is a PNG, served as one.
 * @param bytes - the whole file (the check reads to the end: text must be text throughout)
 */
export function sniffMediaType(bytes: Uint8Array): AllowedMediaType | null {
  if (bytes.length === 0) return null;
  for (const type of BINARY_TYPES) if (holds(bytes, FILE_SIGNATURES[type])) return type;
  return isPlainText(bytes) ? 'text/plain' : null;
}
