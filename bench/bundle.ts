/**
 * Bundle: gzip bytes of each widget, of the three a person meets and of the script-tag folder,
 * measured on the packed packages as `bench/size.mjs` measures them (one consumer project outside
 * the workspace, npm-installed from the tarballs; esbuild and Vite), beside Shoelace input+button
 * and Web Awesome qr-code+otp-input installed from npm into the same consumer project and bundled
 * the same way in the same run. A peer that cannot be installed or bundled shows "—".
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmtInt, progress, ROOT, type Row } from './lib';
import { ENTRIES, measureEsbuild, measureServed, measureVite, prepareConsumer, SERVED } from './size.mjs';

/** The design systems compared with, at the versions bench/package.json pins. */
function peers(): { name: string; pkg: string; imports: string[]; version: string | undefined }[] {
  const pinned = JSON.parse(readFileSync(join(ROOT, 'bench/package.json'), 'utf8')).devDependencies as Record<
    string,
    string
  >;
  const shoelace = '@shoelace-style/shoelace';
  const webawesome = '@awesome.me/webawesome';
  return [
    {
      name: `Shoelace ${pinned[shoelace]} sl-input + sl-button`,
      pkg: shoelace,
      imports: [`${shoelace}/dist/components/input/input.js`, `${shoelace}/dist/components/button/button.js`],
    },
    {
      name: `Web Awesome ${pinned[webawesome]} wa-qr-code + wa-otp-input`,
      pkg: webawesome,
      imports: [
        `${webawesome}/dist/components/qr-code/qr-code.js`,
        `${webawesome}/dist/components/otp-input/otp-input.js`,
      ],
    },
  ].map((p) => ({ ...p, version: pinned[p.pkg] }));
}

const both = async (dir: string, imports: string[], exports = false) => {
  const e = await measureEsbuild(dir, imports, { exports });
  const v = await measureVite(dir, imports, { exports });
  return { e, v };
};

const figure = (m: { initial: number; lazy: number }) =>
  `${fmtInt(m.initial)} B${m.lazy > 0 ? ` (+${fmtInt(m.lazy)} B lazy)` : ''}`;

export async function bundleRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const compare = peers();
  const dependencies = Object.fromEntries(
    compare.filter((p) => p.version).map((p) => [p.pkg, p.version as string]),
  );
  let consumer: { dir: string; cleanup: () => void };
  let peersMissing = '';
  try {
    progress('packing the packages, installing a consumer project with the peers');
    consumer = prepareConsumer({ dependencies });
  } catch (err) {
    peersMissing = `not measured: peers did not install (${String(err).split('\n')[0]})`;
    progress(peersMissing);
    consumer = prepareConsumer();
  }
  const { dir, cleanup } = consumer;
  try {
    for (const entry of ENTRIES) {
      try {
        const { e, v } = await both(dir, entry.imports, entry.exports);
        const within = entry.budget === null || (e.initial <= entry.budget && v.initial <= entry.budget);
        rows.push({
          section: 'Bundle',
          name: entry.name,
          value: `esbuild ${figure(e)}; Vite ${figure(v)}`,
          goal: entry.budget === null ? '' : `≤ ${fmtInt(entry.budget)} B`,
          status: entry.budget === null ? 'info' : within ? 'ok' : 'FAIL',
        });
      } catch (err) {
        rows.push({ section: 'Bundle', name: entry.name, value: '—', goal: '', status: `FAIL: ${err}` });
      }
    }
    const cdnDir = join(dir, 'node_modules/@recourse/elements/dist/cdn');
    for (const served of SERVED) {
      const m = await measureServed(cdnDir, served.file);
      rows.push({
        section: 'Bundle',
        name: `${served.name} (as served, ${m.initialFiles} files at first load)`,
        value: figure(m),
        goal: served.budget === null ? '' : `≤ ${fmtInt(served.budget)} B`,
        status: served.budget === null ? 'info' : m.initial <= served.budget ? 'ok' : 'FAIL',
      });
    }
    for (const peer of compare) {
      if (!peer.version || peersMissing) {
        rows.push({
          section: 'Bundle',
          name: peer.name,
          value: '—',
          goal: '',
          status: peersMissing || 'not measured: not in bench/package.json',
        });
        continue;
      }
      try {
        const { e, v } = await both(dir, peer.imports);
        rows.push({
          section: 'Bundle',
          name: peer.name,
          value: `esbuild ${figure(e)}; Vite ${figure(v)}`,
          goal: '',
          status: 'info',
        });
      } catch (err) {
        rows.push({
          section: 'Bundle',
          name: peer.name,
          value: '—',
          goal: '',
          status: `not measured: ${String(err).split('\n')[0]}`,
        });
      }
    }
  } finally {
    cleanup();
  }
  return rows;
}
