/**
 * `pnpm screenshots`: what the person sees. Starts the help center on an in-memory database,
 * opens every page in the six shipped languages at 375 px and 1280 px in Debian's Chromium, and
 * saves full-page PNGs to docs/screenshots/ (plus an index, docs/screenshots/README.md).
 * `pnpm screenshots --langs ar,ja --widths 375 --pages report,track` narrows the set (the index
 * then lists only what was taken).
 * Chinese text needs a CJK font: the script installs Debian's fonts-wqy-microhei when it can.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPgliteStore } from '@recourse/server';
import { createHelpCenter } from '../src/help-center';
import { launchChromium } from '../test/harness';

const out = resolve(import.meta.dirname, '../../../docs/screenshots');

/** `--name a,b` from the command line, else the default. */
function option(name: string, fallback: string[]): string[] {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value ? value.split(',').filter(Boolean) : fallback;
}
const LANGS = option('langs', ['en', 'zh-CN', 'zh-TW', 'ja', 'es', 'ar']);
const WIDTHS = option('widths', ['375', '1280']).map(Number);
const PAGES = option('pages', ['home', 'report', 'track', 'secure', 'desk', 'mailbox']);

function ensureCjkFont() {
  const has = () => {
    try {
      return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
    } catch {
      return false;
    }
  };
  if (has()) return;
  try {
    if (process.getuid?.() === 0) {
      console.log('installing fonts-wqy-microhei (Chinese glyphs for the screenshots)…');
      execSync(
        'apt-get install -y -qq fonts-wqy-microhei || (apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei)',
        {
          stdio: 'ignore',
        },
      );
    }
  } catch {
    /* reported below */
  }
  if (!has())
    console.warn('No CJK font found: Chinese screenshots will show boxes. Install fonts-wqy-microhei.');
}

async function main() {
  ensureCjkFont();
  mkdirSync(out, { recursive: true });
  const store = await createPgliteStore({});
  const center = await createHelpCenter({ store });
  const running = await center.serve({ port: 0 });
  const browser = await launchChromium();
  const seeded = center.cases[0];
  const pages: [string, string][] = [
    ['home', '/index.html'],
    ['report', '/report.html'],
    ['track', seeded ? `/track.html#case=${seeded.id}&token=${seeded.accessToken}` : '/track.html'],
    ['secure', '/secure.html'],
    ['desk', '/desk.html'],
    ['mailbox', '/mailbox.html'],
  ];
  const rows: string[] = [];
  try {
    for (const [name, path] of pages.filter(([name]) => PAGES.includes(name))) {
      for (const lang of LANGS) {
        for (const width of WIDTHS) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, locale: lang });
          const page = await context.newPage();
          const [pathname, hash] = path.split('#');
          await page.goto(`${running.url}${pathname}?lang=${lang}${hash ? `#${hash}` : ''}`, {
            waitUntil: 'load',
          });
          if (name === 'desk' && center.agentKey) {
            await page.locator('#agent-key').fill(center.agentKey);
            await page.locator('#agent button[type=submit]').click();
          }
          await page.waitForTimeout(2000);
          const file = `${name}-${lang}-${width}.png`;
          await page.screenshot({ path: resolve(out, file), fullPage: true });
          rows.push(`| ${name} | ${lang} | ${width} | [${file}](${file}) |`);
          console.log(`saved docs/screenshots/${file}`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await running.close();
    await store.close();
  }
  writeFileSync(
    resolve(out, 'README.md'),
    `# Screenshots\n\nMade by \`pnpm screenshots\` from the demo (fresh in-memory database, seeded cases), in Debian's Chromium.\n\n| page | language | width (px) | file |\n|---|---|---|---|\n${rows.join('\n')}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
