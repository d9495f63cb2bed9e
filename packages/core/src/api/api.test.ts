import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { chainEvents, redactForReporter, type WorkflowEvent } from '../workflow/index';
import {
  AGENT_COMMANDS,
  AgentCommandSchema,
  CaseCreatedSchema,
  commandsForRole,
  createEndpoints,
  DeskCasesQuerySchema,
  ENDPOINTS,
  EventsPageSchema,
  EventsQuerySchema,
  fillPath,
  httpUrl,
  isIdempotencyKey,
  makeProblem,
  PlatformConfigSchema,
  PROBLEM_CODES,
  PROBLEM_STATUS,
  ProblemSchema,
  REPORTER_COMMANDS,
  ReporterChainEntrySchema,
  ReporterCommandSchema,
  resolveDeadlinePolicy,
  toOpenApi,
} from './index';

const now = () => new Date('2025-06-01T00:00:00.000Z');

const sampleConfig = {
  platform: { id: 'acme', name: 'Acme Exchange' },
  languages: ['en', 'zh-CN'],
  contacts: {
    webForm: { url: 'https://help.acme.example/report' },
    hotline: { number: '+1 800 555 0100', hours: { en: '24/7', 'zh-CN': '全天' }, option: '3' },
    social: [{ network: 'x', handle: '@acmehelp', url: 'https://x.com/acmehelp' }],
  },
  passwordResetUrl: 'https://acme.example/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 10485760,
    maxFiles: 10,
    maxCaseBytes: 52428800,
    mediaTypes: ['image/png', 'application/pdf'],
  },
  outsideBodies: [
    {
      id: 'cfpb',
      kind: 'consumer_protection',
      name: { en: 'CFPB' },
      url: 'https://www.consumerfinance.gov/complaint/',
      region: 'US',
    },
  ],
};

describe('command lists', () => {
  it('match the transition table', () => {
    expect([...REPORTER_COMMANDS].sort()).toEqual(
      commandsForRole('reporter')
        .filter((c) => c !== 'submit')
        .sort(),
    );
    expect([...AGENT_COMMANDS].sort()).toEqual([...commandsForRole('agent')].sort());
  });

  it('reporter commands: refuses agent commands and extra payload keys', () => {
    expect(
      z.safeParse(ReporterCommandSchema, { type: 'send_message', payload: { text: 'hi' } }).success,
    ).toBe(true);
    expect(z.safeParse(ReporterCommandSchema, { type: 'add_note', payload: { text: 'hi' } }).success).toBe(
      false,
    );
    expect(z.safeParse(ReporterCommandSchema, { type: 'submit', payload: {} }).success).toBe(false);
    expect(
      z.safeParse(ReporterCommandSchema, { type: 'withdraw', payload: { status: 'closed' } }).success,
    ).toBe(false);
    expect(z.safeParse(AgentCommandSchema, { type: 'add_note', payload: { text: 'internal' } }).success).toBe(
      true,
    );
    expect(z.safeParse(AgentCommandSchema, { type: 'confirm_recovery', payload: {} }).success).toBe(false);
  });
});

