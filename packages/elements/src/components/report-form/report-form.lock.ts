/**
 * The report form's lock offer ("Lock my account now"), the part in the initial bundle: where
 * and when the offer shows, and the lock link's token taken from the address bar; it makes the
 * offer's controller at its first render and renders the offer's view with the controller's
 * state and actions (`report-form.lock.state.ts`). The offer itself (its controller, view and
 * words: `report-form.lock.{controller,view}.ts`, `i18n/lock.*.ts`) comes with the form's lazy
 * chunk (`report-form.lazy.ts`, which also brings the client it needs; asked for through the host,
 * so that this module imports nothing of it), loaded at once on a page
 * opened from a lock link (`#lock=<token>`), else on idle or at the first input, before the
 * answers that make the offer due (money moved, cannot sign in). A chunk of its own would split
 * the modules it shares with the first step into one more initial chunk (+0.9 kB gzip measured).
 * @internal
 * @module
 */
import { nothing } from 'lit';
import type { Lang } from '../../i18n/lang';
import type { LockOfferController } from './report-form.lock.controller';
import type { FormValues } from './report-form.model';
import type { ReportFormLazy } from './report-form.state';

/** What the offer needs of the form's state holder (`ReportFormHost` has it). */
export interface LockOfferHost {
  readonly el: {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly trackingUrl?: string;
    readonly updateComplete: Promise<boolean>;
    requestUpdate(): void;
    addController(controller: object): void;
  };
  readonly values: FormValues;
  readonly currentLang: Lang;
  /** The form's lazy chunk once loaded (it carries the offer's controller, view and words). */
  readonly view?: Pick<ReportFormLazy, 'LockOfferController' | 'renderLockOffer' | 'LOCK_OFFER_WORDS'>;
  /** Loads the form's lazy chunk (once; `view` is set and the form renders again). */
  loadTemplates(): Promise<void>;
  getClient(): Promise<unknown>;
}

/** One form's offer: the lock link's token (memory only) and, once loaded, its controller. */
export interface LockOfferSlot {
  token: string | undefined;
  /** Where the offer shows: first on a page opened from a lock link, else after the triage. */
  place: 'first' | 'triage';
  /** The offer's controller (`report-form.lock.controller.ts`), made at its first render. */
  controller?: LockOfferController;
}

/**
 * Takes a lock link's token from the address bar's fragment (`#lock=<token>`, never sent to a
 * server by the browser) and removes it from the address bar at once with `replaceState` (so the
 * first form on the page takes it). The token lives in memory only: never in storage, a draft
 * or a URL again.
 */
export function takeLockToken(): string | undefined {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('lock');
  if (token === null) return undefined;
  params.delete('lock');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return /^[A-Za-z0-9_-]{22,256}$/.test(token) ? token : undefined;
}

const slots = new WeakMap<object, LockOfferSlot>();

/**
 * The lock offer at `where` in the first step: first on a page opened from a lock link; after
 * the triage when money moved or the person cannot sign in (and, once used, it stays). Renders
 * nothing until its chunk has arrived (then the form renders again).
 * @param host - the form's state holder
 * @param where - `first` (top of the step) or `triage` (after what to do now)
 */
export function lockOffer(host: LockOfferHost, where: 'first' | 'triage'): unknown {
  let slot = slots.get(host.el);
  if (!slot) {
    const token = takeLockToken();
    slot = { token, place: token ? 'first' : 'triage' };
    slots.set(host.el, slot);
  }
  if (slot.place !== where) return nothing;
  const { access, triage } = host.values;
  const due =
    where === 'first' ||
    triage.moneyMoved === 'yes' ||
    access.canSignIn === 'no' ||
    (slot.controller !== undefined && slot.controller.state.phase !== 'offer');
  if (!due) return nothing;
  const view = host.view;
  if (!view) {
    void host.loadTemplates();
    return nothing;
  }
  slot.controller ??= new view.LockOfferController(host, slot);
  const { state, actions } = slot.controller;
  return view.renderLockOffer(state, actions, view.LOCK_OFFER_WORDS[host.currentLang]);
}
