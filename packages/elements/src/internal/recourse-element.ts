/**
 * The base of every Recourse element, as `ShoelaceElement`/`WebAwesomeElement` are theirs: the
 * plumbing each widget used to copy (API base, `fetch`, the default client, colour scheme,
 * language, lazy chunks) written once. Kept tiny: it sits in the initial chunk of every widget.
 * @module
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { LangController } from '../controllers/lang-controller';
import type { Lang } from '../i18n/lang';

/** What a default client is made from: the API base and, when the host gave one, its `fetch`. */
export interface ClientOptions {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * A loader run once and shared: a dynamic `import()` (or any promise) is started on the first
 * call, every later call gets the same promise; after a failure the next call tries again.
 * @param load - starts the load
 */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/** The shared base of Recourse elements (API base, `fetch`, client, scheme, language). */
export class RecourseElement extends LitElement {
  // Declared without decorators, as the report form is: its first load then carries neither
  // Lit's decorators module nor the decorator helper (docs/adr/0037).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    scheme: { reflect: true },
    fetch: { attribute: false },
  };

  /** API base URL; default this page's origin. */
  apiBase = '';

  /** Force a colour scheme; otherwise the page's `color-scheme` applies. */
  scheme?: 'light' | 'dark';

  /** A `fetch` for the default client (tests, proxies). */
  fetch?: typeof globalThis.fetch;

  readonly #lang = new LangController(this);
  #made?: { key: string; fetch?: typeof globalThis.fetch; client: unknown };

  /** The language this element speaks (its `lang`, an ancestor's, `<html lang>`, else English). */
  protected get language(): Lang {
    return this.#lang.lang;
  }

  /**
   * The default client, made once per API base and `fetch` (a change of either makes a new one).
   * @param make - builds a client from the options (core's `createRecourseClient`, or a loader's)
   */
  protected defaultClient<C>(make: (options: ClientOptions) => C): C {
    const baseUrl = this.apiBase || location.origin;
    const made = this.#made;
    if (made?.key === baseUrl && made.fetch === this.fetch) return made.client as C;
    const client = make(this.fetch ? { baseUrl, fetch: this.fetch } : { baseUrl });
    this.#made = { key: baseUrl, fetch: this.fetch, client };
    return client;
  }
}