describe('problems', () => {
  it('map every code to a status', () => {
    for (const code of PROBLEM_CODES) expect(PROBLEM_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(PROBLEM_STATUS.idempotency_key_reused).toBe(422);
    expect(PROBLEM_STATUS.idempotency_in_flight).toBe(409);
    expect(PROBLEM_STATUS.workflow_refused).toBe(409);
  });

  it('makeProblem builds a valid problem', () => {
    const problem = makeProblem('workflow_refused', {
      refusal: { code: 'invalid_state' },
      detail: undefined,
    });
    expect(problem).toEqual({
      type: 'urn:recourse:problem:workflow_refused',
      title: 'workflow_refused',
      status: 409,
      code: 'workflow_refused',
      refusal: { code: 'invalid_state' },
    });
    expect(z.safeParse(ProblemSchema, problem).success).toBe(true);
    expect(z.safeParse(ProblemSchema, { ...problem, code: 'teapot' }).success).toBe(false);
  });
});

describe('urls and keys', () => {
  it('allow only http(s) URLs without credentials', () => {
    const ok = (u: string) => z.safeParse(httpUrl(), u).success;
    expect(ok('https://acme.example/a?b=c#d')).toBe(true);
    expect(ok('http://localhost:8080/x')).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('JAVASCRIPT:alert(1)')).toBe(false);
    expect(ok('data:text/html,<script>')).toBe(false);
    expect(ok('https://user:pass@acme.example/')).toBe(false);
    expect(ok('https:acme.example')).toBe(false);
    expect(ok('ftp://acme.example/')).toBe(false);
    expect(ok(`https://acme.example/${'a'.repeat(2100)}`)).toBe(false);
  });

  it('checks idempotency keys', () => {
    expect(isIdempotencyKey('abcdEFGH_-12')).toBe(true);
    expect(isIdempotencyKey('short')).toBe(false);
    expect(isIdempotencyKey('a'.repeat(129))).toBe(false);
    expect(isIdempotencyKey('has space key')).toBe(false);
  });

  it('fills path templates with encoded ids', () => {
    expect(fillPath('/v1/cases/{id}/attachments/{aid}', { id: 'c1', aid: 'a/b' })).toBe(
      '/v1/cases/c1/attachments/a%2Fb',
    );
    expect(() => fillPath('/v1/cases/{id}')).toThrow('path_param_missing');
  });
});

describe('config', () => {
  it('accepts a full configuration, presets and policies', () => {
    const parsed = z.safeParse(PlatformConfigSchema, sampleConfig);
    expect(parsed.success).toBe(true);
    expect(resolveDeadlinePolicy(parsed.data!).id).toBe('platform_sla');
    const custom = {
      ...sampleConfig,
      deadlinePolicy: { id: 'own', firstResponse: { hours: 4 }, holidays: ['2025-12-25'] },
    };
    const policy = z.safeParse(PlatformConfigSchema, custom);
    expect(policy.success).toBe(true);
    expect(resolveDeadlinePolicy(policy.data!)).toEqual({
      id: 'own',
      firstResponse: { hours: 4 },
      holidays: ['2025-12-25'],
    });
    expect(z.safeParse(PlatformConfigSchema, { ...sampleConfig, deadlinePolicy: 'made_up' }).success).toBe(
      false,
    );
    const twoUnits = { ...sampleConfig, deadlinePolicy: { id: 'x', firstResponse: { hours: 4, days: 1 } } };
    expect(z.safeParse(PlatformConfigSchema, twoUnits).success).toBe(false);
  });

  it('refuses javascript: URLs anywhere', () => {
    const bad = 'javascript:alert(1)';
    const variants = [
      { ...sampleConfig, passwordResetUrl: bad },
      { ...sampleConfig, contacts: { webForm: { url: bad } } },
      { ...sampleConfig, contacts: { social: [{ network: 'x', handle: 'h', url: bad }] } },
      { ...sampleConfig, outsideBodies: [{ id: 'b', kind: 'police', name: { en: 'P' }, url: bad }] },
    ];
    for (const variant of variants) expect(z.safeParse(PlatformConfigSchema, variant).success).toBe(false);
  });

  it('bounds free text per language', () => {
    const long = {
      ...sampleConfig,
      contacts: { hotline: { number: '+1 800', hours: { en: 'x'.repeat(201) } } },
    };
    expect(z.safeParse(PlatformConfigSchema, long).success).toBe(false);
    const empty = { ...sampleConfig, contacts: { hotline: { number: '+1 800', hours: {} } } };
    expect(z.safeParse(PlatformConfigSchema, empty).success).toBe(false);
  });
});

const events: WorkflowEvent[] = [
  {
    type: 'case_submitted',
    at: '2025-01-01T00:00:00.000Z',
    actor: { role: 'reporter' },
    visibility: 'public',
    data: {},
  },
  {
    type: 'note_added',
    at: '2025-01-01T01:00:00.000Z',
    actor: { role: 'agent', id: 'a1' },
    visibility: 'internal',
    data: { text: 'x' },
  },
];

