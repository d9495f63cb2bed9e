/**
 * The event shape the workflow emits and folds.
 * @module
 */
import type { JsonObject } from './json';
import type { Role, Visibility } from './states';
import type { EventType } from './table';

/** Who sent a command. `id` is an opaque agent or automation id; reporters usually have none. */
export interface Actor {
  /** The actor's role on the case. */
  role: Role;
  /** Opaque actor id. */
  id?: string;
}

/** A workflow event: a fact, already decided. */
export interface WorkflowEvent<T extends EventType = EventType> {
  /** What happened. */
  type: T;
  /** When, as an ISO 8601 UTC string taken from `ctx.now`. */
  at: string;
  /** Who did it. */
  actor: Actor;
  /** `internal` events are never shown to the reporter. */
  visibility: Visibility;
  /** The validated command payload plus computed fields (plain JSON). */
  data: JsonObject;
}
