/**
 * Registers every widget a person meets: `<recourse-report-form>`, `<recourse-case-tracker>` and
 * `<recourse-totp-setup>`. A tag already defined (by the host or another copy) is left alone.
 * The support desk is for agents and registers on its own (`@recourse/elements/define/case-desk`).
 *
 * The calls are made here rather than by importing `./recourse-*`: a module shared by two entries
 * lands in a shared chunk, and a registration inside a chunk that `sideEffects` does not list
 * would be dropped by the host's bundler. Class modules are pure, so sharing them is safe.
 * @module
 */
import { RecourseCaseTracker } from '../components/case-tracker/case-tracker';
import { RecourseReportForm } from '../components/report-form/report-form';
import { RecourseTotpSetup } from '../components/totp-setup/totp-setup';
import { defineOnce } from '../internal/define';

defineOnce('report-form', RecourseReportForm);
defineOnce('case-tracker', RecourseCaseTracker);
defineOnce('totp-setup', RecourseTotpSetup);

declare global {
  interface HTMLElementTagNameMap {
    'recourse-report-form': RecourseReportForm;
    'recourse-case-tracker': RecourseCaseTracker;
    'recourse-totp-setup': RecourseTotpSetup;
  }
}
