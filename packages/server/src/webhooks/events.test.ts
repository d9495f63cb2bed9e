// The webhook names, rows and endpoint checks; the table in docs/deploy.md is the exported list.
import { readFileSync } from 'node:fs';
import { chainEvents, EVENT_TYPES } from '@recourse/core';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES, webhookEventType, webhookRowsFor, webhookSubscriptions } from './events';

const SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;

describe('webhook events', () => {
  it('one type per chain event type, named case.*; docs/deploy.md lists exactly these', () => {
    expect(WEBHOOK_EVENT_TYPES.map((e) => e.chainEvent)).toEqual([...EVENT_TYPES]);
    expect(webhookEventType('case_submitted')).toBe('case.submitted');
    expect(webhookEventType('account_frozen')).toBe('case.account_frozen');
    expect(WEBHOOK_EVENT_TYPES.filter((e) => e.internal).map((e) => e.type)).toEqual([
      'case.note_added',
      'case.action_requested',
      'case.action_succeeded',
      'case.action_failed',
    ]);
    const doc = readFileSync(new URL('../../../../docs/deploy.md', import.meta.url), 'utf8');
    const rows = [
      ...doc.matchAll(/^\| `(case\.[a-z_]+)`\s*\| `([a-z_]+)`\s*\| (public|internal)\s*\|$/gm),
    ].map((m) => ({ type: m[1], chainEvent: m[2], internal: m[3] === 'internal' }));
    expect(rows).toEqual(WEBHOOK_EVENT_TYPES.map((e) => ({ ...e })));
  });

  it('rows per subscribed endpoint in chain order, internal events only where allowed', () => {
    const at = '2026-12-02T10:00:00.000Z';
    const events = chainEvents(null, [
      { type: 'case_submitted', at, actor: { role: 'reporter' }, visibility: 'public', data: { x: 1 } },
      {
        type: 'note_added',
        at,
        actor: { role: 'agent', id: 'a-1' },
        visibility: 'internal',
        data: { text: 'n' },
      },
      { type: 'account_frozen', at, actor: { role: 'agent', id: 'a-1' }, visibility: 'public', data: {} },
    ]);
    const subs = webhookSubscriptions([
      { id: 'all', url: 'https://p.example.com/h', secrets: [SECRET] },
      {
        id: 'frozen-only',
        url: 'https://p.example.com/h',
        secrets: [SECRET],
        events: ['case.account_frozen'],
      },
      { id: 'audit', url: 'https://p.example.com/h', secrets: [SECRET], internal: true },
    ]);
    const rows = webhookRowsFor(subs, { id: 'c1', number: 'RC-1' }, events);
    expect(rows.map((r) => `${r.recipient}:${r.template}`)).toEqual([
      'all:case.submitted',
      'audit:case.submitted',
      'audit:case.note_added',
      'all:case.account_frozen',
      'frozen-only:case.account_frozen',
      'audit:case.account_frozen',
    ]);
    expect(rows.every((r) => r.orderKey === `${r.recipient}:c1`)).toBe(true);
    const body = rows[0]!.data as { data: { seq: number; hash: string; caseNumber: string } };
    expect(body.data).toMatchObject({ seq: 1, hash: events[0]!.hash, caseNumber: 'RC-1' });
  });

  it('refuses bad endpoints at start without echoing a secret', () => {
    const ok = { id: 'p', url: 'https://p.example.com/h', secrets: [SECRET] };
    const bad = [
      { ...ok, id: 'has space' },
      { ...ok, url: 'http://p.example.com/h' },
      { ...ok, url: 'https://user:pw@p.example.com/h' },
      { ...ok, secrets: [] },
      { ...ok, secrets: [SECRET, SECRET, SECRET] },
      { ...ok, secrets: ['whsec_short'] },
      { ...ok, events: ['case.nope'] },
    ];
    for (const e of bad) {
      let message = '';
      try {
        webhookSubscriptions([e]);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, JSON.stringify(e.id)).toMatch(/^webhooks\.endpoints\[0\]\./);
      for (const secret of e.secrets) expect(message).not.toContain(secret);
    }
    expect(() => webhookSubscriptions([ok, ok])).toThrow('duplicate');
    expect(webhookSubscriptions([{ ...ok, url: 'http://127.0.0.1:8080/h' }])).toHaveLength(1);
  });
});
