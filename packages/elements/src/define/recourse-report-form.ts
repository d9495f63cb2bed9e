import { RecourseReportForm } from '../components/report-form/report-form';
import { prefixed } from '../internal/prefix';

const tag = prefixed('report-form');
if (!customElements.get(tag)) customElements.define(tag, RecourseReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'recourse-report-form': RecourseReportForm;
  }
}
