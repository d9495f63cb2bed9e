/**
 * The storage contract as a runnable suite: every {@link Store} implementation must pass it
 * (the PGlite and PostgreSQL adapters run it in this repository; a platform writing its own
 * store runs it the same way). The test runner is a parameter, so this module imports none.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { StoreUnavailableError } from '../store/errors';
import type { Store } from '../store/types';
import type { ContractFeatures, ContractStoreOptions, ContractSuite } from './contract-suite';
import { casesAndEvents } from './store-contract/cases-and-events';
import { deskQueue } from './store-contract/desk-queue';
import { idempotency } from './store-contract/idempotency';
import { lockTokens } from './store-contract/lock-tokens';
import { outboxAndAttachments } from './store-contract/outbox-and-attachments';
import { outboxDelivery } from './store-contract/outbox-delivery';
import { rateLimitsAndLiveEvents } from './store-contract/rate-limits-and-live-events';
import { readCacheAndLifecycle } from './store-contract/read-cache-and-lifecycle';
import { totpFactors } from './store-contract/totp';
import type { ContractTestApi } from './test-api';

/**
 * Registers the storage contract's tests. `makeStore` is called once for the suite (and again,
 * for a second instance, when `features.sharedDatabase`); each call must give a working store
 * on a database the suite may fill freely, stamping times with the clock it is given. The suite
 * closes the store at the end and checks how a closed store answers (in its `afterAll`).
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
 * @param features - what the engine supports beyond the common contract, and which optional
 *   capabilities it lacks
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
    // The lifecycle's last checks run on the store under test itself, once every case is done
    // (opening another instance costs seconds on PGlite): close is idempotent, and a closed store
    // refuses work with StoreUnavailableError and reports itself unhealthy without throwing.
    api.afterAll(async () => {
      if (!store) return;
      await store.close();
      await store.close();
      const refused = await store.getCase(randomUUID()).then(
        () => null,
        (e: unknown) => e,
      );
      api.expect(refused, 'a closed store refuses work').toBeInstanceOf(StoreUnavailableError);
      api.expect(await store.health(), 'a closed store reports unhealthy').toMatchObject({ ok: false });
    });
    api.beforeEach(() => {
      suite.offsetMs = 0;
      suite.frozen = null;
    });

    casesAndEvents(api, suite);
    deskQueue(api, suite);
    idempotency(api, suite);
    outboxAndAttachments(api, suite);
    outboxDelivery(api, suite);
    rateLimitsAndLiveEvents(api, suite);
    const lacks = new Set(features.lacks ?? []);
    if (!lacks.has('totp')) totpFactors(api, suite);
    if (!lacks.has('lockTokens')) lockTokens(api, suite);
    if (lacks.size > 0) {
      api.it(`has none of the capabilities it declares it lacks (${[...lacks].join(', ')})`, () => {
        for (const capability of lacks) api.expect(suite.store[capability], capability).toBe(undefined);
      });
    }
    readCacheAndLifecycle(api, suite);
  });
}
