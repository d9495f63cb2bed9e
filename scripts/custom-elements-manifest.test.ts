// The manifest is generated (elements build, Storybook), never committed: this checks what the
// generator makes of our JSDoc, so a docs page or an IDE never shows a half-described widget.
import { fileURLToPath } from 'node:url';
// @ts-expect-error the analyzer's CLI module ships no types
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  summary?: string;
  members?: { name: string; privacy?: string }[];
  events?: { name?: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
}

it('describes every widget: tag, summary, typed events, tokens, no private members', {
  timeout: 30_000,
}, async () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifest = await cli({
    argv: ['analyze', '--config', `${root}custom-elements-manifest.config.mjs`, '--quiet'],
    cwd: root,
    noWrite: true,
  });
  const elements = (manifest.modules as { path: string; declarations?: Declaration[] }[]).flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
  );
  expect(elements.map((e) => e.tagName)).toContain('recourse-report-form');
  for (const el of elements) {
    expect(el.path).toMatch(/^src\/components\//);
    expect(el.summary, el.tagName).toBeTruthy();
    expect(el.events?.length, el.tagName).toBeGreaterThan(0);
    for (const event of el.events ?? []) {
      expect(event.name, el.tagName).toMatch(/^recourse-/);
      expect(event.type?.text, `${el.tagName} ${event.name}`).toMatch(/^Recourse\w+Event$/);
    }
    expect(el.members?.filter((m) => m.privacy === 'private' || m.name.startsWith('#'))).toEqual([]);
    expect(el.cssProperties?.map((p) => p.name)).toContain('--recourse-color-accent');
  }
});
