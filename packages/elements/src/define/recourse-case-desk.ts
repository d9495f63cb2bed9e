import { RecourseCaseDesk } from '../components/case-desk/case-desk';
import { defineOnce } from '../internal/define';

defineOnce('case-desk', RecourseCaseDesk);

declare global {
  interface HTMLElementTagNameMap {
    'recourse-case-desk': RecourseCaseDesk;
  }
}
