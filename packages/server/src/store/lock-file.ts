import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataDirLockedError } from './errors';

/** True if a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function createExclusive(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * Takes the lock file `lockPath` (created with `openSync(path, 'wx')`, holding our pid) for
 * `dataDir`. Refuses with {@link DataDirLockedError} when a live process holds it (this process
 * included); removes a stale one left by a dead process. Removing a stale lock is itself guarded
 * by a `.break` file, so two processes cleaning the same stale lock cannot both win.
 *
 * @returns a function that releases the lock (only if it is still ours).
 */
export function acquireLockFile(lockPath: string, dataDir: string): () => void {
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(lockPath)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        if (readPid(lockPath) === process.pid) unlinkQuiet(lockPath);
      };
      process.once('exit', release);
      return release;
    }
    const pid = readPid(lockPath);
    if (pid === null) continue; // released meanwhile
    if (pid > 0 && isProcessAlive(pid)) throw new DataDirLockedError(dataDir, pid);
    // Stale (dead pid or unreadable content): break it under a second exclusive file.
    const breakPath = `${lockPath}.break`;
    if (!createExclusive(breakPath)) {
      try {
        if (Date.now() - statSync(breakPath).mtimeMs > 10_000) unlinkQuiet(breakPath);
      } catch {
        // gone meanwhile
      }
      continue;
    }
    try {
      if (readPid(lockPath) === pid) unlinkQuiet(lockPath);
    } finally {
      unlinkQuiet(breakPath);
    }
  }
  const pid = readPid(lockPath) ?? 0;
  throw new DataDirLockedError(dataDir, pid);
}
