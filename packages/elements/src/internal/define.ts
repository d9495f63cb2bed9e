/**
 * Registration helper for the `define/` entry files. Pure: only calling it has an effect, so the
 * module may sit in a shared chunk while the calls stay in the (side-effectful) entry files.
 * @module
 */
import { prefixed } from './prefix';

/** Defines `recourse-<name>` unless that tag is already defined (by the host or another copy). */
export function defineOnce(name: string, element: CustomElementConstructor): void {
  const tag = prefixed(name);
  if (!customElements.get(tag)) customElements.define(tag, element);
}
