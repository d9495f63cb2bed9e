/**
 * Placeholders in messages. Apart from the `Intl` formatters (`format.ts`), so that a widget's
 * initial chunk, which fills in placeholders, does not carry the date and number formatting its
 * later views use.
 * @module
 */

/** Replaces `{name}` placeholders in a message. */
export function interpolate(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
