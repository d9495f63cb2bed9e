/**
 * The printable dossier's own words in Arabic.
 * Typed by the English catalog (`dossier.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DossierWords } from './dossier.en';

export const ar: DossierWords = {
  title: 'ملف بلاغ عن الاستيلاء على حساب',
  intro:
    'يتضمن هذا المستند بلاغًا عن حساب مسروق، وكل إجراء اتُّخذ بشأنه، والأدلة، والرسائل المتبادلة. يحمل كل إدخال في السجل الزمني تجزئة SHA-256 مرتبطة بتجزئة الإدخال الذي قبله، لذا يمكن كشف أي تغيير أو حذف أو إعادة ترتيب. تظهر الإدخالات الداخلية لفريق الدعم دون محتواها.',
  caseNumber: 'رقم البلاغ',
  createdAt: 'تاريخ البلاغ',
  generatedAt: 'تاريخ إعداد الملف',
  status: 'الحالة',
  state: 'المرحلة',
  report: 'البلاغ',
  timeline: 'السجل الزمني',
  chainVerified: 'تم التحقق من السجل الزمني: كل إدخال مرتبط بالإدخال الذي قبله. آخر تجزئة: {head}',
  chainBroken: 'لم يجتز السجل الزمني التحقق: الإدخال {seq} تم تغييره أو حذفه أو نقله.',
  seq: 'الرقم',
  when: 'متى',
  who: 'مَن',
  what: 'ماذا حدث',
  details: 'التفاصيل',
  redacted: 'إدخال داخلي لفريق الدعم (لا تتم مشاركة المحتوى)',
  evidence: 'الأدلة',
  noEvidence: 'لم يتم إرفاق أي ملفات.',
  fileName: 'الملف',
  mediaType: 'النوع',
  size: 'الحجم (بايت)',
  sha256: 'SHA-256',
  inTimeline: 'في السجل الزمني',
  recordedIn: 'مسجَّل في الإدخال {seq}',
  notRecorded: 'غير مسجَّل في السجل الزمني',
  communications: 'الرسائل',
  noCommunications: 'لم يتم تبادل أي رسائل.',
  communicationKinds: {
    message: 'رسالة',
    request: 'طلب معلومات',
    answer: 'رد',
    complaint: 'شكوى',
    complaint_answer: 'الرد على الشكوى',
  },
  roles: { reporter: 'صاحب الحساب', agent: 'الدعم', system: 'تلقائي' },
};
