// The tracker's floor at its own design: what any first paint of the whole case must do, and
// nothing of the tracker's code. It starts the reads the tracker's first paint starts (the
// configuration and the case with its events, in parallel), waits for the case as the tracker
// does, checks it with the very check the tracker's first paint uses (`checkReporterCaseWithEvents`
// of `@recourse/core/lite`: generated from the contract, no zod), then renders the whole case's
// markup through one template with its styles. bench/render.ts captures that markup and those
// styles from the packed tracker (its shadow root as it first paints the bench's case, English)
// before measuring and writes them to ./static-case.data.ts. The tracker's ratio to this page is
// what its own code (its views, words, state and dates) costs above fetching, checking and
// drawing the case; this page's ratio to the bare page is the least any tracker showing the
// whole case, checked, can reach.
import { checkReporterCaseWithEvents } from '@recourse/core/lite';
import { html, LitElement, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { trackerReads } from './get';
import { CSS, MARKUP } from './static-case.data';

class BenchStaticCase extends LitElement {
  static override styles = unsafeCSS(CSS);
  static override properties = { shown: { state: true } };
  declare shown: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    // Both reads start; only the case is waited for, as in the tracker's first paint.
    const [, withEvents] = trackerReads(new URLSearchParams(location.hash.slice(1)));
    void withEvents.then((body) => {
      if (!checkReporterCaseWithEvents(body)) throw new Error('the case does not match the contract');
      this.shown = true;
      this.dispatchEvent(new Event('bench-read'));
    });
  }

  override render() {
    return this.shown ? html`${unsafeHTML(MARKUP)}` : html`<section aria-busy="true"></section>`;
  }
}
customElements.define('bench-static-case', BenchStaticCase);