describe('chain entries', () => {
  it('accept public and redacted entries, refuse unredacted internal ones', () => {
    const chained = chainEvents(null, events);
    const redacted = redactForReporter(chained);
    const head = { seq: 2, hash: chained[1]!.hash };
    expect(z.safeParse(EventsPageSchema, { entries: redacted, head }).success).toBe(true);
    expect(z.safeParse(EventsPageSchema, { entries: chained, head }).success).toBe(false);
    expect(z.safeParse(ReporterChainEntrySchema, { ...redacted[1], extra: 1 }).success).toBe(false);
  });
});

describe('queries', () => {
  it('parse query strings', () => {
    expect(z.parse(EventsQuerySchema, { after: '12' })).toEqual({ after: 12 });
    expect(z.safeParse(EventsQuerySchema, { after: '-1' }).success).toBe(false);
    expect(z.parse(DeskCasesQuerySchema, { waiting: 'true', limit: '50', state: 'frozen' })).toEqual({
      waiting: true,
      limit: 50,
      state: 'frozen',
    });
    expect(z.safeParse(DeskCasesQuerySchema, { limit: '0' }).success).toBe(false);
    expect(z.safeParse(DeskCasesQuerySchema, { limit: '201' }).success).toBe(false);
  });
});

describe('endpoints', () => {
  const table = createEndpoints({ now });

  it('every JSON request example is valid against its own request schema', () => {
    let checked = 0;
    for (const def of Object.values(table)) {
      const request = def.request as { kind: string; schema?: z.ZodMiniType; example?: unknown } | null;
      if (request?.kind !== 'json') continue;
      const result = z.safeParse(request.schema!, request.example);
      expect(result.success, def.path).toBe(true);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it('POSTs and only POSTs need an idempotency key; paths are unique', () => {
    const seen = new Set<string>();
    for (const def of Object.values(ENDPOINTS)) {
      expect(def.idempotent).toBe(def.method === 'POST');
      const key = `${def.method} ${def.path}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('the created-case answer carries a reporter view and a token', () => {
    const view = {
      id: 'c1',
      number: 'RC-7K3P-9M2X',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      status: 'submitted',
      state: 'submitted',
      info: 'none',
      claim: 'none',
      complaint: 'none',
      pendingRequest: null,
      allowedCommands: ['withdraw', 'send_message'],
      nextSteps: ['wait_for_review'],
      deadlines: [],
      head: { seq: 1, hash: 'a'.repeat(64) },
    };
    const created = { case: view, accessToken: 'A'.repeat(43), trackingUrlFragment: '#c1.token' };
    expect(z.safeParse(CaseCreatedSchema, created).success).toBe(true);
    expect(z.safeParse(CaseCreatedSchema, { ...created, accessToken: 'short' }).success).toBe(false);
    expect(
      z.safeParse(CaseCreatedSchema, { ...created, case: { ...view, allowedCommands: ['add_note'] } })
        .success,
    ).toBe(false);
  });
});

describe('toOpenApi', () => {
  const doc = toOpenApi({ servers: [{ url: 'https://api.acme.example' }] }) as {
    openapi: string;
    paths: Record<
      string,
      Record<
        string,
        { operationId: string; requestBody?: { content: Record<string, { example?: unknown }> } }
      >
    >;
    components: { schemas: Record<string, unknown> };
  };

  it('documents every endpoint once', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });

  it('every $ref resolves inside the document', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('$defs');
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith('#/components/schemas/')).toBe(true);
      expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });

  it('every JSON request body carries an example its schema accepts', () => {
    for (const [id, def] of Object.entries(createEndpoints({ now }))) {
      if (def.request?.kind !== 'json') continue;
      const op = doc.paths[def.path]![def.method.toLowerCase()]!;
      const example = op.requestBody!.content['application/json']!.example;
      expect(example, id).toBeDefined();
      expect(z.safeParse(def.request.schema as z.ZodMiniType, example).success, id).toBe(true);
    }
  });
});
