/**
 * The printable dossier's own words in English: the source catalog (statuses, states and events
 * come from the domain vocabulary). Its type is the catalog type; every other language is typed
 * by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type { CommunicationKind, DossierLabels } from '@recourse/core';

/** The dossier's own words in one language. */
export type DossierWords = Omit<DossierLabels, 'statuses' | 'states' | 'events' | 'roles' | 'fields'> & {
  communicationKinds: Record<CommunicationKind, string>;
  /** Roles as a third party reads them (not "You"). */
  roles: Record<'reporter' | 'agent' | 'system', string>;
};

export const en: DossierWords = {
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
