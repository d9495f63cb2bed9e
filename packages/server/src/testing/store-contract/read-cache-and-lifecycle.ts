/**
 * The store contract: reads after writes (the read cache), and the lifecycle.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { FILE_SIGNATURES } from '@recourse/core';
import type { ContractSuite } from '../contract-suite';
import { chain, newCase, projection, sha256 } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** Reads after writes (the read cache), and the lifecycle. */
export function readCacheAndLifecycle(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('reads after writes (the read cache)', () => {
    // A PNG's signature from core (the one place signatures are written), then a few bytes.
    const png = Uint8Array.from([...FILE_SIGNATURES['image/png'][0]!.bytes, 1, 2, 3]);

    test('every read that starts after a write returns sees it: token, events, attachments', async () => {
      const input = newCase();
      await s.store.createCase(input);
      // Prime every cached read of the case.
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
      expect(await s.store.loadEvents(input.id)).toHaveLength(1);
      expect(await s.store.listAttachments(input.id)).toEqual([]);
      const next = sha256(randomBytes(32));
      await s.store.updateToken(input.id, { tokenHash: next });
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
      expect((await s.store.findCaseForToken(input.id, next))?.id).toBe(input.id);
      await s.store.appendEvents(
        input.id,
        1,
        chain(2, input.events[0]!.hash, [{}, {}]),
        projection({ state: 'triage' }),
      );
      expect((await s.store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
      expect((await s.store.loadEvents(input.id, { afterSeq: 2 })).map((e) => e.seq)).toEqual([3]);
      expect((await s.store.getCase(input.id))?.projection.state).toBe('triage');
      expect((await s.store.findCaseForToken(input.id, next))?.version).toBe(3);
      await s.store.putAttachment({
        caseId: input.id,
        originalName: 'a.png',
        mediaType: 'image/png',
        data: png,
        uploadedByRole: 'reporter',
      });
      expect((await s.store.listAttachments(input.id)).map((a) => a.originalName)).toEqual(['a.png']);
      await s.store.updateToken(input.id, { expiresAt: new Date(s.now().getTime() - 1000) });
      expect(await s.store.findCaseForToken(input.id, next)).toBeNull();
    });

    test('concurrent reads during a write end up at the written state', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const reads = Array.from({ length: 20 }, () => s.store.loadEvents(input.id));
      const write = s.store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
      await Promise.all([...reads, write]);
      expect((await s.store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1, 2]);
      expect((await s.store.getCase(input.id))?.version).toBe(2);
    });

    test('what a read returns cannot change what the next read returns', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const events = await s.store.loadEvents(input.id);
      const record = (await s.store.getCase(input.id))!;
      const attachments = await s.store.listAttachments(input.id);
      const attempts = [
        () => events.push({ ...events[0]!, seq: 99 }),
        () => {
          (record.projection as { state: string }).state = 'closed';
        },
        () => {
          (events[0]!.data as Record<string, unknown>).text = 'changed';
        },
        () => attachments.push({ ...attachments[0]!, originalName: 'forged.png' }),
      ];
      for (const attempt of attempts) {
        try {
          attempt();
        } catch {
          // frozen: the change is refused outright
        }
      }
      expect((await s.store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1]);
      expect(await s.store.listAttachments(input.id)).toEqual([]);
      expect((await s.store.getCase(input.id))?.projection.state).toBe('submitted');
      expect(((await s.store.loadEvents(input.id))[0]!.data as { text: string }).text).toBe(
        'my account was stolen',
      );
    });

    if (s.features.sharedDatabase) {
      test("another instance's reads see this instance's writes (token, event, attachment)", async () => {
        const other = await s.makeStore({ now: s.now });
        try {
          const input = newCase();
          await s.store.createCase(input);
          const seen = async () => ({
            token: (await other.findCaseForToken(input.id, input.tokenHash)) !== null,
            seqs: (await other.loadEvents(input.id)).length,
            files: (await other.listAttachments(input.id)).length,
          });
          expect(await seen()).toEqual({ token: true, seqs: 1, files: 0 });
          const t0 = performance.now();
          await s.store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
          await s.store.putAttachment({
            caseId: input.id,
            originalName: 'a.png',
            mediaType: 'image/png',
            data: png,
            uploadedByRole: 'reporter',
          });
          await s.store.updateToken(input.id, { tokenHash: sha256(randomBytes(32)) });
          let last = await seen();
          while (JSON.stringify(last) !== JSON.stringify({ token: false, seqs: 2, files: 1 })) {
            if (performance.now() - t0 > 2000) break;
            await new Promise((r) => setTimeout(r, 5));
            last = await seen();
          }
          expect(last).toEqual({ token: false, seqs: 2, files: 1 });
          expect(performance.now() - t0).toBeLessThan(2000);
        } finally {
          await other.close();
        }
      });
    }
  });

  describe('lifecycle', () => {
    test('health reports the engine', async () => {
      const health = await s.store.health();
      expect(health).toMatchObject({ ok: true, engine: s.store.engine });
    });
  });
}
