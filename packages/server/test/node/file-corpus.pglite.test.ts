/**
 * The shared file corpus through the server's upload route (real server on loopback, PGlite):
 * each file must get the verdict the corpus gives it, which core's unit test and the widgets'
 * check in Chromium give it too. Accepted files go up as the widgets send them (the core client,
 * core's media type and name); refused ones are sent raw under every allowed media type, and
 * names the server refuses are sent raw as well.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type AllowedMediaType, type CaseCreated, type FileVerdict, isAllowedFileName } from '@recourse/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CORPUS_RULES,
  type CorpusFile,
  FILE_CORPUS,
  sentName,
} from '../../../core/test/fixtures/file-corpus';
import { DEMO_CONFIG } from '../../src/demo/platform';
import type { Store } from '../../src/store/types';
import { createTestPgliteStore } from '../pglite-template';
import { report, startServer } from '../server.suite';

const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The server's answer as a verdict of the corpus; any other answer stays as it is (and fails). */
async function verdictOf(res: Response): Promise<FileVerdict | Record<string, unknown>> {
  const body = (await res.json()) as {
    code?: string;
    mediaType?: AllowedMediaType;
    issues?: { code: string }[];
  };
  if (res.status === 201 && body.mediaType) return { ok: true, mediaType: body.mediaType };
  if (res.status === 422 && body.code === 'attachment_rejected') return { ok: false, reason: 'type' };
  if (res.status === 413 && body.code === 'payload_too_large') return { ok: false, reason: 'size' };
  if (body.code === 'validation_failed' && body.issues?.[0]?.code === 'file_empty')
    return { ok: false, reason: 'empty' };
  return { status: res.status, ...body };
}

describe('file corpus through the upload route (PGlite)', () => {
  let store: Store;
  let s: Awaited<ReturnType<typeof startServer>>;
  let shared: CaseCreated;
  beforeAll(async () => {
    store = await createTestPgliteStore();
    s = await startServer(store, {
      config: { ...DEMO_CONFIG, attachments: { ...DEMO_CONFIG.attachments, ...CORPUS_RULES } },
    });
    shared = await s.client.createCase(report());
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await store?.close();
  });

  // Accepted files go to a case with room for them (a new one every `maxFiles` files).
  let current: CaseCreated | undefined;
  let stored = 0;
  const caseWithRoom = async () => {
    if (!current || stored === DEMO_CONFIG.attachments.maxFiles) {
      current = await s.client.createCase(report());
      stored = 0;
    }
    stored++;
    return current;
  };

  const raw = (created: CaseCreated, f: CorpusFile, mediaType: string, name = sentName(f)) =>
    fetch(`${s.url}/v1/cases/${created.case.id}/attachments`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${created.accessToken}`,
        'Content-Type': mediaType,
        'Idempotency-Key': randomBytes(16).toString('base64url'),
        'X-Filename': encodeURIComponent(name),
        'X-Content-SHA256': hex(f.bytes),
      },
      body: f.bytes as Uint8Array<ArrayBuffer>,
    });

  for (const f of FILE_CORPUS) {
    test(f.id, async () => {
      const { verdict } = f;
      if (verdict.ok) {
        // As the widgets send it: the core client, the sniffed type, the name core makes.
        const created = await caseWithRoom();
        const meta = await s.client.uploadAttachment(created.case.id, created.accessToken, {
          bytes: f.bytes,
          name: sentName(f),
          mediaType: verdict.mediaType,
          sha256: hex(f.bytes),
        });
        expect({ ok: true, mediaType: meta.mediaType }).toEqual(f.verdict);
        expect(meta.name).toBe(sentName(f));
        // Declared as anything else, the same bytes are refused.
        for (const other of CORPUS_RULES.mediaTypes.filter((t) => t !== verdict.mediaType))
          expect([other, await verdictOf(await raw(shared, f, other))]).toEqual([
            other,
            { ok: false, reason: 'type' },
          ]);
      } else {
        // Whatever it is declared as, the server refuses it for the corpus's reason.
        for (const declared of CORPUS_RULES.mediaTypes)
          expect([declared, await verdictOf(await raw(shared, f, declared))]).toEqual([declared, f.verdict]);
      }
      // The name as a person's system gives it: refused exactly when core's rule refuses it.
      expect(isAllowedFileName(f.name)).toBe(f.nameAllowed);
      if (!f.nameAllowed) {
        const res = await raw(shared, f, verdict.ok ? verdict.mediaType : 'text/plain', f.name);
        expect(await res.json()).toMatchObject({
          code: 'validation_failed',
          issues: [{ code: 'invalid_file_name' }],
        });
      }
    });
  }
});
