/**
 * The tracker's containment actions, beside its main controller: reads the credential list once a
 * case reaches the confirmation step, sends the keep/remove review and the owner's release of a
 * lock (one key per action through {@link SubmitController}), and moves the focus. It changes the
 * tracker's state only through the main controller's `dispatch`, with the same events.
 * @module
 */
import type { CaseUpdated } from '@recourse/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SubmitController } from '../../controllers/submit-controller';
import type { Lang } from '../../i18n/lang';
import type { TrackerFirst } from './case-tracker.first';
import { trackerCode } from './case-tracker.open.model';
import type {
  CaseTrackerClient,
  ContainmentActions,
  CredentialList,
  TrackerEvent,
  TrackerState,
} from './case-tracker.state';

/** What the containment controller reads from its host and the main controller. */
export interface ContainmentDeps {
  /** The tracker's state (the main controller's). */
  state(): TrackerState;
  /** Applies an event to it (the main controller's `dispatch`). */
  dispatch(event: TrackerEvent): void;
  /** Reloads the case (the main controller's `refresh`). */
  refresh(): Promise<void>;
  client(): CaseTrackerClient;
  /** The reporter's access token (memory only). */
  token(): string;
  lang(): Lang;
  /** Focuses an element of the host's view (a selector). */
  focus(selector: string): void;
}

/** Owns the containment actions. */
export class CaseTrackerContainmentController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #deps: ContainmentDeps;
  readonly #submit: SubmitController;
  #focus?: string;

  /** The actions, bound: the views call them. */
  readonly actions: ContainmentActions = {
    markCredential: (id, decision) => this.#deps.dispatch({ type: 'mark', id, decision }),
    reviewCredentials: () => void this.#review(),
    openRelease: (open) => {
      this.#deps.dispatch({ type: 'drafts', drafts: { releaseOpen: open } });
      this.#focus = open ? '#release-h' : '#release-open';
    },
    releaseLock: () => void this.#release(),
  };

  /** The first paint's models and words (ADR 0036). */
  readonly #first: TrackerFirst;

  /** @param first - the first paint's module, already loaded (see `CaseTrackerController`) */
  constructor(host: ReactiveControllerHost & EventTarget, deps: ContainmentDeps, first: TrackerFirst) {
    this.#host = host;
    this.#deps = deps;
    this.#first = first;
    this.#submit = new SubmitController(host, { refresh: () => void deps.refresh() });
    host.addController(this);
  }

  hostUpdated(): void {
    this.#offerReview();
    const selector = this.#focus;
    this.#focus = undefined;
    if (selector) this.#deps.focus(selector);
  }

  /** Reads the credential list once a case reaches the confirmation step (see `reviewOffered`). */
  #offerReview(): void {
    const state = this.#deps.state();
    const shown = this.#first.shownCase(state);
    const list = this.#deps.client().listCredentials;
    if (!shown || !list || state.credentials?.caseId === shown.view.id) return;
    const restored = this.#first.publicEntries(state).some((e) => e.type === 'account_restored');
    if (!this.#first.reviewOffered(shown.view, restored)) return;
    const caseId = shown.view.id;
    const set = (status: CredentialList['status'], found: CredentialList['list'] = []) =>
      this.#deps.dispatch({
        type: 'credentials',
        credentials: { caseId, status, list: found, reviewed: {} },
      });
    set('loading');
    list(caseId, this.#deps.token()).then(
      (answer) => {
        if (this.#deps.state().credentials?.caseId === caseId) set('loaded', answer.credentials);
      },
      () => {
        if (this.#deps.state().credentials?.caseId === caseId) set('failed');
      },
    );
  }

  /** Sends the credential review: every credential marked keep or remove. */
  async #review(): Promise<void> {
    const state = this.#deps.state();
    const shown = this.#first.shownCase(state);
    const credentials = state.credentials;
    const review = this.#deps.client().reviewCredentials;
    if (!shown || !credentials || !review) return;
    const decisions = this.#first.reviewDecisions(credentials.list, state.drafts.credentialMarks);
    if (!decisions) return;
    const token = this.#deps.token();
    const sent = await this.#update(
      'credentials',
      (key) => review(shown.view.id, token, decisions, { idempotencyKey: key }),
      this.#words().credentials.sent,
    );
    if (!sent) return;
    const reviewed = Object.fromEntries(decisions.map((d) => [d.id, d.decision]));
    this.#deps.dispatch({ type: 'credentials', credentials: { ...credentials, reviewed } });
  }

  /** Asks to lift the lock after the cooling-off. */
  async #release(): Promise<void> {
    const shown = this.#first.shownCase(this.#deps.state());
    const release = this.#deps.client().requestLockRelease;
    if (!shown || !release) return;
    const token = this.#deps.token();
    const sent = await this.#update(
      'release',
      (key) => release(shown.view.id, token, { idempotencyKey: key }),
      this.#words().containment.releaseSent,
    );
    if (!sent) return;
    this.#deps.dispatch({ type: 'drafts', drafts: { releaseOpen: false } });
    this.#focus = '#containment-h';
    this.#host.requestUpdate();
  }

  #words() {
    return this.#first.CASE_TRACKER_CATALOGS[this.#deps.lang()];
  }

  /**
   * Runs a call that answers with the case, under the action `id` (its key lasts until a definite
   * answer), while no other action of the tracker is under way. A refusal (a release already
   * pending, the review closed) is said and the case reloaded. @returns whether it was accepted
   */
  async #update(id: string, call: (key: string) => Promise<CaseUpdated>, done: string): Promise<boolean> {
    if (this.#deps.state().phase !== 'case' || this.#submit.busy !== null) return false;
    this.#deps.dispatch({ type: 'sending', action: id });
    const result = await this.#submit.run(id, call);
    this.#deps.dispatch({ type: 'settled' });
    if (!result) return false;
    if (!result.ok) {
      const { code, problem } = result.error;
      const shown = trackerCode(result.error);
      this.#deps.dispatch({ type: 'failed', problem: shown });
      this.#host.dispatchEvent(this.#first.errorEvent(shown, problem));
      if (problem && code !== 'rejected') void this.#deps.refresh();
      return false;
    }
    this.#deps.dispatch({ type: 'changed', view: result.value.case, entries: [], announcement: done });
    return true;
  }
}
