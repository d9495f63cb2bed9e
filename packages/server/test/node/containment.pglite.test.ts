import { runContainmentSuite } from '../containment.suite';
import { createTestPgliteStore } from '../pglite-template';

runContainmentSuite('PGlite', () => createTestPgliteStore());
