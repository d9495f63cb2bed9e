import { createTestPgliteStore } from '../pglite-template';
import { runWebhookSuite } from '../webhooks.suite';

runWebhookSuite('PGlite', () => createTestPgliteStore());
