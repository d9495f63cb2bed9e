/**
 * Debian's Chromium, headless, as root, with the flags this machine needs (no background
 * networking: its connections are refused here). Playwright only: the demo's tests and the
 * consumer smokes both launch it from here.
 */
import { type Browser, chromium } from 'playwright';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
