/** One mebibyte in bytes. */
const MIB = 1024 * 1024;

/**
 * Every bound the report schemas enforce, in one place so that the widgets can show them
 * (for example a character counter) and the server can size its body limits.
 * Lengths count UTF-16 code units, as `String.prototype.length` does.
 */
export const LIMITS = {
  /** Longest username or user id accepted as an account reference. */
  accountIdMax: 100,
  /** Longest email address (RFC 5321 path limit). */
  emailMax: 254,
  /** Longest phone number as typed, spaces and dashes included. */
  phoneInputMax: 32,
  /** Fewest digits in a phone number. */
  phoneDigitsMin: 7,
  /** Most digits in a phone number (E.164). */
  phoneDigitsMax: 15,
  /** Shortest wallet address. */
  walletAddressMin: 20,
  /** Longest wallet address. */
  walletAddressMax: 128,
  /** Allowed clock skew when refusing times in the future, in milliseconds. */
  clockSkewMs: 5 * 60 * 1000,
  /** Most activities in one report. */
  activitiesMax: 50,
  /** Longest asset symbol in a transfer. */
  assetMax: 20,
  /** Longest destination (address, account, IBAN...) of a transfer. */
  destinationMax: 128,
  /** Longest transaction id. */
  txIdMax: 128,
  /** Longest previous or new value of a changed profile field. */
  profileValueMax: 200,
  /** Longest place of a sign-in. */
  placeMax: 120,
  /** Longest device description. */
  deviceMax: 200,
  /** Longest IP address as text. */
  ipMax: 45,
  /** Longest description of an `other` activity. */
  descriptionMax: 2000,
  /** Longest free narrative. */
  narrativeMax: 10000,
  /** Most attachments in one report. */
  attachmentsMax: 10,
  /** Longest attachment id. */
  attachmentIdMax: 100,
  /** Longest attachment file name. */
  fileNameMax: 255,
  /** Largest single attachment, in bytes (10 MiB). */
  fileSizeMax: 10 * MIB,
  /** Largest total of all attachments of one report, in bytes (50 MiB). */
  attachmentsTotalMax: 50 * MIB,
  /** Longest security notice id. */
  noticeIdMax: 100,
} as const;

/** The media types an attachment may declare (the server checks the magic bytes too). */
export const ALLOWED_MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'text/plain',
] as const;

/** A media type an attachment may declare. */
export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

/** Kinds of account reference. */
export const ACCOUNT_REF_KINDS = ['username', 'email', 'phone', 'user_id', 'wallet_address'] as const;

/**
 * Languages a person may be contacted in: the shipped languages (the widgets' and the notices'
 * catalogs exist in each). Also the keys of the configuration's localized texts.
 */
export const CONTACT_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'es', 'ar'] as const;

/** Outcomes of a password reset attempt. */
export const PASSWORD_RESET_STATES = ['not_tried', 'worked', 'failed'] as const;

/** Profile fields an attacker may have changed. */
export const PROFILE_FIELDS = [
  'email',
  'phone',
  'password',
  'two_factor',
  'withdrawal_allowlist',
  'api_key',
  'other',
] as const;

/** Kinds of activity a report may list. */
export const ACTIVITY_KINDS = ['transfer', 'profile_change', 'sign_in', 'other'] as const;

/** Channels through which a report reaches the platform. */
export const REPORT_CHANNELS = ['web_form', 'hotline', 'social', 'email', 'in_app'] as const;

/** Kinds of security notice ("this wasn't me" links). */
export const NOTICE_KINDS = ['sign_in', 'transfer', 'profile_change', 'other'] as const;
