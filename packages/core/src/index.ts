/**
 * @packageDocumentation
 * `@recourse/core`: the headless, isomorphic domain of Recourse. Evidence and case schemas,
 * the recovery workflow as one declarative table, first-response triage, the secret guard and
 * the dossier export. No DOM, no Node built-ins, no display text: every function returns codes
 * and data; time and randomness are injectable.
 */

export * from './api/index';
// Zod-free modules a widget imports into its first paint are exported from here or from a barrel
// of zod-free modules only (files/): imported through a barrel that also re-exports schema modules
// (api/index), they make esbuild put zod into the first-paint chunk (see ADR 0008, `pnpm size`).
export * from './api/plain/index';
export * from './api/totp-answers';
export * from './client/index';
export * from './dossier/index';
export * from './files/index';
export * from './guards/index';
export * from './schemas/index';
export * from './triage/index';
export * from './workflow/index';
