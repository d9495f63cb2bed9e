import type { CaseCreated, PlatformConfig } from '@recourse/core';
import type { ReportFormClient } from '@recourse/react/report-form';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import {
  choose,
  fillByHand,
  loaded,
  primary,
} from '../../../packages/elements/src/components/report-form/report-form.fixtures';
import { App } from './App';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CONFIG = {
  platform: { id: 'demo', name: 'Demo Exchange' },
  languages: ['en'],
  contacts: { webForm: { url: 'https://help.example.com/form' } },
  passwordResetUrl: 'https://example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: { maxFileBytes: 1024, maxFiles: 1, maxCaseBytes: 1024, mediaTypes: ['text/plain'] },
  outsideBodies: [],
} as unknown as PlatformConfig;

const client: ReportFormClient = {
  getConfig: async () => CONFIG,
  createCase: async () =>
    ({
      case: { id: 'c9', number: 'RC-AAAA-BBBB' },
      accessToken: 'dG9rZW4tdG9rZW4tdG9rZW4',
    }) as unknown as CaseCreated,
  uploadAttachment: () => new Promise(() => {}),
};

it('the example page logs the submitted case and shows its number', async () => {
  const log = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(<App apiBase="https://api.example.com/example" client={client} log={log} />),
  );
  const el = host.querySelector('recourse-report-form')!;
  await el.ready;
  // Filled in as a person does: typing and clicking in its shadow DOM.
  await loaded(el);
  await fillByHand(el, 'review');
  choose(el, 'f-consent');
  await act(async () => {
    primary(el);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('recourse-report-submitted', expect.anything()));
  });
  expect(log).toHaveBeenCalledWith(
    'recourse-report-submitted',
    expect.objectContaining({ caseNumber: 'RC-AAAA-BBBB' }),
  );
  expect(host.querySelector('[role="status"]')?.textContent).toContain('RC-AAAA-BBBB');
  await act(async () => root.unmount());
  host.remove();
  localStorage.clear();
});
