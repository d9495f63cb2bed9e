/**
 * The language an element speaks, kept current: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`, mapped to a shipped or registered language. One
 * MutationObserver per document watches every `lang` attribute and asks the controllers to
 * re-resolve; a change re-renders the host, and so does a language registered, loaded or
 * overridden (`onTranslationChange`). The host's `dir` follows the language (`rtl` for Arabic)
 * unless the page set the host's `dir` itself.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, type Lang, resolveLang } from '../i18n/lang';
import { onTranslationChange } from '../i18n/registry';

const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onTranslationChange(() => {
    for (const controller of controllers) controller.refresh(true);
  });
}

/** Resolves and tracks the language of a host element. */
export class LangController implements ReactiveController {
  /** The current language. */
  lang: Lang = 'en';
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** The `dir` this controller wrote on the host (none when the page set it). */
  private dir: string | undefined;

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

  hostUpdate(): void {
    const own = this.host.getAttribute('dir');
    if (own !== null && own !== this.dir) return; // the page chose the direction
    this.dir = directionOf(this.lang);
    if (own !== this.dir) this.host.setAttribute('dir', this.dir);
  }

  /**
   * Re-resolves the language; requests an update when it changed, or always when `words` (the
   * registry changed). Shadow roots are not observed: set `lang` on the host or an ancestor in
   * the light DOM.
   */
  refresh(words = false): void {
    const next = resolveLang(this.host);
    if (next !== this.lang || words) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }
}
