// Test-only labels: core has no display text, so its tests pass words of their own.
import { CUSTOMER_STATUSES, EVENT_TYPES, MAIN_STATES, ROLES } from '../workflow/index';
import { COMMUNICATION_KINDS, type DossierLabels } from './dossier';

const tokens = <K extends string>(keys: readonly K[], prefix: string) =>
  Object.fromEntries(keys.map((k) => [k, `${prefix}:${k}`])) as Record<K, string>;

export const dossierLabelsFixture: DossierLabels = {
  title: 'Case file',
  intro: 'Intro',
  caseNumber: 'Case number',
  createdAt: 'Created',
  generatedAt: 'Generated',
  status: 'Status',
  state: 'State',
  report: 'Report',
  timeline: 'Timeline',
  chainVerified: 'Verified up to {head}',
  chainBroken: 'Broken at entry {seq}',
  seq: '#',
  when: 'When',
  who: 'Who',
  what: 'What',
  details: 'Details',
  redacted: 'Internal entry (content withheld)',
  evidence: 'Evidence',
  noEvidence: 'No evidence',
  fileName: 'File',
  mediaType: 'Type',
  size: 'Size',
  sha256: 'SHA-256',
  inTimeline: 'In the timeline',
  recordedIn: 'Recorded in entry {seq}',
  notRecorded: 'Not recorded in the timeline',
  communications: 'Communications',
  noCommunications: 'None',
  statuses: tokens(CUSTOMER_STATUSES, 'status'),
  states: { none: 'state:none', ...tokens(MAIN_STATES, 'state') },
  events: tokens(EVENT_TYPES, 'event'),
  roles: tokens(ROLES, 'role'),
  communicationKinds: tokens(COMMUNICATION_KINDS, 'kind'),
};
