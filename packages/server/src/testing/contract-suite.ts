/**
 * The state one run of the store contract shares between its parts.
 * @module
 */
import type { Store } from '../store/types';

/** Options the contract passes to the store factory under test. */
export interface ContractStoreOptions {
  /** The clock the store must use for everything it stamps. */
  now: () => Date;
}

/** What the engine under test supports beyond the common contract. */
export interface ContractFeatures {
  /** Calling `makeStore` again opens another instance on the SAME database (PostgreSQL). */
  sharedDatabase?: boolean;
  /**
   * Optional capabilities of {@link Store} that the store under test does not have: their cases
   * are left out, and the suite checks that the property is indeed absent. Default: none (the
   * store has `totp` and `lockTokens`, as `createPgliteStore` and `createPostgresStore` do; without
   * them the server cannot serve `/v1/2fa/totp` or `POST /v1/locks`).
   */
  lacks?: readonly OptionalCapability[];
}

/** The optional capabilities of {@link Store}. */
export type OptionalCapability = 'totp' | 'lockTokens';

/** The store under test, its clock (moved by the tests) and how to open another instance. */
export interface ContractSuite {
  /** The store under test (set before the first test). */
  readonly store: Store;
  /** Added to the real time by the store's clock (reset before each test). */
  offsetMs: number;
  /** When set, the store's clock stops there (reset before each test). */
  frozen: Date | null;
  /** The store's clock. */
  now: () => Date;
  makeStore: (options: ContractStoreOptions) => Promise<Store>;
  features: ContractFeatures;
}
