/**
 * The catalogs a language is made of, by the name `registerTranslation` and
 * `overrideTranslation` take. Each is typed by its English source.
 * @module
 */
import type { CaseDeskCatalog } from '../components/case-desk/case-desk.i18n';
import type { CaseTrackerCatalog } from '../components/case-tracker/case-tracker.i18n';
import type { LaterStepWords } from '../components/report-form/i18n/en';
import type { FirstStepWords } from '../components/report-form/i18n/first-step.en';
import type { LockOfferWords } from '../components/report-form/i18n/lock.en';
import type { TotpSetupCatalog } from '../components/totp-setup/i18n/en';
import type { ReportSummaryCatalog } from '../views/i18n/report-summary.en';
import type { DomainCatalog } from './catalogs/domain.en';
import type { DossierWords } from './catalogs/dossier.en';
import type { FormatWords } from './catalogs/formats.en';
import type { SecretWords } from './catalogs/secrets.en';

/** Every catalog of one language. */
export interface Translation {
  /** `<recourse-report-form>`: its first step and frame (initial bundle). */
  'report-form-first-step': FirstStepWords;
  /** `<recourse-report-form>`: the later steps. */
  'report-form': LaterStepWords;
  /** `<recourse-report-form>`: the "Lock my account now" offer. */
  'report-form-lock': LockOfferWords;
  /** `<recourse-case-tracker>`. */
  'case-tracker': CaseTrackerCatalog;
  /** `<recourse-totp-setup>`. */
  'totp-setup': TotpSetupCatalog;
  /** `<recourse-case-desk>`. */
  'case-desk': CaseDeskCatalog;
  /** The report as filed (desk, review step). */
  'report-summary': ReportSummaryCatalog;
  /** The workflow's statuses, states, timeline events and roles (tracker, desk, dossier). */
  domain: DomainCatalog;
  /** The printable case file. */
  dossier: DossierWords;
  /** The secret guard's warnings. */
  secrets: SecretWords;
  /**
   * Dates and relative times without `Intl` (tracker, desk; ADR 0033). Optional for a platform's
   * language: without it, its dates go through `Intl`.
   */
  formats: FormatWords;
}

/** Any part of a catalog, down to single strings. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
