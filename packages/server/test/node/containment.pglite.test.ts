import { createPgliteStore } from '../../src/store/index';
import { runContainmentSuite } from '../containment.suite';

runContainmentSuite('PGlite', () => createPgliteStore());
