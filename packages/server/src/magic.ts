/**
 * What an upload really is, from its first bytes (never from its name or declared type).
 * Allowlist: PNG, JPEG, WebP, PDF, plain UTF-8 text. Everything else, and text that a browser
 * could sniff as markup (HTML, SVG, XML), is refused.
 * @module
 */
import type { AllowedMediaType } from '@recourse/core';

const startsWith = (bytes: Uint8Array, sig: readonly number[], offset = 0) =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Markup a browser may sniff, looked for at the start of text (after whitespace and a BOM). */
const MARKUP =
  /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|embed|style|meta|link|a\s|img|div|!--)/i;

function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed, form feed and carriage return.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return false;
  }
  return !MARKUP.test(text.replace(/^\uFEFF/, ''));
}

/**
 * The media type the bytes are, or null when they are not on the allowlist.
 * @param bytes - the whole upload
 */
export function sniffMediaType(bytes: Uint8Array): AllowedMediaType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  return isPlainText(bytes) ? 'text/plain' : null;
}
