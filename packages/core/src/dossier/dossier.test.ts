import { describe, expect, it } from 'vitest';
import { type Actor, type ChainedEvent, customerStatus, redactForReporter, replay } from '../workflow/index';
import {
  buildDossier,
  type DossierLabels,
  dossierToJson,
  escapeHtml,
  renderDossierHtml,
  verifyDossier,
} from './index';
import { dossierLabelsFixture } from './labels.fixture';
import { runCase } from './sample.fixture';

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE cases; --",
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  '&lt;already&gt; & "quotes"',
];

const reporter: Actor = { role: 'reporter' };
const agent: Actor = { role: 'agent', id: 'agent-7' };

const events = runCase([
  [{ type: 'submit', payload: {} }, reporter],
  [{ type: 'start_review' }, agent],
  [{ type: 'add_note', payload: { text: 'internal: looks like SIM swap' } }, agent],
  [
    { type: 'request_info', payload: { requestId: 'r1', prompt: 'Please send the withdrawal record.' } },
    agent,
  ],
  [{ type: 'answer_request', payload: { requestId: 'r1', text: XSS.join('\n') } }, reporter],
  [{ type: 'send_message', payload: { text: '我的账号被盗了 <b>help</b>' } }, reporter],
]);

const caseInfo = (entries: ChainedEvent[]) => ({
  id: '0b6f6a55-3f43-4a4e-9d43-5a6b2b1f0c11',
  number: 'RC-7K3P-9M2X',
  createdAt: entries[0]!.at,
  status: customerStatus(replay(entries)),
  state: replay(entries).main,
  report: { narrative: XSS.join(' '), account: { kind: 'username', value: '<b>alice</b>' } },
});

const labels: DossierLabels = dossierLabelsFixture;
const now = () => new Date('2026-11-27T12:00:00Z');

describe('buildDossier', () => {
  it('verifies the chain and lists the communications in timeline order', () => {
    const d = buildDossier({ case: caseInfo(events), entries: events }, { now });
    expect(d.timeline.verification).toEqual({ ok: true, head: events.at(-1)!.hash });
    expect(d.generatedAt).toBe('2026-11-27T12:00:00.000Z');
    expect(d.communications.map((c) => [c.kind, c.from])).toEqual([
      ['request', 'agent'],
      ['answer', 'reporter'],
      ['message', 'reporter'],
    ]);
    expect(d.communications[1]!.text).toBe(XSS.join('\n'));
  });

  it('keeps redacted internal entries in the reporter view, and the chain still verifies', () => {
    const view = redactForReporter(events);
    const d = buildDossier({ case: caseInfo(events), entries: view }, { now });
    expect(d.timeline.verification.ok).toBe(true);
    expect(JSON.stringify(d)).not.toContain('SIM swap');
    expect(d.timeline.entries.filter((e) => 'redacted' in e)).toHaveLength(1);
  });

  it('reports a broken chain in the dossier itself', () => {
    const tampered = events.map((e, i) => (i === 1 ? { ...e, at: '2026-11-01T00:00:00.000Z' } : e));
    const d = buildDossier({ case: caseInfo(events), entries: tampered }, { now });
    expect(d.timeline.verification).toMatchObject({ ok: false, at: 2, problem: 'digest_mismatch' });
  });
});

describe('verifyDossier', () => {
  const json = dossierToJson(
    buildDossier({ case: caseInfo(events), entries: redactForReporter(events) }, { now }),
  );

  it('accepts the dossier as downloaded', () => {
    const result = verifyDossier(json);
    expect(result.ok).toBe(true);
  });

  it('finds an edited message in the timeline', () => {
    const edited = json.replace('Please send the withdrawal record.', 'Please send your seed phrase.');
    expect(edited).not.toBe(json);
    expect(verifyDossier(edited)).toEqual({ ok: false, problem: 'chain_broken' });
  });

  it('finds an edited communication outside the timeline', () => {
    const d = JSON.parse(json);
    d.communications[0].text = 'edited';
    expect(verifyDossier(JSON.stringify(d))).toEqual({ ok: false, problem: 'communications_mismatch' });
  });

  it('finds a dropped entry', () => {
    const d = JSON.parse(json);
    d.timeline.entries.splice(2, 1);
    expect(verifyDossier(JSON.stringify(d))).toEqual({ ok: false, problem: 'chain_broken' });
  });

  it('refuses what is not a dossier', () => {
    expect(verifyDossier('not json')).toEqual({ ok: false, problem: 'not_json' });
    expect(verifyDossier('{"format":"other"}')).toEqual({ ok: false, problem: 'wrong_format' });
    expect(verifyDossier(JSON.stringify({ ...JSON.parse(json), timeline: { entries: [{}] } }))).toEqual({
      ok: false,
      problem: 'chain_broken',
    });
  });
});

