/**
 * The exported store contract can fail: it is run here, through a collecting test API, against
 * stores that are deliberately wrong in one way each (wrappers over a real PGlite store), and
 * must report exactly the cases that guard that rule. The same cases pass on the real store.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/store/index';
import { type ContractTestApi, runStoreContract } from '../../src/testing/index';
import { createTestPgliteStore } from '../pglite-template';

type Body = () => Promise<unknown> | unknown;

/** The clock of the real store: the suite's own, once the suite hands it over. */
let clock = () => new Date();

/** Runs the suite's cases whose title matches `only` against `store`: title → error (or null). */
async function runContract(store: Store, only: RegExp): Promise<Map<string, unknown>> {
  const cases: { title: string; body: Body }[] = [];
  const hooks = { beforeAll: [] as Body[], afterAll: [] as Body[], beforeEach: [] as Body[] };
  const path: string[] = [];
  const api: ContractTestApi = {
    describe(name, body) {
      path.push(name);
      body();
      path.pop();
    },
    it(name, body) {
      const title = [...path.slice(1), name].join(' > ');
      if (only.test(title)) cases.push({ title, body });
    },
    expect: expect as unknown as ContractTestApi['expect'],
    beforeAll: (fn) => void hooks.beforeAll.push(fn),
    afterAll: (fn) => void hooks.afterAll.push(fn),
    beforeEach: (fn) => void hooks.beforeEach.push(fn),
  };
  // The suite closes its store at the end: hand it a view whose close does nothing.
  runStoreContract(api, 'under test', async ({ now }) => {
    clock = now;
    return { ...store, close: async () => {} };
  });
  const outcome = new Map<string, unknown>();
  for (const hook of hooks.beforeAll) await hook();
  for (const { title, body } of cases) {
    for (const hook of hooks.beforeEach) await hook();
    outcome.set(
      title,
      await Promise.resolve()
        .then(body)
        .then(
          () => null,
          (e: unknown) => e,
        ),
    );
  }
  // The afterAll checks a closed store: the view never closes, so they must fail here.
  const closing = await Promise.resolve()
    .then(async () => {
      for (const hook of hooks.afterAll) await hook();
    })
    .then(
      () => null,
      (e: unknown) => e,
    );
  outcome.set('afterAll', closing);
  return outcome;
}

const failed = (outcome: Map<string, unknown>) =>
  [...outcome].filter(([title, error]) => title !== 'afterAll' && error !== null).map(([title]) => title);

describe('the store contract catches a wrong store', () => {
  let real: Store;
  beforeAll(async () => {
    real = await createTestPgliteStore({ now: () => clock() });
  }, 60_000);
  afterAll(async () => {
    await real?.close();
  });

  const guarded = /outbox delivery > (claim|concurrent)|second factor \(totp\) > (replay|backup)|lock tokens/;

  test('the real store passes the cases below; its close is checked', async () => {
    const outcome = await runContract(real, guarded);
    expect(outcome.size).toBe(7 + 1);
    expect(failed(outcome)).toEqual([]);
    // The view handed to the suite does not close: the afterAll check says so.
    expect(String(outcome.get('afterAll'))).toContain('a closed store refuses work');
  }, 30_000);

  test('a lock token that works twice, or after its expiry', async () => {
    const tokens = real.lockTokens!;
    const spent = new Map<string, Awaited<ReturnType<typeof tokens.use>>>();
    const reusable: typeof tokens = {
      mint: (...args) => tokens.mint(...args),
      async use(sha256, now) {
        const ref = (await tokens.use(sha256, now)) ?? spent.get(sha256) ?? null;
        if (ref) spent.set(sha256, ref);
        return ref;
      },
    };
    expect(failed(await runContract({ ...real, lockTokens: reusable }, /lock tokens/))).toEqual([
      'lock tokens > a token works once (also in parallel) and gives back its account and case',
    ]);
    const ageless: typeof tokens = { ...tokens, use: (sha256) => tokens.use(sha256, new Date(0)) };
    expect(failed(await runContract({ ...real, lockTokens: ageless }, /lock tokens/))).toEqual([
      'lock tokens > a token stops working at its expiry; a refused use does not spend it',
      // Ending a row's earlier token is an expiry too.
      "lock tokens > minting again for the same message ends the message's earlier token, not others",
    ]);
    // A mint that never ends the row's earlier token: a retried notice's old link keeps working.
    const keepsOld: typeof tokens = {
      ...tokens,
      mint: (token, now) => tokens.mint({ ...token, messageId: `other-${token.sha256}` }, now),
    };
    expect(failed(await runContract({ ...real, lockTokens: keepsOld }, /lock tokens/))).toEqual([
      "lock tokens > minting again for the same message ends the message's earlier token, not others",
    ]);
  }, 30_000);

  test('a claim that keeps no lease (hands a claimed row out again)', async () => {
    // Claims, then drops each lease at once (as a claim without its lease would leave the row).
    const claim: Store['claim'] = async (owner, options) => {
      const rows = await real.claim(owner, options);
      for (const row of rows) await real.markFailed(row.id, owner, 'lease dropped', options.now);
      return rows;
    };
    const outcome = await runContract({ ...real, claim }, /outbox delivery > (claim|concurrent)/);
    expect(failed(outcome)).toEqual([
      'outbox delivery > claim: due rows oldest first, one attempt each, every channel; a leased row waits for its lease to end',
      'outbox delivery > concurrent claims hand out every row exactly once',
    ]);
  }, 30_000);

  test('a TOTP step accepted twice, and a backup code consumed twice', async () => {
    const totp = real.totp!;
    const replaying: NonNullable<Store['totp']> = {
      ...totp,
      acceptStep: async (userId, step, now, effects) =>
        (await totp.acceptStep(userId, step, now, effects)) || (await totp.get(userId))?.lastStep === step,
      consumeBackupCode: async (userId, id, now, effects) =>
        (await totp.consumeBackupCode(userId, id, now, effects)) ||
        (await totp.backupCodes(userId)).some((c) => c.id === id),
    };
    const outcome = await runContract(
      { ...real, totp: replaying },
      /second factor \(totp\) > (replay|backup)/,
    );
    expect(failed(outcome)).toEqual([
      'second factor (totp) > replay: a time step is accepted once (also in parallel), never one at or before the last',
      'second factor (totp) > backup codes: listed, each consumed once (also in parallel), only by its owner, replaced as a set',
    ]);
  }, 30_000);
});
