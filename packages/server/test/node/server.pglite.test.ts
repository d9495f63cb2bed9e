import { createPgliteStore } from '../../src/store/index';
import { runServerSuite } from '../server.suite';

runServerSuite('PGlite (in memory)', () => createPgliteStore());
