/**
 * The one place the widgets' prefix is spelled. Tags are `recourse-<name>`, domain events
 * `recourse-<name>-<what>`, CSS custom properties `--recourse-*`, draft keys `recourse:*`.
 * @module
 */

/** The prefix of every tag, event and storage key of the widgets. */
export const PREFIX = 'recourse';

/** `recourse-<name>`: a tag or an event type. */
export const prefixed = <N extends string>(name: N): `${typeof PREFIX}-${N}` => `${PREFIX}-${name}`;
