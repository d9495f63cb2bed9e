/**
 * Bundle: gzip bytes of each widget and of the three a person meets, with the method of
 * `bench/size.mjs`, beside Shoelace input+button and Web Awesome qr-code+otp-input bundled the
 * same way in the same run.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fmtInt, ROOT, type Row } from './lib';
import { measure } from './size.mjs';

const el = (tag: string) => `packages/elements/src/define/${tag}.ts`;
const nm = 'bench/node_modules/';

/** What is bundled: our entries and the two design systems' component entry files. */
const ENTRIES: { name: string; files: string[]; budget?: number; reference?: number }[] = [
  { name: '<recourse-report-form>', files: [el('recourse-report-form')], budget: 18_000 },
  { name: '<recourse-totp-setup>', files: [el('recourse-totp-setup')] },
  { name: '<recourse-case-tracker>', files: [el('recourse-case-tracker')] },
  {
    name: 'all three widgets',
    files: [el('recourse-report-form'), el('recourse-totp-setup'), el('recourse-case-tracker')],
    budget: 24_000,
  },
  { name: '<recourse-case-desk> (back office, no budget)', files: [el('recourse-case-desk')] },
  {
    name: 'Shoelace sl-input + sl-button',
    files: [
      `${nm}@shoelace-style/shoelace/dist/components/input/input.js`,
      `${nm}@shoelace-style/shoelace/dist/components/button/button.js`,
    ],
    reference: 23_130,
  },
  {
    name: 'Web Awesome wa-qr-code + wa-otp-input',
    files: [
      `${nm}@awesome.me/webawesome/dist/components/qr-code/qr-code.js`,
      `${nm}@awesome.me/webawesome/dist/components/otp-input/otp-input.js`,
    ],
    reference: 24_359,
  },
];

export async function bundleRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const entry of ENTRIES) {
    const missing = entry.files.filter((f) => !existsSync(join(ROOT, f)));
    if (missing.length > 0) {
      rows.push({
        section: 'Bundle',
        name: entry.name,
        value: entry.reference ? `${fmtInt(entry.reference)} B` : '—',
        goal: '',
        status: entry.reference ? 'reference, not measured (package not installed)' : 'not built yet',
      });
      continue;
    }
    const { initial, lazy } = await measure(entry.files);
    const lazyNote = lazy > 0 ? ` (+${fmtInt(lazy)} B lazy)` : '';
    rows.push({
      section: 'Bundle',
      name: entry.name,
      value: `${fmtInt(initial)} B${lazyNote}`,
      goal: entry.budget ? `≤ ${fmtInt(entry.budget)} B` : '',
      status: entry.budget ? (initial <= entry.budget ? 'ok' : 'FAIL') : 'info',
    });
  }
  return rows;
}
