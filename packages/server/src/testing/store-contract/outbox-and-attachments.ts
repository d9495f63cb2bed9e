/**
 * The store contract: the outbox, and attachments with their limits under concurrency.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { FILE_SIGNATURES } from '@recourse/core';
import { AttachmentLimitError, CaseNotFoundError } from '../../store/errors';
import type { ContractSuite } from '../contract-suite';
import { hex, newCase } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** The outbox, and attachments with their limits under concurrency. */
export function outboxAndAttachments(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('outbox', () => {
    test('rows written with the case; pending until marked sent', async () => {
      const recipient = `owner-${randomUUID()}@example.test`;
      const input = newCase({
        outbox: [
          { channel: 'email', recipient, template: 'case_received', data: { number: 'RC-1' } },
          { channel: 'sms', recipient, template: 'case_received_sms', data: {} },
        ],
      });
      await s.store.createCase(input);
      await s.store.enqueue([{ channel: 'email', recipient, template: 'extra', data: { x: 1 } }]);
      const mine = (await s.store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient);
      expect(mine.map((m) => m.template)).toEqual(['extra', 'case_received_sms', 'case_received']);
      expect(mine[2]).toMatchObject({ channel: 'email', data: { number: 'RC-1' }, sentAt: null });
      expect(typeof mine[0]!.id).toBe('number');
      const pending = (await s.store.listOutbox({ limit: 500, pending: true })).filter(
        (m) => m.recipient === recipient,
      );
      expect(pending.map((m) => m.template)).toEqual(['case_received', 'case_received_sms', 'extra']);
      const sentAt = new Date('2026-01-01T00:00:00.000Z');
      await s.store.markSent([pending[0]!.id, pending[1]!.id], sentAt);
      const after = (await s.store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient);
      expect(after.find((m) => m.id === pending[0]!.id)?.sentAt).toEqual(sentAt);
      expect(
        (await s.store.listOutbox({ limit: 500, pending: true })).filter((m) => m.recipient === recipient),
      ).toHaveLength(1);
    });
  });

  describe('attachments', () => {
    const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

    test('put, get, list, totals; storage name made by the server', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const data = Uint8Array.from([
        ...FILE_SIGNATURES['application/pdf'][0]!.bytes,
        ...new TextEncoder().encode('1.7 evidence'),
      ]);
      const meta = await s.store.putAttachment({
        caseId: input.id,
        originalName: '../../etc/passwd<script>.pdf',
        mediaType: 'application/pdf',
        data,
        uploadedByRole: 'reporter',
      });
      expect(meta).toMatchObject({
        caseId: input.id,
        originalName: '../../etc/passwd<script>.pdf',
        size: data.length,
        sha256: hex(data),
        storageName: `${meta.id}.pdf`,
      });
      const got = await s.store.getAttachment(input.id, meta.id);
      expect(got && Buffer.from(got.data).equals(Buffer.from(data))).toBe(true);
      expect(got).toMatchObject(meta);
      await s.store.putAttachment({
        caseId: input.id,
        originalName: 'shot.png',
        mediaType: 'image/png',
        data: bytes(100),
        uploadedByRole: 'reporter',
      });
      const list = await s.store.listAttachments(input.id);
      expect(list.map((a) => a.originalName)).toEqual(['../../etc/passwd<script>.pdf', 'shot.png']);
      expect(list[0]).not.toHaveProperty('data');
      expect(await s.store.caseAttachmentTotals(input.id)).toEqual({ count: 2, bytes: data.length + 100 });
      expect(await s.store.caseAttachmentTotals(randomUUID())).toEqual({ count: 0, bytes: 0 });
    });

    test('a foreign case answers exactly like a missing attachment', async () => {
      const mine = newCase();
      const theirs = newCase();
      await s.store.createCase(mine);
      await s.store.createCase(theirs);
      const meta = await s.store.putAttachment({
        caseId: theirs.id,
        originalName: 'a.txt',
        mediaType: 'text/plain',
        data: bytes(3),
        uploadedByRole: 'reporter',
      });
      expect(await s.store.getAttachment(mine.id, meta.id)).toBeNull();
      expect(await s.store.getAttachment(mine.id, randomUUID())).toBeNull();
      expect(await s.store.getAttachment(mine.id, 'x')).toBeNull();
      expect(await s.store.listAttachments(mine.id)).toEqual([]);
      await expect(
        s.store.putAttachment({
          caseId: randomUUID(),
          originalName: 'a.txt',
          mediaType: 'text/plain',
          data: bytes(3),
          uploadedByRole: 'reporter',
        }),
      ).rejects.toBeInstanceOf(CaseNotFoundError);
    });

    test('limits hold under parallel uploads', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const put = (n: number) =>
        s.store.putAttachment({
          caseId: input.id,
          originalName: 'x.txt',
          mediaType: 'text/plain',
          data: bytes(n),
          uploadedByRole: 'reporter',
          limits: { maxCount: 3, maxBytes: 1000 },
        });
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => put(10)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ limit: 'count' });
      }
      const other = newCase();
      await s.store.createCase(other);
      await s.store.putAttachment({
        caseId: other.id,
        originalName: 'a',
        mediaType: 'text/plain',
        data: bytes(900),
        uploadedByRole: 'reporter',
        limits: { maxCount: 10, maxBytes: 1000 },
      });
      const err = await s.store
        .putAttachment({
          caseId: other.id,
          originalName: 'b',
          mediaType: 'text/plain',
          data: bytes(101),
          uploadedByRole: 'reporter',
          limits: { maxCount: 10, maxBytes: 1000 },
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AttachmentLimitError);
      expect(err).toMatchObject({ limit: 'bytes' });
      expect(await s.store.caseAttachmentTotals(other.id)).toEqual({ count: 1, bytes: 900 });
    });
  });
}
