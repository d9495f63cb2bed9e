/**
 * `<recourse-case-tracker>`'s words in Spanish.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */

import { es as secrets } from '../../../i18n/catalogs/secrets.es';
import { es as containment } from './containment.es';
import type { CaseTrackerCatalog } from './en';

export const es: CaseTrackerCatalog = {
  title: 'Su caso',
  caseNumber: 'Caso {number}',
  reported: 'Reportado el {when}',
  loading: 'Abriendo su caso…',
  retry: 'Intentar de nuevo',
  linkRemoved:
    'Por su seguridad, quitamos la parte privada de su enlace de la barra de direcciones. Para volver más tarde, abra de nuevo el enlace que recibió; no lo comparta.',
  errors: {
    missing_link:
      'Esta página necesita el enlace privado que recibió al hacer el reporte. Abra ese enlace para seguir su caso.',
    not_found: 'Este enlace no abre ningún caso. Puede haber vencido o haberse copiado de forma incompleta.',
    network:
      'No podemos conectar con el servicio en este momento. Revise su conexión; seguimos intentándolo.',
    rejected: 'No se pudo hacer en esta etapa: el caso cambió mientras tanto. Se actualizó la página.',
    upload: 'No se pudo subir un archivo. No se envió nada; inténtelo de nuevo.',
    failed: 'Algo salió mal de nuestro lado. No se perdió nada; inténtelo de nuevo.',
  },
  connection: {
    live: 'En vivo: las novedades aparecen aquí automáticamente.',
    reconnecting: 'Se interrumpió la conexión. Reconectando…',
    polling: 'Buscando novedades cada pocos segundos.',
    offline: 'Sin conexión: lo que ve puede no estar actualizado. Seguimos intentando reconectar.',
  },
  stepper: {
    label: 'Avance de su caso',
    done: 'completado',
    current: 'paso actual',
    upcoming: 'pendiente',
    actionNeeded: 'Se necesita una acción suya',
  },
  next: {
    title: 'Qué pasa ahora',
    steps: {
      submit_report: 'Envíe su reporte.',
      answer_request: 'Soporte le pidió algo. Responda abajo para que el equipo pueda continuar.',
      verify_identity:
        'Soporte necesita confirmar que usted es el titular de la cuenta. Se comunicará con usted por los datos de contacto que ya figuran en la cuenta.',
      confirm_recovery: 'Su cuenta fue restablecida. Revísela y confírmelo abajo, o díganos qué sigue mal.',
      escalate_complaint: 'Puede llevar su queja a un organismo externo (vea abajo).',
      wait_for_review:
        'Soporte revisa su reporte: ¿realmente robaron la cuenta? Usted no necesita hacer nada.',
      wait_for_investigation:
        'Soporte investiga cómo robaron la cuenta y trabaja para restablecerla. Esto lleva tiempo; aquí mostramos cada paso.',
      wait_for_claim_decision: 'Su reclamación por pérdidas está en revisión.',
      wait_for_complaint_answer: 'La plataforma debe responder a su queja.',
      wait_for_closure: 'Soporte cerrará el caso en breve.',
    },
    deadlinesTitle: 'Plazos',
    deadline: {
      first_response: 'Primera respuesta de soporte',
      investigation: 'Fin de la investigación',
      investigation_extended: 'Fin más tardío de una investigación prorrogada',
      claim_decision: 'Decisión sobre su reclamación por pérdidas',
      complaint_answer: 'Respuesta a su queja',
      complaint_close: 'Queja resuelta',
      escalation_window: 'Su plazo para acudir a un organismo externo',
    },
    due: '{date} · {relative}',
    met: 'cumplido el {date}',
    overdue: 'vencido',
    yourClock: 'su plazo',
  },
  action: {
    title: 'Se necesita una acción',
    asks: 'Soporte le pide:',
    answer: 'Su respuesta',
    files: 'Agregar archivos (opcional)',
    filesHint:
      'Capturas de pantalla, PDF o archivos de texto. Cada archivo recibe una huella (SHA-256) para poder comprobarlo más adelante.',
    send: 'Enviar respuesta',
    sending: 'Enviando…',
    sent: 'Su respuesta se envió.',
    remove: 'Quitar {name}',
    hashing: 'Preparando {name}…',
    refused: '{name} no se agregó: {reason}',
    reasons: {
      type: 'solo se aceptan archivos PNG, JPEG, WebP, PDF y de texto sin formato.',
      size: 'el archivo es demasiado grande.',
      empty: 'el archivo está vacío.',
      count: 'demasiados archivos.',
      total: 'todos los archivos juntos son demasiado grandes.',
      duplicate: 'este archivo ya se agregó.',
      secret: 'parece contener un secreto.',
      unreadable: 'no se pudo leer el archivo.',
    },
    verifyTitle: 'Verificación de identidad',
    verifyBody:
      'Soporte se comunicará con usted por el correo electrónico o el número de teléfono que ya figuran en la cuenta, nunca por uno nuevo. Responda solo por esos canales o por esta página.',
    neverAsks:
      'Soporte nunca le pide su contraseña, un código de verificación en dos pasos, su frase de recuperación ni acceso remoto a su dispositivo. Quien se lo pida no es soporte.',
  },
  thread: {
    title: 'Mensajes',
    empty: 'Todavía no hay mensajes.',
    kinds: {
      message: 'Mensaje',
      request: 'Solicitud',
      answer: 'Respuesta',
      complaint: 'Queja',
      complaint_answer: 'Respuesta a su queja',
    },
    message: 'Escribir a soporte',
    send: 'Enviar mensaje',
    sent: 'Su mensaje se envió.',
  },
  timeline: {
    title: 'Todo lo que pasó',
    internal: 'Paso interno del equipo de soporte',
    announce: 'Novedad: {what}',
  },
  checklist: {
    title: '¿Su cuenta volvió a la normalidad?',
    intro: 'Inicie sesión y revise cada punto. Confirme solo cuando todos se cumplan.',
    items: {
      notice_received: 'Recibí el aviso de la plataforma de que mi cuenta fue restablecida.',
      profile_ok: 'Los datos de mi perfil son correctos.',
      email_phone_ok: 'El correo electrónico y el número de teléfono son míos.',
      transactions_ok: 'No veo transacciones que no conozca.',
      login_history_ok: 'El historial de inicios de sesión no muestra dispositivos ni lugares desconocidos.',
    },
    confirm: 'Confirmar que mi cuenta volvió a la normalidad',
    confirmHint: 'Marque todos los puntos para confirmar.',
    confirmed: 'Gracias. Confirmó que su cuenta volvió a la normalidad.',
    dispute: 'Algo sigue mal',
    disputeIntro: 'Díganos qué está mal. La investigación se volverá a abrir.',
    disputeItems: '¿Qué no está bien?',
    details: '¿Qué notó?',
    sendDispute: 'Reabrir la investigación',
    disputed: 'La investigación se reabrió. Soporte revisará lo que usted indicó.',
  },
  hardening: {
    title: 'Mantenga su cuenta segura',
    password:
      'Cambie su contraseña ahora: el atacante conoce la anterior. Que sea larga, por ejemplo varias palabras sin relación entre sí, y úsela solo para esta cuenta. Un gestor de contraseñas la recuerda por usted. No necesita caracteres especiales ni cambiarla con regularidad, salvo que vuelva a filtrarse.',
    passwordLink: 'Cambiar su contraseña',
    twoFactor:
      'Active la verificación en dos pasos con una aplicación de autenticación, para que la contraseña sola no baste.',
    twoFactorLink: 'Configurar la verificación en dos pasos',
    containmentTitle: 'Elimine lo que el atacante haya podido dejar',
    containment: {
      sign_out_other_sessions: 'Cierre todas las demás sesiones y dispositivos.',
      check_email_phone: 'Revise el correo electrónico y el número de teléfono de la cuenta.',
      check_mail_forwarding: 'Revise si su buzón tiene reglas de reenvío que usted no creó.',
      check_2fa_devices: 'Quite los dispositivos de verificación en dos pasos que no conozca.',
      regenerate_backup_codes: 'Genere códigos de respaldo nuevos; alguien podría conocer los anteriores.',
      revoke_api_keys: 'Elimine las claves de API que usted no creó.',
      revoke_connected_apps: 'Quite las aplicaciones conectadas que no reconozca.',
      check_withdrawal_allowlist:
        'Revise si la lista de direcciones de retiro tiene direcciones que no son suyas.',
    },
  },
  claim: {
    title: 'Reclamación por pérdidas',
    intro:
      'Si salió dinero o activos de su cuenta, indique las transacciones para que la plataforma pueda decidir un reembolso.',
    open: 'Presentar una reclamación por pérdidas',
    states: {
      none: 'No se presentó ninguna reclamación.',
      filed: 'Su reclamación se presentó y está a la espera de revisión.',
      under_review: 'Su reclamación está en revisión.',
      approved: 'Su reclamación fue aprobada.',
      partly_approved: 'Su reclamación fue aprobada en parte.',
      denied: 'Su reclamación fue rechazada.',
    },
    transaction: 'Transacción {n}',
    asset: 'Activo o moneda',
    assetHint: 'Por ejemplo BTC, USDT o USD.',
    amount: 'Monto',
    at: 'Cuándo',
    txId: 'ID de la transacción',
    add: 'Agregar una transacción',
    remove: 'Quitar la transacción {n}',
    submit: 'Presentar la reclamación',
    sent: 'Su reclamación por pérdidas se presentó.',
    claimed: 'Reclamado',
    approved: 'Aprobado',
    reason: 'Motivo indicado: {reason}',
  },
  complaint: {
    title: '¿No está conforme con cómo se lleva su caso?',
    intro:
      'Puede presentar una queja formal ante la plataforma. Debe responderle dentro de su plazo. Si no lo hace, o si no está de acuerdo con la respuesta, puede acudir a un organismo externo.',
    open: 'Presentar una queja',
    text: 'Su queja',
    submit: 'Enviar la queja',
    sent: 'Su queja se presentó.',
    states: {
      none: 'No se presentó ninguna queja.',
      filed: 'Su queja se presentó y está a la espera de respuesta.',
      answered: 'La plataforma respondió a su queja.',
      escalated: 'Usted llevó su queja a un organismo externo.',
      resolved: 'Su queja está resuelta.',
    },
    answer: 'La respuesta de la plataforma',
    resolve: 'Marcar mi queja como resuelta',
    bodiesTitle: 'Organismos externos a los que puede acudir',
    bodiesIntro: 'Estas organizaciones atienden las quejas que la plataforma no resolvió.',
    whatToSend: 'Qué enviarles',
    sendItems: [
      'su número de caso',
      'el expediente de abajo (demuestra que el historial no se modificó)',
      'su queja y la respuesta de la plataforma, si la hubo',
      'los registros de transacciones y chats que tenga',
    ],
    kinds: {
      consumer_protection: 'Protección al consumidor',
      regulator: 'Organismo regulador',
      police: 'Policía',
      ombudsman: 'Defensor del cliente',
      other: 'Otro',
    },
    body: '¿Con qué organismo se comunicó?',
    reference: 'El número de referencia del organismo',
    referenceHint: 'Letras, dígitos, puntos, dos puntos y guiones.',
    escalate: 'Registrar que acudí a este organismo',
    escalated: 'Registrado.',
  },
  dossier: {
    title: 'Su expediente',
    intro:
      'Todo en un documento: el historial con sus huellas, sus pruebas y los mensajes. Guárdelo y envíelo cuando presente una queja.',
    json: 'Descargar el expediente (JSON)',
    print: 'Imprimir o guardar como PDF',
    preparing: 'Preparando el expediente…',
  },
  ui: { cancel: 'Cancelar', optional: 'opcional' },
  guard: secrets,
  ...containment,
};
