/**
 * Everything the tracker needs after its first paint, as one dynamic `import()` started once the
 * case is on screen (or the first paint could not show it): the controller with the HTTP client
 * and its schemas, the secret guard's scanner (its wordlists load on demand), the forms, live
 * updates and the case file. The first paint's views, words and check are `case-tracker.first`.
 * @module
 */
export { createRecourseClient } from '@recourse/core';
export { FocusKeepController } from '../../controllers/focus-keep-controller';
export { CaseTrackerContainmentController } from './case-tracker.containment.controller';
export { CaseTrackerController } from './case-tracker.controller';
