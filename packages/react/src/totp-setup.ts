import { createComponent, type EventName } from '@lit/react';
import {
  type RecourseTotpEnabledEvent,
  type RecourseTotpErrorEvent,
  RecourseTotpSetup,
} from '@recourse/elements/totp-setup';
import '@recourse/elements/define/totp-setup';
import * as React from 'react';

/** `<recourse-totp-setup>` for React: two-step verification enrollment. */
export const TotpSetup = createComponent({
  tagName: 'recourse-totp-setup',
  elementClass: RecourseTotpSetup,
  react: React,
  displayName: 'TotpSetup',
  events: {
    /** The server confirmed the code: two-step verification is on. */
    onTotpEnabled: 'recourse-totp-enabled' as EventName<RecourseTotpEnabledEvent>,
    /** A step failed (`detail.code`, `attemptsLeft`, `retryAfter`). */
    onTotpError: 'recourse-totp-error' as EventName<RecourseTotpErrorEvent>,
  },
});

export type { RecourseTotpEnabledEvent, RecourseTotpErrorEvent } from '@recourse/elements/totp-setup';
