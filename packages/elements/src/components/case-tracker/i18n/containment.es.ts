/**
 * The tracker's containment words in Spanish, typed by the English ones.
 * @module
 */
import type { ContainmentWords } from './containment.en';

export const es: ContainmentWords = {
  containment: {
    title: 'La protección de su cuenta',
    lockTitle: 'Bloqueo de la cuenta',
    lock: {
      requested:
        'Pedimos a la plataforma que bloquee su cuenta. Todavía no está bloqueada: seguimos intentándolo.',
      in_force:
        'Su cuenta está bloqueada: nadie puede iniciar sesión, hacer retiros ni cambiar su configuración de seguridad.',
      failed:
        'La plataforma no pudo bloquear su cuenta. Ya avisamos a soporte; comuníquese con soporte de inmediato si todavía salen fondos.',
      released: 'Se levantó el bloqueo.',
    },
    origins: {
      session: 'Usted la bloqueó con la sesión iniciada.',
      link: 'Usted la bloqueó con el enlace de nuestro mensaje.',
      desk: 'Soporte la bloqueó.',
    },
    since: 'Desde el {date}',
    release: 'Levantar el bloqueo…',
    releaseTitle: '¿Levantar el bloqueo?',
    releaseBody:
      'Avisaremos de inmediato a todos los correos electrónicos y números de teléfono registrados. El bloqueo se levanta después de un periodo de espera, a menos que alguien use el enlace de ese mensaje para mantenerlo. Tener una sesión iniciada en algún lugar no basta para levantar un bloqueo, así que quien tomó su cuenta no puede hacerlo.',
    releaseConfirm: 'Sí, levantarlo después del periodo de espera',
    releaseSent:
      'Solicitud enviada. Avisamos a todos los correos electrónicos y números de teléfono registrados.',
    released: {
      cooling_off:
        'El bloqueo se levantará el {date} ({relative}). Avisamos a todos los correos electrónicos y números de teléfono registrados; si no fue usted, el mensaje tiene un enlace que mantiene la cuenta bloqueada.',
      releasing: 'Terminó el periodo de espera: la plataforma está levantando el bloqueo.',
      done: 'El bloqueo se levantó a petición suya el {date}.',
      cancelled: 'Un nuevo bloqueo canceló su solicitud para levantar el bloqueo: la cuenta sigue bloqueada.',
    },
    holdTitle: 'Pausa de recuperación',
    hold: {
      requested: 'Pedimos a la plataforma que pause los retiros y los cambios de seguridad hasta el {date}.',
      in_force: 'Los retiros y los cambios de seguridad están en pausa hasta el {date} ({relative}).',
      failed:
        'La plataforma no pudo activar la pausa. Revise con cuidado su configuración de seguridad e informe a soporte.',
      ended: 'La pausa de recuperación terminó el {date}.',
    },
    holdWhy:
      'Por qué: si quien tomó su cuenta todavía tiene una forma de entrar, mientras dure la pausa no podrá enviar su dinero a otro lugar ni cambiar su contraseña, correo electrónico, teléfono o verificación en dos pasos, y usted tendrá tiempo para notarlo y avisarnos.',
    actionsTitle: 'Lo que hizo la plataforma',
    actions: {
      lock_account: 'Bloquear la cuenta',
      unlock_account: 'Desbloquear la cuenta',
      sign_out_everywhere: 'Cerrar la sesión en todos los dispositivos',
      revoke_credential: 'Quitar un inicio de sesión, una clave o una dirección',
      hold_risky_actions: 'Pausar los retiros y los cambios de seguridad',
    },
    states: { requested: 'solicitado', done: 'hecho', failed: 'no se pudo hacer' },
    retrying: 'todavía no se hizo: reintentando',
    reasons: {
      platform_error: 'la plataforma tuvo un error',
      timeout: 'la plataforma no respondió a tiempo',
      refused: 'la plataforma lo rechazó',
      not_configured: 'la plataforma no ofrece esto',
      given_up: 'la plataforma siguió fallando, así que dejamos de reintentar; soporte se ocupará',
    },
  },
  credentials: {
    title: 'Inicios de sesión, claves y direcciones de su cuenta',
    intro:
      'Quien tomó su cuenta puede haber dejado una forma de volver a entrar. Revise cada elemento: conserve lo que es suyo y quite todo lo que no reconozca.',
    loading: 'Cargando la lista desde la plataforma…',
    failed: 'No se pudo cargar la lista. Inténtelo de nuevo más tarde o informe a soporte.',
    empty: 'La plataforma no informa nada que revisar.',
    kinds: {
      session: 'Dispositivo con sesión iniciada',
      api_key: 'Clave de API',
      withdrawal_address: 'Dirección de retiro',
      second_factor: 'Dispositivo de verificación en dos pasos',
      connected_app: 'Aplicación conectada',
      recovery_contact: 'Correo electrónico o teléfono de recuperación',
    },
    added: 'Agregado el {date}',
    keep: 'Conservar',
    remove: 'Quitar',
    choose: 'Elija conservar o quitar para cada elemento.',
    submit: 'Confirmar mis elecciones',
    sent: 'Enviado. Cada eliminación aparecerá aquí cuando la plataforma la confirme.',
    outcomes: {
      kept: 'Conservado',
      requested: 'Eliminación solicitada',
      done: 'Quitado',
      failed: 'No se pudo quitar',
    },
  },
};
