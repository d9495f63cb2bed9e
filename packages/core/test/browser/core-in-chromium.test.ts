// @recourse/core is isomorphic: the same code runs in Chromium as on Node. These tests run the
// parts a widget uses in a real browser, and check that the printable dossier is inert and
// accessible when a browser parses it.
import { expect, fixture, html } from '@open-wc/testing';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { dossierLabelsFixture } from '../../src/dossier/labels.fixture';
import { runCase, SAMPLE_COMMANDS } from '../../src/dossier/sample.fixture';
import {
  buildDossier,
  customerStatus,
  dossierToJson,
  loadWordlists,
  redactForReporter,
  renderDossierHtml,
  replay,
  scanForSecrets,
  triage,
  validateReport,
  verifyChain,
  verifyDossier,
} from '../../src/index';

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('core in Chromium', () => {
  it('validates a report with an injected clock and reports codes, not text', () => {
    const now = () => new Date('2026-11-27T12:00:00Z');
    const result = validateReport(
      {
        account: { kind: 'email', value: 'not-an-email' },
        discoveredAt: '2027-01-01T00:00:00Z',
        consent: false,
      },
      { now },
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.code]));
    expect(byPath['account.value']).to.equal('invalid_email');
    expect(byPath.discoveredAt).to.equal('in_future');
    expect(byPath.consent).to.equal('consent_required');
  });

  it('decides, chains and verifies a case with WebCrypto-free hashing', () => {
    const chain = runCase(SAMPLE_COMMANDS);
    expect(replay(chain).main).to.equal('restored');
    expect(customerStatus(replay(chain))).to.be.a('string');
    expect(verifyChain(chain).ok).to.equal(true);
    const edited = chain.map((e, i) => (i === 3 ? { ...e, data: { forged: true } } : e));
    expect(verifyChain(edited).ok).to.equal(false);
  });

  it('lazy-loads the BIP-39 wordlists and catches seed phrases in both languages', async () => {
    const wordlists = await loadWordlists();
    expect(wordlists.en).to.have.length(2048);
    expect(wordlists.zh).to.have.length(2048);
    const en = generateMnemonic(english, 128);
    const zh = generateMnemonic(chinese, 256);
    expect(scanForSecrets(`my words: ${en}`, { wordlists }).map((f) => f.kind)).to.deep.equal([
      'seed_phrase',
    ]);
    expect(scanForSecrets(zh, { wordlists })[0]?.language).to.equal('zh-CN');
    expect(
      scanForSecrets('我的账号昨天晚上被盗了，对方修改了绑定的手机号和邮箱。', { wordlists }),
    ).to.deep.equal([]);
  });

  it('triages a stolen account with money moved as critical', () => {
    const result = triage({
      canSignIn: false,
      passwordReset: 'failed',
      moneyMoved: true,
      profileChanged: true,
    });
    expect(result.urgency).to.equal('critical');
    expect(result.reportNow).to.equal(true);
  });
});

describe('the printable dossier in Chromium', () => {
  const chain = runCase([
    [{ type: 'submit', payload: {} }, { role: 'reporter' }],
    [{ type: 'send_message', payload: { text: XSS } }, { role: 'reporter' }],
    [
      { type: 'add_note', payload: { text: 'internal only' } },
      { role: 'agent', id: 'a1' },
    ],
  ]);
  const dossier = buildDossier(
    {
      case: {
        id: 'c1',
        number: 'RC-TEST-0001',
        createdAt: chain[0]!.at,
        status: 'submitted',
        state: 'submitted',
        report: { narrative: XSS },
      },
      entries: redactForReporter(chain),
      attachments: [
        { id: 'a', name: `${XSS}.png`, mediaType: 'image/png', size: 10, sha256: 'a'.repeat(64) },
      ],
    },
    { now: () => new Date('2026-11-27T12:00:00Z') },
  );
  const text = renderDossierHtml(dossier, { lang: 'en', labels: dossierLabelsFixture });

  it('parses to a document with no script, no image and the payload as text', () => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe, object, embed, svg').length).to.equal(0);
    expect(doc.querySelectorAll('[onerror], [onload]').length).to.equal(0);
    const messages = [...doc.querySelectorAll('.text')].map((p) => p.textContent);
    expect(messages).to.deep.equal([XSS]);
    expect(doc.body.textContent).not.to.contain('internal only');
  });

  it('runs nothing when opened in a frame', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const frame = document.createElement('iframe');
    frame.title = 'dossier';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = text;
    document.body.append(frame);
    await loaded;
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(frame.contentDocument?.querySelector('h1')?.textContent).to.equal(dossierLabelsFixture.title);
    expect(frame.contentDocument?.querySelectorAll('.text')[0]?.textContent).to.equal(XSS);
    frame.remove();
  });

  it('is accessible (axe)', async () => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    host.append(
      document.adoptNode(doc.querySelector('style')!),
      document.adoptNode(doc.querySelector('main')!),
    );
    await expect(host).to.be.accessible();
  });

  it('round-trips through JSON and still verifies', () => {
    expect(verifyDossier(dossierToJson(dossier)).ok).to.equal(true);
  });
});
