// The widgets' file check on the shared corpus, in Chromium: each file must get the verdict the
// corpus gives it, which core's unit test and the server's upload route test give it too.
import { expect } from '@open-wc/testing';
import { isAllowedFileName } from '@recourse/core';
import {
  CORPUS_RULES,
  type CorpusFile,
  FILE_CORPUS,
  sentName,
} from '../../../core/test/fixtures/file-corpus';
import { checkFile, type FileLimits } from './files';

const LIMITS: FileLimits = { ...CORPUS_RULES, maxFiles: 10, maxCaseBytes: 1024 * 1024 };

async function browserVerdict(f: CorpusFile) {
  const result = await checkFile(
    new File([f.bytes as Uint8Array<ArrayBuffer>], f.name),
    LIMITS,
    [],
    () => {},
  );
  return result.ok
    ? { verdict: { ok: true, mediaType: result.file.mediaType }, name: result.file.name }
    : { verdict: { ok: false, reason: result.reason }, name: undefined };
}

describe('file check on the shared corpus (Chromium)', () => {
  for (const f of FILE_CORPUS) {
    it(f.id, async () => {
      const { verdict, name } = await browserVerdict(f);
      expect(verdict).to.deep.equal(f.verdict);
      if (verdict.ok) {
        expect(name).to.equal(sentName(f));
        expect(isAllowedFileName(name!)).to.equal(true);
      }
    });
  }

  it("the corpus's images are real: Chromium decodes them", async () => {
    for (const id of ['png', 'jpeg', 'webp']) {
      const f = FILE_CORPUS.find((c) => c.id === id)!;
      const bitmap = await createImageBitmap(new Blob([f.bytes as Uint8Array<ArrayBuffer>]));
      expect([id, bitmap.width, bitmap.height]).to.deep.equal([id, 1, 1]);
    }
  });
});
