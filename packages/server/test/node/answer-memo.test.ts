import { describe, expect, test } from 'vitest';
import { createAnswerMemo } from '../../src/answer-memo';

describe('answer memo', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 12, 0, 0) + ms);

  test('one frozen record: reused within the same second of the clock, made again in the next', async () => {
    const memo = createAnswerMemo();
    const record = Object.freeze({ id: 'c1' });
    let made = 0;
    const make = async (now: Date) => `${++made}@${now.getTime()}`;
    const first = await memo.text(record, 'case', at(0), make);
    expect(await memo.text(record, 'case', at(999), make)).toBe(first);
    expect(await memo.text(record, 'events:0', at(10), make)).not.toBe(first);
    expect(await memo.text(record, 'case', at(1000), make)).toBe(`3@${at(1000).getTime()}`);
    expect(made).toBe(3);
  });

  test('a new record (the case was written) is a new answer', async () => {
    const memo = createAnswerMemo();
    let n = 0;
    const make = async () => String(++n);
    expect(await memo.text(Object.freeze({ v: 1 }), 'case', at(0), make)).toBe('1');
    expect(await memo.text(Object.freeze({ v: 2 }), 'case', at(0), make)).toBe('2');
  });

  test('records that are not frozen are never memoized', async () => {
    const memo = createAnswerMemo();
    const record = { id: 'c1' };
    let n = 0;
    const make = async () => String(++n);
    expect(await memo.text(record, 'case', at(0), make)).toBe('1');
    expect(await memo.text(record, 'case', at(0), make)).toBe('2');
  });

  test('concurrent requests share one computation; a failed one is forgotten', async () => {
    const memo = createAnswerMemo();
    const record = Object.freeze({ id: 'c1' });
    let n = 0;
    const slow = async () => {
      n++;
      await new Promise((r) => setTimeout(r, 20));
      return 'answer';
    };
    const all = await Promise.all(Array.from({ length: 50 }, () => memo.text(record, 'case', at(0), slow)));
    expect(new Set(all)).toEqual(new Set(['answer']));
    expect(n).toBe(1);
    const failing = Object.freeze({ id: 'c2' });
    await expect(
      memo.text(failing, 'case', at(0), async () => Promise.reject(new Error('x'))),
    ).rejects.toThrow('x');
    expect(await memo.text(failing, 'case', at(0), async () => 'ok')).toBe('ok');
  });

  test('at most maxKeysPerRecord answers per record', async () => {
    const memo = createAnswerMemo(2);
    const record = Object.freeze({ id: 'c1' });
    let n = 0;
    const make = async () => String(++n);
    await memo.text(record, 'a', at(0), make);
    await memo.text(record, 'b', at(0), make);
    await memo.text(record, 'c', at(0), make); // clears a and b
    expect(await memo.text(record, 'a', at(0), make)).toBe('4');
  });
});
