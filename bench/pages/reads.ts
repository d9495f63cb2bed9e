// The element of the floor pages (bench/pages/bare-lit-reads.ts, bench/pages/checked-reads.ts):
// one bare Lit element that makes the reads a data widget's first screen needs (plain `fetch` and
// `JSON.parse`: no client, no words) and shows what they hold, dates formatted from the `Date`
// getters (no `Intl`, as the widgets' first screens since ADR 0033).
//   reads="case"  the tracker's: the configuration and the case with its events, in parallel
//                 (`#case=…&token=…`)
//   reads="totp"  the TOTP set-up's: the factor's status (session cookie)
//   reads="desk"  the desk's: the first queue page (`#agent=…`)
import { html, LitElement, type TemplateResult } from 'lit';
import { getJson, trackerReads } from './get';

/** The fields of the answers this page shows (read as JSON). */
export interface Json {
  platform?: { name: string };
  number?: string;
  status?: string;
  state?: string;
  updatedAt?: string;
  deadlines?: { code: string; due: string }[];
  entries?: { type?: string; at?: string; redacted?: true }[];
  events?: Json;
  items?: Json[];
}

const READS: Record<string, (p: URLSearchParams) => Promise<unknown[]>> = {
  case: (p) => Promise.all(trackerReads(p)),
  totp: () => Promise.all([getJson('/v1/2fa/totp/status', undefined, 'include')]),
  desk: (p) => Promise.all([getJson('/v1/desk/cases', p.get('agent') ?? '')]),
};

const pad = (n: number) => String(n).padStart(2, '0');
/** "2026-12-02 14:05" in the reader's time zone. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The floor element: `reads` picks the reads; a subclass may check the answers (`check`). */
export class BenchReads extends LitElement {
  static override properties = { data: { state: true } };
  declare data?: Json[];

  override connectedCallback(): void {
    super.connectedCallback();
    const read = READS[this.getAttribute('reads') ?? ''];
    if (!read) throw new Error('reads: case, totp or desk');
    void read(new URLSearchParams(location.hash.slice(1))).then((data) => {
      this.data = this.check(this.getAttribute('reads') ?? '', data);
      this.dispatchEvent(new Event('bench-read'));
    });
  }

  /** The answers as shown; the plain floor takes them as parsed, unchecked. */
  protected check(_reads: string, data: unknown[]): Json[] {
    return data as Json[];
  }

  override render(): TemplateResult {
    const data = this.data;
    if (!data) return html`<p>Loading…</p>`;
    // Local dates from the `Date` getters, no `Intl`: the widgets' shipped languages need none on
    // their first screen (ADR 0033), so neither does their floor.
    const date = () => ({ format: localDate });
    switch (this.getAttribute('reads')) {
      case 'case': {
        const [config = {}, view = {}] = data;
        const events = view.events ?? {};
        const d = date();
        return html`<h2>${config.platform?.name}: case ${view.number}</h2>
          <p>${view.status} · ${d.format(new Date(view.updatedAt ?? 0))}</p>
          <ul>
            ${(view.deadlines ?? []).map((x) => html`<li>${x.code}: ${d.format(new Date(x.due))}</li>`)}
          </ul>
          <ol>
            ${(events.entries ?? []).map((e) => html`<li>${e.redacted ? '—' : `${e.type} ${d.format(new Date(e.at ?? 0))}`}</li>`)}
          </ol>`;
      }
      case 'totp': {
        const [status = {}] = data;
        return html`<h2>Two-step verification</h2>
          <p>${status.state}</p>
          <button type="button">Set up</button>`;
      }
      default: {
        const [page = {}] = data;
        const d = date();
        return html`<table>
          <tbody>
            ${(page.items ?? []).map(
              (c) =>
                html`<tr><td>${c.number}</td><td>${c.state}</td><td>${d.format(new Date(c.updatedAt ?? 0))}</td></tr>`,
            )}
          </tbody>
        </table>`;
      }
    }
  }
}
