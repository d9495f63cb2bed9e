/**
 * The zod-free side of the plain answer checks, for a first paint: the checks of the answers,
 * the interpreter and the shape of a description. Exported from core's root, not from
 * `api/index` (ADR 0008: reached through a barrel that re-exports schema modules, they bring zod
 * into esbuild's first-paint chunk). `describe` and the generator stay out: they import zod.
 * @module
 */
export { checkDeskCasesPage, checkReporterCaseWithEvents } from './answers';
export { checkPlain, type PlainResult } from './check';
export { PLAIN_REFINEMENTS } from './refinements';
export type { PlainNode, PlainPattern, PlainSchema, PlainValue } from './types';
