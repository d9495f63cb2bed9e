/**
 * The fictional Lantern Wallet platform the demo runs: its configuration, demo accounts and
 * sign-ins, the seed, and the hooks backed by the demo's state. Not for production use.
 * @module
 */

export { createDemoActions, type DemoPlatformActions } from './demo-actions';
export { createDemoAuth, DEMO_LOGINS, DEMO_SESSION_COOKIE, type DemoAuth, type DemoLogin } from './demo-auth';
export { createDemoHooks, type DemoAgents } from './hooks';
export { DEMO_ACCOUNTS, DEMO_CONFIG, type DemoAccount } from './platform';
export { type DemoSeed, type SeededCase, type SeedOptions, seedDemo } from './seed';
