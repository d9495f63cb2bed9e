import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vitest from 'vitest';
import { afterAll, describe, expect, test } from 'vitest';
import { createPgliteStore, DataDirLockedError, StoreUnavailableError } from '../../src/store/index';
import { newCase, runStoreContract } from '../../src/testing/index';

// In memory: a fresh database for this file on every run.
runStoreContract(vitest, 'PGlite (in memory)', ({ now }) => createPgliteStore({ now }));

describe('PGlite data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'recourse-pglite-'));
  const dataDir = join(root, 'db');
  const lockPath = `${dataDir}.lock`;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const startProcess = () =>
    spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });

  test('persists across reopen; a lock file guards the folder', async () => {
    const store = await createPgliteStore({ dataDir });
    const input = newCase();
    try {
      expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
      // Same process, second open: refused before PGlite touches the folder.
      const err = await createPgliteStore({ dataDir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain(dataDir);
      await store.createCase(input);
    } finally {
      await store.close();
    }
    expect(existsSync(lockPath)).toBe(false);

    // Another live process holds the lock: refused with its pid in the message.
    const holder = startProcess();
    try {
      writeFileSync(lockPath, `${holder.pid}\n`);
      const err = await createPgliteStore({ dataDir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain(`process ${holder.pid}`);
      expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(holder.pid));
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => holder.once('exit', resolve));

    // The holder died without cleaning up: the stale lock is replaced and the data is there.
    const reopened = await createPgliteStore({ dataDir });
    try {
      expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
      expect((await reopened.getCase(input.id))?.number).toBe(input.number);
      expect(await reopened.loadEvents(input.id)).toEqual(input.events);
    } finally {
      await reopened.close();
    }
    expect(existsSync(lockPath)).toBe(false);
  }, 120_000);

  test('a closed store answers StoreUnavailableError and an unhealthy health()', async () => {
    const store = await createPgliteStore({ dataDir });
    await store.close();
    await store.close(); // idempotent
    await expect(store.getCase(randomUUID())).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.health()).toMatchObject({ ok: false, engine: 'pglite' });
  }, 60_000);
});
