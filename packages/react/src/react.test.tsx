import type { CaseCreated, PlatformConfig } from '@recourse/core';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  choose,
  fillByHand,
  loaded,
  primary,
} from '../../elements/src/components/report-form/report-form.fixtures';
import { CaseDesk, CaseTracker, ReportForm, type ReportFormClient, TotpSetup } from './index';

// React 19 warns unless the environment says it runs inside act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;

async function render(node: ReactElement): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(node));
  return host;
}

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  localStorage.clear();
});

/** Keeps a widget from reaching any network while it is looked at. */
const never = () => new Promise<Response>(() => {});

/** The same event the widget would fire: bubbling, composed, with a detail. */
function fire(el: Element, type: string, detail: unknown): void {
  const event = new Event(type, { bubbles: true, composed: true });
  Object.defineProperty(event, 'detail', { value: detail });
  el.dispatchEvent(event);
}

const CONFIG = {
  platform: { id: 'demo', name: 'Demo Exchange' },
  languages: ['en', 'zh-CN'],
  contacts: { webForm: { url: 'https://help.example.com/form' } },
  passwordResetUrl: 'https://example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 1024 * 1024,
    maxFiles: 5,
    maxCaseBytes: 5 * 1024 * 1024,
    mediaTypes: ['image/png', 'text/plain'],
  },
  outsideBodies: [],
} as unknown as PlatformConfig;

const CREATED = {
  case: { id: 'c1', number: 'RC-7K3P-9M2X', createdAt: '2026-11-27T10:00:00.000Z', state: 'submitted' },
  accessToken: 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdl',
} as unknown as CaseCreated;

const client: ReportFormClient = {
  getConfig: async () => CONFIG,
  createCase: async () => CREATED,
  uploadAttachment: () => new Promise(() => {}),
};

describe('@recourse/react', () => {
  it('ReportForm sets properties and delivers recourse-report-submitted to onReportSubmitted', async () => {
    const onReportSubmitted = vi.fn();
    const onReportSubmit = vi.fn();
    const view = await render(
      <ReportForm
        apiBase="https://api.example.com/react"
        trackingUrl="https://example.com/track"
        config={CONFIG}
        client={client}
        onReportSubmit={onReportSubmit}
        onReportSubmitted={onReportSubmitted}
      />,
    );
    const el = view.querySelector('recourse-report-form')!;
    expect(el.constructor).toBe(customElements.get('recourse-report-form'));
    expect(el.apiBase).toBe('https://api.example.com/react');
    expect(el.client).toBe(client);
    await el.ready;
    // Filled in as a person does: typing and clicking in its shadow DOM.
    await loaded(el);
    await fillByHand(el, 'review');
    choose(el, 'f-consent');
    await act(async () => {
      primary(el);
      await vi.waitFor(() => expect(onReportSubmitted).toHaveBeenCalledOnce());
    });
    expect(onReportSubmit).toHaveBeenCalledOnce();
    expect(onReportSubmitted).toHaveBeenCalledOnce();
    const event = onReportSubmitted.mock.calls[0]![0];
    expect(event.type).toBe('recourse-report-submitted');
    expect(event.detail.caseNumber).toBe('RC-7K3P-9M2X');
    expect(event.detail.trackingLink).toContain('#case=c1&token=');
  });

  it('CaseTracker sets properties and delivers its events to onCaseUpdated / onCaseError', async () => {
    const onCaseUpdated = vi.fn();
    const onCaseError = vi.fn();
    const view = await render(
      <CaseTracker
        apiBase="https://api.example.com"
        fetch={never}
        onCaseUpdated={onCaseUpdated}
        onCaseError={onCaseError}
      />,
    );
    const el = view.querySelector('recourse-case-tracker')!;
    expect(el.constructor).toBe(customElements.get('recourse-case-tracker'));
    expect(el.apiBase).toBe('https://api.example.com');
    fire(el, 'recourse-case-updated', { caseId: 'c1', caseNumber: 'RC-1' });
    expect(onCaseUpdated).toHaveBeenCalledOnce();
    expect(onCaseUpdated.mock.calls[0]![0].detail.caseNumber).toBe('RC-1');
    onCaseError.mockClear();
    fire(el, 'recourse-case-error', { code: 'network' });
    expect(onCaseError).toHaveBeenCalledOnce();
  });

  it('TotpSetup sets properties and delivers recourse-totp-enabled to onTotpEnabled', async () => {
    const onTotpEnabled = vi.fn();
    const view = await render(
      <TotpSetup apiBase="https://api.example.com" fetch={never} onTotpEnabled={onTotpEnabled} />,
    );
    const el = view.querySelector('recourse-totp-setup')!;
    expect(el.constructor).toBe(customElements.get('recourse-totp-setup'));
    expect(el.apiBase).toBe('https://api.example.com');
    fire(el, 'recourse-totp-enabled', { backupCodes: 10 });
    expect(onTotpEnabled).toHaveBeenCalledOnce();
  });

  it('CaseDesk sets properties and delivers recourse-desk-command to onDeskCommand', async () => {
    const onDeskCommand = vi.fn();
    const view = await render(
      <CaseDesk apiBase="https://api.example.com" fetch={never} pageSize={5} onDeskCommand={onDeskCommand} />,
    );
    const el = view.querySelector('recourse-case-desk')!;
    expect(el.constructor).toBe(customElements.get('recourse-case-desk'));
    expect(el.pageSize).toBe(5);
    fire(el, 'recourse-desk-command', { caseId: 'c1', command: 'freeze' });
    expect(onDeskCommand).toHaveBeenCalledOnce();
  });

  it('a new handler prop replaces the old listener', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const view = await render(
      <ReportForm apiBase="https://api.example.com" config={CONFIG} client={client} onReportError={first} />,
    );
    await act(async () =>
      root!.render(
        <ReportForm
          apiBase="https://api.example.com"
          config={CONFIG}
          client={client}
          onReportError={second}
        />,
      ),
    );
    fire(view.querySelector('recourse-report-form')!, 'recourse-report-error', {
      code: 'network',
      retrying: true,
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});
