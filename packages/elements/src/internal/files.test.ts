// The widgets' file check on the shared corpus, in Chromium: each file must get the verdict the
// corpus gives it, which core's unit test and the server's upload route test give it too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { isAllowedFileName, type PlatformConfig } from '@recourse/core';
import {
  CORPUS_RULES,
  type CorpusFile,
  FILE_CORPUS,
  sentName,
} from '../../../core/test/fixtures/file-corpus';
import '../define/recourse-report-form';
import { REPORT_FORM_CATALOGS } from '../components/report-form/i18n';
import type { RecourseReportForm, ReportFormClient } from '../components/report-form/report-form';
import { refusalText } from '../components/report-form/report-form.fields.view';
import { loaded, part, storeDraft } from '../components/report-form/report-form.fixtures';
import { emptyValues } from '../components/report-form/report-form.model';
import { interpolate } from '../i18n/interpolate';
import { checkFile, type FileLimits } from './files';

const LIMITS: FileLimits = { ...CORPUS_RULES, maxFiles: 10, maxCaseBytes: 1024 * 1024 };

async function browserVerdict(f: CorpusFile) {
  const result = await checkFile(
    new File([f.bytes as Uint8Array<ArrayBuffer>], f.name),
    LIMITS,
    [],
    () => {},
  );
  return result.ok
    ? { verdict: { ok: true, mediaType: result.file.mediaType }, name: result.file.name }
    : { verdict: { ok: false, reason: result.reason }, name: undefined };
}

describe('file check on the shared corpus (Chromium)', () => {
  for (const f of FILE_CORPUS) {
    it(f.id, async () => {
      const { verdict, name } = await browserVerdict(f);
      expect(verdict).to.deep.equal(f.verdict);
      if (verdict.ok) {
        expect(name).to.equal(sentName(f));
        expect(isAllowedFileName(name!)).to.equal(true);
      }
    });
  }

  it("the corpus's images are real: Chromium decodes them", async () => {
    for (const id of ['png', 'jpeg', 'webp']) {
      const f = FILE_CORPUS.find((c) => c.id === id)!;
      const bitmap = await createImageBitmap(new Blob([f.bytes as Uint8Array<ArrayBuffer>]));
      expect([id, bitmap.width, bitmap.height]).to.deep.equal([id, 1, 1]);
    }
  });
});

describe('the report form shows the refusal before any upload', () => {
  const refused = FILE_CORPUS.filter((f) => !f.verdict.ok);
  const config = {
    platform: { id: 'demo', name: 'Demo Exchange' },
    languages: ['en', 'zh-CN'],
    contacts: { webForm: { url: 'https://help.example.com/form' } },
    passwordResetUrl: 'https://example.com/reset',
    deadlinePolicy: 'platform_sla',
    attachments: LIMITS,
    outsideBodies: [],
  } as unknown as PlatformConfig;

  for (const lang of ['en', 'zh-CN'] as const) {
    it(lang, async () => {
      localStorage.clear();
      const calls: string[] = [];
      const client = {
        getConfig: async () => config,
        createCase: async () => {
          calls.push('createCase');
          throw new Error('no request may leave before the refusal');
        },
        uploadAttachment: async () => {
          calls.push('uploadAttachment');
          throw new Error('no request may leave before the refusal');
        },
      } as unknown as ReportFormClient;
      // A draft at the evidence step, stored as the form writes it: the form opens there.
      storeDraft('https://api.example.com', 'evidence', emptyValues(lang));
      const el = await fixture<RecourseReportForm>(html`<recourse-report-form
        lang=${lang}
        api-base="https://api.example.com"
        .config=${config}
        .client=${client}
      ></recourse-report-form>`);
      await el.ready;
      await loaded(el);
      await waitUntil(() => el.phase === 'evidence', 'evidence step restored');
      const data = new DataTransfer();
      for (const f of refused) data.items.add(new File([f.bytes as Uint8Array<ArrayBuffer>], f.name));
      part(el, '[part="drop-zone"]').dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      const shownRefusals = () =>
        [...el.shadowRoot!.querySelectorAll('#f-attachments li')].map((li) => li.textContent);
      await waitUntil(() => shownRefusals().length === refused.length, 'every file refused');
      await el.updateComplete;
      const t = REPORT_FORM_CATALOGS[lang];
      const words = { t, lang };
      // Each file in the corpus's order, with the reason the corpus gives it, in words.
      expect(shownRefusals()).to.deep.equal(
        refused.map((f) =>
          interpolate(t.evidence.refused, {
            name: new File([], f.name).name,
            reason: refusalText(f.verdict.ok ? 'unreadable' : f.verdict.reason, config, words),
          }),
        ),
      );
      expect(refusalText('type', config, words)).to.equal(t.evidence.reasons.type);
      expect(el.shadowRoot!.querySelectorAll('ul.files li')).to.have.length(0);
      expect(calls).to.deep.equal([]);
    });
  }
});
