/**
 * First-response triage: from what the person can still do and what they saw, the ordered
 * steps, the urgency and the containment checklist, as codes.
 * @module
 */
export {
  CONTAINMENT_CODES,
  type ContainmentCode,
  TRIAGE_STEP_CODES,
  type TriageInput,
  type TriageResult,
  type TriageStepCode,
  triage,
  URGENCY_LEVELS,
  type Urgency,
} from './triage';
