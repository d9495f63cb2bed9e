/**
 * The contract's plain parts, for a browser's first paint: the workflow's vocabulary, the bounds
 * and patterns of commands, triage's codes, and the checks of the first answers generated from
 * the contract's schemas (ADR 0034). Nothing here loads zod, ky or the client, and nothing here
 * re-exports a module that does: a bundler that splits code (esbuild) assigns to a shared chunk
 * every module reachable from a barrel two chunks import, used or not, so a first-paint chunk
 * that imported the package root would pull zod into the chunk it waits for (ADR 0034).
 * Everything here is also exported from the package root.
 * @module
 */
export * from './api/desk-priorities';
export * from './api/plain/index';
export * from './triage/triage';
export * from './workflow/command-limits';
export * from './workflow/states';
