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
    lock_release_requested: {
      subject: '{platform}: alguien pidió levantar el bloqueo de su cuenta',
      happened:
        'Alguien pidió levantar el bloqueo de su cuenta de {platform}. El bloqueo se levantará después de un periodo de espera, a menos que usted lo detenga con el enlace de abajo.',
    },
    lock_release_cancelled: {
      subject: '{platform}: el bloqueo de su cuenta sigue vigente',
      happened:
        'Se canceló una solicitud para levantar el bloqueo de su cuenta de {platform}; el bloqueo sigue vigente.',
    },
    lock_released: {
      subject: '{platform}: se levantó el bloqueo de su cuenta',
      happened: 'El bloqueo de su cuenta de {platform} se levantó después del periodo de espera.',
    },
    account_locked: {
      subject: '{platform}: se bloqueó su cuenta',
      happened:
        'Su cuenta de {platform} se bloqueó por una solicitud desde una sesión iniciada o un enlace de bloqueo, y el bloqueo se añadió a un informe de robo de cuenta sobre ella. Soporte lo levanta después de verificar su identidad.',
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
    totp_backup_codes_low: {
      subject: '{platform}: le quedan pocos códigos de respaldo',
      happened:
        'Se usó un código de respaldo para iniciar sesión en su cuenta de {platform}; quedan {count}. Genere nuevos códigos en su configuración de seguridad.',
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
  lockLink: {
    subject: '{platform}: bloquee su cuenta',
    happened:
      'Alguien pidió un enlace para bloquear su cuenta de {platform}. Si cree que otra persona está usando su cuenta, bloquéela ahora. Si no fue usted quien lo pidió, puede ignorar este mensaje: no ha cambiado nada.',
  },
  lockNow: 'Si otra persona está usando su cuenta, bloquéela ahora:',
  lockNowLink: 'No fui yo: bloquear mi cuenta',
  lockNowAfter:
    'El bloqueo impide los inicios de sesión, los retiros y los cambios de seguridad hasta que soporte lo levante. El enlace funciona una sola vez y por tiempo limitado.',
};
