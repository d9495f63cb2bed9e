// The public API a Node service uses, typechecked as npm installs it (nodenext resolution).
import type { PlatformConfig, ReportInput } from '@recourse/core';
import {
  createPostgresStore,
  createRecourseServer,
  DEFAULT_RATE_LIMITS,
  type RecourseServer,
  type RecourseServerOptions,
  type RunningServer,
  type Store,
} from '@recourse/server';
import { DEMO_CONFIG } from '@recourse/server/demo';
import { config } from './config.mjs';

export const platform: PlatformConfig = config;
export const demo: PlatformConfig = DEMO_CONFIG;

export async function start(connectionString: string): Promise<RunningServer> {
  const store: Store = await createPostgresStore({ connectionString, schema: 'recourse' });
  const options: RecourseServerOptions = {
    store,
    config,
    rateLimits: { reportsPerIp: { ...DEFAULT_RATE_LIMITS.reportsPerIp, limit: 20 } },
  };
  const server: RecourseServer = createRecourseServer(options);
  return server.serve({ port: 0 });
}

export const report: ReportInput = {
  account: { kind: 'email', value: 'holder@example.com' },
  contact: { email: 'reporter@example.net', language: 'en' },
  discoveredAt: '2026-12-01T10:00:00.000Z',
  access: { canSignIn: false, passwordReset: 'failed' },
  activities: [{ kind: 'sign_in', at: '2026-12-01T09:00:00.000Z' }],
  narrative: 'Someone signed in and changed my email.',
  attachments: [],
  channel: 'web_form',
  consent: true,
};
