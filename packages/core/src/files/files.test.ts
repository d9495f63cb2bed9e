import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORPUS_RULES, FILE_CORPUS, sentName } from '../../test/fixtures/file-corpus';
import { LIMITS } from '../schemas/limits';
import {
  FALLBACK_FILE_NAME,
  isAllowedFileName,
  isPlainText,
  judgeFile,
  judgeFileSize,
  sniffMediaType,
  toAllowedFileName,
} from './index';

describe('the file corpus, judged by core', () => {
  test('ids are unique', () => {
    expect(new Set(FILE_CORPUS.map((f) => f.id)).size).toBe(FILE_CORPUS.length);
  });

  test.each(FILE_CORPUS.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    expect(judgeFile(f.bytes, CORPUS_RULES)).toEqual(f.verdict);
    expect(isAllowedFileName(f.name)).toBe(f.nameAllowed);
    const sent = sentName(f);
    expect(isAllowedFileName(sent)).toBe(true);
    if (f.nameAllowed) expect(sent).toBe(f.name);
  });

  test('a platform that takes fewer types refuses the others as `type`', () => {
    const png = FILE_CORPUS.find((f) => f.id === 'png')!;
    expect(judgeFile(png.bytes, { ...CORPUS_RULES, mediaTypes: ['text/plain'] })).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(judgeFileSize(0, CORPUS_RULES)).toBe('empty');
    expect(judgeFileSize(CORPUS_RULES.maxFileBytes, CORPUS_RULES)).toBe(null);
  });
});

describe('sniffMediaType', () => {
  test("well-formed UTF-8 is exactly what the platform's strict decoder takes", () => {
    // Bytes without ASCII controls, starting with a letter (so neither controls nor markup decide).
    const byte = fc.integer({ min: 0x20, max: 0xff }).filter((b) => b !== 0x7f);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (tail) => {
        const bytes = Uint8Array.from([0x78, ...tail]);
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          decodes = false;
        }
        expect(isPlainText(bytes)).toBe(decodes);
      }),
      { numRuns: 2000 },
    );
  });

  test('an empty file is nothing', () => {
    expect(sniffMediaType(new Uint8Array(0))).toBe(null);
  });
});

describe('file names', () => {
  test('any string becomes a name the server and the report schema accept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = toAllowedFileName(raw);
        expect(isAllowedFileName(name)).toBe(true);
        expect(() => encodeURIComponent(name)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  test('shortening keeps the extension and whole characters', () => {
    const long = toAllowedFileName(`${'a'.repeat(300)}.pdf`);
    expect(long.length).toBe(LIMITS.fileNameMax);
    expect(long.endsWith('.pdf')).toBe(true);
    const emoji = toAllowedFileName(`${'a'.repeat(254)}\u{1f600}b`);
    expect(emoji).toBe('a'.repeat(254));
    expect(toAllowedFileName('a/b\\c.txt')).toBe('a_b_c.txt');
    expect(toAllowedFileName('x\ud800y')).toBe('x\ufffdy');
    expect(toAllowedFileName(' \u202e ')).toBe(FALLBACK_FILE_NAME);
    expect(toAllowedFileName('..')).toBe(FALLBACK_FILE_NAME);
    expect(isAllowedFileName('x\udc00')).toBe(false);
  });
});
