import { createPgliteStore } from '../../src/store/index';
import { runLockSuite } from '../locks.suite';

runLockSuite('PGlite', () => createPgliteStore());
