/**
 * The controller of `<recourse-case-desk>`: the only thing that changes the desk's state. It
 * loads the queue and cases, sends commands (through {@link SubmitController}: one key per
 * command, refresh when the workflow refused), checks downloads, follows the live stream
 * (through {@link LiveController}) and fires the desk's events on the host. It knows the host
 * only as a Lit controller host that is an event target, plus {@link DeskDeps}.
 * @module
 */
import {
  type AgentCommandType,
  type DeskCasesFilter,
  type DeskCasesPage,
  type DeskCaseView,
  newIdempotencyKey,
  verifyChain,
} from '@recourse/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LiveController } from '../../controllers/live-controller';
import { classifyError, SubmitController, type SubmitError } from '../../controllers/submit-controller';
import { RecourseDeskCommandEvent, RecourseDeskErrorEvent } from '../../events/case-desk-events';
import { sha256Hex } from '../../internal/files';
import type { DeskFirst } from './case-desk.first';
import type { CaseDeskCatalog } from './case-desk.i18n';
import {
  type CaseDeskClient,
  DEADLINE_NEAR_MS,
  type DeskEvent,
  type DeskFilters,
  type DeskState,
  INITIAL_STATE,
  openCaseId,
  type QueueQuery,
  reduce,
  shownCase,
} from './case-desk.state';

export { DEADLINE_NEAR_MS } from './case-desk.state';

/** What the controller reads from its host, each read when needed. */
export interface DeskDeps {
  client(): CaseDeskClient;
  /** The agent credential (`''`: none). */
  agentKey(): string;
  pageSize(): number;
  /** Seconds between reloads while the live stream is down; 0: none. */
  pollInterval(): number;
  now(): Date;
  /** The words of announcements. */
  words(): CaseDeskCatalog;
  /** Focuses an element of the host's view (a selector). */
  focus(selector: string): void;
  /** Hands a downloaded file to the agent. */
  save(bytes: Uint8Array, name: string): void;
}

/** What the views may ask of the desk. */
export interface DeskActions {
  reload(): void;
  applyFilters(filters: DeskFilters): void;
  page(where: 'first' | 'previous' | 'next'): void;
  openCase(id: string): void;
  closeCase(): void;
  setValue(command: AgentCommandType, field: string, value: string): void;
  send(command: AgentCommandType): void;
  download(attachmentId: string): void;
}

