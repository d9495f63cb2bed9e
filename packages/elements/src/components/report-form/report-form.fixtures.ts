/**
 * Test and story helpers for the report form (never in a bundle).
 * @module
 */
import type { RecourseReportForm } from './report-form';
import type { ReportFormHost } from './report-form.host.controller';

/**
 * The form's state controller, for tests and stories that set up a step faster than typing
 * through every earlier one. Prefer driving the DOM; this reaches past the public surface.
 * @param el - a connected report form
 */
export function hostOf(el: RecourseReportForm): ReportFormHost {
  return (el as unknown as { form: ReportFormHost }).form;
}
