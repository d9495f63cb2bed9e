/**
 * The printable dossier's own words in Spanish.
 * Typed by the English catalog (`dossier.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DossierWords } from './dossier.en';

export const es: DossierWords = {
  title: 'Expediente de robo de cuenta',
  intro:
    'Este documento recoge el reporte de una cuenta robada, cada paso dado en el caso, las pruebas y los mensajes intercambiados. Cada entrada del historial lleva un hash SHA-256 encadenado al de la entrada anterior, de modo que cualquier cambio, eliminación o alteración del orden se puede detectar. Las entradas internas del equipo de soporte aparecen sin su contenido.',
  caseNumber: 'Número de caso',
  createdAt: 'Reportado el',
  generatedAt: 'Expediente generado el',
  status: 'Estado',
  state: 'Etapa',
  report: 'El reporte',
  timeline: 'Historial',
  chainVerified: 'El historial se verifica: cada entrada está enlazada con la anterior. Último hash: {head}',
  chainBroken: 'El historial NO se verifica: la entrada {seq} se cambió, se eliminó o se movió.',
  seq: 'N.º',
  when: 'Cuándo',
  who: 'Quién',
  what: 'Qué pasó',
  details: 'Detalles',
  redacted: 'Entrada interna del equipo de soporte (contenido no compartido)',
  evidence: 'Pruebas',
  noEvidence: 'No se adjuntaron archivos.',
  fileName: 'Archivo',
  mediaType: 'Tipo',
  size: 'Tamaño (bytes)',
  sha256: 'SHA-256',
  inTimeline: 'En el historial',
  recordedIn: 'Registrado en la entrada {seq}',
  notRecorded: 'No registrado en el historial',
  communications: 'Mensajes',
  noCommunications: 'No se intercambiaron mensajes.',
  communicationKinds: {
    message: 'Mensaje',
    request: 'Solicitud de información',
    answer: 'Respuesta',
    complaint: 'Queja',
    complaint_answer: 'Respuesta a la queja',
  },
  roles: { reporter: 'Titular de la cuenta', agent: 'Soporte', system: 'Automático' },
};
