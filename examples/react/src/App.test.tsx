import type { CaseCreated, PlatformConfig } from '@recourse/core';
import type { ReportFormClient } from '@recourse/react/report-form';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { App } from './App';

/** The report form's state controller (reached past its public surface to fill it in quickly). */
interface FormSteps {
  ensureGuard(): Promise<void>;
  setValue(path: string, value: string | boolean): void;
  newKind: string;
  addActivity(): void;
  goTo(step: string): void;
  submit(): Promise<void>;
}

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
  const form = (el as unknown as { form: FormSteps }).form;
  await form.ensureGuard();
  form.setValue('access.canSignIn', 'no');
  form.setValue('access.passwordReset', 'failed');
  form.setValue('triage.moneyMoved', 'no');
  form.setValue('account.value', 'victim_01');
  form.setValue('contact.email', 'safe@example.org');
  form.newKind = 'sign_in';
  form.addActivity();
  form.setValue('activities.0.at', new Date(Date.now() - 3_600_000).toISOString().slice(0, 16));
  form.setValue('narrative', 'Someone signed in from a new device and changed my email address.');
  form.goTo('review');
  form.setValue('consent', true);
  await act(async () => form.submit());
  expect(log).toHaveBeenCalledWith(
    'recourse-report-submitted',
    expect.objectContaining({ caseNumber: 'RC-AAAA-BBBB' }),
  );
  expect(host.querySelector('[role="status"]')?.textContent).toContain('RC-AAAA-BBBB');
  await act(async () => root.unmount());
  host.remove();
  localStorage.clear();
});
