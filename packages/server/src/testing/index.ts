/**
 * @packageDocumentation
 * `@recourse/server/testing`: the storage contract suite, for a platform that writes its own
 * `Store`, with its fixtures. Pass your test runner's functions; nothing here imports one.
 */
export type { ContractFeatures, ContractStoreOptions, OptionalCapability } from './contract-suite';
export { chain, type EventSpec, hex, newCase, projection, sha256 } from './fixtures';
export { runStoreContract } from './store-contract';
export type { ContractAssertion, ContractMatchers, ContractTestApi } from './test-api';
