/**
 * The domain vocabulary in Arabic.
 * Typed by the English catalog (`domain.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DomainCatalog } from './domain.en';

export const ar: DomainCatalog = {
  status: {
    submitted: 'تم الإرسال',
    in_review: 'قيد المراجعة',
    action_needed: 'مطلوب إجراء منك',
    in_progress: 'قيد المعالجة',
    resolved: 'تم الحل',
    closed: 'مغلق',
  },
  state: {
    none: 'لم يُرسَل',
    submitted: 'تم الإرسال',
    in_review: 'قيد المراجعة',
    compromise_confirmed: 'تأكَّد الاستيلاء على الحساب',
    ruled_out: 'مستبعَد',
    frozen: 'الحساب مجمَّد',
    investigating: 'قيد التحقيق',
    awaiting_verification: 'بانتظار التحقق من الهوية',
    restored: 'تمت استعادة الحساب',
    awaiting_confirmation: 'بانتظار تأكيد صاحب البلاغ',
    closed: 'مغلق',
    withdrawn: 'تم سحبه',
  },
  event: {
    case_submitted: 'تم إرسال البلاغ',
    review_started: 'بدأ فريق الدعم مراجعة البلاغ',
    compromise_confirmed: 'أكَّد فريق الدعم أنه تم الاستيلاء على الحساب',
    case_ruled_out: 'لم يجد فريق الدعم أي استيلاء على الحساب',
    case_reopened: 'أُعيد فتح البلاغ',
    account_frozen: 'تم تجميد الحساب لمنع المزيد من الخسائر',
    investigation_started: 'بدأ التحقيق',
    cause_recorded: 'تم تسجيل السبب',
    verification_requested: 'طُلب التحقق من الهوية',
    verification_recorded: 'تم تسجيل التحقق من الهوية',
    account_restored: 'تمت استعادة الحساب',
    confirmation_requested: 'طلبنا منك تأكيد أن الحساب عاد إلى وضعه الطبيعي',
    recovery_confirmed: 'تم تأكيد الاستعادة',
    recovery_disputed: 'تم الاعتراض على الاستعادة: أُعيد فتح التحقيق',
    case_closed: 'تم إغلاق البلاغ',
    case_withdrawn: 'تم سحب البلاغ',
    info_requested: 'طلب فريق الدعم مزيدًا من المعلومات',
    info_provided: 'تم تقديم المعلومات',
    message_sent: 'رسالة',
    note_added: 'ملاحظة داخلية',
    action_requested: 'طُلب إجراء من المنصة',
    action_succeeded: 'تم تنفيذ إجراء المنصة',
    action_failed: 'فشل إجراء المنصة',
    claim_filed: 'تم تقديم مطالبة بتعويض الخسائر',
    claim_review_started: 'مطالبة التعويض قيد المراجعة',
    claim_approved: 'تمت الموافقة على مطالبة التعويض',
    claim_partly_approved: 'تمت الموافقة على جزء من مطالبة التعويض',
    claim_denied: 'تم رفض مطالبة التعويض',
    complaint_filed: 'تم تقديم شكوى',
    complaint_answered: 'تم الرد على الشكوى',
    complaint_escalated: 'أُحيلت الشكوى إلى جهة خارجية',
    complaint_resolved: 'تم حل الشكوى',
  },
  role: { reporter: 'أنت', agent: 'الدعم', system: 'تلقائي' },
};
