/**
 * `<recourse-totp-setup>`'s words in Spanish.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { TotpSetupCatalog } from './en';

export const es: TotpSetupCatalog = {
  title: 'Verificación en dos pasos',
  stepOf: 'Paso {n} de {total}',
  steps: {
    intro: 'Proteja su cuenta con la verificación en dos pasos',
    scan: 'Agregue su cuenta a una aplicación de autenticación',
    code: 'Ingrese el código de la aplicación',
    backup: 'Guarde sus códigos de respaldo',
    done: 'La verificación en dos pasos está activada',
  },
  ui: {
    start: 'Configurar',
    next: 'Siguiente',
    back: 'Atrás',
    retry: 'Intentar de nuevo',
    loading: 'Cargando…',
    copy: 'Copiar',
    copied: 'Copiado',
  },
  intro: {
    why: 'Aunque alguien conozca su contraseña, también necesitará un código de seis dígitos que solo su teléfono puede generar. Es la medida más eficaz contra el robo de cuentas.',
    apps: 'Necesita una aplicación de autenticación en su teléfono, por ejemplo Google Authenticator, Microsoft Authenticator, 1Password, Authy o la que incluye su gestor de contraseñas.',
    time: 'Tarda unos dos minutos.',
  },
  scan: {
    instruction: 'Abra la aplicación, elija agregar una cuenta y escanee este código QR.',
    qrLabel: 'Código QR para su aplicación de autenticación',
    cantScan: '¿No puede escanearlo? Escriba esta clave en la aplicación (elija «basada en el tiempo»):',
    keyLabel: 'Clave de configuración',
    keyHint: 'Los espacios no importan. No comparta esta clave: quien la tenga puede generar sus códigos.',
    copyKey: 'Copiar clave',
    expires: 'Esta configuración vence a las {time}.',
  },
  code: {
    instruction:
      'La aplicación muestra ahora un código de seis dígitos para esta cuenta. Cambia cada 30 segundos.',
    label: 'Código de seis dígitos',
    hint: 'Escríbalo o péguelo; los espacios no importan.',
    submit: 'Activar',
  },
  backup: {
    intro:
      'Si pierde su teléfono, cada uno de estos códigos le permite entrar una vez. Guárdelos en un lugar seguro y privado, lejos de su teléfono: no se volverán a mostrar.',
    listLabel: 'Códigos de respaldo',
    copyAll: 'Copiar códigos',
    download: 'Descargar (.txt)',
    print: 'Imprimir',
    saved: 'Ya guardé mis códigos de respaldo',
    finish: 'Terminar',
    fileName: 'codigos-de-respaldo.txt',
    fileHeader: 'Códigos de respaldo de la verificación en dos pasos. Cada código sirve una sola vez.',
  },
  done: {
    body: 'A partir de ahora, para iniciar sesión necesitará su contraseña y un código de su aplicación.',
    recovery:
      'Ya que está aquí, compruebe que el correo electrónico y el número de teléfono de recuperación de la cuenta siguen siendo suyos.',
    neverAsks:
      'Nunca le pediremos un código, un código de respaldo ni su contraseña, ni por teléfono, ni por chat, ni por correo electrónico. Quien se los pida es un estafador.',
  },
  already: {
    heading: 'La verificación en dos pasos ya está activada',
    body: 'Códigos de respaldo restantes: {n}.',
    regenerateIntro:
      '¿Le quedan pocos códigos de respaldo o cree que alguien los vio? Obtenga un juego nuevo; los códigos anteriores dejarán de funcionar.',
    codeLabel: 'Código de su aplicación (o un código de respaldo)',
    codeHint: 'Es necesario para confirmar que es usted.',
    regenerate: 'Obtener códigos de respaldo nuevos',
    lowHeading: 'Le quedan pocos códigos de respaldo',
    low: {
      none: 'Ya no le quedan códigos de respaldo.',
      one: 'Solo le queda {n} código de respaldo.',
      other: 'Solo le quedan {n} códigos de respaldo.',
    },
    lowBody:
      'Si pierde su teléfono, un código de respaldo es la forma de volver a entrar en su cuenta. Genere un nuevo conjunto ahora y guárdelo en un lugar seguro; los códigos anteriores dejarán de funcionar.',
  },
  expired: {
    heading: 'Esta configuración venció',
    body: 'Por su seguridad, la configuración debe terminarse en pocos minutos. No se activó nada. Empiece de nuevo para obtener una clave nueva y borre la entrada anterior de su aplicación.',
    restart: 'Empezar de nuevo',
  },
  errors: {
    network: 'No pudimos conectar con el servidor. Revise su conexión e inténtelo de nuevo.',
    invalid:
      'Ese código no funcionó. Revise la hora de su teléfono e ingrese el código actual. Intentos restantes: {n}.',
    invalidWait: 'Ese código no funcionó.',
    lastTry: 'Ese código no funcionó. Si ingresa otro código incorrecto, tendrá que esperar.',
    used: 'Ese código ya se usó. Espere a que la aplicación muestre uno nuevo.',
    usedLeft: {
      one: 'Ese código ya se usó. Espere a que la aplicación muestre uno nuevo. Le queda {n} intento.',
      many: 'Ese código ya se usó. Espere a que la aplicación muestre uno nuevo. Le quedan {n} de intentos.',
      other: 'Ese código ya se usó. Espere a que la aplicación muestre uno nuevo. Le quedan {n} intentos.',
    },
    throttled: 'Demasiados intentos.',
    wait: 'Podrá intentarlo de nuevo en {time}.',
    ready: 'Ya puede intentarlo de nuevo.',
    expired: 'Esta configuración venció.',
    already_enabled: 'La verificación en dos pasos ya está activada.',
    not_enabled: 'La verificación en dos pasos no está activada.',
    locked:
      'Demasiados códigos incorrectos: este método está bloqueado. Comuníquese con soporte para recuperar su cuenta.',
    unauthorized: 'Primero inicie sesión y luego vuelva a esta página.',
    step_up_required: 'Ingrese un código de su aplicación para confirmar que es usted.',
    unknown: 'Algo salió mal. Inténtelo de nuevo.',
    format: 'Ingrese los seis dígitos que muestra la aplicación.',
  },
};
