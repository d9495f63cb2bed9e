import { createTestPgliteStore } from '../pglite-template';
import { runServerSuite } from '../server.suite';

runServerSuite('PGlite (in memory)', () => createTestPgliteStore());
