/**
 * Once for the `consumers` project: packs every publishable package, installs the service
 * consumer from the tarballs, starts a static site (the consumers' pages) and the service on
 * PGlite with the site's origin allowed by CORS. Needs a build (`pnpm build`): a package without
 * its `dist/` fails here with that message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packAll } from '../../scripts/packed.mjs';
import { installConsumer, type Service, startService, VERSIONS, within } from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static file server for `root` on a free loopback port (no build step, no rewriting). */
async function startSite(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        })
        .end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  await within(
    5_000,
    'the static site listening',
    new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'recourse-consumers-'));
  const siteDir = join(work, 'site');
  mkdirSync(siteDir);
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  let service: Service | undefined;
  let serviceConsumer: ReturnType<typeof installConsumer> | undefined;
  const teardown = async () => {
    await service?.stop();
    await site?.close();
    serviceConsumer?.close();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const tarballs = packAll(join(work, 'tarballs'));
    site = await startSite(siteDir);
    project.provide('tarballs', tarballs);
    project.provide('siteUrl', site.url);
    project.provide('siteDir', siteDir);
    // A service that does not install or start fails every smoke with the reason (each needs it),
    // rather than the run with no test reported.
    let serviceError = '';
    try {
      serviceConsumer = installConsumer({
        name: 'service',
        tarballs,
        recourse: ['@recourse/server', '@recourse/core'],
        devDependencies: { typescript: VERSIONS.typescript, '@types/node': VERSIONS.typesNode },
      });
      // PGlite in memory for the browser smokes; the service smoke runs it again on PostgreSQL.
      service = await startService(serviceConsumer.dir, { DATABASE_URL: undefined, CORS_ORIGINS: site.url });
    } catch (error) {
      serviceError = error instanceof Error ? error.message : String(error);
    }
    project.provide('serviceDir', serviceConsumer?.dir ?? '');
    project.provide('apiUrl', service?.url ?? '');
    project.provide('serviceError', serviceError);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
