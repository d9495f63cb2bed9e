/**
 * The answers a first paint checks without zod: each checked against its plain description,
 * generated at build time from the contract's zod schema (the single source of the rule).
 * @module
 */
import type { ReporterCaseWithEvents } from '../cases';
import type { DeskCasesPage } from '../desk';
import { checkPlain } from './check';
import { DESK_CASES_PAGE } from './desk-cases.generated';
import { REPORTER_CASE_WITH_EVENTS } from './reporter-case.generated';

/**
 * Checks an answer of `GET /v1/cases/{id}?include=events` as `ReporterCaseWithEventsSchema`
 * would, without loading zod (for the tracker's first paint).
 * @param value - the parsed JSON body
 * @returns the answer as zod would output it (unknown keys stripped), or `undefined` when it
 * does not match the contract
 */
export function checkReporterCaseWithEvents(value: unknown): ReporterCaseWithEvents | undefined {
  const result = checkPlain(REPORTER_CASE_WITH_EVENTS, value);
  return result.success ? (result.data as ReporterCaseWithEvents) : undefined;
}

/**
 * Checks an answer of `GET /v1/desk/cases` as `DeskCasesPageSchema` would, without loading zod
 * (for the desk's first paint).
 * @param value - the parsed JSON body
 * @returns the page as zod would output it (unknown keys stripped), or `undefined` when it does
 * not match the contract
 */
export function checkDeskCasesPage(value: unknown): DeskCasesPage | undefined {
  const result = checkPlain(DESK_CASES_PAGE, value);
  return result.success ? (result.data as DeskCasesPage) : undefined;
}
