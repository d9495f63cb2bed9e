import { RecourseTotpSetup } from '../components/totp-setup/totp-setup';
import { prefixed } from '../internal/prefix';

const tag = prefixed('totp-setup');
if (!customElements.get(tag)) customElements.define(tag, RecourseTotpSetup);

declare global {
  interface HTMLElementTagNameMap {
    'recourse-totp-setup': RecourseTotpSetup;
  }
}
