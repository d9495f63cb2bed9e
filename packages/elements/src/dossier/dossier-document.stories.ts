import { buildDossier, customerStatus, redactForReporter, renderDossierHtml, replay } from '@recourse/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { runCase, SAMPLE_COMMANDS, SAMPLE_REPORT } from '../../../core/src/dossier/sample.fixture';
import { dossierLabels } from '../i18n/catalogs/dossier';
import { normalizeLang } from '../i18n/lang';

/**
 * The printable case file a reporter downloads from the tracker and hands to a consumer-protection
 * body: the verified timeline, evidence hashes and messages. Rendered by `renderDossierHtml` from
 * `@recourse/core` with the widgets' words; shown here inside a shadow root so its print styles
 * stay its own.
 */
const meta: Meta<{ tampered: boolean }> = {
  title: 'Dossier/Printable case file',
  args: { tampered: false },
  argTypes: { tampered: { control: 'boolean', description: 'Edit one timeline entry after the fact' } },
  render: ({ tampered }, { globals }) => {
    const lang = normalizeLang(globals.lang as string);
    let chain = runCase(SAMPLE_COMMANDS);
    if (tampered) chain = chain.map((e) => (e.seq === 4 ? { ...e, at: '2026-10-01T00:00:00.000Z' } : e));
    const dossier = buildDossier(
      {
        case: {
          id: '6a1f0d7e-2b1c-4c5e-9f0a-3d2e1b4c5a69',
          number: 'RC-7K3P-9M2X',
          createdAt: chain[0]!.at,
          status: customerStatus(replay(chain)),
          state: replay(chain).main,
          report: SAMPLE_REPORT,
        },
        entries: redactForReporter(chain),
        attachments: [
          {
            id: 'a1',
            name: 'withdrawal-record.pdf',
            mediaType: 'application/pdf',
            size: 48213,
            sha256: '9f'.repeat(32),
          },
          { id: 'a2', name: '短信截图.png', mediaType: 'image/png', size: 201533, sha256: '3c'.repeat(32) },
        ],
      },
      { now: () => new Date('2026-11-27T12:00:00Z') },
    );
    const doc = new DOMParser().parseFromString(
      renderDossierHtml(dossier, {
        lang,
        labels: dossierLabels(lang),
        timeZone: lang === 'zh-CN' ? 'Asia/Shanghai' : 'UTC',
      }),
      'text/html',
    );
    const host = document.createElement('article');
    host.lang = lang;
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.querySelector('style');
    const main = doc.querySelector('main');
    if (style) root.append(document.adoptNode(style));
    if (main) root.append(document.adoptNode(main));
    return host;
  },
};
export default meta;

type Story = StoryObj<{ tampered: boolean }>;

/** The timeline verifies: every entry links to the one before. */
export const Verified: Story = {
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.querySelector('article')!.shadowRoot!;
    const lang = normalizeLang(globals.lang as string);
    await expect(root.querySelector('h1')?.textContent).toBe(dossierLabels(lang).title);
    await expect(root.querySelector('.ok')).not.toBeNull();
    await expect(root.querySelector('.bad')).toBeNull();
    // The answer's file is recorded in the timeline (entry 9); the other file in no entry.
    await expect(root.textContent).toContain(dossierLabels(lang).recordedIn.replace('{seq}', '9'));
    await expect(root.textContent).toContain(dossierLabels(lang).notRecorded);
  },
};

/** One entry was edited after the fact: the document says so, and where. */
export const Tampered: Story = {
  args: { tampered: true },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('article')!.shadowRoot!;
    await expect(root.querySelector('.bad')?.textContent).toContain('4');
  },
};

/** The same file in Simplified Chinese, dates in China Standard Time. */
export const Chinese: Story = {
  globals: { lang: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('article')!.shadowRoot!;
    await expect(root.querySelector('h1')?.textContent).toBe('账号被盗案件档案');
  },
};