describe('renderDossierHtml', () => {
  const d = buildDossier(
    {
      case: caseInfo(events),
      entries: redactForReporter(events),
      attachments: [
        {
          id: 'a1',
          name: '"><script>alert(1)</script>.png',
          mediaType: 'image/png',
          size: 123456,
          sha256: 'ab'.repeat(32),
        },
      ],
    },
    { now },
  );
  const html = renderDossierHtml(d, { lang: 'en', labels });

  it('escapes every value that came from a person', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toContain('<b>');
    for (const payload of XSS) expect(html).toContain(escapeHtml(payload));
  });

  it('forbids scripts and external loads with its own CSP and names its language', () => {
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
  });

  it('prints the verification, the evidence hash, the case number and the labels', () => {
    expect(html).toContain(d.timeline.verification.ok ? d.timeline.verification.head : 'x');
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('RC-7K3P-9M2X');
    expect(html).toContain(labels.redacted);
    expect(html).toContain('123,456');
  });

  it('formats dates and numbers in the document language', () => {
    const zh = renderDossierHtml(d, { lang: 'zh-CN', labels, timeZone: 'Asia/Shanghai' });
    expect(zh).toContain('<html lang="zh-CN" dir="ltr">');
    expect(zh).toMatch(/2026年11月/);
  });

  it('is right to left in Arabic, with the case number isolated', () => {
    const ar = renderDossierHtml(d, { lang: 'ar-EG', labels });
    expect(ar).toContain('<html lang="ar-EG" dir="rtl">');
    expect(ar).toContain('<bdi>RC-7K3P-9M2X</bdi>');
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('evidence hashes in the timeline', () => {
  const H1 = '1a'.repeat(32);
  const H2 = '2b'.repeat(32);
  const H3 = '3c'.repeat(32);
  const withFiles = runCase([
    [
      {
        type: 'submit',
        payload: {
          report: { attachments: [{ name: 'chat.txt', mediaType: 'text/plain', size: 54, sha256: H2 }] },
        },
      },
      reporter,
    ],
    [{ type: 'start_review' }, agent],
    [{ type: 'request_info', payload: { requestId: 'r1', prompt: 'The withdrawal record, please.' } }, agent],
    // As the server writes it: the stored hash of each attachment the answer names.
    [
      {
        type: 'answer_request',
        payload: {
          requestId: 'r1',
          text: 'Attached.',
          attachmentIds: ['a1'],
          attachments: [{ id: 'a1', sha256: H1 }],
        },
      },
      reporter,
    ],
  ]);
  const answerSeq = withFiles.find((e) => e.type === 'info_provided')!.seq;
  const files = [
    { id: 'a1', name: 'withdrawal.png', mediaType: 'image/png', size: 2048, sha256: H1 },
    { id: 'a2', name: 'chat.txt', mediaType: 'text/plain', size: 54, sha256: H2 },
    // Claimed by the caller, and recorded nowhere: buildDossier does not take its word for it.
    { id: 'a3', name: 'later.pdf', mediaType: 'application/pdf', size: 999, sha256: H3, recordedIn: 1 },
  ];
  const d = buildDossier(
    { case: caseInfo(withFiles), entries: redactForReporter(withFiles), attachments: files },
    { now },
  );
  const json = dossierToJson(d);

  it('says which entry records each file hash: the answer that sent it, the report that declared it, or none', () => {
    expect(d.evidence.map((a) => a.recordedIn)).toEqual([answerSeq, 1, undefined]);
    expect(verifyDossier(json).ok).toBe(true);
  });

  it('finds an evidence hash swapped for another', () => {
    const edited = JSON.parse(json);
    edited.evidence[0].sha256 = 'ff'.repeat(32);
    expect(verifyDossier(JSON.stringify(edited))).toEqual({ ok: false, problem: 'evidence_mismatch' });
  });

  it('finds a file said to be recorded where it is not', () => {
    const edited = JSON.parse(json);
    edited.evidence[2].recordedIn = answerSeq;
    expect(verifyDossier(JSON.stringify(edited))).toEqual({ ok: false, problem: 'evidence_mismatch' });
  });

  it('prints where each hash is recorded, and which are not', () => {
    const html = renderDossierHtml(d, { lang: 'en', labels });
    expect(html).toContain(labels.recordedIn.replace('{seq}', String(answerSeq)));
    expect(html).toContain(labels.recordedIn.replace('{seq}', '1'));
    expect(html).toContain(labels.notRecorded);
  });
});
