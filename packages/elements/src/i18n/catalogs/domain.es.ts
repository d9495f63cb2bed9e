/**
 * The domain vocabulary in Spanish.
 * Typed by the English catalog (`domain.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DomainCatalog } from './domain.en';

export const es: DomainCatalog = {
  status: {
    submitted: 'Enviado',
    in_review: 'En revisión',
    action_needed: 'Requiere su acción',
    in_progress: 'En curso',
    resolved: 'Resuelto',
    closed: 'Cerrado',
  },
  state: {
    none: 'No enviado',
    submitted: 'Enviado',
    in_review: 'En revisión',
    compromise_confirmed: 'Robo de cuenta confirmado',
    ruled_out: 'Descartado',
    frozen: 'Cuenta congelada',
    investigating: 'En investigación',
    awaiting_verification: 'A la espera de verificar la identidad',
    restored: 'Cuenta restablecida',
    awaiting_confirmation: 'A la espera de la confirmación del titular',
    closed: 'Cerrado',
    withdrawn: 'Retirado',
  },
  event: {
    case_submitted: 'Reporte enviado',
    review_started: 'El equipo de soporte comenzó a revisar el reporte',
    compromise_confirmed: 'El equipo de soporte confirmó que robaron la cuenta',
    case_ruled_out: 'El equipo de soporte no encontró un robo de la cuenta',
    case_reopened: 'El reporte se volvió a abrir',
    account_frozen: 'La cuenta se congeló para evitar más pérdidas',
    investigation_started: 'Comenzó la investigación',
    cause_recorded: 'Se registró la causa',
    verification_requested: 'Se solicitó verificar la identidad',
    verification_recorded: 'Se registró la verificación de identidad',
    account_restored: 'La cuenta se restableció',
    confirmation_requested: 'Le pedimos que confirme que la cuenta volvió a la normalidad',
    recovery_confirmed: 'Recuperación confirmada',
    recovery_disputed: 'Recuperación impugnada: la investigación se reabrió',
    case_closed: 'Caso cerrado',
    case_withdrawn: 'Reporte retirado',
    info_requested: 'El equipo de soporte pidió más información',
    info_provided: 'Información enviada',
    message_sent: 'Mensaje',
    note_added: 'Nota interna',
    action_requested: 'Se solicitó una acción a la plataforma',
    action_succeeded: 'Acción de la plataforma realizada',
    action_failed: 'La acción de la plataforma falló',
    claim_filed: 'Reclamación por pérdidas presentada',
    claim_review_started: 'Reclamación por pérdidas en revisión',
    claim_approved: 'Reclamación por pérdidas aprobada',
    claim_partly_approved: 'Reclamación por pérdidas aprobada en parte',
    claim_denied: 'Reclamación por pérdidas rechazada',
    complaint_filed: 'Queja presentada',
    complaint_answered: 'Queja respondida',
    complaint_escalated: 'Queja llevada a un organismo externo',
    complaint_resolved: 'Queja resuelta',
  },
  role: { reporter: 'Usted', agent: 'Soporte', system: 'Automático' },
};
