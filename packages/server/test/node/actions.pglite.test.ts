import { createPgliteStore } from '../../src/store/index';
import { runActionSuite } from '../actions.suite';

runActionSuite('PGlite', () => createPgliteStore());
