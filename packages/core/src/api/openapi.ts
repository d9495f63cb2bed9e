/**
 * OpenAPI 3.1 generated from the endpoint table: never written by hand.
 * @module
 */
import * as z from 'zod/mini';
import { ENDPOINTS, type EndpointDefinition, type EndpointId } from './endpoints';
import {
  EVENT_STREAM_MEDIA_TYPE,
  HEADERS,
  IDEMPOTENCY_KEY_PATTERN,
  PROBLEM_MEDIA_TYPE,
  RESOURCE_ID_PATTERN,
} from './primitives';
import { PROBLEM_STATUS, type ProblemCode, ProblemSchema } from './problem';
import { TOTP_ENDPOINTS } from './totp';

/** Options of {@link toOpenApi}. */
export interface OpenApiOptions {
  /** `info.title` (default `Recourse API`). */
  title?: string;
  /** `info.version` (default `1.0.0`). */
  version?: string;
  /** `servers` entries. */
  servers?: readonly { url: string; description?: string }[];
  /**
   * The table to document (default {@link ENDPOINTS} and {@link TOTP_ENDPOINTS}; a server that
   * does not serve two-step verification passes {@link ENDPOINTS} alone).
   */
  endpoints?: Readonly<Record<string, EndpointDefinition>>;
}

/** A JSON Schema or OpenAPI object (plain JSON). */
export type OpenApiObject = { [key: string]: unknown };

type Io = 'input' | 'output';

function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Rewrites `#/$defs/x` references to hoisted component names. */
function rewriteRefs(node: unknown, rename: (def: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, rename));
  if (typeof node !== 'object' || node === null) return node;
  const out: OpenApiObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      out[key] = `#/components/schemas/${rename(value.slice('#/$defs/'.length))}`;
    } else out[key] = rewriteRefs(value, rename);
  }
  return out;
}

/**
 * Converts a schema to a component, hoisting its `$defs` (recursive JSON values) into
 * `components.schemas` so every `$ref` resolves against the OpenAPI document.
 */
function addComponent(components: OpenApiObject, name: string, schema: z.ZodMiniType, io: Io): OpenApiObject {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as OpenApiObject;
  const { $schema: _schema, $defs, ...body } = json;
  const rename = (def: string) => `${name}_${def.replace(/[^A-Za-z0-9_]/g, '')}`;
  for (const [def, value] of Object.entries(($defs ?? {}) as OpenApiObject)) {
    components[rename(def)] = rewriteRefs(value, rename);
  }
  components[name] = rewriteRefs(body, rename);
  return { $ref: `#/components/schemas/${name}` };
}

function problemResponses(codes: readonly ProblemCode[]): OpenApiObject {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes)
    byStatus.set(PROBLEM_STATUS[code], [...(byStatus.get(PROBLEM_STATUS[code]) ?? []), code]);
  const out: OpenApiObject = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: list.join(', '),
      content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return out;
}

function queryParameters(components: OpenApiObject, id: string, query: z.ZodMiniType): OpenApiObject[] {
  const ref = addComponent(components, `${pascal(id)}Query`, query, 'input');
  const name = String(ref.$ref).split('/').pop() as string;
  const schema = components[name] as { properties?: OpenApiObject; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([param, paramSchema]) => ({
    name: param,
    in: 'query',
    required: schema.required?.includes(param) ?? false,
    schema: paramSchema,
  }));
}

