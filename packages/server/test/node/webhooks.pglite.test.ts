import { createPgliteStore } from '../../src/store/index';
import { runWebhookSuite } from '../webhooks.suite';

runWebhookSuite('PGlite', () => createPgliteStore());
