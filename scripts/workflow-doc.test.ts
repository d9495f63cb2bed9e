import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, MAIN_STATES, TRANSITIONS } from '../packages/core/src/workflow/index';
import { renderWorkflowDoc, WORKFLOW_DOC_PATH } from './workflow-doc';

describe('docs/workflow.md', () => {
  const doc = renderWorkflowDoc();

  it('is exactly what the generator produces (run `pnpm docs:workflow`)', () => {
    expect(readFileSync(WORKFLOW_DOC_PATH, 'utf8')).toBe(doc);
  });

  it('has one diagram per region and a row per transition', () => {
    expect(doc.match(/```mermaid\nstateDiagram-v2/g)).toHaveLength(4);
    expect(
      doc.split('\n').filter((l) => /^\| `[a-z_]+` \| (main|info|claim|complaint) \|/.test(l)),
    ).toHaveLength(TRANSITIONS.length);
    for (const command of COMMANDS) expect(doc).toContain(`| \`${command}\` |`);
    for (const state of MAIN_STATES) expect(doc).toMatch(new RegExp(`\\| \`${state}\` \\| \`[a-z_]+\` \\|`));
  });
});
