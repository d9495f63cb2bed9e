/**
 * Right to left (issue 19, ADR 0026): styles say start and end, never left and right, so that a
 * widget, the dossier and the demo mirror in Arabic. Fails on a physical property or value in
 * the elements' styles (every `css` template under packages/elements/src, tests and stories
 * aside, and `styles/`) and in the demo's CSS: `left`/`right` as properties, `margin-`,
 * `padding-`, `border-` and `inset-` `left`/`right`, corner radii by `left`/`right`,
 * `text-align`/`float`/`clear` `left`/`right`, and four-value `margin`/`padding`/`border-radius`
 * shorthands that differ between the two sides. Each offence is listed as file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

const PHYSICAL: [RegExp, string][] = [
  [/(?:^|[\s;{])(left|right)\s*:/, 'left/right: use inset-inline-start/end'],
  [
    /(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b/,
    'use -inline-start/-inline-end',
  ],
  [/border-(top|bottom)-(left|right)-radius/, 'use border-start-start-radius…'],
  [/(?:text-align|float|clear)\s*:\s*(left|right)\b/, 'use start/end (inline-start/inline-end)'],
];

/** `margin: a b c d` / `padding` with b ≠ d, `border-radius: a b c d` with a ≠ b or c ≠ d. */
function asymmetric(line: string): string | undefined {
  const m = line.match(/(?:^|[\s;{])(margin|padding|border-radius)\s*:\s*([^;!}]+)/);
  if (!m) return undefined;
  const values = m[2]!.trim().split(/\s+/);
  if (values.length !== 4 || values.some((v) => v.includes('/'))) return undefined;
  const [a, b, c, d] = values;
  if (m[1] === 'border-radius' ? a !== b || c !== d : b !== d)
    return `${m[1]} with different sides: use the logical longhands`;
  return undefined;
}

function cssFiles(): string[] {
  const elements = (readdirSync(join(root, 'packages/elements/src'), { recursive: true }) as string[])
    .map((f) => `packages/elements/src/${f.split('\\').join('/')}`)
    .filter((f) => /\.ts$/.test(f) && !/\.(test|stories)\.ts$/.test(f));
  const demo = (readdirSync(join(root, 'examples/help-center'), { recursive: true }) as string[])
    .map((f) => `examples/help-center/${f.split('\\').join('/')}`)
    .filter((f) => /\.(css|html)$/.test(f) && !f.includes('node_modules') && !f.includes('/dist/'));
  return [...elements, ...demo];
}

/** The CSS lines of a file: all of a `.css`; inside `css\`…\`` templates or `<style>`/`style=""` otherwise. */
function cssLines(file: string, text: string): [number, string][] {
  const lines = text.split('\n');
  if (file.endsWith('.css')) return lines.map((l, i) => [i + 1, l]);
  const out: [number, string][] = [];
  let inside = false;
  lines.forEach((line, i) => {
    if (!inside && /css`|<style/.test(line)) inside = true;
    if (inside || /style="/.test(line)) out.push([i + 1, line]);
    if (inside && /`[;,)]|<\/style>/.test(line.replace(/css`/, ''))) inside = false;
  });
  return out;
}

test('styles use logical properties (start/end), never physical left/right', () => {
  const offences: string[] = [];
  const files = cssFiles();
  expect(files.some((f) => f.endsWith('.styles.ts'))).toBe(true);
  expect(files).toContain('examples/help-center/public/site.css');
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [n, line] of cssLines(file, text)) {
      const code = line.replace(/\/\*.*?\*\//g, '');
      for (const [re, fix] of PHYSICAL)
        if (re.test(code)) offences.push(`${file}:${n}: ${code.trim()} (${fix})`);
      const a = asymmetric(code);
      if (a) offences.push(`${file}:${n}: ${code.trim()} (${a})`);
    }
  }
  expect(offences).toEqual([]);
});
