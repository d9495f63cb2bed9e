/**
 * The store contract: the second factor's rows (`store.totp`). Enrolment and its confirmation,
 * one use per time step (replay), the attempt throttle and the lock, backup codes consumed once,
 * and disabling. Every decision a race could break is checked with parallel calls too.
 *
 * The store keeps what the server gives it without reading it: the values here only have the
 * shapes the server makes (`v1.…` secret boxes, `scrypt$…` code hashes, hex session hashes).
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { THROTTLE_POLICY } from '@recourse/core/totp';
import type { TotpStore } from '../../store/totp-store';
import type { OutboxMessage } from '../../store/types';
import type { ContractSuite } from '../contract-suite';
import { hex } from '../fixtures';
import type { ContractTestApi } from '../test-api';

const DAY = 86_400_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const box = () => `v1.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}.x`;
const codeHash = () =>
  `scrypt$16384$8$1$${randomBytes(8).toString('hex')}$${randomBytes(16).toString('hex')}`;
const session = () => ({ session: hex(randomBytes(32)) });
const notice = (recipient: string, template: string): OutboxMessage => ({
  channel: 'email',
  recipient,
  template,
  data: {},
});
/** Exactly one `true` among parallel answers. */
const winners = (answers: unknown[]) => answers.filter((a) => a === true).length;

