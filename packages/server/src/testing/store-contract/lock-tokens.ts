/**
 * The store contract: self-service lock tokens (`store.lockTokens`). A token is kept as its
 * SHA-256 only, works once (also when used in parallel), stops working at its expiry, and minting
 * again for the same outbox row ends the row's earlier token (a retried notice's old link).
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountRef } from '@recourse/core';
import type { LockTokenStore } from '../../store/lock-token-store';
import type { ContractSuite } from '../contract-suite';
import { hex } from '../fixtures';
import type { ContractTestApi } from '../test-api';

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const LINK_MS = 15 * 60_000;

/** Self-service lock tokens. */
export function lockTokens(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  const tokens = (): LockTokenStore => {
    const capability = s.store.lockTokens;
    if (!capability)
      throw new Error('the store has no `lockTokens` capability (declare it in features.lacks)');
    return capability;
  };
  const t0 = new Date('2026-04-02T09:00:00.000Z');
  const token = () => hex(randomBytes(32));
  const message = () => `msg-${randomUUID()}`;

  describe('lock tokens', () => {
    test('a token works once (also in parallel) and gives back its account and case', async () => {
      const account: AccountRef = { kind: 'email', value: `owner-${randomUUID()}@example.org` };
      const sha256 = token();
      const caseId = randomUUID();
      await tokens().mint(
        { sha256, accountRef: account, expiresAt: at(t0, LINK_MS), messageId: message(), caseId },
        t0,
      );
      const used = await Promise.all(Array.from({ length: 5 }, () => tokens().use(sha256, at(t0, 60_000))));
      expect(used.filter((use) => use !== null)).toEqual([{ accountRef: account, caseId }]);
      expect(await tokens().use(sha256, at(t0, 61_000))).toBeNull();
      expect(await tokens().use(token(), at(t0, 61_000))).toBeNull();

      // Any kind of account reference comes back as it went in; no case is null.
      const byId: AccountRef = { kind: 'user_id', value: `u-${randomUUID()}` };
      const other = token();
      await tokens().mint(
        { sha256: other, accountRef: byId, expiresAt: at(t0, LINK_MS), messageId: message() },
        t0,
      );
      expect(await tokens().use(other, t0)).toEqual({ accountRef: byId, caseId: null });
    });

    test('a token stops working at its expiry; a refused use does not spend it', async () => {
      const account: AccountRef = { kind: 'username', value: `name-${randomUUID()}` };
      const sha256 = token();
      await tokens().mint(
        { sha256, accountRef: account, expiresAt: at(t0, LINK_MS), messageId: message() },
        t0,
      );
      expect(await tokens().use(sha256, at(t0, LINK_MS))).toBeNull();
      expect(await tokens().use(sha256, at(t0, LINK_MS + 1))).toBeNull();
      expect(await tokens().use(sha256, at(t0, LINK_MS - 1))).toEqual({ accountRef: account, caseId: null });
    });

    test("minting again for the same message ends the message's earlier token, not others", async () => {
      const account: AccountRef = { kind: 'email', value: `owner-${randomUUID()}@example.org` };
      const row = message();
      const first = token();
      const second = token();
      const elsewhere = token();
      await tokens().mint(
        { sha256: first, accountRef: account, expiresAt: at(t0, LINK_MS), messageId: row },
        t0,
      );
      await tokens().mint(
        { sha256: elsewhere, accountRef: account, expiresAt: at(t0, LINK_MS), messageId: message() },
        t0,
      );
      await tokens().mint(
        { sha256: second, accountRef: account, expiresAt: at(t0, LINK_MS), messageId: row },
        at(t0, 1000),
      );
      expect(await tokens().use(first, at(t0, 2000))).toBeNull();
      expect(await tokens().use(second, at(t0, 2000))).toEqual({ accountRef: account, caseId: null });
      expect(await tokens().use(elsewhere, at(t0, 2000))).toEqual({ accountRef: account, caseId: null });
    });
  });
}
