/**
 * What the tracker loads after its first render (dynamic `import()`): the HTTP client, the file
 * checks and the secret guard (its wordlists load on demand). Kept out of the initial bundle; see
 * bench/size.mjs.
 * @internal
 * @module
 */
export { createRecourseClient, loadWordlists, scanForSecrets } from '@recourse/core';
// The evidence checks (type from magic bytes, limits, SHA-256 with crypto.subtle), shared with
// the report form.
export { checkFile } from '../../internal/files';
