/**
 * Exact addition of non-negative decimal strings (amounts are never floats).
 * @module
 */

/** A non-negative decimal amount: up to 30 integer digits and 18 fraction digits, no sign, no exponent. */
export const DECIMAL_PATTERN = /^(0|[1-9]\d{0,29})(\.\d{1,18})?$/;

function toScaled(value: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

/**
 * Adds decimal strings exactly and returns the canonical sum (no trailing fraction zeros).
 * @param values - strings matching {@link DECIMAL_PATTERN}
 * @returns the sum, e.g. `addDecimals(['0.1', '0.2'])` is `'0.3'`
 */
export function addDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const total = values.reduce((sum, v) => sum + toScaled(v, scale), 0n);
  if (scale === 0) return total.toString();
  const digits = total.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
