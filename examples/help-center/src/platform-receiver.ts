/**
 * The demo platform's webhook receiver: a real HTTP server on loopback, as the platform would run
 * one, that verifies every delivery with the `standardwebhooks` package (signature AND timestamp:
 * anything older than five minutes is refused) and keeps what arrived for the "platform" page.
 *
 * This is the receiver example of docs/deploy.md: verify the RAW body before parsing it, answer
 * 2xx only once the event is stored, answer 401 on a failed verification (the sender retries),
 * and deduplicate on `webhook-id` (delivery is at least once).
 * @module
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** One delivery as the receiver saw it. */
export interface ReceivedWebhook {
  /** `webhook-id` (stable across retries). */
  id: string;
  receivedAt: string;
  /** Whether `standardwebhooks` verified signature and timestamp. */
  verified: boolean;
  /** Why not (the package's message), when not verified. */
  error?: string;
  /** How many `v1,` signatures the header carried (two during a secret rotation). */
  signatures: number;
  /** From the verified body only. */
  type?: string;
  caseNumber?: string;
  seq?: number;
  /** The event's chain hash (from the verified body). */
  hash?: string;
  /** A repeat of an id already stored (at-least-once delivery). */
  duplicate: boolean;
}

/** A running receiver. */
export interface PlatformReceiver {
  /** Where Recourse POSTs (`http://127.0.0.1:<port>/webhooks/recourse`). */
  url: string;
  /** The secret the platform shares with Recourse (`whsec_…`). */
  secret: string;
  /** What arrived, newest first (at most 200). */
  received(): ReceivedWebhook[];
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const KEEP = 200;

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Starts the receiver on loopback.
 * @param options - `secret`: a `whsec_` secret (default: a new random one)
 */
export function startPlatformReceiver(
  options: { secret?: string; port?: number } = {},
): Promise<PlatformReceiver> {
  const secret = options.secret ?? `whsec_${randomBytes(32).toString('base64')}`;
  const verifier = new Webhook(secret);
  const log: ReceivedWebhook[] = [];
  const seen = new Set<string>();
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/webhooks/recourse') {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req).catch(() => null);
    if (!body) {
      res.writeHead(413).end();
      return;
    }
    const header = (name: string) => String(req.headers[name] ?? '');
    const entry: ReceivedWebhook = {
      id: header('webhook-id').slice(0, 100),
      receivedAt: new Date().toISOString(),
      verified: false,
      signatures: header('webhook-signature')
        .split(' ')
        .filter((s) => s.startsWith('v1,')).length,
      duplicate: false,
    };
    try {
      const event = verifier.verify(body.toString('utf8'), {
        'webhook-id': header('webhook-id'),
        'webhook-timestamp': header('webhook-timestamp'),
        'webhook-signature': header('webhook-signature'),
      }) as { type?: string; data?: { caseNumber?: string; seq?: number; hash?: string } };
      entry.verified = true;
      entry.type = String(event.type);
      entry.caseNumber = String(event.data?.caseNumber ?? '');
      entry.seq = Number(event.data?.seq);
      entry.hash = String(event.data?.hash ?? '');
      entry.duplicate = seen.has(entry.id);
      seen.add(entry.id);
    } catch (err) {
      entry.error = err instanceof WebhookVerificationError ? err.message : 'unreadable';
    }
    log.unshift(entry);
    log.length = Math.min(log.length, KEEP);
    res.writeHead(entry.verified ? 204 : 401).end();
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/webhooks/recourse`,
        secret,
        received: () => [...log],
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
