/**
 * Placeholders isolated for right-to-left text: a case number, an amount or a name in Latin
 * script sits in an Arabic sentence as its own run (`<bdi>`), so neither reorders the other.
 * @module
 */
import { html, type TemplateResult } from 'lit';

/**
 * Fills `{name}` placeholders like `interpolate`, each value in a `<bdi>` (text bindings only).
 * @returns parts to render in a Lit template
 */
export function isolate(
  message: string,
  params: Record<string, string | number>,
): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of message.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!(name in params)) continue;
    parts.push(message.slice(last, match.index));
    parts.push(html`<bdi>${String(params[name])}</bdi>`);
    last = match.index! + match[0].length;
  }
  parts.push(message.slice(last));
  return parts;
}
