/**
 * `GET /v1/config`: what a widget needs to know about the platform it is embedded in.
 * @module
 */
import * as z from 'zod/mini';
import { lazyRecord } from '../internal/lazy';
import { ALLOWED_MEDIA_TYPES, CONTACT_LANGUAGES, LIMITS } from '../schemas/limits';
import { hasControlCharacters } from '../schemas/primitives';
import {
  DEADLINE_PRESETS,
  DECIMAL_PATTERN,
  type DeadlinePolicy,
  type DeadlinePresetId,
} from '../workflow/index';
import { httpUrl, label, ResourceIdSchema } from './primitives';

/** Social networks a platform can be reached on. */
export const SOCIAL_NETWORKS = ['x', 'weibo', 'wechat', 'telegram', 'discord', 'facebook', 'other'] as const;
/** A social network. */
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** Kinds of outside body a complaint can be escalated to. */
export const OUTSIDE_BODY_KINDS = [
  'consumer_protection',
  'regulator',
  'police',
  'ombudsman',
  'other',
] as const;
/** A kind of outside body. */
export type OutsideBodyKind = (typeof OUTSIDE_BODY_KINDS)[number];

/** Ids of the deadline presets (`platform_sla`, `eu_psd2`...). */
export const DEADLINE_PRESET_IDS = Object.keys(DEADLINE_PRESETS) as DeadlinePresetId[];

/** Longest free text per language in the configuration (hotline hours, body names). */
export const CONFIG_TEXT_MAX = 200;

/** Text per language; at least one language. */
function localized() {
  const text = z.string().check(
    z.minLength(1),
    z.maxLength(CONFIG_TEXT_MAX),
    z.refine((s: string) => !hasControlCharacters(s, true), { error: 'control_characters' }),
  );
  return z
    .partialRecord(z.enum(CONTACT_LANGUAGES), text)
    .check(z.refine((r) => Object.keys(r).length > 0, { error: 'required' }));
}

const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
const durationExtra = () => ({ endOfDay: z.optional(z.boolean()) });

/** Schema of a {@link Duration} (exactly one unit). */
export const DurationSchema = z.lazy(() =>
  z.union([
    z.strictObject({ hours: count(24 * 366), ...durationExtra() }),
    z.strictObject({ days: count(3660), ...durationExtra() }),
    z.strictObject({ businessDays: count(2600), ...durationExtra() }),
    z.strictObject({ months: count(120), ...durationExtra() }),
  ]),
);

/** Schema of a full {@link DeadlinePolicy}. */
export const DeadlinePolicySchema: z.ZodMiniType<DeadlinePolicy> = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9_]{1,64}$/)),
    firstResponse: z.optional(DurationSchema),
    investigation: z.optional(DurationSchema),
    investigationExtended: z.optional(DurationSchema),
    claimDecision: z.optional(DurationSchema),
    complaintAnswer: z.optional(DurationSchema),
    complaintClose: z.optional(DurationSchema),
    escalationWindow: z.optional(DurationSchema),
    reportWindow: z.optional(DurationSchema),
    liabilityTiers: z.optional(
      z
        .array(
          z.strictObject({
            within: DurationSchema,
            maxLiability: z.string().check(z.regex(DECIMAL_PATTERN)),
            currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
          }),
        )
        .check(z.maxLength(10)),
    ),
    holidays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))).check(z.maxLength(1000))),
  }),
);

/**
 * The configuration's parts, one schema each, each built on first use: a widget checks only the
 * parts it shows (see {@link platformConfigSchema}); the whole schema is all of them.
 */
const PARTS = {
  platform: () => z.object({ id: ResourceIdSchema, name: label(100) }),
  languages: () =>
    z.array(z.enum(CONTACT_LANGUAGES)).check(
      z.minLength(1),
      z.maxLength(CONTACT_LANGUAGES.length),
      z.refine((l) => new Set(l).size === l.length, { error: 'invalid' }),
    ),
  contacts: () =>
    z.object({
      webForm: z.optional(z.object({ url: httpUrl() })),
      hotline: z.optional(
        z.object({
          number: z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{2,31}$/)),
          hours: localized(),
          option: z.optional(label(40)),
        }),
      ),
      social: z.optional(
        z
          .array(z.object({ network: z.enum(SOCIAL_NETWORKS), handle: label(100), url: httpUrl() }))
          .check(z.maxLength(20)),
      ),
    }),
  passwordResetUrl: () => z.optional(httpUrl()),
  deadlinePolicy: () =>
    z.union([z.enum(DEADLINE_PRESET_IDS as [DeadlinePresetId, ...DeadlinePresetId[]]), DeadlinePolicySchema]),
  attachments: () =>
    z.object({
      maxFileBytes: z.int().check(z.minimum(1), z.maximum(LIMITS.fileSizeMax)),
      maxFiles: z.int().check(z.minimum(0), z.maximum(LIMITS.attachmentsMax)),
      maxCaseBytes: z.int().check(z.minimum(0), z.maximum(LIMITS.attachmentsTotalMax)),
      mediaTypes: z.array(z.enum(ALLOWED_MEDIA_TYPES)).check(z.maxLength(ALLOWED_MEDIA_TYPES.length)),
    }),
  outsideBodies: () =>
    z
      .array(
        z.object({
          id: ResourceIdSchema,
          kind: z.enum(OUTSIDE_BODY_KINDS),
          name: localized(),
          url: z.optional(httpUrl()),
          region: z.optional(z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/))),
        }),
      )
      .check(z.maxLength(50)),
};
type ConfigShape = { [K in keyof typeof PARTS]: ReturnType<(typeof PARTS)[K]> };

/** The top-level keys of the configuration, each checked on its own by {@link platformConfigSchema}. */
export const PLATFORM_CONFIG_PARTS = Object.keys(PARTS) as (keyof typeof PARTS)[];
/** A top-level key of the configuration. */
export type PlatformConfigPart = (typeof PLATFORM_CONFIG_PARTS)[number];

const parts = lazyRecord<ConfigShape>(PLATFORM_CONFIG_PARTS, (key) => PARTS[key]() as never);

/** Schema of the platform configuration (`GET /v1/config`), every part. */
export const PlatformConfigSchema = z.lazy(() => z.object({ ...parts }));

const picked = new Map<string, z.ZodMiniType>();
/**
 * The schema of some parts of the configuration: the answer checked for those parts only, and
 * only those parts kept (a widget never holds a part it has not checked). Built on first use,
 * once per set of parts.
 * @param keys - the parts a widget uses
 */
export function platformConfigSchema<K extends PlatformConfigPart>(
  keys: readonly K[],
): z.ZodMiniType<Pick<PlatformConfig, K>> {
  const id = [...keys].sort().join(',');
  let schema = picked.get(id);
  if (!schema) {
    schema = z.object(Object.fromEntries(keys.map((k) => [k, parts[k]])));
    picked.set(id, schema);
  }
  return schema as z.ZodMiniType<Pick<PlatformConfig, K>>;
}

/** The platform configuration a widget reads. */
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;

/**
 * The deadline policy a configuration names.
 * @param config - the configuration
 * @returns the preset it names, or its own policy
 */
export function resolveDeadlinePolicy(config: Pick<PlatformConfig, 'deadlinePolicy'>): DeadlinePolicy {
  const policy = config.deadlinePolicy;
  return typeof policy === 'string' ? DEADLINE_PRESETS[policy] : policy;
}
