/**
 * The language an element speaks, kept current: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`. One MutationObserver per document watches every
 * `lang` attribute and asks the controllers to re-resolve; a change re-renders the host.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Lang, resolveLang } from '../i18n/lang';

const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Resolves and tracks the language of a host element. */
export class LangController implements ReactiveController {
  /** The current language. */
  lang: Lang = 'en';
  private readonly host: ReactiveControllerHost & HTMLElement;

  /** @param host - the element; it must be an `HTMLElement` */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watch();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolves the language; requests an update when it changed. (Shadow roots are not observed: set `lang` on the host or an ancestor in the light DOM.) */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }
}
