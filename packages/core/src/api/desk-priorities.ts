/**
 * The desk queue's priorities, apart from the desk's schemas: the desk's first paint shows them
 * in its filter form and imports them from `@recourse/core/lite`, which must not reach zod
 * (ADR 0034).
 * @module
 */
import { URGENCY_LEVELS } from '../triage/triage';

/** Priorities of the desk queue (the triage urgency levels). */
export const DESK_PRIORITIES = URGENCY_LEVELS;
/** A desk priority. */
export type DeskPriority = (typeof DESK_PRIORITIES)[number];
