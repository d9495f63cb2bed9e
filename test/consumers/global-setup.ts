/**
 * Once for the `consumers` project: packs every publishable package, installs every consumer
 * from the tarballs at once (npm), starts a static site (the consumers' pages) and the service
 * consumer on PGlite with the site's origin allowed by CORS. Needs a build (`pnpm build`): a
 * package without its `dist/` fails here with that message. A consumer that does not install, or
 * a service that does not start, fails the smokes that need it, with the reason.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeConsumerAsync, packAll } from '../../scripts/packed.mjs';
import { CONSUMERS, type ConsumerName, type Service, startService, templateFiles, within } from './harness';

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
  const dirs: string[] = [];
  const teardown = async () => {
    await service?.stop();
    await site?.close();
    for (const dir of [...dirs, work]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const tarballs = packAll(join(work, 'tarballs'));
    site = await startSite(siteDir);
    const origin = site.url;
    const names = Object.keys(CONSUMERS) as ConsumerName[];
    const consumers: Record<string, { dir: string; error: string }> = {};
    let serviceError = '';
    const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
    await Promise.all(
      names.map(async (name) => {
        const dir = mkdtempSync(join(tmpdir(), `recourse-${name}-`));
        dirs.push(dir);
        try {
          await makeConsumerAsync({ name, tarballs, files: templateFiles(name), dir, ...CONSUMERS[name] });
          consumers[name] = { dir, error: '' };
        } catch (error) {
          consumers[name] = { dir: '', error: reason(error) };
          if (name === 'service') serviceError = reason(error);
          return;
        }
        if (name !== 'service') return;
        // Started while the others install. PGlite in memory for the browser smokes; the
        // service smoke runs it again on PostgreSQL.
        try {
          service = await startService(dir, {
            DATABASE_URL: undefined,
            CORS_ORIGINS: origin,
          });
        } catch (error) {
          serviceError = reason(error);
        }
      }),
    );
    project.provide('consumers', consumers);
    project.provide('apiUrl', service?.url ?? '');
    project.provide('serviceError', serviceError);
    project.provide('siteUrl', site.url);
    project.provide('siteDir', siteDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
