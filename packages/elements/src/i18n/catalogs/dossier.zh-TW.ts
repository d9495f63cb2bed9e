// TODO(translate): an English copy. Translate every string into Traditional Chinese, then delete this line.
/**
 * The printable dossier's own words in Traditional Chinese.
 * Typed by the English catalog (`dossier.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DossierWords } from './dossier.en';

export const zhTW: DossierWords = {
  title: 'Account takeover case file',
  intro:
    'This document lists a report of a stolen account, every step taken on it, the evidence and the messages exchanged. Each timeline entry carries a SHA-256 hash chained to the one before, so any change, removal or reordering can be detected. Internal entries of the support team are listed without their content.',
  caseNumber: 'Case number',
  createdAt: 'Reported on',
  generatedAt: 'File made on',
  status: 'Status',
  state: 'Stage',
  report: 'The report',
  timeline: 'Timeline',
  chainVerified: 'The timeline verifies: every entry is linked to the one before it. Last hash: {head}',
  chainBroken: 'The timeline does NOT verify: entry {seq} was changed, removed or moved.',
  seq: 'No.',
  when: 'When',
  who: 'Who',
  what: 'What happened',
  details: 'Details',
  redacted: 'Internal entry of the support team (content not shared)',
  evidence: 'Evidence',
  noEvidence: 'No files were attached.',
  fileName: 'File',
  mediaType: 'Type',
  size: 'Size (bytes)',
  sha256: 'SHA-256',
  inTimeline: 'In the timeline',
  recordedIn: 'Recorded in entry {seq}',
  notRecorded: 'Not recorded in the timeline',
  communications: 'Messages',
  noCommunications: 'No messages were exchanged.',
  communicationKinds: {
    message: 'Message',
    request: 'Request for information',
    answer: 'Answer',
    complaint: 'Complaint',
    complaint_answer: 'Answer to the complaint',
  },
  roles: { reporter: 'Account holder', agent: 'Support', system: 'Automatic' },
};
