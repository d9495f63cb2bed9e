import { RecourseCaseTracker } from '../components/case-tracker/case-tracker';
import { defineOnce } from '../internal/define';

defineOnce('case-tracker', RecourseCaseTracker);

declare global {
  interface HTMLElementTagNameMap {
    'recourse-case-tracker': RecourseCaseTracker;
  }
}