function operation(components: OpenApiObject, id: string, def: EndpointDefinition): OpenApiObject {
  const parameters: OpenApiObject[] = [];
  for (const match of def.path.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
    parameters.push({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: RESOURCE_ID_PATTERN.source },
    });
  }
  if (def.query) parameters.push(...queryParameters(components, id, def.query));
  if (def.idempotent) {
    parameters.push({
      name: HEADERS.idempotencyKey,
      in: 'header',
      required: true,
      description: 'One key per logical submission, reused on every retry.',
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
    });
  }
  if (def.response.kind === 'sse' && def.response.resumable) {
    parameters.push({
      name: HEADERS.lastEventId,
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: '^\\d{1,15}$' },
    });
  }
  const op: OpenApiObject = { operationId: id, summary: def.summary, parameters };
  const scheme = { none: null, reporter: 'reporterToken', agent: 'agentKey', user: 'platformSession' }[
    def.auth
  ];
  op.security = scheme ? [{ [scheme]: [] }] : [];
  if (def.request?.kind === 'json') {
    const schema = addComponent(components, `${pascal(id)}Request`, def.request.schema, 'input');
    op.requestBody = {
      required: def.request.optional !== true,
      content: { 'application/json': { schema, example: def.request.example } },
    };
  } else if (def.request?.kind === 'binary') {
    for (const header of def.request.headers)
      parameters.push({ name: header, in: 'header', required: true, schema: { type: 'string' } });
    op.requestBody = {
      required: true,
      content: Object.fromEntries(
        def.request.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
      ),
    };
  }
  const response = def.response;
  let success: OpenApiObject;
  if (response.kind === 'json') {
    const schema = addComponent(components, `${pascal(id)}Response`, response.schema, 'output');
    success = { description: 'OK', content: { 'application/json': { schema } } };
  } else if (response.kind === 'sse') {
    const schema = addComponent(components, `${pascal(id)}Entry`, response.schema, 'output');
    success = {
      description: response.resumable
        ? `Server-sent events: id = seq, event = ${response.event}, data = entry JSON.`
        : `Server-sent events: event = ${response.event}, data = JSON; no ids (reconnect and reload).`,
      content: { [EVENT_STREAM_MEDIA_TYPE]: { schema: { type: 'string' }, 'x-event-schema': schema } },
    };
  } else if (response.kind === 'empty') {
    success = { description: 'Done; no content.' };
  } else {
    success = {
      description: 'The bytes, with Content-Disposition: attachment.',
      content: {
        'application/octet-stream': {
          schema: { type: 'string', contentMediaType: 'application/octet-stream' },
        },
      },
    };
  }
  op.responses = { [String(response.status)]: success, ...problemResponses(def.problems) };
  if (response.kind === 'json') {
    for (const [name, other] of [
      ['Accepted', response.accepted],
      ['Recorded', response.recorded],
    ] as const) {
      if (!other) continue;
      const schema = addComponent(components, `${pascal(id)}${name}`, other.schema, 'output');
      (op.responses as OpenApiObject)[String(other.status)] = {
        description: other.description,
        content: { 'application/json': { schema } },
      };
    }
  }
  return op;
}

/**
 * Generates the OpenAPI 3.1 document of the API from the endpoint table.
 * @param options - title, version, servers, and the table (default {@link ENDPOINTS})
 * @returns the document as plain JSON
 */
export function toOpenApi(options: OpenApiOptions = {}): OpenApiObject {
  const endpoints = options.endpoints ?? { ...ENDPOINTS, ...TOTP_ENDPOINTS };
  const components: OpenApiObject = {};
  addComponent(components, 'Problem', ProblemSchema, 'output');
  const paths: Record<string, OpenApiObject> = {};
  for (const [id, def] of Object.entries(endpoints) as [EndpointId, EndpointDefinition][]) {
    const item = paths[def.path] ?? {};
    item[def.method.toLowerCase()] = operation(components, id, def);
    paths[def.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: { title: options.title ?? 'Recourse API', version: options.version ?? '1.0.0' },
    ...(options.servers ? { servers: options.servers.map((s) => ({ ...s })) } : {}),
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        reporterToken: { type: 'http', scheme: 'bearer', description: "The case's access token." },
        agentKey: { type: 'http', scheme: 'bearer', description: 'An agent key.' },
        platformSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            "The platform's own signed-in session, checked by its authenticateUser hook (cookie name and kind are the platform's).",
        },
      },
    },
  };
}
