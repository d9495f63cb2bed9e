/**
 * Refinements of the contract's schemas that a plain description can name: module-level
 * functions, so the generator finds a refinement by identity and the plain checker calls the
 * same function. No schema library here: the plain checker imports it into first paint.
 * @module
 */
import { hasControlCharacters } from '../../schemas/control-characters';

/** Whether a string holds no control character (the rule of every bounded single-line text). */
export function noControlCharacters(value: string): boolean {
  return !hasControlCharacters(value);
}

/**
 * The refinements a plain description may name, by name. A zod refinement whose function is not
 * here cannot be described: the generator throws.
 */
export const PLAIN_REFINEMENTS: Readonly<Record<string, (value: string) => boolean>> = {
  noControlCharacters,
};
