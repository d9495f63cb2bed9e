/**
 * Serialized answers reused across reads of one case version.
 *
 * The store's read cache hands out one frozen record per case version (any write of the case
 * makes a new one), so an answer built from that record, and from reads made after it was
 * fetched, stays right for as long as the record is the one readers get. Time enters the views
 * too (deadlines, what may be done next), so an answer is reused only within the same second of
 * the server's clock. A record that is not frozen (a store without the read cache) is never
 * memoized. Concurrent requests share one computation; a failed one is forgotten.
 * @module
 */

/** Memo of answers per case record. */
export interface AnswerMemo {
  /**
   * The answer `key` of `record` at `now`: reused when made for this record within the same
   * second, else made by `make(now)`.
   */
  text(record: object, key: string, now: Date, make: (now: Date) => Promise<string>): Promise<string>;
}

interface Entry {
  second: number;
  text: Promise<string>;
}

/** A memo holding at most `maxKeysPerRecord` answers of one record (default 32). */
export function createAnswerMemo(maxKeysPerRecord = 32): AnswerMemo {
  const memo = new WeakMap<object, Map<string, Entry>>();
  return {
    text(record, key, now, make) {
      if (!Object.isFrozen(record)) return make(now);
      const second = Math.floor(now.getTime() / 1000);
      let answers = memo.get(record);
      if (!answers) {
        answers = new Map();
        memo.set(record, answers);
      }
      const hit = answers.get(key);
      if (hit && hit.second === second) return hit.text;
      if (answers.size >= maxKeysPerRecord) answers.clear();
      const text = make(now);
      const entry = { second, text };
      answers.set(key, entry);
      const held = answers;
      text.catch(() => {
        if (held.get(key) === entry) held.delete(key);
      });
      return text;
    },
  };
}
