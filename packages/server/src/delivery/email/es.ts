/**
 * The email notices in Spanish.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { EmailCatalog } from './catalog';

export const es: EmailCatalog = {
  lang: 'es',
  caseEvents: {
    case_submitted: {
      subject: '{platform}: alguien reportó que robaron su cuenta',
      happened: 'Se presentó un reporte que indica que robaron su cuenta de {platform}.',
    },
    compromise_confirmed: {
      subject: '{platform}: confirmamos el robo de su cuenta',
      happened: 'Nuestro equipo de soporte confirmó que robaron su cuenta de {platform}.',
    },
    case_ruled_out: {
      subject: '{platform}: se cerró un reporte de robo sobre su cuenta',
      happened:
        'Nuestro equipo de soporte revisó un reporte sobre su cuenta de {platform} y no encontró ningún robo.',
    },
    case_reopened: {
      subject: '{platform}: se volvió a abrir un reporte sobre su cuenta',
      happened: 'Se volvió a abrir un reporte de robo sobre su cuenta de {platform}.',
    },
    account_frozen: {
      subject: '{platform}: su cuenta fue congelada',
      happened: 'Su cuenta de {platform} fue congelada mientras se revisa un reporte de robo.',
    },
    verification_requested: {
      subject: '{platform}: se solicitó una verificación de identidad',
      happened:
        'Nuestro equipo de soporte solicitó una verificación de identidad relacionada con su cuenta de {platform}.',
    },
    verification_recorded: {
      subject: '{platform}: se registró una verificación de identidad',
      happened: 'Se registró una verificación de identidad para su cuenta de {platform}.',
    },
    account_restored: {
      subject: '{platform}: se restableció el acceso a su cuenta',
      happened: 'Se restableció el acceso a su cuenta de {platform} a la persona que reportó el robo.',
    },
    confirmation_requested: {
      subject: '{platform}: confirme la recuperación de su cuenta',
      happened: 'La recuperación de su cuenta de {platform} está a la espera de confirmación.',
    },
    recovery_confirmed: {
      subject: '{platform}: se confirmó la recuperación de su cuenta',
      happened: 'Se confirmó la recuperación de su cuenta de {platform}.',
    },
    recovery_disputed: {
      subject: '{platform}: se impugnó la recuperación de su cuenta',
      happened: 'Alguien impugnó la recuperación de su cuenta de {platform}.',
    },
    case_closed: {
      subject: '{platform}: se cerró un reporte sobre su cuenta',
      happened: 'Se cerró un reporte de robo sobre su cuenta de {platform}.',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}: se activó la verificación en dos pasos',
      happened:
        'Se activó la verificación en dos pasos (aplicación de autenticación) en su cuenta de {platform}.',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}: se generaron códigos de respaldo nuevos',
      happened:
        'Se generaron códigos de respaldo nuevos para su cuenta de {platform}; los anteriores ya no funcionan.',
    },
    totp_disabled: {
      subject: '{platform}: se desactivó la verificación en dos pasos',
      happened: 'Se desactivó la verificación en dos pasos en su cuenta de {platform}.',
    },
    totp_locked: {
      subject: '{platform}: se bloqueó la verificación en dos pasos',
      happened:
        'Se ingresaron demasiados códigos de autenticación incorrectos en su cuenta de {platform}; los códigos están bloqueados.',
    },
    totp_backup_codes_locked: {
      subject: '{platform}: se bloquearon los códigos de respaldo',
      happened:
        'Se ingresaron demasiados códigos de respaldo incorrectos en su cuenta de {platform}; los códigos de respaldo están bloqueados.',
    },
  },
  greeting: 'Hola:',
  whenLabel: 'Cuándo',
  referenceLabel: 'Referencia',
  notMe: 'Si no fue usted, o si usted no lo solicitó, avísenos ahora:',
  notMeLink: 'No fui yo',
  notMeNoLink: 'Si no fue usted, o si usted no lo solicitó, comuníquese ahora con el soporte de {platform}.',
  footer:
    'Recibe este mensaje porque esta dirección está registrada en una cuenta de {platform}. Nunca le pedimos su contraseña ni códigos por correo electrónico.',
};
