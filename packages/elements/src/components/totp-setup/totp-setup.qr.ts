/**
 * QR code path data for an `otpauth://` URI, made in the browser with lean-qr's nano build (no
 * network, no canvas, no `innerHTML`): one `M x y h n v1 h-n z` run per row segment of dark
 * modules, drawn by a Lit `svg` template.
 * @module
 */
import { correction, generate } from 'lean-qr/nano';

/** A QR code as SVG path data. */
export interface QrPath {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** Path data of the dark modules, in module units. */
  d: string;
}

/** QR path data for `text` (error correction at least M). */
export function qrPath(text: string): QrPath {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; ) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      let run = 1;
      while (code.get(x + run, y)) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: code.size, d };
}
