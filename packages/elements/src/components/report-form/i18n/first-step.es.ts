/**
 * The report form's first step's and frame's words in Spanish.
 * Typed by the English catalog (`first-step.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const es: FirstStepWords = {
  title: 'Reportar una cuenta robada',
  stepOf: 'Paso {n} de {total}',
  steps: {
    first: 'Primero, proteja lo que pueda',
    account: 'Su cuenta y cómo contactarlo',
    incident: 'Qué pasó',
    evidence: 'Pruebas',
    review: 'Revise y envíe su reporte',
    done: 'Recibimos su reporte',
  },
  ui: {
    goToReport: 'Ir al reporte',
    discard: 'Empezar de nuevo',
    yes: 'Sí',
    no: 'No',
    loading: 'Cargando…',
  },
  first: {
    intro:
      'Responda cuatro preguntas. Le mostramos qué hacer ahora, en orden. Puede pasar al reporte en cualquier momento.',
    canSignIn: '¿Todavía puede iniciar sesión en la cuenta?',
    passwordReset: '¿Intentó restablecer la contraseña?',
    reset: { not_tried: 'Todavía no', worked: 'Sí, funcionó', failed: 'Sí, pero no funcionó' },
    moneyMoved: '¿Salió dinero o criptomonedas de la cuenta?',
    profileChanged: '¿Se cambiaron el correo, el teléfono o la verificación en dos pasos?',
    urgency: {
      critical: 'Actúe ya: se movió dinero. Repórtelo de inmediato.',
      high: 'Urgente: contacte a soporte ahora.',
      elevated: 'Proteja la cuenta y luego avise a soporte.',
    },
    stepsTitle: 'Qué hacer ahora',
    containmentTitle: 'Cuando vuelva a entrar, revise lo que haya dejado el atacante',
    resetLink: 'Abrir el restablecimiento de contraseña',
    neverAsks:
      'Soporte nunca le pedirá su contraseña, su frase de recuperación, su código de verificación en dos pasos ni acceso remoto.',
  },
  triage: {
    secure_email: 'Primero proteja su cuenta de correo: quien la controle puede restablecer todo lo demás.',
    report: 'Reporte el robo de la cuenta a soporte (con este formulario).',
    change_password: 'Cambie la contraseña ahora. Que sea larga y única; un gestor de contraseñas ayuda.',
    enable_2fa: 'Active la verificación en dos pasos.',
    sign_out_other_sessions: 'Cierre todas las demás sesiones y dispositivos.',
    use_password_reset: 'Use el restablecimiento de contraseña.',
    verify_identity: 'Verifique su identidad con soporte para volver a entrar.',
  },
  containment: {
    sign_out_other_sessions: 'Cerrar las demás sesiones y dispositivos',
    check_email_phone: 'Revisar el correo electrónico y el número de teléfono de la cuenta',
    check_mail_forwarding: 'Revisar si su buzón tiene reglas de reenvío que usted no creó',
    check_2fa_devices: 'Revisar qué dispositivos de verificación en dos pasos están registrados',
    regenerate_backup_codes: 'Generar códigos de respaldo nuevos',
    revoke_api_keys: 'Eliminar las claves de API que usted no creó',
    revoke_connected_apps: 'Quitar las aplicaciones conectadas que no reconozca',
    check_withdrawal_allowlist: 'Revisar la lista de direcciones de retiro',
  },
  status: {
    restored: 'Recuperamos el reporte que había empezado antes.',
    laterFailed: 'No se pudo cargar el resto del formulario. Revise su conexión e inténtelo de nuevo.',
  },
};
