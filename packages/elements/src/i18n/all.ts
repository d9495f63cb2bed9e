/**
 * Every shipped language, registered at once (no lazy loading): for hosts that would rather
 * ship all six languages in one bundle, and for tests and stories that read any language's
 * catalog synchronously. Importing it is the whole effect (`@recourse/elements/i18n/all`).
 * @module
 */

import { ar as caseDeskAr } from '../components/case-desk/i18n/ar';
import { es as caseDeskEs } from '../components/case-desk/i18n/es';
import { ja as caseDeskJa } from '../components/case-desk/i18n/ja';
import { zhCN as caseDeskZhCN } from '../components/case-desk/i18n/zh-CN';
import { zhTW as caseDeskZhTW } from '../components/case-desk/i18n/zh-TW';
import { ar as caseTrackerAr } from '../components/case-tracker/i18n/ar';
import { es as caseTrackerEs } from '../components/case-tracker/i18n/es';
import { ja as caseTrackerJa } from '../components/case-tracker/i18n/ja';
import { zhCN as caseTrackerZhCN } from '../components/case-tracker/i18n/zh-CN';
import { zhTW as caseTrackerZhTW } from '../components/case-tracker/i18n/zh-TW';
import { ar as reportFormAr } from '../components/report-form/i18n/ar';
import { es as reportFormEs } from '../components/report-form/i18n/es';
import { ar as firstStepAr } from '../components/report-form/i18n/first-step.ar';
import { es as firstStepEs } from '../components/report-form/i18n/first-step.es';
import { ja as firstStepJa } from '../components/report-form/i18n/first-step.ja';
import { zhCN as firstStepZhCN } from '../components/report-form/i18n/first-step.zh-CN';
import { zhTW as firstStepZhTW } from '../components/report-form/i18n/first-step.zh-TW';
import { ja as reportFormJa } from '../components/report-form/i18n/ja';
import { ar as lockAr } from '../components/report-form/i18n/lock.ar';
import { es as lockEs } from '../components/report-form/i18n/lock.es';
import { ja as lockJa } from '../components/report-form/i18n/lock.ja';
import { zhCN as lockZhCN } from '../components/report-form/i18n/lock.zh-CN';
import { zhTW as lockZhTW } from '../components/report-form/i18n/lock.zh-TW';
import { zhCN as reportFormZhCN } from '../components/report-form/i18n/zh-CN';
import { zhTW as reportFormZhTW } from '../components/report-form/i18n/zh-TW';
import { ar as totpSetupAr } from '../components/totp-setup/i18n/ar';
import { es as totpSetupEs } from '../components/totp-setup/i18n/es';
import { ja as totpSetupJa } from '../components/totp-setup/i18n/ja';
import { zhCN as totpSetupZhCN } from '../components/totp-setup/i18n/zh-CN';
import { zhTW as totpSetupZhTW } from '../components/totp-setup/i18n/zh-TW';
import { ar as reportSummaryAr } from '../views/i18n/report-summary.ar';
import { es as reportSummaryEs } from '../views/i18n/report-summary.es';
import { ja as reportSummaryJa } from '../views/i18n/report-summary.ja';
import { zhCN as reportSummaryZhCN } from '../views/i18n/report-summary.zh-CN';
import { zhTW as reportSummaryZhTW } from '../views/i18n/report-summary.zh-TW';
import { ar as domainAr } from './catalogs/domain.ar';
import { es as domainEs } from './catalogs/domain.es';
import { ja as domainJa } from './catalogs/domain.ja';
import { zhCN as domainZhCN } from './catalogs/domain.zh-CN';
import { zhTW as domainZhTW } from './catalogs/domain.zh-TW';
import { ar as dossierAr } from './catalogs/dossier.ar';
import { es as dossierEs } from './catalogs/dossier.es';
import { ja as dossierJa } from './catalogs/dossier.ja';
import { zhCN as dossierZhCN } from './catalogs/dossier.zh-CN';
import { zhTW as dossierZhTW } from './catalogs/dossier.zh-TW';
import { ar as formatsAr } from './catalogs/formats.ar';
import { es as formatsEs } from './catalogs/formats.es';
import { ja as formatsJa } from './catalogs/formats.ja';
import { zhCN as formatsZhCN } from './catalogs/formats.zh-CN';
import { zhTW as formatsZhTW } from './catalogs/formats.zh-TW';
import { ar as secretsAr } from './catalogs/secrets.ar';
import { es as secretsEs } from './catalogs/secrets.es';
import { ja as secretsJa } from './catalogs/secrets.ja';
import { zhCN as secretsZhCN } from './catalogs/secrets.zh-CN';
import { zhTW as secretsZhTW } from './catalogs/secrets.zh-TW';
import { registerTranslation } from './registry';

registerTranslation('zh-CN', {
  'report-form-first-step': firstStepZhCN,
  'report-form-lock': lockZhCN,
  'report-form': reportFormZhCN,
  'case-tracker': caseTrackerZhCN,
  'totp-setup': totpSetupZhCN,
  'case-desk': caseDeskZhCN,
  'report-summary': reportSummaryZhCN,
  domain: domainZhCN,
  dossier: dossierZhCN,
  formats: formatsZhCN,
  secrets: secretsZhCN,
});

registerTranslation('zh-TW', {
  'report-form-first-step': firstStepZhTW,
  'report-form-lock': lockZhTW,
  'report-form': reportFormZhTW,
  'case-tracker': caseTrackerZhTW,
  'totp-setup': totpSetupZhTW,
  'case-desk': caseDeskZhTW,
  'report-summary': reportSummaryZhTW,
  domain: domainZhTW,
  dossier: dossierZhTW,
  formats: formatsZhTW,
  secrets: secretsZhTW,
});

registerTranslation('ja', {
  'report-form-first-step': firstStepJa,
  'report-form-lock': lockJa,
  'report-form': reportFormJa,
  'case-tracker': caseTrackerJa,
  'totp-setup': totpSetupJa,
  'case-desk': caseDeskJa,
  'report-summary': reportSummaryJa,
  domain: domainJa,
  dossier: dossierJa,
  formats: formatsJa,
  secrets: secretsJa,
});

registerTranslation('es', {
  'report-form-first-step': firstStepEs,
  'report-form-lock': lockEs,
  'report-form': reportFormEs,
  'case-tracker': caseTrackerEs,
  'totp-setup': totpSetupEs,
  'case-desk': caseDeskEs,
  'report-summary': reportSummaryEs,
  domain: domainEs,
  dossier: dossierEs,
  formats: formatsEs,
  secrets: secretsEs,
});

registerTranslation('ar', {
  'report-form-first-step': firstStepAr,
  'report-form-lock': lockAr,
  'report-form': reportFormAr,
  'case-tracker': caseTrackerAr,
  'totp-setup': totpSetupAr,
  'case-desk': caseDeskAr,
  'report-summary': reportSummaryAr,
  domain: domainAr,
  dossier: dossierAr,
  formats: formatsAr,
  secrets: secretsAr,
});
