// The floor under a data widget that must check what it reads before showing it, as the tracker
// and the desk do (their client checks every answer against the API contract's schemas, and no
// unchecked answer reaches the screen): the same reads as bench/pages/bare-lit-reads.ts, each
// answer checked with the very schema of `@recourse/core` the client uses for that endpoint,
// through its Standard Schema interface. Nothing else of the client (no ky, no retries, no
// errors, no words). The difference to the plain floor is what checking with the contract's zod
// schemas costs on a cold page: loading zod and the schemas, and their first parse.
import { DeskCasesPageSchema, platformConfigSchema, ReporterCaseWithEventsSchema } from '@recourse/core';
import { BenchReads, type Json } from './reads';

/** The Standard Schema interface every zod schema has. */
interface Checkable {
  '~standard': { validate(value: unknown): unknown };
}
type Result = { value: unknown; issues?: undefined } | { issues: readonly unknown[] };

// The tracker checks the parts of the configuration it shows (`TRACKER_CONFIG_PARTS` of the
// elements) and the case with its events; the desk its queue page.
const SCHEMAS: Record<string, () => Checkable[]> = {
  case: () => [
    platformConfigSchema(['passwordResetUrl', 'attachments', 'outsideBodies']),
    ReporterCaseWithEventsSchema,
  ],
  desk: () => [DeskCasesPageSchema],
};

class BenchCheckedReads extends BenchReads {
  protected override check(reads: string, data: unknown[]): Json[] {
    const schemas = SCHEMAS[reads]?.();
    if (!schemas) throw new Error('checked reads: case or desk');
    return data.map((answer, i) => {
      const result = schemas[i]!['~standard'].validate(answer) as Result | Promise<Result>;
      if (result instanceof Promise || result.issues)
        throw new Error(`answer ${i} does not match the contract`);
      return result.value as Json;
    });
  }
}
customElements.define('bench-checked-reads', BenchCheckedReads);
