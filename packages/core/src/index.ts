/**
 * @packageDocumentation
 * `@recourse/core`: the headless, isomorphic domain of Recourse. Evidence and case schemas,
 * the recovery workflow as one declarative table, first-response triage, the secret guard and
 * the dossier export. No DOM, no Node built-ins, no display text: every function returns codes
 * and data; time and randomness are injectable.
 */

export * from './api/index';
export * from './client/index';
export * from './dossier/index';
export * from './files/index';
export * from './guards/index';
export * from './schemas/index';
export * from './triage/index';
export * from './workflow/index';
