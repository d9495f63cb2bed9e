/**
 * The desk's containment words in Spanish, typed by the English ones.
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const es: DeskContainmentWords = {
  containment: {
    title: 'Protección de la cuenta',
    action: 'Acción de la plataforma',
    state: 'Estado',
    attempts: 'Intentos',
    requested: 'Solicitado',
    details: 'Detalles',
    origin: 'Bloqueo iniciado por {origin}',
    origins: {
      desk: 'soporte (congelamiento)',
      session: 'el titular, con sesión iniciada',
      link: 'el titular, con un enlace de bloqueo',
    },
    lock: {
      requested: 'Bloqueo solicitado, TODAVÍA NO vigente: la plataforma no lo ha confirmado',
      in_force: 'Cuenta bloqueada',
      failed: 'El bloqueo FALLÓ',
      released: 'Bloqueo levantado',
    },
    release: {
      cooling_off:
        'El titular pidió levantar el bloqueo: se levanta el {date}, salvo que un enlace de bloqueo lo cancele',
      releasing:
        'Venció el plazo de la solicitud del titular ({date}): la plataforma está desbloqueando la cuenta',
      done: 'Levantado a petición del titular el {date}',
      cancelled: 'Un nuevo bloqueo canceló la solicitud del titular para levantar el bloqueo',
    },
    actions: {
      lock_account: 'Bloquear la cuenta',
      unlock_account: 'Desbloquear la cuenta',
      sign_out_everywhere: 'Cerrar la sesión en todos los dispositivos',
      revoke_credential: 'Quitar una credencial',
      hold_risky_actions: 'Pausar los retiros y los cambios de seguridad',
    },
    states: {
      requested: 'Solicitado',
      retrying: 'Falló, reintentando',
      done: 'Hecho',
      failed: 'Falló',
    },
    reasons: {
      platform_error: 'la plataforma respondió con un error',
      timeout: 'la plataforma no respondió a tiempo',
      refused: 'la plataforma lo rechazó',
      not_configured: 'la plataforma no ofrece esta acción',
      given_up: 'la plataforma siguió fallando: se dejó de reintentar, soporte debe actuar',
    },
    until: 'hasta el {date}',
  },
};
