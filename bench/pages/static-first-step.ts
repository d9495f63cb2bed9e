// The report form's floor: its first step as a static Lit template, with nothing of the form's
// code (no state, controllers, words lookup, draft or triage). bench/render.ts captures the real
// form's first step (its shadow root's markup and its adopted style sheets, rendered in English)
// from the same packed packages before measuring, and writes them to
// ./static-first-step.data.ts; this element renders that markup through one template and adopts
// those styles. The form's ratio to this page is what its own code costs above its markup.
import { html, LitElement, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { CSS, MARKUP } from './static-first-step.data';

class BenchStaticFirstStep extends LitElement {
  static override styles = unsafeCSS(CSS);
  override render() {
    return html`${unsafeHTML(MARKUP)}`;
  }
}
customElements.define('bench-static-first-step', BenchStaticFirstStep);
