/**
 * The storage contract as a runnable suite: every {@link Store} implementation must pass it
 * (the PGlite and PostgreSQL adapters run it in this repository; a platform writing its own
 * store runs it the same way). The test runner is a parameter, so this module imports none.
 * @module
 */
import type { Store } from '../store/types';
import type { ContractFeatures, ContractStoreOptions, ContractSuite } from './contract-suite';
import { casesAndEvents } from './store-contract/cases-and-events';
import { deskQueue } from './store-contract/desk-queue';
import { idempotency } from './store-contract/idempotency';
import { outboxAndAttachments } from './store-contract/outbox-and-attachments';
import { rateLimitsAndLiveEvents } from './store-contract/rate-limits-and-live-events';
import { readCacheAndLifecycle } from './store-contract/read-cache-and-lifecycle';
import type { ContractTestApi } from './test-api';

/**
 * Registers the storage contract's tests. `makeStore` is called once for the suite (and once
 * more when `features.sharedDatabase`); each call must give a working store on a database the
 * suite may fill freely, stamping times with the clock it is given.
 *
 * @example
 * ```ts
 * import * as vitest from 'vitest';
 * import { runStoreContract } from '@recourse/server/testing';
 * runStoreContract(vitest, 'my store', ({ now }) => createMyStore({ now }));
 * ```
 * @param api - the test runner's `describe`, `it`, `expect`, `beforeAll`, `afterAll`, `beforeEach`
 * @param name - shown in the suite's title
 * @param makeStore - opens the store under test
 * @param features - what the engine supports beyond the common contract
 */
export function runStoreContract(
  api: ContractTestApi,
  name: string,
  makeStore: (options: ContractStoreOptions) => Promise<Store>,
  features: ContractFeatures = {},
): void {
  api.describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;
    const suite: ContractSuite = {
      get store() {
        if (!store) throw new Error('the store under test is not open yet');
        return store;
      },
      offsetMs: 0,
      frozen: null,
      now: () => suite.frozen ?? new Date(Date.now() + suite.offsetMs),
      makeStore,
      features,
    };

    api.beforeAll(async () => {
      store = await makeStore({ now: suite.now });
    }, 120_000);
    api.afterAll(async () => {
      await store?.close();
    });
    api.beforeEach(() => {
      suite.offsetMs = 0;
      suite.frozen = null;
    });

    casesAndEvents(api, suite);
    deskQueue(api, suite);
    idempotency(api, suite);
    outboxAndAttachments(api, suite);
    rateLimitsAndLiveEvents(api, suite);
    readCacheAndLifecycle(api, suite);
  });
}
