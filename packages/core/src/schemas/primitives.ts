import * as z from 'zod/mini';
import { hasControlCharacters } from './control-characters';
import { LIMITS } from './limits';

export { hasControlCharacters };

/** Options shared by the schema factories. */
export interface SchemaOptions {
  /** The clock used to refuse times in the future; defaults to the system clock. */
  now?: () => Date;
}

/** The system clock. */
export const systemClock = (): Date => new Date();

/** A bounded string without control characters (newline and tab allowed when `multiline`). */
export function text(max: number, options: { min?: number; multiline?: boolean } = {}) {
  const checks: z.core.$ZodCheck<string>[] = [];
  if (options.min !== undefined && options.min > 0) checks.push(z.minLength(options.min));
  checks.push(z.maxLength(max));
  const multiline = options.multiline === true;
  checks.push(z.refine((s: string) => !hasControlCharacters(s, multiline), { error: 'control_characters' }));
  return z.string().check(...checks);
}

/**
 * An instant: ISO 8601 date-time with `Z` or an offset, not later than `now()` plus
 * {@link LIMITS.clockSkewMs}.
 */
export function instant(now: () => Date) {
  return z.iso.datetime({ offset: true, error: 'invalid_datetime' }).check(
    z.refine((s: string) => !Number.isNaN(Date.parse(s)), { error: 'invalid_datetime' }),
    z.refine((s: string) => !(Date.parse(s) > now().getTime() + LIMITS.clockSkewMs), { error: 'in_future' }),
  );
}

/** An email address, bounded. */
export function email() {
  return z.email().check(z.maxLength(LIMITS.emailMax));
}

const PHONE_SHAPE = /^ *\+[0-9 -]+$/;

/** Whether `value` is a phone number: `+`, then 7 to 15 digits, spaces and dashes allowed. */
export function isPhoneNumber(value: string): boolean {
  if (!PHONE_SHAPE.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= LIMITS.phoneDigitsMin && digits <= LIMITS.phoneDigitsMax;
}

/** Normalizes a phone number to `+` and digits only. */
export function normalizePhone(value: string): string {
  return '+' + value.replace(/[^0-9]/g, '');
}

/** A phone number as typed, normalized on output to `+` and digits (E.164 shape). */
export function phone() {
  return z.pipe(
    z.string().check(
      z.maxLength(LIMITS.phoneInputMax),
      z.refine((s: string) => isPhoneNumber(s), { error: 'invalid_phone' }),
    ),
    z.transform((s: string) => normalizePhone(s)),
  );
}

/** Whether a string is an IPv4 or IPv6 address. */
export function isIpAddress(value: string): boolean {
  return z.regexes.ipv4.test(value) || z.regexes.ipv6.test(value);
}

/** An IPv4 or IPv6 address. */
export function ipAddress() {
  return z.string().check(
    z.maxLength(LIMITS.ipMax),
    z.refine((s: string) => isIpAddress(s), { error: 'invalid_ip' }),
  );
}

/** Runs a check even when other parts of the value failed (the check guards its input). */
export const always = (): boolean => true;
