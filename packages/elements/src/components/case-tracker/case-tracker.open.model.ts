/**
 * Rules the tracker's controller applies when it opens a case and sends: what it says of an
 * error, the host's configuration checked like a server's answer, the case in two reads for a
 * client without `getCaseWithEvents`, and what it announces once a draft was sent. Pure, no
 * state of its own. Lazy side only: nothing here is imported by the first paint (ADR 0036).
 * @module
 */
import { platformConfigSchema, RecourseProtocolError } from '@recourse/core';
import type { SubmitError } from '../../controllers/submit-controller';
import type { CaseTrackerCatalog, TrackerErrorCode } from './case-tracker.i18n';
import type { DraftCommand } from './case-tracker.model';
import type { CaseTrackerClient, TrackerConfig } from './case-tracker.state';

/** The parts of the configuration the tracker shows (the reset link, file limits, outside bodies). */
export const TRACKER_CONFIG_PARTS = ['passwordResetUrl', 'attachments', 'outsideBodies'] as const;

/**
 * What the tracker says of a classified error (see `classifyError`): a refused or unknown link is
 * "not found", the rest as classified; `otherwise` replaces a plain failure (an upload's).
 */
export function trackerCode({ code }: SubmitError, otherwise: TrackerErrorCode = 'failed'): TrackerErrorCode {
  if (code === 'unauthorized' || code === 'not_found') return 'not_found';
  return code === 'rejected' || code === 'network' ? code : otherwise;
}

/** Whether an error is an answer that did not match the contract (not a network failure). */
export const isProtocolError = (error: unknown) =>
  (error as { name?: string } | null)?.name === 'RecourseProtocolError';

/** The host's `config`, checked for the parts the tracker shows, as a server's answer would be. */
export async function checkGivenConfig(given: unknown): Promise<TrackerConfig> {
  const checked = platformConfigSchema(TRACKER_CONFIG_PARTS).safeParse(given);
  if (!checked.success) throw new RecourseProtocolError('invalid_body', 200);
  return checked.data;
}

/** A custom client without `getCaseWithEvents`: the case and its chain in two reads. */
export async function openInTwoReads(client: CaseTrackerClient, id: string, token: string) {
  const [view, events] = await Promise.all([client.getCase(id, token), client.listEvents(id, token, 0)]);
  return { ...view, events };
}

/** What the tracker announces once the server accepted a draft of `kind`. */
export function sentWords(w: CaseTrackerCatalog, kind: DraftCommand): string {
  return {
    message: w.thread.sent,
    confirm: w.checklist.confirmed,
    dispute: w.checklist.disputed,
    claim: w.claim.sent,
    complaint: w.complaint.sent,
    escalate: w.complaint.escalated,
  }[kind];
}
