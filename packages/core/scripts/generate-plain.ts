/**
 * Writes the plain descriptions of the contract's answers (src/api/plain/*.generated.ts) from
 * their zod schemas. Run: `pnpm --filter @recourse/core generate:plain`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generatePlainSources } from '../src/api/plain/generate';

const dir = new URL('../src/api/plain/', import.meta.url);
for (const { file, text } of generatePlainSources()) {
  const url = new URL(file, dir);
  let old = '';
  try {
    old = readFileSync(url, 'utf8');
  } catch {}
  if (old === text) {
    console.log(`${file}: unchanged`);
  } else {
    writeFileSync(url, text);
    console.log(`${file}: written (${text.length} characters)`);
  }
}
