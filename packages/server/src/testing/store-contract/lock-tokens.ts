/**
 * The store contract: self-service lock tokens (`store.lockTokens`). A token is kept as its
 * SHA-256 only, works once (also when used in parallel), stops working at its expiry, and is
 * written in one transaction with the messages that carry its link.
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountRef } from '@recourse/core';
import type { LockTokenStore } from '../../store/lock-token-store';
import type { OutboxMessage } from '../../store/types';
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
  const link = (recipient: string): OutboxMessage => ({
    channel: 'email',
    recipient,
    template: 'lock_link',
    data: { expiresAt: at(t0, LINK_MS).toISOString() },
  });
  const links = async (recipient: string) =>
    (await s.store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient);

  describe('lock tokens', () => {
    test('a token works once (also in parallel) and gives back its account; its link is queued with it', async () => {
      const mail = `owner-${randomUUID()}@example.org`;
      const account: AccountRef = { kind: 'email', value: mail };
      const sha256 = token();
      await tokens().issue({ sha256, accountRef: account, expiresAt: at(t0, LINK_MS) }, [link(mail)], t0);
      expect((await links(mail)).map((m) => m.template)).toEqual(['lock_link']);

      const used = await Promise.all(Array.from({ length: 5 }, () => tokens().use(sha256, at(t0, 60_000))));
      expect(used.filter((ref) => ref !== null)).toEqual([account]);
      expect(await tokens().use(sha256, at(t0, 61_000))).toBeNull();
      expect(await tokens().use(token(), at(t0, 61_000))).toBeNull();

      // Any kind of account reference comes back as it went in.
      const byId: AccountRef = { kind: 'user_id', value: `u-${randomUUID()}` };
      const other = token();
      await tokens().issue({ sha256: other, accountRef: byId, expiresAt: at(t0, LINK_MS) }, [], t0);
      expect(await tokens().use(other, t0)).toEqual(byId);
    });

    test('a token stops working at its expiry; a refused use does not spend it', async () => {
      const account: AccountRef = { kind: 'username', value: `name-${randomUUID()}` };
      const sha256 = token();
      await tokens().issue({ sha256, accountRef: account, expiresAt: at(t0, LINK_MS) }, [], t0);
      expect(await tokens().use(sha256, at(t0, LINK_MS))).toBeNull();
      expect(await tokens().use(sha256, at(t0, LINK_MS + 1))).toBeNull();
      expect(await tokens().use(sha256, at(t0, LINK_MS - 1))).toEqual(account);
    });

    test('issue is one transaction: a link that cannot be queued leaves no token', async () => {
      const mail = `owner-${randomUUID()}@example.org`;
      const sha256 = token();
      const bad = { ...link(mail), channel: 'pigeon' as 'email' };
      const refused = await tokens()
        .issue({ sha256, accountRef: { kind: 'email', value: mail }, expiresAt: at(t0, LINK_MS) }, [bad], t0)
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(Error);
      expect(await tokens().use(sha256, at(t0, 1000))).toBeNull();
      expect(await links(mail)).toEqual([]);
    });
  });
}
