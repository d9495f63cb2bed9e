// The baseline page of the first-render figure: one bare Lit element with a heading.
import { html, LitElement } from 'lit';

class BenchBareLit extends LitElement {
  override render() {
    return html`<h2>Report a problem with your account</h2>`;
  }
}
customElements.define('bench-bare-lit', BenchBareLit);
