/**
 * The lock offer's words in Spanish; typed by the English source, so a missing or extra key
 * fails the typecheck.
 * @module
 */
import type { LockOfferWords } from './lock.en';

export const es: LockOfferWords = {
  title: 'Bloquear mi cuenta ahora',
  intro:
    'El bloqueo detiene de inmediato todos los inicios de sesión, retiros y cambios de seguridad, hasta que soporte o usted lo levanten. No se pierde nada.',
  fromLink:
    'Abrió el enlace de bloqueo desde uno de nuestros mensajes. Si otra persona está en su cuenta, bloquéela ahora: todos los inicios de sesión, retiros y cambios de seguridad se detienen hasta que soporte o usted levanten el bloqueo.',
  lock: 'Bloquear mi cuenta ahora',
  locking: 'Bloqueando…',
  needAccount:
    'No ha iniciado sesión en este dispositivo. Indíquenos la cuenta: enviaremos un enlace de bloqueo a los correos electrónicos y números de teléfono registrados. Ábralo para bloquear la cuenta.',
  accountLabel: 'Su cuenta',
  accountHint: 'Tal como la escribiría para iniciar sesión.',
  kindLabel: 'Tipo',
  kinds: {
    username: 'Nombre de usuario',
    email: 'Correo electrónico',
    phone: 'Número de teléfono',
    user_id: 'ID de usuario',
    wallet_address: 'Dirección de la billetera',
  },
  accountInvalid: 'Escriba la cuenta tal como la escribiría para iniciar sesión.',
  sendLink: 'Enviarme un enlace de bloqueo',
  sending: 'Enviando…',
  sendAgain: 'Enviar el enlace de nuevo',
  linkSent:
    'Enviamos un enlace de bloqueo a los contactos registrados para esta cuenta. Ábralo en cualquier dispositivo para bloquear la cuenta. Funciona una sola vez y por tiempo limitado.',
  lockedTitle: 'Su cuenta está bloqueada',
  locked:
    'Ahora nadie puede iniciar sesión, hacer retiros ni cambiar la configuración de seguridad. Avisamos a todos los contactos registrados. El bloqueo se mantiene hasta que soporte verifique su identidad, o hasta que usted pida levantarlo en la página de su caso y haya pasado el periodo de espera.',
  caseNumber: 'Número de caso',
  trackingLink: 'Su enlace privado para seguir el caso',
  keepPrivate: 'No comparta este enlace: cualquier persona que lo tenga puede ver el caso.',
  lockedInCase:
    'El bloqueo se añadió a este caso existente. Sígalo con el enlace privado que ya tiene para él.',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  lockedAnnounce: 'Su cuenta está bloqueada. Número de caso {number}.',
  linkRefused: 'Este enlace de bloqueo ya no funciona: ya se usó o venció. Pida uno nuevo a continuación.',
  limited: 'Demasiadas solicitudes. Espere unos minutos y vuelva a intentarlo.',
  failed: 'No pudimos conectar con el servidor. Revise su conexión y vuelva a intentarlo.',
  unavailable: 'El bloqueo no está disponible aquí. Continúe con el reporte y contacte a soporte ahora.',
};