/** The second factor's rows. */
export function totpFactors(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  const totp = (): TotpStore => {
    const capability = s.store.totp;
    if (!capability) throw new Error('the store has no `totp` capability (declare it in features.lacks)');
    return capability;
  };
  const t0 = new Date('2026-04-01T08:00:00.000Z');
  const user = () => `user-${randomUUID()}`;
  const notices = async (recipient: string) =>
    (await s.store.listOutbox({ limit: 500 }))
      .filter((m) => m.recipient === recipient)
      .map((m) => m.template);

  /** A user with an enabled factor: enrolled at t0, confirmed with `step`, holding `hashes`. */
  async function enabled(step = 100, hashes = [codeHash(), codeHash(), codeHash()]) {
    const id = user();
    expect(await totp().startEnrollment(id, box(), at(t0, 600_000), t0)).toBe(true);
    expect(await totp().confirmEnrollment(id, step, at(t0, 1000), session(), hashes, [])).toBe(true);
    return { id, hashes };
  }

  describe('second factor (totp)', () => {
    test('enrolment: pending until confirmed once with a step; restarted only while pending; never once expired', async () => {
      const id = user();
      expect(await totp().get(id)).toBeNull();
      const first = box();
      expect(await totp().startEnrollment(id, first, at(t0, 600_000), t0)).toBe(true);
      const idle = { failures: 0, lastFailureAt: null, lockedAt: null };
      expect(await totp().get(id)).toEqual({
        userId: id,
        state: 'pending',
        secretBox: first,
        expiresAt: at(t0, 600_000),
        lastStep: null,
        totp: idle,
        backup: idle,
        verifiedAt: null,
        verifiedSession: null,
        createdAt: t0,
        enabledAt: null,
      });
      const t1 = at(t0, 60_000);
      const second = box();
      expect(await totp().startEnrollment(id, second, at(t1, 600_000), t1)).toBe(true);
      expect(await totp().get(id)).toMatchObject({
        secretBox: second,
        createdAt: t1,
        expiresAt: at(t1, 600_000),
      });

      // One transaction: a notice that cannot be written leaves the enrolment pending, without codes.
      const bad = { ...notice(`x-${id}`, 'totp_enabled'), channel: 'pigeon' as 'email' };
      const refused = await totp()
        .confirmEnrollment(id, 100, t1, session(), [codeHash()], [bad])
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(Error);
      expect(await totp().get(id)).toMatchObject({ state: 'pending', lastStep: null });
      expect(await totp().countBackupCodes(id)).toBe(0);

      const mail = `owner-${id}@example.org`;
      const proof = session();
      const t2 = at(t1, 1000);
      const hashes = [codeHash(), codeHash(), codeHash()];
      expect(await totp().confirmEnrollment(id, 100, t2, proof, hashes, [notice(mail, 'totp_enabled')])).toBe(
        true,
      );
      expect(await totp().get(id)).toMatchObject({
        state: 'enabled',
        secretBox: second,
        expiresAt: null,
        enabledAt: t2,
        lastStep: 100,
        verifiedAt: t2,
        verifiedSession: proof.session,
      });
      expect(await totp().countBackupCodes(id)).toBe(3);
      expect(await notices(mail)).toEqual(['totp_enabled']);
      expect(await totp().confirmEnrollment(id, 101, at(t2, 1), session(), [codeHash()], [])).toBe(false);
      // An enabled factor is replaced only through disable.
      expect(await totp().startEnrollment(id, box(), at(t2, 600_000), t2)).toBe(false);
      expect((await totp().get(id))?.secretBox).toBe(second);

      const late = user();
      expect(await totp().startEnrollment(late, box(), at(t0, 1000), t0)).toBe(true);
      expect(await totp().chargeAttempt(late, 'totp', 'pending', at(t0, 1000))).toBeNull();
      expect(await totp().confirmEnrollment(late, 5, at(t0, 1000), session(), [], [])).toBe(false);
      expect(await totp().chargeAttempt(late, 'totp', 'pending', at(t0, 999))).toMatchObject({ failures: 1 });
      expect(await totp().confirmEnrollment(late, 5, at(t0, 999), session(), [], [])).toBe(true);
    });

    test('replay: a time step is accepted once (also in parallel), never one at or before the last', async () => {
      const { id } = await enabled(100);
      const t1 = at(t0, 30_000);
      expect(await totp().acceptStep(id, 100, t1, session())).toBe(false);
      expect(await totp().acceptStep(id, 99, t1, session())).toBe(false);
      const proof = session();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => totp().acceptStep(id, 101, t1, proof)),
      );
      expect(winners(answers)).toBe(1);
      expect(await totp().get(id)).toMatchObject({
        lastStep: 101,
        verifiedAt: t1,
        verifiedSession: proof.session,
      });
      expect(await totp().acceptStep(id, 103, t1, session())).toBe(true);
      expect(await totp().acceptStep(id, 102, t1, session())).toBe(false);
      expect((await totp().get(id))?.lastStep).toBe(103);

      const pending = user();
      await totp().startEnrollment(pending, box(), at(t0, 600_000), t0);
      expect(await totp().acceptStep(pending, 1, t0, session())).toBe(false);
      expect(await totp().acceptStep(user(), 1, t0, session())).toBe(false);
    });

    test('attempts: counted before the check; free failures, then a doubling delay; parallel guesses admitted once', async () => {
      const { freeFailures, baseDelaySeconds } = THROTTLE_POLICY;
      const { id } = await enabled(100);
      const charge = (now: Date) => totp().chargeAttempt(id, 'totp', 'enabled', now);
      for (let i = 1; i < freeFailures; i++) {
        expect(await charge(t0)).toMatchObject({ failures: i, lastStep: 100 });
      }
      const parallel = await Promise.all(Array.from({ length: 5 }, () => charge(t0)));
      expect(parallel.filter((a) => a !== null)).toHaveLength(1);
      expect(parallel.find((a) => a !== null)?.failures).toBe(freeFailures);
      expect(await charge(t0)).toBeNull();
      const wait = baseDelaySeconds * 1000;
      expect(await charge(at(t0, wait - 1))).toBeNull();
      const admitted = await charge(at(t0, wait));
      expect(admitted?.failures).toBe(freeFailures + 1);
      expect(admitted?.secretBox).toBe((await totp().get(id))?.secretBox);
      expect(await charge(at(t0, wait + 2 * wait - 1))).toBeNull();
      expect((await charge(at(t0, wait + 2 * wait)))?.failures).toBe(freeFailures + 2);
      expect(await totp().get(id)).toMatchObject({
        totp: { failures: freeFailures + 2, lastFailureAt: at(t0, 3 * wait), lockedAt: null },
      });

      // Backup codes are a separate counter; a state or a user that does not match admits nothing.
      expect(await totp().chargeAttempt(id, 'backup', 'enabled', t0)).toMatchObject({ failures: 1 });
      expect(await totp().chargeAttempt(id, 'totp', 'pending', at(t0, DAY))).toBeNull();
      expect(await totp().chargeAttempt(user(), 'totp', 'enabled', t0)).toBeNull();

      // A success resets its own counter only.
      expect(await totp().acceptStep(id, 101, at(t0, 4 * wait), session())).toBe(true);
      expect(await totp().get(id)).toMatchObject({
        totp: { failures: 0, lastFailureAt: null, lockedAt: null },
        backup: { failures: 1 },
      });
    });

    test('lock: admits nothing at the lock count; marked locked once, with its notice', async () => {
      const { lockAtFailures, maxDelaySeconds } = THROTTLE_POLICY;
      const { id } = await enabled(100);
      const mail = `owner-${id}@example.org`;
      expect(await totp().markLocked(id, 'totp', t0, [notice(mail, 'totp_locked')])).toBe(false);
      let now = t0;
      let failures = 0;
      for (let i = 0; i < lockAtFailures; i++) {
        now = at(now, maxDelaySeconds * 1000);
        failures = (await totp().chargeAttempt(id, 'totp', 'enabled', now))?.failures ?? -1;
        if (failures !== i + 1) break;
      }
      expect(failures).toBe(lockAtFailures);
      expect(await totp().chargeAttempt(id, 'totp', 'enabled', at(now, DAY))).toBeNull();
      const answers = await Promise.all(
        Array.from({ length: 3 }, () => totp().markLocked(id, 'totp', now, [notice(mail, 'totp_locked')])),
      );
      expect(winners(answers)).toBe(1);
      expect(await notices(mail)).toEqual(['totp_locked']);
      expect(await totp().get(id)).toMatchObject({
        totp: { failures: lockAtFailures, lockedAt: now },
        backup: { failures: 0, lockedAt: null },
      });
      // The backup codes stay usable: their counter is not locked.
      expect(await totp().chargeAttempt(id, 'backup', 'enabled', now)).toMatchObject({ failures: 1 });
    });

    test('backup codes: listed, each consumed once (also in parallel), only by its owner, replaced as a set', async () => {
      const { id, hashes } = await enabled(100);
      const unused = await totp().unusedBackupCodes(id);
      expect(unused.map((c) => c.hash).sort()).toEqual([...hashes].sort());
      expect(new Set(unused.map((c) => c.id)).size).toBe(3);
      expect((await totp().backupCodes(id)).map((c) => c.used)).toEqual([false, false, false]);

      expect(await totp().chargeAttempt(id, 'backup', 'enabled', t0)).toMatchObject({ failures: 1 });
      const [code, other] = unused;
      const proof = session();
      const t1 = at(t0, 5000);
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => totp().consumeBackupCode(id, code!.id, t1, proof)),
      );
      expect(winners(answers)).toBe(1);
      expect(await totp().consumeBackupCode(id, code!.id, t1, session())).toBe(false);
      expect(await totp().countBackupCodes(id)).toBe(2);
      expect((await totp().unusedBackupCodes(id)).map((c) => c.id)).not.toContain(code!.id);
      const all = await totp().backupCodes(id);
      expect(all.map((c) => c.used)).toEqual([false, false, true]);
      expect(all[2]).toEqual({ id: code!.id, hash: code!.hash, used: true });
      expect(await totp().get(id)).toMatchObject({
        backup: { failures: 0, lastFailureAt: null, lockedAt: null },
        verifiedAt: t1,
        verifiedSession: proof.session,
      });

      // Another user cannot consume this user's code.
      const { id: stranger } = await enabled(100);
      expect(await totp().consumeBackupCode(stranger, other!.id, t1, session())).toBe(false);
      expect(await totp().countBackupCodes(id)).toBe(2);

      const mail = `owner-${id}@example.org`;
      const fresh = [codeHash(), codeHash()];
      expect(await totp().replaceBackupCodes(id, fresh, t1, [notice(mail, 'backup_codes_replaced')])).toBe(
        true,
      );
      const replaced = await totp().backupCodes(id);
      expect(replaced.map((c) => [c.hash, c.used]).sort()).toEqual(fresh.map((h) => [h, false]).sort());
      expect(await totp().consumeBackupCode(id, other!.id, t1, session())).toBe(false);
      expect(await notices(mail)).toEqual(['backup_codes_replaced']);
      const pending = user();
      await totp().startEnrollment(pending, box(), at(t0, 600_000), t0);
      expect(await totp().replaceBackupCodes(pending, [codeHash()], t1, [])).toBe(false);
      expect(await totp().replaceBackupCodes(user(), [codeHash()], t1, [])).toBe(false);
    });

    test('disable: removes an enabled factor with its codes, then enrolment starts afresh', async () => {
      const { id } = await enabled(100);
      const mail = `owner-${id}@example.org`;
      expect(await totp().disable(id, t0, [notice(mail, 'totp_disabled')])).toBe(true);
      expect(await totp().get(id)).toBeNull();
      expect(await totp().countBackupCodes(id)).toBe(0);
      expect(await totp().backupCodes(id)).toEqual([]);
      expect(await totp().unusedBackupCodes(id)).toEqual([]);
      expect(await totp().disable(id, t0, [notice(mail, 'totp_disabled')])).toBe(false);
      expect(await notices(mail)).toEqual(['totp_disabled']);
      expect(await totp().startEnrollment(id, box(), at(t0, 600_000), t0)).toBe(true);
      // A pending enrolment is not disabled (it simply expires).
      expect(await totp().disable(id, t0, [])).toBe(false);
      expect((await totp().get(id))?.state).toBe('pending');
    });
  });
}
