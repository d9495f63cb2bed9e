/**
 * The store's read cache: per case, the row (with its token hash), the event list and the
 * attachment list, loaded once and shared by every reader until the case changes.
 *
 * Why: a reporter's tracker, its live stream and the desk read the same few rows again and
 * again, and one query costs about a millisecond on PGlite (WASM, one query at a time). With
 * the cache a case read or a stream wake-up touches the database only after the case changed.
 *
 * Correctness rules (see ADR 0006):
 * - Loads are single-flight: concurrent misses of one case share one query (1,000 live streams
 *   woken by one event cause one read, not 1,000).
 * - A slot holds the load's promise from the moment the load starts, and every write of this
 *   store drops the case's slots after its commit. So a load that began before the commit is
 *   dropped with it, and every read that starts after a write returns sees that write.
 * - Writes of other instances (PostgreSQL) drop the case when their NOTIFY arrives; because
 *   NOTIFY is at most once, entries there also expire after `ttlMs` (default 1 s). PGlite has no
 *   other writer (the process holds the folder's lock), so its entries live until a write.
 * - Cached values are deeply frozen: a caller that mutated one would otherwise change what
 *   every later reader gets; frozen, it throws instead.
 * - Missing cases are not cached (random ids would push real cases out); at most `maxCases`
 *   cases are held, least recently used dropped first.
 * @module
 */

/** Options of {@link createReadCache}. */
export interface ReadCacheOptions {
  /** How long an entry may serve reads; `Infinity` when this store is the only writer. */
  ttlMs: number;
  /** Cases held at most (default 10,000). */
  maxCases?: number;
  /** Monotonic milliseconds (tests inject one). */
  clock?: () => number;
}

/** What is cached of one case. */
type SlotName = 'head' | 'events' | 'attachments';

interface Slot {
  value: Promise<unknown>;
  at: number;
}

/** The cache used inside the SQL store. */
export interface ReadCache {
  /**
   * The cached value of `slot` for `caseId`, or the result of `load` (shared by concurrent
   * callers). A `null` result is returned but not kept.
   */
  get<T>(caseId: string, slot: SlotName, load: () => Promise<T>): Promise<T>;
  /** Drops everything cached of the case (call after a write commits). */
  invalidate(caseId: string): void;
  /** Drops everything. */
  clear(): void;
  /** Cases currently held (for tests and metrics). */
  readonly size: number;
}

/** Freezes a value and everything reachable from it (plain data: objects, arrays, Dates, buffers). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Typed arrays cannot be frozen while they have elements; they are copied where handed out.
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

export function createReadCache(options: ReadCacheOptions): ReadCache {
  const { ttlMs } = options;
  const forever = ttlMs === Number.POSITIVE_INFINITY;
  const maxCases = options.maxCases ?? 10_000;
  const clock = options.clock ?? (() => performance.now());
  /** Insertion order = least recently used first. */
  const cases = new Map<string, Map<SlotName, Slot>>();

  const touch = (caseId: string): Map<SlotName, Slot> => {
    let slots = cases.get(caseId);
    if (slots) {
      cases.delete(caseId);
    } else {
      slots = new Map();
      if (cases.size >= maxCases) {
        const oldest = cases.keys().next().value;
        if (oldest !== undefined) cases.delete(oldest);
      }
    }
    cases.set(caseId, slots);
    return slots;
  };

  return {
    get<T>(caseId: string, name: SlotName, load: () => Promise<T>): Promise<T> {
      const now = forever ? 0 : clock();
      const slots = touch(caseId);
      const cached = slots.get(name);
      if (cached && (forever || now - cached.at < ttlMs)) return cached.value as Promise<T>;
      const slot: Slot = {
        at: now,
        value: load().then(
          (value) => {
            // Not kept: missing cases, and results of a load the case's invalidation overtook.
            if (value === null && cases.get(caseId)?.get(name) === slot) forget(caseId, name);
            return deepFreeze(value);
          },
          (err: unknown) => {
            if (cases.get(caseId)?.get(name) === slot) forget(caseId, name);
            throw err;
          },
        ),
      };
      slots.set(name, slot);
      return slot.value as Promise<T>;
    },
    invalidate(caseId) {
      cases.delete(caseId);
    },
    clear() {
      cases.clear();
    },
    get size() {
      return cases.size;
    },
  };

  function forget(caseId: string, name: SlotName): void {
    const slots = cases.get(caseId);
    if (!slots) return;
    slots.delete(name);
    if (slots.size === 0) cases.delete(caseId);
  }
}
