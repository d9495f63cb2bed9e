import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toIssues } from '../schemas/index';
import { chainEvents, redactForReporter, type WorkflowEvent } from '../workflow/index';
import {
  AGENT_COMMANDS,
  AgentCommandSchema,
  CaseCreatedSchema,
  commandsForRole,
  createDeskCaseViewSchema,
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
  ReporterCaseViewSchema,
  ReporterChainEntrySchema,
  ReporterCommandSchema,
  resolveDeadlinePolicy,
  TOTP_ENDPOINTS,
  TotpStatusSchema,
  toOpenApi,
} from './index';

const now = () => new Date('2025-06-01T00:00:00.000Z');
const EXAMPLE_REPORT_FOR_DESK = ENDPOINTS.createCase.request.example;

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
    expect(checked).toBe(5);
  });

  it("builds each clock-dependent schema once, on first use, with the table's clock", () => {
    const fresh = createEndpoints({ now });
    const schema = fresh.createCase.request.schema;
    expect(fresh.createCase.request.schema).toBe(schema);
    expect(fresh.getDeskCase.response.schema).toBe(fresh.getDeskCase.response.schema);
    expect(fresh.sendDeskCommand.response.schema).toBe(fresh.sendDeskCommand.response.schema);
    const future = {
      ...fresh.createCase.request.example,
      discoveredAt: new Date(now().getTime() + 86_400_000).toISOString(),
    };
    expect(z.safeParse(schema, fresh.createCase.request.example).success).toBe(true);
    expect(z.safeParse(schema, future).success).toBe(false);
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
      attachments: [],
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

const ATTACHMENT = {
  id: 'a1',
  name: 'bank statement.pdf',
  mediaType: 'application/pdf',
  size: 1234,
  sha256: 'c'.repeat(64),
  createdAt: '2025-01-01T00:10:00.000Z',
};
const VIEW = {
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
  allowedCommands: ['withdraw'],
  nextSteps: ['wait_for_review'],
  deadlines: [],
  head: { seq: 1, hash: 'a'.repeat(64) },
};

describe('case views', () => {
  it("the reporter's view lists the case's attachments (metadata), and requires the list", () => {
    const parsed = z.safeParse(ReporterCaseViewSchema, { ...VIEW, attachments: [ATTACHMENT] });
    expect(parsed.success).toBe(true);
    expect(parsed.data!.attachments).toEqual([ATTACHMENT]);
    expect(z.safeParse(ReporterCaseViewSchema, VIEW).success).toBe(false);
    const svg = { ...ATTACHMENT, mediaType: 'image/svg+xml' };
    expect(z.safeParse(ReporterCaseViewSchema, { ...VIEW, attachments: [svg] }).success).toBe(false);
  });

  it("the desk's view keeps accountOnRecord (a boolean, required)", () => {
    const schema = createDeskCaseViewSchema({ now });
    const desk = {
      ...VIEW,
      allowedCommands: ['start_review'],
      nextSteps: [],
      priority: 'high',
      waitingOnReporter: false,
      nextDeadline: null,
      report: EXAMPLE_REPORT_FOR_DESK,
      attachments: [ATTACHMENT],
      entries: [],
    };
    for (const accountOnRecord of [true, false]) {
      const parsed = z.safeParse(schema, { ...desk, accountOnRecord });
      expect(parsed.success, String(accountOnRecord)).toBe(true);
      expect(parsed.data!.accountOnRecord).toBe(accountOnRecord);
    }
    expect(z.safeParse(schema, desk).success).toBe(false);
    expect(z.safeParse(schema, { ...desk, accountOnRecord: 'yes' }).success).toBe(false);
  });
});

describe('toIssues', () => {
  it('gives desk query errors real issue codes', () => {
    const issues = (query: Record<string, string>) => {
      const result = z.safeParse(DeskCasesQuerySchema, query, { reportInput: true });
      expect(result.success).toBe(false);
      return toIssues(result.error!.issues);
    };
    expect(issues({ state: 'bogus' })).toEqual([{ path: 'state', code: 'invalid_choice' }]);
    expect(issues({ limit: '0' })).toEqual([{ path: 'limit', code: 'invalid_number', params: { min: 1 } }]);
    expect(issues({ limit: '201' })).toEqual([
      { path: 'limit', code: 'invalid_number', params: { max: 200 } },
    ]);
    expect(issues({ cursor: 'a b' })).toEqual([{ path: 'cursor', code: 'invalid' }]);
  });
});

describe('token revocation and uploads in the table', () => {
  it('revokeToken: reporter POST, Idempotency-Key, no body, 204', () => {
    const def = ENDPOINTS.revokeToken;
    expect(def).toMatchObject({
      method: 'POST',
      path: '/v1/cases/{id}/token/revoke',
      auth: 'reporter',
      idempotent: true,
      request: null,
      response: { kind: 'empty', status: 204 },
    });
    expect(def.problems).toContain('idempotency_key_required');
    expect(def.problems).toContain('not_found');
  });

  it('the upload is documented as a raw body, never multipart', () => {
    expect(ENDPOINTS.uploadAttachment.summary).toMatch(/raw request body/);
    expect(ENDPOINTS.uploadAttachment.summary).toMatch(/no multipart/);
    const op = (
      toOpenApi() as { paths: Record<string, Record<string, { requestBody: { content: object } }>> }
    ).paths['/v1/cases/{id}/attachments']!.post!;
    expect(Object.keys(op.requestBody.content)).not.toContain('multipart/form-data');
  });
});

describe('two-step verification in the contract', () => {
  const TOTP_CODES = [
    'totp_already_enabled',
    'totp_not_enabled',
    'totp_enrollment_missing',
    'totp_enrollment_expired',
    'totp_code_invalid',
    'totp_code_used',
    'totp_throttled',
    'totp_locked',
    'step_up_required',
  ] as const;

  it('every totp problem code has its status', () => {
    expect(TOTP_CODES.every((c) => (PROBLEM_CODES as readonly string[]).includes(c))).toBe(true);
    expect(Object.fromEntries(TOTP_CODES.map((c) => [c, PROBLEM_STATUS[c]]))).toEqual({
      totp_already_enabled: 409,
      totp_not_enabled: 409,
      totp_enrollment_missing: 409,
      totp_enrollment_expired: 410,
      totp_code_invalid: 422,
      totp_code_used: 422,
      totp_throttled: 429,
      totp_locked: 423,
      step_up_required: 403,
    });
  });

  it('a code failure keeps attemptsLeft, factor and retryAfter', () => {
    const problem = makeProblem('totp_code_invalid', { attemptsLeft: 2, factor: 'totp', retryAfter: 30 });
    const parsed = z.safeParse(ProblemSchema, problem);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ status: 422, attemptsLeft: 2, factor: 'totp', retryAfter: 30 });
    expect(z.safeParse(ProblemSchema, { ...problem, factor: 'sms' }).success).toBe(false);
  });

  it('the table: signed-in user, no Idempotency-Key, under /v1/2fa/totp, every code listed', () => {
    const used = new Set<string>();
    for (const [id, def] of Object.entries(TOTP_ENDPOINTS)) {
      expect(def.auth, id).toBe('user');
      expect(def.idempotent, id).toBe(false);
      expect(def.path.startsWith('/v1/2fa/totp'), id).toBe(true);
      for (const code of def.problems) {
        expect((PROBLEM_CODES as readonly string[]).includes(code), code).toBe(true);
        used.add(code);
      }
      const request = def.request as { schema: z.ZodMiniType; example: unknown } | null;
      if (request) expect(z.safeParse(request.schema, request.example).success, id).toBe(true);
    }
    for (const code of TOTP_CODES) expect(used.has(code), code).toBe(true);
    expect(TOTP_ENDPOINTS.totpDisable.method).toBe('DELETE');
  });

  it('the status answer schema accepts what the server sends', () => {
    const idle = { attemptsLeft: 5, retryAfter: 0, locked: false };
    const status = {
      state: 'enabled',
      enabledAt: '2025-01-01T00:00:00.000Z',
      expiresAt: null,
      backupCodesLeft: 10,
      stepUpUntil: null,
      totp: idle,
      backupCodes: idle,
    };
    expect(z.safeParse(TotpStatusSchema, status).success).toBe(true);
    expect(z.safeParse(TotpStatusSchema, { ...status, state: 'on' }).success).toBe(false);
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

  it('documents every endpoint once, two-step verification included', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.sort()).toEqual([...Object.keys(ENDPOINTS), ...Object.keys(TOTP_ENDPOINTS)].sort());
    const only = toOpenApi({ endpoints: ENDPOINTS }) as typeof doc;
    expect(Object.keys(only.paths).some((p) => p.startsWith('/v1/2fa/'))).toBe(false);
  });

  it('documents the totp answers: statuses, session security, optional step-up body, DELETE', () => {
    type Op = {
      security: Record<string, unknown>[];
      responses: Record<string, { description: string }>;
      requestBody?: { required: boolean; content: Record<string, { example?: unknown }> };
      parameters: { name: string }[];
    };
    const paths = doc.paths as unknown as Record<string, Record<string, Op>>;
    const confirm = paths['/v1/2fa/totp/confirm']!.post!;
    expect(confirm.security).toEqual([{ platformSession: [] }]);
    expect(Object.keys(confirm.responses).sort()).toEqual(
      ['200', '400', '401', '409', '410', '413', '415', '422', '423', '429', '500', '503'].sort(),
    );
    expect(confirm.responses['422']!.description).toBe('totp_code_invalid, totp_code_used');
    expect(confirm.parameters.map((p) => p.name)).not.toContain('Idempotency-Key');
    const disable = paths['/v1/2fa/totp']!.delete!;
    expect(disable.requestBody!.required).toBe(false);
    expect(disable.responses['403']!.description).toBe('step_up_required');
    const components = (doc as unknown as { components: { securitySchemes: Record<string, unknown> } })
      .components;
    expect(components.securitySchemes.platformSession).toBeDefined();
    const revoke = paths['/v1/cases/{id}/token/revoke']!.post!;
    expect(revoke.responses['204']).toEqual({ description: 'Done; no content.' });
    expect(revoke.parameters.map((p) => p.name)).toContain('Idempotency-Key');
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