/** Owns and changes the desk's state. */
export class CaseDeskController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #deps: DeskDeps;
  readonly #submit: SubmitController;
  readonly #live: LiveController<{ caseId: string } | null>;
  #state: DeskState = INITIAL_STATE;
  #focus?: string;

  /** The actions, bound: the views call them. */
  readonly actions: DeskActions = {
    reload: () => void this.reload(),
    applyFilters: (filters) => void this.#loadQueue({ filters, before: [] }),
    page: (where) => void this.#page(where),
    openCase: (id) => void this.#openCase(id),
    closeCase: () => {
      this.#focus = '#queue-heading';
      void this.#loadQueue(this.#state.query);
    },
    setValue: (command, field, value) => this.#apply({ type: 'value', command, field, value }),
    send: (command) => void this.#send(command),
    download: (id) => void this.#download(id),
  };

  /** The first paint's command builder, formats and `interpolate` (ADR 0036). */
  readonly #first: DeskFirst;

  /**
   * @param first - the first paint's module, already loaded: taken at run time rather than
   *   imported, so that the first paint needs no chunk shared with this one
   */
  constructor(host: ReactiveControllerHost & EventTarget, deps: DeskDeps, first: DeskFirst) {
    this.#host = host;
    this.#deps = deps;
    this.#first = first;
    host.addController(this);
    this.#submit = new SubmitController(host, {
      refresh: () => {
        const id = openCaseId(this.#state);
        if (id) void this.#openCase(id, true);
      },
    });
    this.#live = new LiveController(host, {
      subscribe: (onChange, callbacks) => {
        const client = deps.client();
        const key = deps.agentKey();
        return key && client.subscribeDesk ? client.subscribeDesk(key, onChange, callbacks) : undefined;
      },
      relevant: (change) => {
        const open = openCaseId(this.#state);
        return !change || !open || change.caseId === open;
      },
      reload: () => void this.reload(true),
      busy: () => this.#submit.busy !== null,
      interval: () => deps.pollInterval(),
    });
  }

  /** The current state. */
  get state(): DeskState {
    return this.#state;
  }

  /** Moves focus where the last change asked (the case's heading, back to the queue's). */
  hostUpdated(): void {
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus) this.#deps.focus(focus);
  }

  /**
   * Starts (again) with the current credential: the given case, else the queue; and the live
   * stream. Without a credential the desk is signed out.
   * @param shown - the queue's first page as the first paint showed it (its answer checked against
   *   the contract, for this credential): taken as read, then followed
   */
  start(caseId: string, shown?: DeskCasesPage): void {
    this.#live.restart();
    if (!this.#deps.agentKey()) {
      this.#apply({ type: 'signed-out' });
      return;
    }
    if (caseId) void this.#openCase(caseId);
    else if (shown) {
      this.#apply({ type: 'queue-asked', query: this.#state.query });
      this.#apply({ type: 'queue-loaded', page: shown, at: this.#deps.now(), quiet: false });
    } else void this.#loadQueue(this.#state.query);
  }

  /** Reloads the open case, else the queue page. Quiet: no busy state, and skipped during a command. */
  async reload(quiet = false): Promise<void> {
    if (!this.#deps.agentKey() || (quiet && this.#submit.busy !== null)) return;
    const id = openCaseId(this.#state);
    if (id) await this.#openCase(id, quiet);
    else await this.#loadQueue(this.#state.query, quiet);
  }

  #apply(event: DeskEvent): void {
    const next = reduce(this.#state, event);
    if (next === this.#state) return;
    this.#state = next;
    this.#host.requestUpdate();
  }

  async #loadQueue(query: QueueQuery, quiet = false): Promise<void> {
    const key = this.#deps.agentKey();
    if (!key) return;
    if (!quiet) this.#apply({ type: 'queue-asked', query });
    const { filters: f, cursor } = query;
    const filter: DeskCasesFilter = { limit: this.#deps.pageSize() };
    if (f.state) filter.state = f.state;
    if (f.priority) filter.priority = f.priority;
    if (f.waiting) filter.waiting = true;
    // "Deadline near" is a server filter, so every page is full and paging stays keyset.
    if (f.deadlineNear)
      filter.deadlineBefore = new Date(this.#deps.now().getTime() + DEADLINE_NEAR_MS).toISOString();
    if (cursor) filter.cursor = cursor;
    try {
      const page = await this.#deps.client().listDeskCases(key, filter);
      this.#apply({ type: 'queue-loaded', page, at: this.#deps.now(), quiet });
    } catch (error) {
      this.#fail(classifyError(error));
    }
  }

  #page(where: 'first' | 'previous' | 'next'): Promise<void> {
    const { query, page } = this.#state;
    const { cursor, before } = query;
    let next: QueueQuery = { ...query, cursor: undefined, before: [] };
    if (where === 'next' && page?.nextCursor)
      next = { ...query, cursor: page.nextCursor, before: [...before, cursor] };
    else if (where === 'previous' && before.length)
      next = { ...query, cursor: before.at(-1), before: before.slice(0, -1) };
    else if (where !== 'first') next = query;
    return this.#loadQueue(next);
  }

  async #openCase(id: string, quiet = false): Promise<void> {
    const key = this.#deps.agentKey();
    if (!key) return;
    const first = openCaseId(this.#state) !== id || !shownCase(this.#state);
    if (!quiet) this.#apply({ type: 'case-asked', caseId: id });
    try {
      const view = await this.#deps.client().getDeskCase(id, key);
      this.#apply({ type: 'case-loaded', ...this.#checked(view), quiet });
      if (first && !quiet) this.#focus = '#case-heading';
    } catch (error) {
      this.#fail(classifyError(error));
    }
  }

  #checked(view: DeskCaseView) {
    return {
      view,
      verification: verifyChain(view.entries, { expectedHead: view.head.hash }),
      at: this.#deps.now(),
    };
  }

  async #send(type: AgentCommandType): Promise<void> {
    const open = shownCase(this.#state);
    if (!open || this.#submit.busy !== null) return;
    const { view } = open;
    const assets = this.#first.claimTotals(view.entries).map((x) => x.asset);
    const command = this.#first.buildCommand(
      type,
      open.values[type] ?? {},
      assets,
      () => `req-${newIdempotencyKey().slice(0, 12)}`,
    );
    if (!command) {
      this.#apply({ type: 'failed', problem: 'invalid' });
      return;
    }
    this.#apply({ type: 'sending', command: type });
    const result = await this.#submit.run(`${view.id}:${type}`, (idempotencyKey) =>
      this.#deps.client().sendDeskCommand(view.id, this.#deps.agentKey(), command, { idempotencyKey }),
    );
    if (!result) return;
    if (!result.ok) {
      this.#fail(result.error);
      return;
    }
    const done = result.value.case;
    const t = this.#deps.words();
    this.#apply({
      type: 'sent',
      command: type,
      ...this.#checked(done),
      announcement: this.#first.interpolate(t.case.sent, { command: t.commands[type] }),
    });
    this.#host.dispatchEvent(
      new RecourseDeskCommandEvent({ caseId: view.id, command: type, state: done.state }),
    );
  }

  async #download(attachmentId: string): Promise<void> {
    const open = shownCase(this.#state);
    const meta = open?.view.attachments.find((a) => a.id === attachmentId);
    if (!open || !meta) return;
    try {
      const file = await this.#deps
        .client()
        .downloadDeskAttachment(open.view.id, this.#deps.agentKey(), attachmentId);
      const ok = (await sha256Hex(file.bytes)) === meta.sha256;
      const t = this.#deps.words().case;
      this.#apply({
        type: 'hash-checked',
        attachmentId,
        ok,
        announcement: this.#first.interpolate(ok ? t.hashOk : t.hashBad, { name: meta.name }),
      });
      this.#deps.save(file.bytes, meta.name);
    } catch (error) {
      this.#fail(classifyError(error));
    }
  }

  #fail(error: SubmitError): void {
    this.#apply({ type: 'failed', problem: error.code });
    this.#host.dispatchEvent(new RecourseDeskErrorEvent(error));
  }
}
